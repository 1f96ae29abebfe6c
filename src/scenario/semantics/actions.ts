/**
 * The "actions" and "actionOverrides" sections: the actions in play are known, taken by some
 * role, and overridden only where they exist.
 */
import { quote, type Path } from '../../format';
import type { Checker } from '../checker';
import { field, keys, list, str, type Obj } from '../loose';

export function checkActions(c: Checker, sc: Obj): void {
  const capabilities = new Set(
    list(sc.roles)
      .flatMap((r) => list(field(r, 'capabilities')))
      .filter((a): a is string => typeof a === 'string'),
  );
  const seen = new Set<string>();
  list(sc.actions).forEach((a, i) => {
    const action = str(a);
    if (action === undefined) return;
    if (seen.has(action)) {
      c.warn(['actions', i], `${quote(action)} is listed twice`, 'remove the repeat');
      return;
    }
    seen.add(action);
    c.ref('action', action, ['actions', i]);
    if (c.has('action', action) && !capabilities.has(action)) {
      c.warn(
        ['actions', i],
        `no role has ${quote(action)} among its capabilities, so nobody can take it`,
        "add it to a role's capabilities or remove it",
      );
    }
  });
  const overrides = sc.actionOverrides;
  for (const key of keys(overrides)) {
    const at: Path = ['actionOverrides', key];
    c.ref('action', key, at, 'error');
    const o = field(overrides, key);
    c.effects(field(o, 'onSuccess'), [...at, 'onSuccess']);
    c.effects(field(o, 'onFailure'), [...at, 'onFailure']);
  }
}
