/**
 * The "drift" section: each rule reads and moves indicators that are in play.
 */
import type { Checker } from '../checker';
import { field, list, type Obj } from '../loose';

export function checkDrift(c: Checker, sc: Obj): void {
  list(sc.drift).forEach((r, i) => {
    c.ref('indicator', field(field(r, 'when'), 'indicator'), ['drift', i, 'when', 'indicator']);
    c.ref('indicator', field(field(r, 'then'), 'indicator'), ['drift', i, 'then', 'indicator']);
  });
}
