import { describe, expect, it } from 'vitest';
import {
  applyCommandInPlace,
  gameSeed,
  newGame,
  playGame,
  type GameState,
  type Rules,
} from '../../src/engine';
import { defaultRules, inEnglish, miniRules, problemIn } from './helpers';

function checkInvariants(rules: Rules, s: GameState): void {
  for (const d of s.districts) {
    for (const v of d.values) {
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(100);
    }
  }
  for (const t of s.trust) {
    expect(Number.isInteger(t.value) && t.value >= 0 && t.value <= 100).toBe(true);
  }
  for (const r of s.roles) {
    expect(r.apLeft).toBeGreaterThanOrEqual(0);
    expect(r.apLeft).toBeLessThanOrEqual(rules.role(r.id).actionPoints);
    // Points spent this turn never exceed the card's allowance.
    const spent =
      s.orders.filter((o) => o.role === r.id).reduce((a, o) => a + rules.action(o.action).cost, 0) +
      s.proposals
        .filter((p) => p.lead === r.id)
        .reduce((a, p) => a + rules.action(p.action).cost, 0) +
      s.proposals
        .filter((p) => p.responses[p.partners.indexOf(r.id)] === 'accepted')
        .reduce((a, p) => a + (rules.action(p.action).partnerCost ?? 1), 0);
    if (s.status === 'planning') expect(spent + r.apLeft).toBe(rules.role(r.id).actionPoints);
  }
  for (const c of s.counters) expect(Number.isInteger(c.value) && c.value >= 0).toBe(true);
  for (const a of s.assets) expect(rules.districtIndex.has(a.location)).toBe(true);
}

describe('invariants over random legal games', () => {
  for (const [name, make] of [
    ['default', defaultRules],
    ['mini', miniRules],
  ] as const) {
    it(`${name}: indicators stay in range, action points are never overspent, after every command`, () => {
      const rules = make();
      for (let i = 0; i < 8; i++) {
        const played = playGame(
          rules,
          gameSeed(`inv-${name}`, i),
          i % 2 ? 'random' : 'cooperative',
        );
        const s = newGame(rules, played.state.seed);
        checkInvariants(rules, s);
        for (const cmd of played.commands) {
          applyCommandInPlace(rules, s, cmd);
          checkInvariants(rules, s);
        }
      }
    });
  }

  it('every roll carries its base, each modifier with a reason, and a chance that adds up', () => {
    const rules = defaultRules();
    let rolls = 0;
    for (let i = 0; i < 20; i++) {
      const { state } = playGame(rules, gameSeed('rolls', i), i % 2 ? 'cooperative' : 'random');
      for (const e of inEnglish(rules, state.log)) {
        if (!e.roll) continue;
        rolls++;
        const r = e.roll;
        for (const m of r.modifiers) {
          expect(Number.isInteger(m.value)).toBe(true);
          expect(m.reason.length).toBeGreaterThan(3);
        }
        const raw = r.base + r.modifiers.reduce((a, m) => a + m.value, 0);
        expect(r.chance).toBe(
          Math.min(
            e.kind === 'leak' || e.kind === 'share' ? 95 : e.kind === 'event' ? 100 : 95,
            Math.max(e.kind === 'share' || e.kind === 'event' ? 0 : 5, raw),
          ),
        );
        expect(r.roll).toBeGreaterThanOrEqual(1);
        expect(r.roll).toBeLessThanOrEqual(100);
        expect(r.success).toBe(r.roll <= r.chance);
        if (e.kind === 'joint' || e.kind === 'solo') expect(r.modifiers.length).toBeGreaterThan(0);
      }
    }
    expect(rolls).toBeGreaterThan(500);
  });

  it('an overspending order is refused with the reason, and the state is unchanged', () => {
    const rules = defaultRules();
    const s = newGame(rules, 'ap');
    const role = rules.scenario.roles[0]!;
    let spent = 0;
    while (spent + rules.action('patrol').cost <= role.actionPoints) {
      applyCommandInPlace(rules, s, {
        type: 'order',
        role: role.id,
        action: 'patrol',
        district: rules.scenario.districts[spent]!.id,
      });
      spent += rules.action('patrol').cost;
    }
    const problem = problemIn(
      { rules, s },
      { type: 'order', role: role.id, action: 'patrol', district: rules.scenario.districts[0]!.id },
    );
    expect(problem).toMatch(/action point/);
    expect(() =>
      applyCommandInPlace(rules, s, {
        type: 'order',
        role: role.id,
        action: 'patrol',
        district: rules.scenario.districts[0]!.id,
      }),
    ).toThrow(expect.objectContaining({ problem: { key: 'no.cost', args: { cost: 1, left: 0 } } }));
    expect(s.roles[0]!.apLeft).toBe(role.actionPoints - spent);
  });
});
