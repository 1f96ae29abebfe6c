import { describe, expect, it } from 'vitest';
import { replay, stateHash } from '../../src/engine';
import { AUTOSAVE_KEY, createSessionStore, humanRoles } from '../../src/store';
import { bundled, en, memoryStorage, newSession, startedSession } from './helpers';

describe('session store: scenarios and set-up', () => {
  it('lists the bundled scenarios and opens one into the set-up', () => {
    const s = newSession();
    expect(s.getState().bundled.map((b) => b.title)).toEqual([
      { en: 'Velmora: Ballots and Borders', es: expect.any(String), fr: expect.any(String) },
    ]);
    expect(s.getState().bundled[0]).toMatchObject({
      language: 'en',
      languages: ['en', 'es', 'fr'],
    });
    expect(s.chooseBundled('default.json')).toBe(true);
    const setup = s.getState().setup!;
    expect(s.getState().screen).toBe('setup');
    expect(setup.seed).toBe('test-seed-1');
    expect(Object.values(setup.seats).every((x) => x.kind === 'team')).toBe(true);
  });

  it('keeps every problem of a bad scenario file with its path, and stays on the start screen', () => {
    const s = newSession();
    const bad = JSON.parse(JSON.stringify(bundled[0]!.json)) as Record<string, unknown> & {
      districts: { population: unknown }[];
    };
    bad.turns = 'eleven';
    bad.districts[2]!.population = -5;
    expect(s.openScenarioText(JSON.stringify(bad), 'bad.json')).toBe(false);
    const p = s.getState().scenarioProblems!;
    expect(p.source).toBe('bad.json');
    const paths = p.problems.map((x) => x.path);
    expect(paths).toContain('$.turns');
    expect(paths.some((x) => x.startsWith('$.districts[2].population'))).toBe(true);
    expect(s.getState().screen).toBe('start');
    expect(s.openScenarioText('{ "id": ', 'broken.json')).toBe(false);
    expect(s.getState().scenarioProblems!.problems.length).toBeGreaterThan(0);
    // The app carries on: the default scenario still opens.
    expect(s.chooseBundled('default.json')).toBe(true);
  });

  it('refuses to start with no team seated', () => {
    const s = newSession();
    void s.chooseBundled('default.json');
    for (const r of ['military', 'police', 'civilian'])
      s.setSeat(r, { kind: 'policy', policy: 'cooperative' });
    expect(en(s.startGame())).toMatch(/at least one team/);
    s.setSeat('police', { kind: 'team', name: 'Blue' });
    expect(s.startGame()).toBeNull();
    expect(s.getState().screen).toBe('briefing');
  });
});

describe('session store: dispatch', () => {
  it('applies a legal command, records it, and refuses an illegal one with the reason', () => {
    const s = startedSession();
    const before = s.getState().game!.hash;
    expect(
      s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' }),
    ).toBeNull();
    const g = s.getState().game!;
    expect(g.commands).toHaveLength(1);
    expect(g.hash).not.toBe(before);
    expect(g.state.roles.find((r) => r.id === 'police')!.apLeft).toBe(3);

    // Civilians are not cleared for aid delivery in a district with an armed-group threat.
    const problem = s.dispatch({
      type: 'order',
      role: 'civilian',
      action: 'aid_delivery',
      district: 'torvel_forest',
    });
    expect(en(problem)).toMatch(/Not here/);
    expect(s.getState().game!.commands).toHaveLength(1);
    expect(s.getState().lastProblem).toBe(problem);
    // The military may not lead crowd control.
    expect(
      en(
        s.dispatch({
          type: 'propose',
          role: 'military',
          action: 'crowd_control',
          district: 'aldera',
          partners: ['police'],
          posture: 'contain',
        }),
      ),
    ).toMatch(/may not lead/);
  });

  it('walks the planning rounds: hand-over, reveal, round 2, commit, report', () => {
    const s = startedSession();
    s.beginPlanning();
    expect(s.getState()).toMatchObject({ screen: 'handover', active: 'military', round: 1 });
    s.reveal();
    expect(s.getState().screen).toBe('planning');
    s.finishRound();
    expect(s.getState()).toMatchObject({ screen: 'handover', active: 'police', round: 1 });
    s.reveal();
    expect(
      s.dispatch({
        type: 'propose',
        role: 'police',
        action: 'joint_patrol',
        district: 'aldera',
        partners: ['military'],
      }),
    ).toBeNull();
    s.finishRound();
    s.reveal();
    s.finishRound();
    expect(s.getState()).toMatchObject({ screen: 'handover', active: 'military', round: 2 });
    s.reveal();
    const proposal = s.getState().game!.state.proposals[0]!;
    expect(
      s.dispatch({ type: 'respond', role: 'military', proposal: proposal.id, accept: true }),
    ).toBeNull();
    expect(s.commitActive()).toBeNull();
    expect(s.getState()).toMatchObject({ screen: 'handover', active: 'police', round: 2 });
    s.reveal();
    s.commitActive();
    s.reveal();
    s.commitActive();
    const st = s.getState();
    expect(st.screen).toBe('report');
    expect(st.reportTurn).toBe(1);
    expect(st.game!.state.turn).toBe(2);
    const joint = st.game!.state.log.find(
      (e) => e.turn === 1 && e.action === 'joint_patrol' && e.roll,
    );
    expect(joint?.roll?.modifiers.length).toBeGreaterThan(0);
    s.startNextTurn();
    expect(s.getState().screen).toBe('briefing');
  });

  it('lets policies play the roles no team sits at', () => {
    const s = newSession();
    void s.chooseBundled('default.json');
    s.setSeed('policy-seat');
    s.setSeat('military', { kind: 'policy', policy: 'cooperative' });
    s.setSeat('civilian', { kind: 'policy', policy: 'cooperative' });
    s.startGame();
    expect(humanRoles(s.getState().game!)).toEqual(['police']);
    s.beginPlanning();
    expect(s.getState()).toMatchObject({ screen: 'handover', active: 'police', round: 1 });
    const proposed = s.getState().game!.commands.filter((c) => c.type === 'propose');
    expect(proposed.length).toBeGreaterThan(0);
    s.reveal();
    s.finishRound();
    // Round 2: the policies have answered, completed and committed.
    const g = s.getState().game!;
    expect(g.state.roles.filter((r) => r.committed).map((r) => r.id)).toEqual([
      'military',
      'civilian',
    ]);
    expect(s.getState()).toMatchObject({ screen: 'handover', active: 'police', round: 2 });
    s.reveal();
    s.commitActive();
    expect(s.getState().screen).toBe('report');
    // The recorded commands replay to the same state.
    const after = s.getState().game!;
    expect(stateHash(replay(after.rules, after.seed, after.commands).state)).toBe(after.hash);
  });

  it('ends the exercise on the facilitator\u2019s word and shows the end', () => {
    const s = startedSession();
    expect(s.endExercise('time is up')).toBeNull();
    expect(s.getState().screen).toBe('end');
    expect(s.getState().game!.state.outcome?.objectives.length).toBeGreaterThan(0);
  });
});

describe('session store: saves', () => {
  it('autosaves every command with the position, and a new session resumes to the same place and hash', () => {
    const storage = memoryStorage();
    const s = startedSession(storage);
    s.beginPlanning();
    s.reveal();
    s.dispatch({ type: 'order', role: 'military', action: 'patrol', district: 'dunmere' });
    const raw = JSON.parse(storage.items.get(AUTOSAVE_KEY)!) as {
      save: { commands: unknown[] };
      position: { screen: string };
    };
    expect(raw.save.commands).toHaveLength(1);
    expect(raw.position.screen).toBe('planning');
    const hash = s.getState().game!.hash;

    const again = createSessionStore({ storage, bundled });
    expect(again.getState().autosave).toMatchObject({ turn: 1 });
    expect(again.resumeAutosave()).toBe(true);
    const st = again.getState();
    expect(st.game!.hash).toBe(hash);
    // Back at the team's hand-over screen, not its open orders.
    expect(st).toMatchObject({ screen: 'handover', active: 'military', round: 1 });
  });

  it('exports a save that imports elsewhere to the same hash', () => {
    const s = startedSession();
    s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' });
    const out = s.exportSave()!;
    expect(JSON.parse(out.text)).toMatchObject({
      format: 'mandate-save',
      version: 1,
      scenarioId: 'velmora',
    });
    const other = newSession();
    expect(other.importSaveText(out.text, out.filename)).toBe(true);
    expect(other.getState().game!.hash).toBe(s.getState().game!.hash);
  });

  it('imports a save of a scenario opened from a file once that file is open, and says so otherwise', () => {
    const custom = JSON.parse(JSON.stringify(bundled[0]!.json)) as Record<string, unknown>;
    custom.id = 'velmora-variant';
    custom.title = 'Velmora, a variant';
    const text = JSON.stringify(custom);
    const a = newSession();
    expect(a.openScenarioText(text, 'variant.json')).toBe(true);
    a.setSeed('variant');
    a.startGame();
    a.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' });
    const out = a.exportSave()!;
    expect(Object.keys(JSON.parse(out.text) as object).sort()).toEqual([
      'app',
      'commands',
      'format',
      'scenarioHash',
      'scenarioId',
      'seed',
      'version',
    ]);

    const b = newSession();
    expect(b.importSaveText(out.text, out.filename)).toBe(false);
    expect(b.getState().saveProblem).toMatchObject({ path: '$.scenarioHash' });
    expect(en(b.getState().saveProblem!.message)).toMatch(/Open that scenario file first/);
    void b.openScenarioText(text, 'variant.json');
    expect(b.importSaveText(out.text, out.filename)).toBe(true);
    expect(b.getState().game!.hash).toBe(a.getState().game!.hash);
    expect(b.getState().game!.scenarioText).toBe(text);
  });

  it('refuses corrupt or foreign saves with a path, keeping the current game', () => {
    const s = startedSession();
    s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' });
    const hash = s.getState().game!.hash;
    const good = JSON.parse(s.exportSave()!.text) as Record<string, unknown> & {
      commands: Record<string, unknown>[];
    };

    const cases: [string, string][] = [
      ['{ not json', '$'],
      [JSON.stringify({ ...good, format: 'something-else' }), '$.format'],
      [
        JSON.stringify({ ...good, scenarioHash: 'ffffffffffffffff', app: undefined }),
        '$.scenarioHash',
      ],
      [
        JSON.stringify({
          ...good,
          commands: [
            good.commands[0],
            { type: 'order', role: 'police', action: 'patrol', district: 'atlantis' },
          ],
        }),
        '$.commands[1]',
      ],
      [JSON.stringify({ ...good, commands: [{ type: 'fly' }] }), '$.commands[0].type'],
    ];
    for (const [text, path] of cases) {
      expect(s.importSaveText(text, 'x.json')).toBe(false);
      const p = s.getState().saveProblem!;
      expect(p.path).toBe(path);
      expect(p.text).toBe(text);
      expect(en(p.message).length).toBeGreaterThan(5);
      expect(s.getState().game!.hash).toBe(hash);
    }
  });

  it('reports a corrupt autosave with its path instead of crashing', () => {
    const storage = memoryStorage();
    const s = startedSession(storage);
    s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' });
    const raw = JSON.parse(storage.items.get(AUTOSAVE_KEY)!) as {
      save: { commands: Record<string, unknown>[] };
    };
    raw.save.commands[0]!.district = 'nowhere';
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(raw));
    const again = createSessionStore({ storage, bundled });
    expect(again.resumeAutosave()).toBe(false);
    expect(again.getState().saveProblem!.path).toBe('$.save.commands[0]');
    expect(again.getState().screen).toBe('start');
    storage.setItem(AUTOSAVE_KEY, '{{{');
    const third = createSessionStore({ storage, bundled });
    expect(third.resumeAutosave()).toBe(false);
    expect(third.getState().saveProblem!.path).toBe('$');
  });
});
