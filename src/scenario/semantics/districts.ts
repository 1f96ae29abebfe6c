/**
 * The "districts" section: unique ids, mutual neighbours, a starting value for every indicator
 * and corners inside the map. The checks of the map itself are in `map.ts`.
 */
import { MAX_CORNERS, quote, type Path } from '../../format';
import type { Checker } from '../checker';
import { field, isObj, keys, list, num, str, type Obj } from '../loose';
import { checkTiledFile } from './map';

export function checkDistricts(c: Checker, sc: Obj): void {
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
