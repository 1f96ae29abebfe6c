/**
 * The chance shown before a commit is the chance the roll uses. For every solo order and every
 * proposal of whole default games played by the policies:
 *
 * 1. Worked out on the game as it stands when the order comes to be rolled (the turn's shares,
 *    moves and the actions before it resolved by the engine's own phases), `orderChance` and
 *    `proposalChance` give the roll's base, modifiers and chance exactly: the resolution and the
 *    planning screens share one code path.
 * 2. Worked out at the last commit on `beforeActions` (this turn's shares and moves made, nothing
 *    rolled yet), as the planning screens show it, it is the roll's exactly unless something
 *    resolved before it in the same turn changed what it depends on (`src/engine/chance.ts`): a
 *    leak, or an earlier action that changed the district's indicators, the trust between its
 *    participants, a participant's facts or units, or opened an incident there. Most rolls have
 *    nothing of the kind before them, and those all match.
 */
import { describe, expect, it } from 'vitest';
import {
  applyCommandInPlace,
  beforeActions,
  gameSeed,
  newGame,
  orderChance,
  playGame,
  proposalChance,
  type Chance,
  type GameState,
  type LogEntry,
  type Order,
  type Proposal,
  type Rules,
  type Seating,
} from '../../src/engine';
import type { Ctx } from '../../src/engine/context';
import { copyState } from '../../src/engine/copy';
import { jointActions, jointPlan } from '../../src/engine/resolve/joint';
import { movement } from '../../src/engine/resolve/movement';
import { sharing } from '../../src/engine/resolve/sharing';
import { soloActions } from '../../src/engine/resolve/solo';
import { restoreRng } from '../../src/engine/rng';
import { defaultRules } from './helpers';

/** An order or a proposal of a turn, with the log entry of its roll. */
interface Rolled {
  what: { order: Order } | { proposal: Proposal };
  entry: LogEntry;
}

interface PlayedTurn {
  /** The game just before the last commit: every order and answer of the turn given. */
  before: GameState;
  rolled: Rolled[];
  /** The turn's resolution entries, in the order the engine wrote them. */
  resolution: LogEntry[];
}

/** Every turn of a recorded game, replayed command by command. */
function turnsOf(rules: Rules, seed: string, seating: Seating): PlayedTurn[] {
  const { commands } = playGame(rules, seed, seating);
  const s = newGame(rules, seed);
  const turns: PlayedTurn[] = [];
  for (const cmd of commands) {
    const last = cmd.type === 'commit' && s.roles.every((r) => r.committed || r.id === cmd.role);
    const before = last ? copyState(s) : null;
    applyCommandInPlace(rules, s, cmd);
    if (!before) continue;
    const resolution = s.log.filter(
      (e) => e.id >= before.nextId && e.turn === before.turn && e.phase !== 'briefing',
    );
    const rolls = resolution.filter((e) => (e.kind === 'joint' || e.kind === 'solo') && e.roll);
    const proposals = before.proposals.filter((p) => jointPlan({ rules, s: before }, p));
    const solo = before.orders.filter((o) => rules.action(o.action).shape === 'solo');
    const what = [
      ...proposals.map((proposal) => ({ proposal })),
      ...solo.map((order) => ({ order })),
    ];
    expect(rolls.length).toBe(what.length);
    turns.push({
      before,
      resolution,
      rolled: what.map((w, i) => ({ what: w, entry: rolls[i]! })),
    });
  }
  return turns;
}

function chanceIn(game: GameState, rules: Rules, r: Rolled): Chance | null {
  return 'order' in r.what
    ? orderChance({ rules, s: game }, r.what.order)
    : proposalChance({ rules, s: game }, r.what.proposal);
}

const asRolled = (e: LogEntry): Chance => ({
  base: e.roll!.base,
  modifiers: e.roll!.modifiers,
  chance: e.roll!.chance,
});

const GAMES: [string, Seating][] = [
  [gameSeed('chance', 0), 'cooperative'],
  [gameSeed('chance', 1), 'siloed'],
  [gameSeed('chance', 2), 'random'],
  [gameSeed('chance', 3), { military: 'cooperative', police: 'random', civilian: 'siloed' }],
];

describe('the chance shown before a commit', () => {
  const rules = defaultRules();
  const played = GAMES.map(([seed, seating]) => turnsOf(rules, seed, seating));

  it('is, on the game as the roll finds it, exactly the roll’s: base, modifiers and chance', () => {
    let checked = 0;
    for (const turns of played) {
      for (const t of turns) {
        // The turn resolved step by step with the engine's own phases, each action after the
        // chance of it was read.
        const ctx: Ctx = { rules, s: copyState(t.before), rng: restoreRng(t.before.rng) };
        const { proposals, orders } = ctx.s;
        sharing(ctx);
        movement(ctx);
        for (const r of t.rolled) {
          expect(chanceIn(ctx.s, rules, r)).toEqual(asRolled(r.entry));
          checked++;
          if ('proposal' in r.what) {
            ctx.s.proposals = [r.what.proposal];
            jointActions(ctx);
          } else {
            ctx.s.orders = [r.what.order];
            soloActions(ctx);
          }
        }
        ctx.s.proposals = proposals;
        ctx.s.orders = orders;
        // The step-by-step resolution wrote what the real one wrote, roll for roll.
        const stepped = ctx.s.log.filter((e) => e.id >= t.before.nextId && e.roll);
        expect(stepped.map((e) => e.roll)).toEqual(
          t.resolution.filter((e) => e.roll && e.phase !== 'incidents').map((e) => e.roll),
        );
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('at the last commit, is the roll’s unless something resolved before it that turn changed what it depends on', () => {
    let same = 0;
    let explained = 0;
    for (const turns of played) {
      for (const t of turns) {
        const shown = beforeActions(rules, t.before, t.before.orders);
        for (const r of t.rolled) {
          const now = chanceIn(shown, rules, r);
          const earlier = t.resolution.filter((e) => e.id < r.entry.id);
          const why = earlier.filter((e) => touches(t.before, e, r.entry));
          if (why.length === 0) {
            expect(now, JSON.stringify(r.entry.title)).toEqual(asRolled(r.entry));
            same++;
          } else explained++;
        }
      }
    }
    // Most rolls have nothing before them that changes their chance.
    expect(same).toBeGreaterThan(explained);
    expect(explained).toBeGreaterThan(0);
  });

  it('leaves the game it is worked out on as it was', () => {
    const t = played[0]![0]!;
    const copy = copyState(t.before);
    const shown = beforeActions(rules, t.before, t.before.orders);
    expect(t.before).toEqual(copy);
    for (const r of t.rolled) chanceIn(shown, rules, r);
    expect(t.before).toEqual(copy);
  });
});

/**
 * Whether `e`, resolved before the roll of `rolled`, changed something its chance depends on:
 * what `src/engine/chance.ts` lists. Moves and shares are made by `beforeActions` already; a leak
 * is not, nor is anything an action did.
 */
function touches(before: GameState, e: LogEntry, rolled: LogEntry): boolean {
  if (e.phase === 'movement') return false;
  if (e.phase === 'sharing' && e.kind !== 'leak') return false;
  const district = rolled.district!;
  const roles = rolled.roles;
  const units = new Set(before.assets.filter((a) => roles.includes(a.role)).map((a) => a.id));
  if (e.kind === 'leak') {
    const holders = before.roles.filter((r) => r.knows.includes(e.fact ?? ''));
    if (holders.some((r) => roles.includes(r.id))) return true;
  }
  return e.effects.some((x) => {
    switch (x.kind) {
      case 'indicator':
        return x.district === district;
      case 'trust':
        return roles.includes(x.roles[0]) && roles.includes(x.roles[1]);
      case 'fact':
        return x.to.some((r) => roles.includes(r));
      case 'incident':
        return x.district === district;
      case 'readiness':
      case 'asset':
        return units.has(x.asset);
      case 'counter':
        return false;
    }
  });
}
