/**
 * The neighbours a district gets from the map: those it shares an edge with, only where the
 * file lists none, and kept mutual with the districts that list their own.
 */
import { field } from '../loose';

/**
 * Neighbours only where the file lists none; a district the file pairs explicitly is kept mutual.
 */
export function fillNeighbours(
  districts: readonly unknown[],
  ids: readonly (string | undefined)[],
  touching: readonly (readonly number[])[],
): string[][] {
  const listed = districts.map((d) => {
    const n = field(d, 'neighbours');
    return Array.isArray(n)
      ? new Set(n.filter((x): x is string => typeof x === 'string'))
      : undefined;
  });
  const listedBy = new Map<string, number[]>();
  listed.forEach((names, j) => {
    for (const name of names ?? []) {
      const by = listedBy.get(name);
      if (by) by.push(j);
      else listedBy.set(name, [j]);
    }
  });
  return districts.map((_, i) => {
    const id = ids[i];
    if (id === undefined) return [];
    const out: string[] = [];
    const seen = new Set<string>();
    // Every district it borders on the map, and every one that lists it, in the file's order.
    const candidates = [...(touching[i] ?? []), ...(listedBy.get(id) ?? [])].sort((a, b) => a - b);
    for (const j of candidates) {
      const other = ids[j];
      if (other === undefined || other === id || seen.has(other)) continue;
      const theirs = listed[j];
      // A district that lists its own neighbours decides for itself: the file may cut a border a
      // river runs along, or add one a bridge crosses.
      if (theirs === undefined || theirs.has(id)) {
        seen.add(other);
        out.push(other);
      }
    }
    return out;
  });
}
