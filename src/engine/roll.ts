import type { Ctx } from './context';
import type { Modifier, Msg, Roll } from './types';

/** What a roll is made against: the base, every modifier with its reason, and the chance. */
export interface Chance {
  base: number;
  modifiers: Modifier[];
  /** base + modifiers, clamped so nothing is certain. */
  chance: number;
}

/**
 * The chance of base + modifiers, clamped to lo–hi. A modifier of 0 is kept when it explains
 * something (a leaked fact, an absent partner). The roll and the chance shown before a commit are
 * both worked out here, so they cannot disagree on the arithmetic.
 */
export function chanceOf(base: number, modifiers: Modifier[], lo = 5, hi = 95): Chance {
  let sum = 0;
  for (const m of modifiers) sum += m.value;
  return { base, modifiers, chance: Math.min(hi, Math.max(lo, base + sum)) };
}

/** Rolls a d100 against a chance worked out by `chanceOf`. */
export function rollAgainst(ctx: Ctx, c: Chance, successMeans?: Msg): Roll {
  const value = ctx.rng.die(100);
  const r: Roll = {
    base: c.base,
    modifiers: c.modifiers,
    chance: c.chance,
    roll: value,
    success: value <= c.chance,
  };
  if (successMeans) r.successMeans = successMeans;
  return r;
}

/** Rolls a d100 against base + modifiers; the chance is clamped so nothing is certain. */
export function roll(
  ctx: Ctx,
  base: number,
  modifiers: Modifier[],
  lo = 5,
  hi = 95,
  successMeans?: Msg,
): Roll {
  return rollAgainst(ctx, chanceOf(base, modifiers, lo, hi), successMeans);
}
