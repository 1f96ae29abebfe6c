/**
 * The chance a team is shown before it commits (`src/ui/model/chance.ts`): on what the team knows
 * (its own facts and its own moves and shares), with the modifiers tagged by what changes them
 * and the changes a unit, a partner, a posture or (for the facilitator) a fact would make.
 */
import { describe, expect, it } from 'vitest';
import {
  applyCommandInPlace,
  gameSeed,
  newGame,
  playGame,
  type Command,
  type GameState,
} from '../../../src/engine';
import { copyState } from '../../../src/engine/copy';
import {
  draftAttempt,
  knownTo,
  leverOf,
  outlook,
  outlookGame,
  proposalAttempt,
  type Attempted,
} from '../../../src/ui/model/chance';
import { EMPTY_DRAFT } from '../../../src/store';
import { en, rules } from './helpers';

/** The default game at its start, with `commands` applied. */
function after(commands: Command[], seed = 'outlook'): GameState {
  const s = newGame(rules, seed);
  for (const c of commands) applyCommandInPlace(rules, s, c);
  return s;
}

const keys = (s: GameState, viewer: string, a: Attempted) =>
  outlook(rules, s, viewer, a)!.chance.modifiers.map((m) => m.reason.key);

const jointPatrolKesh: Attempted = proposalAttempt({
  id: 0,
  action: 'joint_patrol',
  district: 'kesh_highlands',
  lead: 'military',
  partners: ['police'],
  responses: ['pending'],
});

describe('the chance before the commit', () => {
  it('counts only the facts the team holds: a partner’s stays hidden from it, not from the facilitator', () => {
    const s = after([]);
    // The police hold "Night convoys from the Kesh mines", which helps a joint patrol in Kesh.
    expect(s.roles.find((r) => r.id === 'police')!.knows).toContain('mineral_route');
    expect(keys(s, 'facilitator', jointPatrolKesh)).toContain('mod.intelligence');
    expect(keys(s, 'military', jointPatrolKesh)).not.toContain('mod.intelligence');
    expect(keys(s, 'police', jointPatrolKesh)).toContain('mod.intelligence');
    expect(knownTo(s, 'military').roles.find((r) => r.id === 'police')!.knows).toEqual([]);
    // The game itself keeps every fact.
    expect(s.roles.find((r) => r.id === 'police')!.knows).toContain('mineral_route');
  });

  it('makes the team’s own moves and shares of this turn first, as the turn will', () => {
    // The military's quick reaction force moves from Aldera to Dunmere's neighbour Kesh.
    const move: Command = {
      type: 'order',
      role: 'military',
      action: 'move_asset',
      district: 'kesh_highlands',
      asset: 'mil_quick_reaction',
    };
    const s = after([move]);
    const game = outlookGame(rules, s, 'military');
    expect(game.assets.find((a) => a.id === 'mil_quick_reaction')!.location).toBe('kesh_highlands');
    expect(s.assets.find((a) => a.id === 'mil_quick_reaction')!.location).toBe('aldera');
    // Another team's view does not know of the move.
    expect(
      outlookGame(rules, s, 'police').assets.find((a) => a.id === 'mil_quick_reaction')!.location,
    ).toBe('aldera');
    // A share raises trust between the two before the joint action rolls.
    const share: Command = {
      type: 'order',
      role: 'police',
      action: 'share_intel',
      district: 'kesh_highlands',
      fact: 'mineral_route',
      to: 'military',
    };
    const shared = after([share]);
    const trustOf = (g: GameState) =>
      g.trust.find((t) => [t.a, t.b].sort().join() === 'military,police')!.value;
    expect(trustOf(outlookGame(rules, shared, 'police'))).toBe(trustOf(shared) + 3);
    expect(
      outlookGame(rules, shared, 'police').roles.find((r) => r.id === 'military')!.knows,
    ).toContain('mineral_route');
  });

  it('tags each modifier with what changes it, and every modifier key has a place', () => {
    const s = after([]);
    const o = outlook(rules, s, 'facilitator', jointPatrolKesh)!;
    const tagged = o.chance.modifiers.map((m) => [m.reason.key, leverOf(m)]);
    expect(tagged).toContainEqual(['mod.intelligence', 'fact']);
    expect(tagged).toContainEqual(['mod.partnerTrust', 'partner']);
    expect(tagged.some(([, lever]) => lever === 'unit')).toBe(true);
  });

  it('says what a unit next door, a partner, a posture or a shared fact would make of it', () => {
    const s = after([]);
    // Police patrol in Dunmere with no police unit there: FPUs in Aldera and Tamsin Plains are next
    // door, and the better of them is offered.
    const patrol = draftAttempt(rules, 'police', {
      ...EMPTY_DRAFT,
      action: 'patrol',
      district: 'dunmere',
    })!;
    const o = outlook(rules, s, 'police', patrol)!;
    const move = o.alternatives.find((a) => a.kind === 'move');
    expect(move).toMatchObject({ kind: 'move', role: 'police' });
    const asset = move!.kind === 'move' ? move!.asset : '';
    expect(['pol_fpu_1', 'pol_fpu_2']).toContain(asset);
    expect(move!.chance).toBeGreaterThan(o.chance.chance);
    // The same with the move ordered: the unit is on site, and the alternative is gone.
    const moved = after([
      {
        type: 'order',
        role: 'police',
        action: 'move_asset',
        district: 'dunmere',
        asset,
      },
    ]);
    const now = outlook(rules, moved, 'police', patrol)!;
    expect(now.chance.chance).toBe(move!.chance);
    expect(now.chance.modifiers.map((m) => m.reason.key)).toContain('mod.unitOnSite');
    expect(now.alternatives.some((a) => a.kind === 'move' && a.role === 'police')).toBe(false);

    // Crowd control: the other postures, a partner more, and without the only partner.
    const crowd = draftAttempt(rules, 'police', {
      ...EMPTY_DRAFT,
      action: 'crowd_control',
      district: 'dunmere',
      partners: ['military'],
      posture: 'contain',
    })!;
    const c = outlook(rules, s, 'police', crowd)!;
    expect(c.assumed).toEqual(['military']);
    const kinds = c.alternatives.map(
      (a) => `${a.kind}:${a.kind === 'posture' ? a.posture : a.kind === 'share' ? a.fact : a.role}`,
    );
    expect(kinds).toContain('join:civilian');
    expect(kinds).toContain('without:military');
    expect(kinds.filter((k) => k.startsWith('posture:'))).toEqual(
      expect.arrayContaining(['posture:negotiate', 'posture:disperse']),
    );
    // A joint patrol without its only partner lapses.
    const lapse = outlook(rules, s, 'military', jointPatrolKesh)!.alternatives.find(
      (a) => a.kind === 'without',
    );
    expect(lapse).toEqual({ kind: 'without', role: 'police', chance: null });
    // The facilitator, who knows every fact, is told which share would help.
    const solo = draftAttempt(rules, 'military', {
      ...EMPTY_DRAFT,
      action: 'checkpoint',
      district: 'kesh_highlands',
    })!;
    const share = outlook(rules, s, 'facilitator', solo)!.alternatives.find(
      (a) => a.kind === 'share',
    );
    expect(share).toMatchObject({ fact: 'mineral_route', from: 'police', to: 'military' });
    expect(outlook(rules, s, 'military', solo)!.alternatives.some((a) => a.kind === 'share')).toBe(
      false,
    );
  });

  it('needs an action that rolls, a district and (for crowd control) a posture', () => {
    expect(draftAttempt(rules, 'police', { ...EMPTY_DRAFT, action: 'patrol' })).toBeNull();
    expect(
      draftAttempt(rules, 'police', { ...EMPTY_DRAFT, action: 'move_asset', district: 'dunmere' }),
    ).toBeNull();
    expect(
      draftAttempt(rules, 'police', {
        ...EMPTY_DRAFT,
        action: 'crowd_control',
        district: 'dunmere',
      }),
    ).toBeNull();
    expect(en.ui.outlook.chanceNow).toBe('Chance of success now:');
  });

  it('for a solo order, a team sees at its commit what the facilitator sees, but for a fact shared with it that turn', () => {
    let compared = 0;
    for (const [i, seating] of (['cooperative', 'siloed', 'random'] as const).entries()) {
      const seed = gameSeed('outlook-solo', i);
      const { commands } = playGame(rules, seed, seating);
      const s = newGame(rules, seed);
      for (const cmd of commands) {
        if (cmd.type === 'commit') {
          const before = copyState(s);
          for (const o of before.orders.filter((x) => rules.action(x.action).shape === 'solo')) {
            if (o.role !== cmd.role) continue;
            const team = outlook(rules, before, o.role, { order: o })!.chance;
            const all = outlook(rules, before, 'facilitator', { order: o })!.chance;
            const sharedWithIt = before.orders.some(
              (x) => x.action === 'share_intel' && x.to === o.role,
            );
            if (!sharedWithIt) expect(team).toEqual(all);
            compared++;
          }
        }
        applyCommandInPlace(rules, s, cmd);
      }
    }
    expect(compared).toBeGreaterThan(30);
  });
});
