/**
 * The "events" section: unique cards, and the districts and effects they name.
 */
import type { Path } from '../../format';
import type { Checker } from '../checker';
import { field, list, type Obj } from '../loose';

export function checkEvents(c: Checker, sc: Obj): void {
  const cards = list(field(sc.events, 'cards'));
  c.unique(
    cards.map((x, i) => ({ id: field(x, 'id'), path: ['events', 'cards', i, 'id'] })),
    'event card',
  );
  cards.forEach((x, i) => {
    const at: Path = ['events', 'cards', i];
    c.refs('district', field(x, 'districts'), [...at, 'districts']);
    c.effects(field(x, 'effects'), [...at, 'effects']);
  });
}
