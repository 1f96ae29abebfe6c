/**
 * The "objectives" section, with the roles' private objectives, which share its ids.
 */
import type { Path } from '../../format';
import type { Checker } from '../checker';
import { field, list, type Obj } from '../loose';

export function checkObjectives(c: Checker, sc: Obj): void {
  const objectives = list(sc.objectives);
  // Private objectives share the id space: the debrief lists them side by side.
  c.unique(
    [
      ...objectives.map((o, i) => ({ id: field(o, 'id'), path: ['objectives', i, 'id'] as Path })),
      ...list(sc.roles).map((r, i) => ({
        id: field(field(r, 'privateObjective'), 'id'),
        path: ['roles', i, 'privateObjective', 'id'] as Path,
      })),
    ],
    'objective',
  );
  objectives.forEach((o, i) => c.metric(field(o, 'metric'), ['objectives', i, 'metric']));
}
