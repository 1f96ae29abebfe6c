/**
 * The "endConditions" section: unique ids, and metrics that measure something in play.
 */
import type { Checker } from '../checker';
import { field, list, type Obj } from '../loose';

export function checkEndConditions(c: Checker, sc: Obj): void {
  const ends = list(sc.endConditions);
  c.unique(
    ends.map((x, i) => ({ id: field(x, 'id'), path: ['endConditions', i, 'id'] })),
    'end condition',
  );
  ends.forEach((x, i) => c.metric(field(x, 'metric'), ['endConditions', i, 'metric']));
}
