/**
 * How the large scenario's sections choose: one seeded generator shared by all of them, so the
 * file is always the same, and even spreads over a list where a choice need not be random.
 */
import seedrandom from 'seedrandom';

/** One stream of draws for every section: the order of the sections decides every value. */
export interface Random {
  rng: () => number;
  int: (lo: number, hi: number) => number;
  pick: <T>(xs: readonly T[]) => T;
}

export function seeded(seed: string): Random {
  const rng = seedrandom.alea(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  return { rng, int, pick };
}

/** `n` ids evenly spaced along a list: units and unrest spread over a region without a draw. */
export const spread = (ids: string[], n: number) =>
  Array.from({ length: n }, (_, k) => ids[Math.floor(((k + 0.5) * ids.length) / n)]!);
