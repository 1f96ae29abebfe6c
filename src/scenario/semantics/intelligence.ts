/**
 * The "intelligence" section: unique facts, and the roles, district and actions they name.
 */
import type { Path } from '../../format';
import type { Checker } from '../checker';
import { field, list, type Obj } from '../loose';

export function checkIntelligence(c: Checker, sc: Obj): void {
  const facts = list(sc.intelligence);
  c.unique(
    facts.map((f, i) => ({ id: field(f, 'id'), path: ['intelligence', i, 'id'] })),
    'fact',
  );
  facts.forEach((f, i) => {
    const at: Path = ['intelligence', i];
    c.refs('role', field(f, 'knownBy'), [...at, 'knownBy']);
    c.ref('district', field(f, 'district'), [...at, 'district']);
    c.refs('action', field(f, 'helps'), [...at, 'helps'], 'warning');
  });
}
