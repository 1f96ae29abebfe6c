/**
 * The "roles" and "trust" sections: unique roles and units, capabilities a role can afford, the
 * references in constraints and units, and one trust entry per pair of roles.
 */
import { formatPath, quote, standardAction, type Path } from '../../format';
import type { Checker } from '../checker';
import { field, int, list, str, type Obj } from '../loose';

export function checkRoles(c: Checker, sc: Obj): void {
  const roles = list(sc.roles);
  c.unique(
    roles.map((r, i) => ({ id: field(r, 'id'), path: ['roles', i, 'id'] })),
    'role',
  );
  c.unique(
    roles.flatMap((r, i) =>
      list(field(r, 'assets')).map((a, j) => ({
        id: field(a, 'id'),
        path: ['roles', i, 'assets', j, 'id'],
      })),
    ),
    'asset',
  );
  const overrides = sc.actionOverrides;
  roles.forEach((r, i) => {
    const at: Path = ['roles', i];
    const roleId = str(field(r, 'id')) ?? `#${i}`;
    const points = int(field(r, 'actionPoints'));
    const seen = new Set<string>();
    list(field(r, 'capabilities')).forEach((a, j) => {
      const path = [...at, 'capabilities', j];
      const action = str(a);
      if (action === undefined) return;
      if (seen.has(action)) c.warn(path, `${quote(action)} is listed twice`, 'remove the repeat');
      seen.add(action);
      c.ref('action', action, path, 'error');
      if (points !== undefined) warnUnaffordable(c, action, points, roleId, path, overrides);
    });
    list(field(r, 'constraints')).forEach((k, j) => {
      const path = [...at, 'constraints', j];
      c.refs('action', field(k, 'actions'), [...path, 'actions']);
      c.ref('action', field(k, 'action'), [...path, 'action']);
      c.refs('district', field(k, 'districts'), [...path, 'districts']);
    });
    list(field(r, 'assets')).forEach((a, j) => {
      c.ref('district', field(a, 'location'), [...at, 'assets', j, 'location']);
    });
    c.metric(field(field(r, 'privateObjective'), 'metric'), [...at, 'privateObjective', 'metric']);
  });
}

function warnUnaffordable(
  c: Checker,
  action: string,
  points: number,
  role: string,
  path: Path,
  overrides: unknown,
): void {
  const def = standardAction(action);
  if (!def) return;
  const cost = int(field(field(overrides, action), 'cost')) ?? def.cost;
  // A joint action the role cannot lead it may still join as a partner, which may cost less.
  const cheapest = def.shape === 'joint' ? Math.min(cost, def.partnerCost ?? cost) : cost;
  if (cheapest > points) {
    c.warn(
      path,
      `${quote(action)} costs ${cheapest} action points but role ${quote(role)} has only ${points} a turn, so it can never take it`,
      `raise actionPoints to ${cheapest} or lower the cost in $.actionOverrides`,
    );
  }
}

export function checkTrust(c: Checker, sc: Obj): void {
  const first = new Map<string, Path>();
  list(sc.trust).forEach((t, i) => {
    const path: Path = ['trust', i, 'roles'];
    const pair = list(field(t, 'roles'));
    c.pair(pair, path);
    const [a, b] = pair.map(str);
    if (a === undefined || b === undefined || a === b) return;
    const key = JSON.stringify([a, b].sort());
    const earlier = first.get(key);
    if (earlier)
      c.error(
        path,
        `the pair ${quote(a)}, ${quote(b)} is already given a trust at ${formatPath(earlier)}`,
        'keep one entry per pair',
      );
    else first.set(key, path);
  });
}
