/**
 * The "indicators" section: ids of added indicators are unique and none redefines a standard one.
 */
import { quote, STANDARD_INDICATORS } from '../../format';
import type { Checker } from '../checker';
import { field, list, str, type Obj } from '../loose';

export function checkIndicators(c: Checker, sc: Obj): void {
  const defs = list(sc.indicators);
  c.unique(
    defs.map((d, i) => ({ id: field(d, 'id'), path: ['indicators', i, 'id'] })),
    'indicator',
  );
  defs.forEach((d, i) => {
    const id = str(field(d, 'id'));
    if (id !== undefined && (STANDARD_INDICATORS as readonly string[]).includes(id)) {
      c.error(
        ['indicators', i, 'id'],
        `${quote(id)} is already a standard indicator`,
        'remove this definition or choose another id',
      );
    }
  });
}
