/**
 * A warning across sections: a district no unit can reach through neighbours from where the
 * roles' units start is probably a mistake in the neighbours or the units.
 */
import { quote } from '../../format';
import type { Checker } from '../checker';
import { field, list, str, type Obj } from '../loose';

export function warnUnreachable(c: Checker, sc: Obj): void {
  const districts = list(sc.districts);
  const starts = list(sc.roles)
    .flatMap((r) => list(field(r, 'assets')))
    .map((a) => str(field(a, 'location')))
    .filter((l): l is string => l !== undefined && c.has('district', l));
  if (starts.length === 0) {
    if (districts.length > 0 && list(sc.roles).length > 0) {
      c.warn(
        ['roles'],
        'no role has an asset in a known district, so no district can be reached',
        'give some role an asset',
      );
    }
    return;
  }
  const next = new Map<string, string[]>();
  for (const d of districts) {
    const id = str(field(d, 'id'));
    if (id !== undefined && !next.has(id)) {
      next.set(
        id,
        list(field(d, 'neighbours')).filter((n): n is string => typeof n === 'string'),
      );
    }
  }
  const reached = new Set(starts);
  const queue = [...reached];
  while (queue.length > 0) {
    for (const n of next.get(queue.pop()!) ?? []) {
      if (!reached.has(n)) {
        reached.add(n);
        queue.push(n);
      }
    }
  }
  districts.forEach((d, i) => {
    const id = str(field(d, 'id'));
    if (id !== undefined && !reached.has(id)) {
      c.warn(
        ['districts', i],
        `no role's asset can reach district ${quote(id)}: it is not connected through neighbours to any asset's location`,
        'connect it to a neighbour or place an asset there',
      );
    }
  });
}
