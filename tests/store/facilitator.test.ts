/**
 * The facilitator's commands through the session store: a rewind rebuilds the earlier game
 * (the same state as replaying the truncated command list), every console command goes through
 * `dispatch` and survives the autosave and a reload, the planning timer is kept in the autosave's
 * position and never in the game, and an exported save carries the seating and the log.
 */
import { describe, expect, it } from 'vitest';
import { replay, stateHash, type Command } from '../../src/engine';
import { AUTOSAVE_KEY, createSessionStore, type SessionStore } from '../../src/store';
import { timeline } from '../../src/store/history';
import { makeLang } from '../../src/i18n';
import { bundled, en, memoryStorage, newSession, startedSession } from './helpers';

/** Plays one turn at the store's level: police patrol, civilian aid, everybody commits. */
function playTurn(s: SessionStore): void {
  const district = ['aldera', 'dunmere', 'port_lissa', 'tamsin_plains'][
    s.getState().game!.state.turn % 4
  ]!;
  expect(s.dispatch({ type: 'order', role: 'police', action: 'patrol', district })).toBeNull();
  expect(
    s.dispatch({
      type: 'order',
      role: 'civilian',
      action: 'aid_delivery',
      district: 'tamsin_plains',
    }),
  ).toBeNull();
  for (const role of ['military', 'police', 'civilian'])
    expect(s.dispatch({ type: 'commit', role })).toBeNull();
}

describe('rewind through dispatch', () => {
  it('gives the state of replaying the command list cut at the start of that turn, plus the note', () => {
    const s = startedSession();
    playTurn(s);
    playTurn(s);
    expect(s.dispatch({ type: 'releaseInject', inject: 'inj_defection_offer' })).toBeNull();
    playTurn(s);
    const g = s.getState().game!;
    expect(g.state.turn).toBe(4);
    const tl = timeline(g.rules, g.seed, g.commands);
    const kept = g.commands.slice(0, tl.turnStarts[2]);

    expect(s.dispatch({ type: 'rewind', turn: 2 })).toBeNull();
    const after = s.getState();
    const rewound = after.game!;
    expect(rewound.state.turn).toBe(2);
    expect(rewound.state.history).toHaveLength(1);
    expect(rewound.state.firedInjects).not.toContain('inj_defection_offer');
    // The truncated list replayed, then the rewind's note in the log: the same state, bit for bit.
    // (A bare state cannot take a rewind: the truncated list's replay rewinds to where it ends.)
    const truncated = replay(g.rules, g.seed, [...kept, { type: 'rewind', turn: 2 }]).state;
    expect(rewound.hash).toBe(stateHash(truncated));
    // And the whole record, the rewind in it, replays to it as well.
    expect(rewound.hash).toBe(stateHash(replay(g.rules, g.seed, rewound.commands).state));
    expect(rewound.commands.at(-1)).toEqual({ type: 'rewind', turn: 2 });
    expect(after.screen).toBe('briefing');
    expect(en(rewound.state.log.at(-1)!.title)).toMatch(
      /rewound the exercise to the start of turn 2/,
    );

    // The game goes on from there and still replays.
    playTurn(s);
    const g2 = s.getState().game!;
    expect(g2.state.turn).toBe(3);
    expect(stateHash(replay(g2.rules, g2.seed, g2.commands).state)).toBe(g2.hash);
  });

  it('refuses a rewind to a turn that has not come yet', () => {
    const s = startedSession();
    expect(en(s.dispatch({ type: 'rewind', turn: 3 }))).toMatch(/Rewind to a turn from 1 to 1/);
    expect(s.getState().game!.commands).toHaveLength(0);
  });
});

describe('console commands survive the autosave and a reload', () => {
  it('releases, schedules, skips, adjusts, overrules, annotates, rates, plans improvements, pauses', () => {
    const storage = memoryStorage();
    const s = startedSession(storage);
    playTurn(s);
    const state = () => s.getState().game!.state;
    const aid = state().log.find(
      (e) => e.action === 'aid_delivery' && e.effects.some((x) => 'before' in x),
    )!;
    const commands: Command[] = [
      { type: 'releaseInject', inject: 'inj_protest_march' },
      { type: 'scheduleInject', inject: 'inj_corruption_scandal', turn: 4 },
      { type: 'skipInject', inject: 'inj_camp_warning' },
      {
        type: 'adjust',
        district: 'dunmere',
        indicator: 'tension',
        delta: 8,
        reason: 'Custom inject "Road blocked": market traders strike',
      },
      { type: 'overrule', entry: aid.id, reason: 'the convoy never left the depot' },
      { type: 'annotate', entry: aid.id, note: 'ask the civilians why they went alone' },
      {
        type: 'rate',
        objective: 'obj_security',
        rating: 'someChallenges',
        note: 'patrols came late',
      },
      {
        type: 'addImprovement',
        objective: 'obj_security',
        action: 'Joint patrol SOP',
        owner: 'Police chief',
        due: 'March',
      },
      { type: 'pause' },
    ];
    for (const c of commands) expect(s.dispatch(c), c.type).toBeNull();
    expect(state().firedInjects).toContain('inj_protest_march');
    expect(state().scheduledInjects).toEqual(
      expect.arrayContaining([
        { inject: 'inj_corruption_scandal', turn: 4 },
        { inject: 'inj_camp_warning', turn: 0 },
      ]),
    );
    expect(state().overruled).toEqual([aid.id]);
    expect(state().paused).toBe(true);
    // Paused: the teams cannot commit.
    expect(en(s.dispatch({ type: 'commit', role: 'police' }))).toMatch(/paused/);
    s.setTimer(300);
    s.startTimer();
    const hash = s.getState().game!.hash;
    const timer = s.getState().timer;

    const again = createSessionStore({ storage, bundled });
    expect(again.resumeAutosave()).toBe(true);
    const st = again.getState();
    expect(st.game!.hash).toBe(hash);
    expect(st.game!.commands.slice(-commands.length)).toEqual(commands);
    expect(st.game!.state.evaluations).toEqual([
      { objective: 'obj_security', rating: 'someChallenges', note: 'patrols came late' },
    ]);
    expect(st.game!.state.annotations).toEqual([
      { entry: aid.id, note: 'ask the civilians why they went alone' },
    ]);
    expect(st.timer).toEqual(timer);

    // A skipped inject does not fire at its scripted turn; the scheduled one fires at the chosen
    // turn.
    again.dispatch({ type: 'resume' });
    for (let t = 0; t < 5; t++)
      for (const role of ['military', 'police', 'civilian'])
        again.dispatch({ type: 'commit', role });
    const fired = again.getState().game!.state.firedInjects;
    expect(fired).not.toContain('inj_camp_warning');
    expect(fired).toContain('inj_corruption_scandal');
    const scandal = again
      .getState()
      .game!.state.log.find(
        (e) =>
          e.kind === 'inject' && en(e.detail)?.includes('scheduled by the facilitator for turn 4'),
      );
    expect(scandal?.turn).toBe(4);
  });

  it('keeps the timer out of the game: setting it changes no command and no hash', () => {
    let clock = 1_000_000;
    const storage = memoryStorage();
    const s = createSessionStore({ storage, bundled, randomSeed: () => 'timer', now: () => clock });
    void s.chooseBundled('default.json');
    s.startGame();
    const hash = s.getState().game!.hash;
    s.setTimer(120);
    s.startTimer();
    clock += 30_000;
    s.pauseTimer();
    expect(s.getState().timer).toMatchObject({ seconds: 120, endsAt: null, left: 90_000 });
    expect(s.getState().game!.hash).toBe(hash);
    expect(s.getState().game!.commands).toHaveLength(0);
    const raw = JSON.parse(storage.items.get(AUTOSAVE_KEY)!) as { position: { timer: unknown } };
    expect(raw.position.timer).toMatchObject({ seconds: 120, left: 90_000 });
  });
});

describe('the exported save', () => {
  it('carries the seating and the whole log, and an import seats the same teams and ignores the log', () => {
    const s = newSession();
    void s.chooseBundled('default.json');
    s.setSeed('export-app');
    s.setSeat('civilian', { kind: 'policy', policy: 'siloed' });
    s.setSeat('police', { kind: 'team', name: 'Blue' });
    s.startGame();
    playTurn(s);
    const out = s.exportSave({ log: makeLang('en', s.getState().game!.rules.scenario) })!;
    const file = JSON.parse(out.text) as { app: { seats: unknown; log: unknown[] } };
    expect(file.app.seats).toEqual({
      military: { kind: 'team', name: 'Military team' },
      police: { kind: 'team', name: 'Blue' },
      civilian: { kind: 'policy', policy: 'siloed' },
    });
    expect(file.app.log.length).toBe(s.getState().game!.state.log.length);
    // A log that says something else does not change the replayed game.
    file.app.log = [{ id: 1, title: 'forged' }];
    const other = newSession();
    expect(other.importSaveText(JSON.stringify(file), 'x.json')).toBe(true);
    expect(other.getState().game!.hash).toBe(s.getState().game!.hash);
    expect(other.getState().game!.seats).toEqual(s.getState().game!.seats);
    expect(other.getState().game!.state.log.some((e) => (e.title as unknown) === 'forged')).toBe(
      false,
    );
  });
});
