import { describe, expect, it } from 'vitest';
import {
  applyCommandInPlace,
  newGame,
  type Command,
  type GameState,
  type LogEntry,
} from '../../src/engine';
import { inEnglish, miniRules, problemIn } from './helpers';

const rules = miniRules();
const roles = ['military', 'police', 'civilian'];

function play(seed: string, commands: Command[]): GameState {
  const s = newGame(rules, seed);
  for (const c of commands) applyCommandInPlace(rules, s, c);
  return s;
}
const commitAll: Command[] = roles.map((role) => ({ type: 'commit', role }));
const ap = (s: GameState, role: string) => s.roles.find((r) => r.id === role)!.apLeft;
const trust = (s: GameState, a: string, b: string) =>
  s.trust.find((t) => (t.a === a && t.b === b) || (t.a === b && t.b === a))!.value;
const entries = (s: GameState, kind: LogEntry['kind']) =>
  inEnglish(
    rules,
    s.log.filter((e) => e.kind === kind),
  );

describe('joint patrol', () => {
  it('costs the lead on proposal and the partner on acceptance, and resolves as one roll for both', () => {
    const s = play('jp', [
      {
        type: 'propose',
        role: 'police',
        action: 'joint_patrol',
        district: 'market',
        partners: ['military'],
      },
    ]);
    expect(ap(s, 'police')).toBe(2);
    applyCommandInPlace(rules, s, {
      type: 'respond',
      role: 'military',
      proposal: s.proposals[0]!.id,
      accept: true,
    });
    expect(ap(s, 'military')).toBe(2);
    commitAll.forEach((c) => applyCommandInPlace(rules, s, c));
    const joint = entries(s, 'joint');
    expect(joint).toHaveLength(1);
    const e = joint[0]!;
    expect(e.roles).toEqual(['police', 'military']);
    expect(e.roll!.modifiers).toContainEqual({
      value: -2,
      reason: 'trust between UN Police and Force Headquarters (40)',
    });
    const moved = e.effects.find((x) => x.kind === 'trust');
    expect(moved).toMatchObject({ kind: 'trust', before: 40, after: e.roll!.success ? 43 : 38 });
    expect(s.counters.find((c) => c.id === 'jointActions')!.value).toBe(1);
  });

  it('lapses without an acceptance, and says so', () => {
    const s = play('lapse', [
      {
        type: 'propose',
        role: 'police',
        action: 'joint_patrol',
        district: 'market',
        partners: ['military'],
      },
      ...commitAll,
    ]);
    const e = entries(s, 'joint')[0]!;
    expect(e.title).toMatch(/lapsed/);
    expect(e.roll).toBeUndefined();
  });

  it('cannot be accepted by a role it was not offered to, nor twice', () => {
    const s = play('x', [
      {
        type: 'propose',
        role: 'police',
        action: 'joint_patrol',
        district: 'market',
        partners: ['military'],
      },
    ]);
    const id = s.proposals[0]!.id;
    expect(
      problemIn({ rules, s }, { type: 'respond', role: 'civilian', proposal: id, accept: true }),
    ).toMatch(/not addressed/);
    applyCommandInPlace(rules, s, {
      type: 'respond',
      role: 'military',
      proposal: id,
      accept: true,
    });
    expect(
      problemIn({ rules, s }, { type: 'respond', role: 'military', proposal: id, accept: true }),
    ).toMatch(/already been answered/);
  });

  it('withdrawing refunds the lead and every partner who accepted', () => {
    const s = play('w', [
      {
        type: 'propose',
        role: 'police',
        action: 'joint_patrol',
        district: 'market',
        partners: ['military'],
      },
    ]);
    applyCommandInPlace(rules, s, {
      type: 'respond',
      role: 'military',
      proposal: s.proposals[0]!.id,
      accept: true,
    });
    applyCommandInPlace(rules, s, {
      type: 'withdraw',
      role: 'police',
      proposal: s.proposals[0]!.id,
    });
    expect([ap(s, 'police'), ap(s, 'military')]).toEqual([3, 3]);
  });
});

describe('crowd control', () => {
  it("refuses a military lead with the constraint's reason", () => {
    const s = newGame(rules, 'cc');
    const problem = problemIn(
      { rules, s },
      {
        type: 'propose',
        role: 'military',
        action: 'crowd_control',
        district: 'market',
        partners: ['police'],
        posture: 'contain',
      },
    );
    expect(problem).toMatch(/may not lead.*police lead public order/);
  });

  it('needs a posture', () => {
    const s = newGame(rules, 'cc');
    expect(
      problemIn(
        { rules, s },
        {
          type: 'propose',
          role: 'police',
          action: 'crowd_control',
          district: 'market',
          partners: [],
        },
      ),
    ).toMatch(/posture/);
  });

  it('negotiating with civilian mediators gains what negotiating alone loses', () => {
    const withMediators = play('neg', [
      {
        type: 'propose',
        role: 'police',
        action: 'crowd_control',
        district: 'market',
        partners: ['civilian'],
        posture: 'negotiate',
      },
    ]);
    applyCommandInPlace(rules, withMediators, {
      type: 'respond',
      role: 'civilian',
      proposal: withMediators.proposals[0]!.id,
      accept: true,
    });
    commitAll.forEach((c) => applyCommandInPlace(rules, withMediators, c));
    const alone = play('neg', [
      {
        type: 'propose',
        role: 'police',
        action: 'crowd_control',
        district: 'market',
        partners: [],
        posture: 'negotiate',
      },
      ...commitAll,
    ]);
    expect(entries(withMediators, 'joint')[0]!.roll!.modifiers).toContainEqual({
      value: 15,
      reason: 'civilian mediators at the table',
    });
    expect(entries(alone, 'joint')[0]!.roll!.modifiers).toContainEqual({
      value: -10,
      reason: 'negotiating without mediators',
    });
  });

  it('a failed dispersal harms civilians', () => {
    let failures = 0;
    for (let i = 0; i < 30; i++) {
      const s = play(`disperse-${i}`, [
        {
          type: 'adjust',
          district: 'market',
          indicator: 'tension',
          delta: 40,
          reason: 'test: an angry crowd',
        },
        {
          type: 'propose',
          role: 'police',
          action: 'crowd_control',
          district: 'market',
          partners: [],
          posture: 'disperse',
        },
        ...commitAll,
      ]);
      const e = entries(s, 'joint')[0]!;
      if (e.roll!.success) continue;
      failures++;
      expect(e.effects).toContainEqual(
        expect.objectContaining({ kind: 'counter', counter: 'civilianHarm' }),
      );
    }
    expect(failures).toBeGreaterThan(0);
  });
});

describe('intelligence', () => {
  it('sharing moves the fact, builds trust, and at low trust rolls for a leak', () => {
    const s = play('share', [
      {
        type: 'order',
        role: 'military',
        action: 'share_intel',
        district: 'hills',
        fact: 'arms-cache',
        to: 'police',
      },
      ...commitAll,
    ]);
    expect(s.roles.find((r) => r.id === 'police')!.knows).toContain('arms-cache');
    const e = entries(s, 'share')[0]!;
    expect(e.visibleTo).toEqual(['military', 'police']);
    expect(e.roll!.modifiers).toEqual([
      { value: 10, reason: 'low trust between Force Headquarters and UN Police (40)' },
    ]);
  });

  it('cannot share a fact the role does not hold', () => {
    const s = newGame(rules, 's');
    expect(
      problemIn(
        { rules, s },
        {
          type: 'order',
          role: 'civilian',
          action: 'share_intel',
          district: 'hills',
          fact: 'arms-cache',
          to: 'police',
        },
      ),
    ).toMatch(/does not hold/);
  });

  it('a leaked fact is worthless afterwards, and the roll says why', () => {
    let leaked = 0;
    for (let i = 0; i < 40 && leaked === 0; i++) {
      const s = play(`leak-${i}`, [
        {
          type: 'adjustTrust',
          roles: ['military', 'police'],
          delta: -40,
          reason: 'test: deep mistrust',
        },
        {
          type: 'order',
          role: 'military',
          action: 'share_intel',
          district: 'hills',
          fact: 'arms-cache',
          to: 'police',
        },
        ...commitAll,
      ]);
      if (!s.compromised.includes('arms-cache')) continue;
      leaked++;
      expect(entries(s, 'leak')[0]!.visibleTo).toBe('all');
      applyCommandInPlace(rules, s, {
        type: 'order',
        role: 'military',
        action: 'cordon_search',
        district: 'hills',
      });
      commitAll.forEach((c) => applyCommandInPlace(rules, s, c));
      const cordon = entries(s, 'solo').find((e) => e.action === 'cordon_search')!;
      expect(cordon.roll!.modifiers).toContainEqual({
        value: 0,
        reason: '\u201cArms cache in the hills\u201d leaked and is worthless',
      });
    }
    expect(leaked).toBe(1);
  });

  it('an incident that held-back intelligence would have changed costs the holder trust', () => {
    let failed = 0;
    for (let i = 0; i < 40; i++) {
      // Tension in the market triggers the protest inject at the start of turn 2.
      const s = play(`held-${i}`, [
        { type: 'adjust', district: 'market', indicator: 'tension', delta: 20, reason: 'test' },
        ...commitAll,
      ]);
      expect(s.incidents.some((x) => x.def.id === 'market-riot')).toBe(true);
      const before = trust(s, 'police', 'civilian');
      while (
        s.status === 'planning' &&
        s.incidents.some((x) => x.def.id === 'market-riot' && x.status === 'open')
      ) {
        commitAll.forEach((c) => applyCommandInPlace(rules, s, c));
      }
      const incident = s.incidents.find((x) => x.def.id === 'market-riot')!;
      if (incident.status !== 'failed') continue;
      failed++;
      const e = entries(s, 'incident').find((x) => x.title.includes('failed to respond'))!;
      expect(e.effects).toContainEqual(
        expect.objectContaining({ kind: 'counter', counter: 'heldIntelMattered', after: 1 }),
      );
      expect(e.effects).toContainEqual(
        expect.objectContaining({
          kind: 'trust',
          roles: ['police', 'civilian'],
          reason:
            'UN Police held back \u201cProtest planned in the market\u201d, which would have mattered',
        }),
      );
      expect(trust(s, 'police', 'civilian')).toBeLessThan(before);
    }
    expect(failed).toBeGreaterThan(0);
  });
});

describe('turn flow', () => {
  it('the briefing fires scripted injects by turn, named by their sender', () => {
    const s = play('inj', commitAll);
    const inject = entries(s, 'inject').find((e) => e.title.includes('Pumps fail'))!;
    expect(inject.turn).toBe(2);
    expect(inject.title).toBe('Municipal water board: Pumps fail in the market');
    expect(inject.effects).toContainEqual(
      expect.objectContaining({ kind: 'indicator', district: 'market', indicator: 'need' }),
    );
  });

  it('resolves phases in the documented order', () => {
    const s = play('order', [
      { type: 'order', role: 'police', action: 'patrol', district: 'market' },
      {
        type: 'order',
        role: 'military',
        action: 'share_intel',
        district: 'hills',
        fact: 'arms-cache',
        to: 'police',
      },
      {
        type: 'propose',
        role: 'police',
        action: 'joint_patrol',
        district: 'old-town',
        partners: ['military'],
      },
      ...commitAll,
    ]);
    const phases = s.log.filter((e) => e.turn === 1 && e.phase !== 'briefing').map((e) => e.phase);
    const order = ['sharing', 'movement', 'joint', 'solo', 'incidents', 'drift', 'objectives'];
    expect([...phases].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(phases);
  });

  it('a paused exercise refuses orders until resumed', () => {
    const s = play('pause', [{ type: 'pause' }]);
    expect(
      problemIn(
        { rules, s },
        { type: 'order', role: 'police', action: 'patrol', district: 'market' },
      ),
    ).toMatch(/paused/);
    applyCommandInPlace(rules, s, { type: 'resume' });
    expect(
      problemIn(
        { rules, s },
        { type: 'order', role: 'police', action: 'patrol', district: 'market' },
      ),
    ).toBeNull();
  });

  it('an adjustment needs a stated reason', () => {
    const s = newGame(rules, 'adj');
    expect(
      problemIn(
        { rules, s },
        { type: 'adjust', district: 'market', indicator: 'need', delta: -5, reason: ' ' },
      ),
    ).toMatch(/reason/);
  });

  it('ends after the last turn with a score, each objective and each private objective', () => {
    const commands: Command[] = [];
    for (let t = 0; t < rules.scenario.turns; t++) commands.push(...commitAll);
    const s = play('end', commands);
    expect(s.status).toBe('ended');
    expect(s.history).toHaveLength(rules.scenario.turns);
    expect(s.outcome!.objectives.map((o) => o.id)).toEqual(['secure-town', 'no-flashpoint']);
    expect(s.outcome!.privateObjectives.map((o) => o.role)).toEqual(roles);
    const expected = Math.floor(
      (100 * s.outcome!.objectives.filter((o) => o.met).reduce((a, o) => a + o.weight, 0)) / 3,
    );
    expect(s.outcome!.score).toBe(expected);
    expect(problemIn({ rules, s }, { type: 'commit', role: 'police' })).toMatch(/ended/);
  });

  it('an investigation can uncover a hidden fact in its district, told only to its team', () => {
    let found = 0;
    for (let i = 0; i < 20 && !found; i++) {
      const s = play(`inv-${i}`, [
        { type: 'order', role: 'police', action: 'investigate', district: 'hills' },
        ...commitAll,
      ]);
      const e = entries(s, 'solo').find((x) => x.action === 'investigate')!;
      expect(e.visibleTo).toEqual(['police']);
      if (e.roll!.success) {
        found++;
        expect(s.roles.find((r) => r.id === 'police')!.knows).toContain('arms-cache');
      }
    }
    expect(found).toBe(1);
  });
});
