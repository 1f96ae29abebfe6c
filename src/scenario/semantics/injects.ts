/**
 * The "injects" section: unique injects, triggers within the game's turns, and effects that
 * have somewhere to land.
 */
import type { Path } from '../../format';
import type { Checker } from '../checker';
import { field, int, list, type Obj } from '../loose';

export function checkInjects(c: Checker, sc: Obj): void {
  const injects = list(sc.injects);
  const turns = int(sc.turns);
  c.unique(
    injects.map((x, i) => ({ id: field(x, 'id'), path: ['injects', i, 'id'] })),
    'inject',
  );
  injects.forEach((x, i) => {
    const at: Path = ['injects', i];
    c.refs('role', field(x, 'recipients'), [...at, 'recipients']);
    const trigger = field(x, 'trigger');
    for (const key of ['turn', 'from']) {
      const turn = int(field(trigger, key));
      if (turns !== undefined && turn !== undefined && turn > turns) {
        c.error(
          [...at, 'trigger', key],
          `turn ${turn} is after the last turn (${turns}), so this never happens`,
          `use a turn from 1 to ${turns}, or raise $.turns`,
        );
      }
    }
    c.metric(field(field(trigger, 'condition'), 'metric'), [
      ...at,
      'trigger',
      'condition',
      'metric',
    ]);
    c.ref('district', field(x, 'district'), [...at, 'district']);
    c.effects(field(x, 'effects'), [...at, 'effects']);
    if (field(x, 'district') === undefined)
      warnUntargeted(c, field(x, 'effects'), [...at, 'effects']);
  });
}

/** An inject is the one place with no district of its own: the engine then skips such effects. */
function warnUntargeted(c: Checker, effects: unknown, at: Path): void {
  list(effects).forEach((e, i) => {
    const where = field(e, 'district');
    const needsTarget =
      (field(e, 'type') === 'indicator' &&
        (where === undefined || where === '@target' || where === '@neighbours')) ||
      (field(e, 'type') === 'incident' && where === undefined);
    if (needsTarget) {
      c.warn(
        [...at, i],
        "this effect lands in the inject's district, but the inject has none, so it does nothing",
        'give the inject a "district", or name one in the effect ("@all" for every district)',
      );
    }
  });
}
