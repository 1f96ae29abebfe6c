/** "Did you mean" for ids and field names. */
import { quote } from '../format';

/** Optimal string alignment distance: Levenshtein plus swapped neighbours ("hrabour"). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const w = b.length + 1;
  // Three rows are enough for the transposition step; a flat array keeps indexing simple.
  let prev2 = new Array<number>(w).fill(0);
  let prev = Array.from({ length: w }, (_, j) => j);
  let cur = new Array<number>(w).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, prev2[j - 2]! + 1);
      }
      cur[j] = best;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length]!;
}

const MAX_COMPARED_LENGTH = 100;

/** The known id closest to `wanted`, if it is close enough to be a likely typo. */
export function closest(wanted: string, known: Iterable<string>): string | undefined {
  if (wanted.length > MAX_COMPARED_LENGTH) return undefined;
  const lower = wanted.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate === wanted || candidate.length > MAX_COMPARED_LENGTH) continue;
    const d =
      candidate.toLowerCase() === lower ? 0.5 : editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(Math.max(wanted.length, best.length) / 3)));
  return bestDistance <= limit ? best : undefined;
}

const MAX_LISTED = 12;

/** "did you mean 'x'?" when one is close, else the short list of what is allowed, else nothing. */
export function suggestFrom(
  wanted: string,
  known: readonly string[],
  noun: string,
): string | undefined {
  const near = closest(wanted, known);
  if (near !== undefined) return `did you mean ${quote(near)}?`;
  if (known.length === 0) return `this file defines no ${noun}`;
  if (known.length <= MAX_LISTED) return `known ${noun}: ${known.map(quote).join(', ')}`;
  return undefined;
}
