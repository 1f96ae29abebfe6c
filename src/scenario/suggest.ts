/**
 * "Did you mean" for ids and field names.
 *
 * A file with thousands of bad references, each compared with thousands of ids, must not freeze
 * the page: each comparison stops as soon as the two texts are further apart than any suggestion
 * could be, each suggestion compares at most MAX_CANDIDATES ids of at most MAX_COMPARED_LENGTH
 * characters, and a file gets at most MAX_SUGGESTIONS of them (its problems are still all listed).
 */
import { quote } from '../format';

/** Cells of edit-distance tables filled, counted so tests can prove the work is bounded; never
 * read by the app. */
export const suggestWork = { cells: 0 };

export const MAX_COMPARED_LENGTH = 100;
export const MAX_CANDIDATES = 1_000;
export const MAX_SUGGESTIONS = 100;

/** No suggestion is further than this from what was written (see `closest`). */
const MAX_DISTANCE = 3;

/**
 * Optimal string alignment distance: Levenshtein plus swapped neighbours ("hrabour"). With `max`,
 * only the band of the table within `max` of its diagonal is filled, and anything further apart
 * than `max` comes back as `max + 1`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const band = Math.min(max, Math.max(a.length, b.length));
  const far = band + 1;
  const w = b.length + 1;
  // Three rows are enough for the transposition step. Cells outside a row's band are never
  // filled: the ones just outside it are set to `far`, which is all the next rows read there.
  let prev2 = new Array<number>(w).fill(far);
  let prev = new Array<number>(w).fill(far);
  let cur = new Array<number>(w).fill(far);
  for (let j = 0; j <= Math.min(b.length, band); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(b.length, i + band);
    cur[0] = i;
    if (lo > 1) cur[lo - 1] = far;
    let rowMin = i;
    for (let j = lo; j <= hi; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, prev2[j - 2]! + 1);
      }
      cur[j] = best;
      if (best < rowMin) rowMin = best;
    }
    suggestWork.cells += hi - lo + 1;
    if (hi < b.length) cur[hi + 1] = far;
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[b.length]!, max + 1);
}

/** The known id closest to `wanted`, if it is close enough to be a likely typo. */
export function closest(wanted: string, known: Iterable<string>): string | undefined {
  if (wanted.length > MAX_COMPARED_LENGTH) return undefined;
  const lower = wanted.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let compared = 0;
  for (const candidate of known) {
    if (candidate === wanted || candidate.length > MAX_COMPARED_LENGTH) continue;
    if (Math.abs(candidate.length - wanted.length) > MAX_DISTANCE) continue;
    if (++compared > MAX_CANDIDATES) break;
    const other = candidate.toLowerCase();
    // Past MAX_DISTANCE nothing is suggested, so the distance need not be known exactly there.
    const d = other === lower ? 0.5 : editDistance(lower, other, MAX_DISTANCE);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(
    1,
    Math.min(MAX_DISTANCE, Math.floor(Math.max(wanted.length, best.length) / 3)),
  );
  return bestDistance <= limit ? best : undefined;
}

const MAX_LISTED = 12;

/** Suggestions for one file: past MAX_SUGGESTIONS, problems come without "did you mean". */
export class Suggester {
  private left = MAX_SUGGESTIONS;

  /**
   * "did you mean 'x'?" when one is close, else the short list of what is allowed, else nothing.
   */
  from(wanted: string, known: readonly string[], noun: string): string | undefined {
    if (known.length === 0) return `this file defines no ${noun}`;
    const near = this.left > 0 ? closest(wanted, known) : undefined;
    this.left--;
    if (near !== undefined) return `did you mean ${quote(near)}?`;
    if (known.length <= MAX_LISTED) return `known ${noun}: ${known.map(quote).join(', ')}`;
    return undefined;
  }
}
