import type { Ctx } from './context';
import type { Modifier, Msg, Roll } from './types';

/**
 * Rolls a d100 against base + modifiers; the chance is clamped so nothing is certain.
 * A modifier of 0 is kept when it explains something (a leaked fact, an absent partner).
 */
export function roll(
  ctx: Ctx,
  base: number,
  modifiers: Modifier[],
  lo = 5,
  hi = 95,
  successMeans?: Msg,
): Roll {
  let sum = 0;
  for (const m of modifiers) sum += m.value;
  const chance = Math.min(hi, Math.max(lo, base + sum));
  const value = ctx.rng.die(100);
  const r: Roll = { base, modifiers, chance, roll: value, success: value <= chance };
  if (successMeans) r.successMeans = successMeans;
  return r;
}
