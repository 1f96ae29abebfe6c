/**
 * Meaning checks: what a schema cannot see because it needs the whole file (ids that must exist,
 * be unique or be mutual), plus warnings about legal but probably unintended set-ups. They read
 * the value loosely, so they also run on a file with shape errors.
 */
import {
  STANDARD_COUNTERS,
  STANDARD_INDICATORS,
  STANDARD_ACTION_IDS,
  standardAction,
  formatPath,
  quote,
  type Path,
  type Problem,
} from '../format';
import { Checker, type Known } from './checker';
import { field, int, isObj, keys, list, num, str, type Obj } from './loose';
import { Suggester } from './suggest';
import { checkTranslations } from './translations';
import { MAX_CORNERS } from '../format';

export function checkMeaning(
  input: unknown,
  suggest = new Suggester(),
): { errors: Problem[]; warnings: Problem[] } {
  if (!isObj(input)) return { errors: [], warnings: [] };
  const c = new Checker(collectKnown(input), suggest);
  checkIndicators(c, input);
  checkDistricts(c, input);
  checkRoles(c, input);
  checkTrust(c, input);
  checkActions(c, input);
  checkIntelligence(c, input);
  checkInjects(c, input);
  checkEvents(c, input);
  checkDriftAndEnd(c, input);
  checkObjectives(c, input);
  warnUnreachable(c, input);
  const translations = checkTranslations(input);
  return {
    errors: [...c.errors, ...translations.errors],
    warnings: [...c.warnings, ...translations.warnings],
  };
}

const ids = (v: unknown): string[] =>
  list(v)
    .map((x) => str(field(x, 'id')))
    .filter((x): x is string => x !== undefined);

function collectKnown(sc: Obj): Known {
  const counters = new Set<string>(STANDARD_COUNTERS);
  collectCounters(sc, counters, 0);
  const inPlay = new Set(list(sc.actions).filter((a): a is string => typeof a === 'string'));
  return {
    district: ids(sc.districts),
    role: ids(sc.roles),
    fact: ids(sc.intelligence),
    indicator: [...STANDARD_INDICATORS, ...ids(sc.indicators)],
    counter: [...counters],
    action: STANDARD_ACTION_IDS,
    inPlay,
  };
}

/** Scenario counters exist by being counted: any `counter` effect anywhere names one. */
function collectCounters(v: unknown, into: Set<string>, depth: number): void {
  if (depth > 80) return;
  if (Array.isArray(v)) {
    for (const x of v) collectCounters(x, into, depth + 1);
    return;
  }
  if (!isObj(v)) return;
  const name = str(v.counter);
  if (v.type === 'counter' && name !== undefined) into.add(name);
  for (const key of Object.keys(v)) collectCounters(v[key], into, depth + 1);
}

function checkIndicators(c: Checker, sc: Obj): void {
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

function checkDistricts(c: Checker, sc: Obj): void {
  const districts = list(sc.districts);
  c.unique(
    districts.map((d, i) => ({ id: field(d, 'id'), path: ['districts', i, 'id'] })),
    'district',
  );
  // Sets, so checking that each of thousands of borders goes both ways stays linear.
  const neighboursOf = new Map<string, ReadonlySet<unknown>>();
  for (const d of districts) {
    const id = str(field(d, 'id'));
    if (id !== undefined && !neighboursOf.has(id))
      neighboursOf.set(id, new Set(list(field(d, 'neighbours'))));
  }
  const width = num(field(sc.map, 'width'));
  const height = num(field(sc.map, 'height'));
  checkTiledFile(c, str(field(field(sc.map, 'tiled'), 'file')));
  const corners = districts.reduce<number>((n, d) => n + list(field(d, 'shape')).length, 0);
  if (corners > MAX_CORNERS) {
    c.error(
      ['districts'],
      `the districts' shapes have ${corners} corners in all; at most ${MAX_CORNERS} are allowed`,
      'simplify the outlines (fewer corners along straight stretches)',
    );
  }

  districts.forEach((d, i) => {
    const at: Path = ['districts', i];
    const id = str(field(d, 'id'));
    if (id?.startsWith('@')) {
      c.error(
        [...at, 'id'],
        `district ids may not start with '@', which marks '@target', '@all' and '@neighbours'`,
        `rename it to ${quote(id.replace(/^@+/, '') || 'district')}`,
      );
    }
    checkNeighbours(c, id, list(field(d, 'neighbours')), [...at, 'neighbours'], neighboursOf);
    checkStartingValues(c, field(d, 'indicators'), [...at, 'indicators']);
    if (width !== undefined && height !== undefined) {
      list(field(d, 'shape')).forEach((p, j) => {
        const [x, y] = list(p).map(num);
        if (x === undefined || y === undefined) return;
        if (x < 0 || x > width || y < 0 || y > height) {
          c.error(
            [...at, 'shape', j],
            `point [${x}, ${y}] is outside the map (x 0–${width}, y 0–${height})`,
            'move the point inside the map or enlarge $.map',
          );
        }
      });
    }
  });
}

function checkTiledFile(c: Checker, file: string | undefined): void {
  if (file === undefined) return;
  const at: Path = ['map', 'tiled', 'file'];
  if (/\.tmx$/i.test(file)) {
    c.error(
      at,
      "a .tmx map is in Tiled's XML format, which cannot be read; only Tiled's JSON format can",
      'in Tiled, use File > Export As, choose "JSON map files (*.tmj *.json)", and name the .tmj file here',
    );
  } else if (!/\.(tmj|json)$/i.test(file)) {
    c.warn(
      at,
      `${quote(file)} does not end in .tmj or .json, the names of Tiled's JSON maps`,
      'name the Tiled map saved as JSON',
    );
  }
}

function checkNeighbours(
  c: Checker,
  id: string | undefined,
  neighbours: readonly unknown[],
  at: Path,
  neighboursOf: ReadonlyMap<string, ReadonlySet<unknown>>,
): void {
  const seen = new Set<string>();
  neighbours.forEach((n, j) => {
    const other = str(n);
    if (other === undefined) return;
    const path = [...at, j];
    if (seen.has(other)) {
      c.warn(path, `${quote(other)} is listed twice`, 'remove the repeat');
      return;
    }
    seen.add(other);
    if (other === id) {
      c.error(path, `district ${quote(id)} lists itself as a neighbour`, 'remove it');
      return;
    }
    c.ref('district', other, path);
    const back = neighboursOf.get(other);
    if (id !== undefined && back !== undefined && !back.has(id)) {
      c.error(
        path,
        `${quote(id)} lists ${quote(other)} as a neighbour but ${quote(other)} does not list ${quote(id)}`,
        `add ${quote(id)} to the neighbours of ${quote(other)}`,
      );
    }
  });
}

function checkStartingValues(c: Checker, values: unknown, at: Path): void {
  if (!isObj(values)) return;
  const present = keys(values);
  const has = new Set(present);
  for (const indicator of c.known.indicator) {
    if (!has.has(indicator)) {
      c.error(
        at,
        `missing the starting value of indicator ${quote(indicator)}`,
        `add ${quote(indicator)} with a whole number 0–100`,
      );
    }
  }
  for (const key of present) {
    if (!c.has('indicator', key)) {
      const near = c.suggest.from(key, c.known.indicator, 'indicators');
      c.error(
        [...at, key],
        `unknown indicator ${quote(key)}`,
        near?.startsWith('did you mean') ? near : 'remove it, or define it in $.indicators',
      );
    }
  }
}

function checkRoles(c: Checker, sc: Obj): void {
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

function checkTrust(c: Checker, sc: Obj): void {
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

function checkActions(c: Checker, sc: Obj): void {
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

function checkIntelligence(c: Checker, sc: Obj): void {
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

function checkInjects(c: Checker, sc: Obj): void {
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

function checkEvents(c: Checker, sc: Obj): void {
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

function checkDriftAndEnd(c: Checker, sc: Obj): void {
  list(sc.drift).forEach((r, i) => {
    c.ref('indicator', field(field(r, 'when'), 'indicator'), ['drift', i, 'when', 'indicator']);
    c.ref('indicator', field(field(r, 'then'), 'indicator'), ['drift', i, 'then', 'indicator']);
  });
  const ends = list(sc.endConditions);
  c.unique(
    ends.map((x, i) => ({ id: field(x, 'id'), path: ['endConditions', i, 'id'] })),
    'end condition',
  );
  ends.forEach((x, i) => c.metric(field(x, 'metric'), ['endConditions', i, 'metric']));
}

function checkObjectives(c: Checker, sc: Obj): void {
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

function warnUnreachable(c: Checker, sc: Obj): void {
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
