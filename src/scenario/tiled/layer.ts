/**
 * The object layer the districts are drawn on, and which of its objects stand for districts,
 * counted against the limits before any outline is read.
 */
import { MAX_ARRAY_LENGTH, MAX_CORNERS, MAX_CORNERS_PER_SHAPE } from '../../format';
import { quote, type Path } from '../../format';
import { field, isObj, list, num, str, type Obj } from '../loose';
import { describe, type Report } from './report';

export interface Layer {
  layer: Obj;
  path: Path;
  /** Offsets of the layer and of the groups it sits in, in pixels. */
  dx: number;
  dy: number;
}

/** The first layer of that name, looking inside group layers too. */
export function findLayer(tiled: Obj, name: string, report: Report): Layer | undefined {
  const names: string[] = [];
  const visit = (layers: unknown, path: Path, dx: number, dy: number): Layer | undefined => {
    const all = list(layers);
    for (let i = 0; i < all.length; i++) {
      const layer = all[i];
      if (!isObj(layer)) continue;
      const at = [...path, i];
      const x = dx + (num(layer.offsetx) ?? 0);
      const y = dy + (num(layer.offsety) ?? 0);
      const own = str(layer.name);
      if (own === name) return { layer, path: at, dx: x, dy: y };
      if (own !== undefined) names.push(own);
      const inner =
        layer.type === 'group' ? visit(layer.layers, [...at, 'layers'], x, y) : undefined;
      if (inner) return inner;
    }
    return undefined;
  };
  const found = visit(tiled.layers, ['layers'], 0, 0);
  if (!found) {
    report.map(
      ['layers'],
      `no layer named ${quote(name)}`,
      report.suggest.from(name, names, 'layers'),
    );
    return undefined;
  }
  if (found.layer.type !== 'objectgroup') {
    report.map(
      [...found.path, 'type'],
      `layer ${quote(name)} is a ${describe(found.layer.type)} layer; the districts must be drawn on an object layer`,
      'draw them with the polygon or rectangle tool on an object layer',
    );
    return undefined;
  }
  return found;
}

/** Objects left out on purpose: a class (or, before Tiled 1.9, a type) other than "district". */
export function classOf(o: Obj): string {
  return str(o.class) || str(o.type) || '';
}

/** The district an object stands for: its custom property "district", else its name. */
export function districtOf(o: Obj, at: Path): { id: string; path: Path } | undefined {
  const props = o.properties;
  // Tiled writes properties as a list since 1.2; older files used a plain object.
  if (Array.isArray(props)) {
    const i = props.findIndex((p) => field(p, 'name') === 'district');
    const v = str(field(props[i], 'value'));
    if (v) return { id: v, path: [...at, 'properties', i, 'value'] };
  } else if (isObj(props) && str(props.district)) {
    return { id: str(props.district)!, path: [...at, 'properties', 'district'] };
  }
  const name = str(o.name);
  return name ? { id: name, path: [...at, 'name'] } : undefined;
}

export function isDistrictObject(o: unknown): o is Obj {
  if (!isObj(o)) return false;
  const cls = classOf(o);
  return cls === '' || cls.toLowerCase() === 'district';
}

/** The district ids the layer's objects name, for "did you mean". */
export function objectNames(found: Layer): string[] {
  return list(found.layer.objects)
    .filter(isDistrictObject)
    .map((o, i) => districtOf(o, [i])?.id)
    .filter((id): id is string => id !== undefined);
}

/**
 * The layer's objects and corners against the limits, before any outline is read, with the
 * scenario's own shapes counted in: they are compared with the map's for shared borders.
 */
export function cornersWithin(
  found: Layer,
  districts: readonly unknown[],
  report: Report,
): boolean {
  const objects = list(found.layer.objects);
  if (objects.length > MAX_ARRAY_LENGTH) {
    report.map(
      [...found.path, 'objects'],
      `the layer has ${objects.length} objects; at most ${MAX_ARRAY_LENGTH} can be read`,
      'keep only the districts on this layer',
    );
    return false;
  }
  let total = districts.reduce<number>((n, d) => n + list(field(d, 'shape')).length, 0);
  let within = true;
  objects.forEach((o, j) => {
    if (!isDistrictObject(o)) return;
    const corners = o.polygon === undefined ? 4 : list(o.polygon).length;
    if (corners > MAX_CORNERS_PER_SHAPE) {
      report.map(
        [...found.path, 'objects', j, 'polygon'],
        `a polygon of ${corners} corners; at most ${MAX_CORNERS_PER_SHAPE} are allowed`,
        'simplify the outline (fewer corners along straight stretches)',
      );
      within = false;
    }
    total += corners;
  });
  if (total > MAX_CORNERS) {
    report.map(
      [...found.path, 'objects'],
      `the districts have ${total} corners in all; at most ${MAX_CORNERS} are allowed`,
      'simplify the outlines (fewer corners along straight stretches)',
    );
    return false;
  }
  return within;
}
