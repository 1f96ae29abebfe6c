/**
 * The chance of an order or a proposal before the turn resolves, worked out by the functions the
 * roll itself uses (`attemptChance`, `soloAttempt`, `jointPlan`), so what a team is shown is what
 * the roll would be made against on the same game.
 *
 * What it depends on, and so what can still change it by the roll: the district's indicators, the
 * participants' units (where they are, their readiness), the facts the participants hold and
 * whether one leaked, the trust between the lead and each partner, the partners' answers, and the
 * open incidents of the district. A turn resolves shares, then moves, then joint actions, then
 * solo orders in the order given: `beforeActions` makes this turn's moves and shares first (as
 * those phases do, but for the leak, which is rolled only at resolution), and the actions
 * resolved before this one in the same turn may still change any of the above.
 */
import type { Ctx, Reader } from './context';
import { thawState } from './copy';
import type { Rng } from './rng';
import type { Rules } from './rules';
import { attemptChance } from './resolve/act';
import { jointPlan } from './resolve/joint';
import { moveUnit } from './resolve/movement';
import { shareFact } from './resolve/sharing';
import { soloAttempt } from './resolve/solo';
import type { Chance } from './roll';
import type { GameState, Order, Proposal, ProposalStatus } from './types';

export type { Chance } from './roll';

/** The chance of a solo order; null for an order that rolls nothing (a move, a share). */
export function orderChance(game: Reader, order: Order): Chance | null {
  const a = soloAttempt(game, order);
  return a ? attemptChance(game, a) : null;
}

/**
 * The chance of a proposal with the partners whose answer in `responses` is accepted (its own
 * answers by default), or null when it would lapse (nobody accepted, and it is not crowd control).
 */
export function proposalChance(
  game: Reader,
  p: Proposal,
  responses: readonly ProposalStatus[] = p.responses,
): Chance | null {
  const plan = jointPlan(game, p, responses);
  return plan ? attemptChance(game, plan.attempt) : null;
}

/** Moves and shares roll nothing but a leak, which is left to the resolution. */
const NO_ROLLS: Rng = {
  next: () => {
    throw new Error('beforeActions rolls nothing');
  },
  die: () => NO_ROLLS.next(),
  below: () => NO_ROLLS.next(),
  state: () => ({ c: 0, s0: 0, s1: 0, s2: 0 }),
};

/**
 * A copy of the game as this turn's actions will find it once `orders`' shares and moves are
 * made, as the sharing and movement phases make them (a fact shared is assumed not to leak). The
 * game itself is left as it was.
 */
export function beforeActions(rules: Rules, state: GameState, orders: readonly Order[]): GameState {
  const ctx: Ctx = { rules, s: thawState(state), rng: NO_ROLLS };
  for (const o of orders)
    if (o.action === 'share_intel' && o.fact && o.to && rules.factById.has(o.fact))
      shareFact(ctx, o.role, o.fact, o.to);
  for (const o of orders) if (o.action === 'move_asset') moveUnit(ctx, o);
  return ctx.s;
}
