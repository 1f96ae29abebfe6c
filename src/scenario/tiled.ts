/**
 * Districts drawn in the Tiled map editor (https://www.mapeditor.org). A scenario names a Tiled
 * JSON map and one of its object layers in `map.tiled`; the polygons and rectangles of that layer
 * become the shapes of the districts whose ids they carry, and districts that list no neighbours
 * get the ones they share an edge with.
 *
 * Pure: no file access, so the browser uses it as it is when a scenario and its map are opened
 * together (`loadNode.ts` reads the map file for the command line). Problems in the map carry a
 * path into the map file, prefixed with its name: `maps/port.tmj: $.layers[1].objects[3].rotation`.
 */
import { MAX_EDGE_COMPARISONS, sharedEdges } from './edges';
import { MAX_ARRAY_LENGTH } from '../format';
import { field, int, isObj, list, num, str, type Obj } from './loose';
import { MAX_CORNERS, MAX_CORNERS_PER_SHAPE, MAX_MAP_SIZE, MIN_UNITS_PER_PIXEL } from '../format';
import { formatPath, problem, quote, type Path, type Problem } from '../format';
import { Suggester } from './suggest';
import type { Point, TiledMapRef } from '../format';

export type TiledApplied =
  | { ok: true; value: unknown; warnings: Problem[] }
  /** `value` holds every shape that could be taken, so the rest of the file can still be checked.
   * */
  | { ok: false; value: unknown; problems: Problem[]; warnings: Problem[] };

/** The Tiled map a scenario value names, if it names one. */
export function tiledReference(scenario: unknown): TiledMapRef | undefined {
  const tiled = field(field(scenario, 'map'), 'tiled');
  const file = str(field(tiled, 'file'));
  const layer = str(field(tiled, 'layer'));
  return file !== undefined && layer !== undefined && file !== '' && layer !== ''
    ? { file, layer }
    : undefined;
}

/** Problems are collected, never thrown: an author fixes them all in one pass. */
class Report {
  readonly problems: Problem[] = [];
  readonly warnings: Problem[] = [];
  /** "Did you mean" for this map, within its limit. */
  readonly suggest = new Suggester();

  constructor(private readonly source: string) {}

  /** A problem in the map file. */
  map(
    path: Path,
    message: string,
    suggestion?: string,
    severity: Problem['severity'] = 'error',
  ): void {
    const p = problem(severity, path, message, suggestion);
    (severity === 'error' ? this.problems : this.warnings).push({
      ...p,
      path: `${this.source}: ${p.path}`,
    });
  }

  /** A problem in the scenario file. */
  scenario(
    path: Path,
    message: string,
    suggestion?: string,
    severity: Problem['severity'] = 'error',
  ): void {
    (severity === 'error' ? this.problems : this.warnings).push(
      problem(severity, path, message, suggestion),
    );
  }
}

export function applyTiledMap(scenario: unknown, tiled: unknown, source: string): TiledApplied {
  const ref = tiledReference(scenario);
  if (!ref || !isObj(scenario)) return { ok: true, value: scenario, warnings: [] };
  const report = new Report(source);
  const districts = list(scenario.districts);
  const size = mapSize(tiled, report);
  const scale = size ? scaleTo(scenario.map, size, report) : undefined;
  const layer = scale ? findLayer(tiled as Obj, ref.layer, report) : undefined;
  // Counted before any outline is read: the corners bound all the work that follows.
  const found = layer && cornersWithin(layer, districts, report) ? layer : undefined;
  const ids = districts.map((d) => str(field(d, 'id')));
  const drawn = found && size ? layerShapes(found, size, ids, report) : new Map<string, Drawn>();

  const { x: scaleX, y: scaleY } = scale ?? { x: 1, y: 1 };
  const nearest = found ? objectNames(found) : [];
  const shapes = districts.map((d, i): Point[] | undefined => {
    const own = field(d, 'shape');
    const id = ids[i];
    const fromMap = id === undefined ? undefined : drawn.get(id);
    if (own !== undefined) {
      if (fromMap) {
        report.scenario(
          ['districts', i, 'shape'],
          `district ${quote(id!)} has a shape here and one in the map; this one is used`,
          'remove one of them',
          'warning',
        );
      }
      return validShape(own);
    }
    if (fromMap) return fromMap.points.map(([x, y]) => [round(x * scaleX), round(y * scaleY)]);
    if (found && id !== undefined) {
      const hint = report.suggest.from(id, nearest, 'objects');
      report.scenario(
        ['districts', i],
        `district ${quote(id)} has no shape, and layer ${quote(ref.layer)} of ${source} has no object for it`,
        hint?.startsWith('did you mean')
          ? `rename the object: ${hint}`
          : `name an object ${quote(id)} in that layer, or give the district a "shape"`,
      );
    }
    return undefined;
  });

  // Only districts that list no neighbours need the map's; the rest decide for themselves.
  const computed = districts.some((d) => field(d, 'neighbours') === undefined);
  // One map pixel, in map units: Tiled snaps to whole pixels, so shared corners agree within it.
  const touching = found && computed ? sharedEdges(shapes, Math.max(scaleX, scaleY)) : [];
  if (!touching) {
    report.map(
      found!.path,
      `the shapes of layer ${quote(ref.layer)} overlap so much that their shared borders cannot be worked out (more than ${MAX_EDGE_COMPARISONS} comparisons of edges)`,
      'draw districts that do not overlap, or list every district\'s "neighbours" in the scenario',
    );
  }
  const neighbours = fillNeighbours(districts, ids, touching ?? []);
  const value = {
    ...scenario,
    districts: districts.map((d, i) => {
      if (!isObj(d)) return d;
      const shape = shapes[i];
      return {
        ...d,
        ...(d.shape === undefined && shape ? { shape } : {}),
        ...(d.neighbours === undefined && found ? { neighbours: neighbours[i] } : {}),
      };
    }),
  };
  return report.problems.length === 0
    ? { ok: true, value, warnings: report.warnings }
    : { ok: false, value, problems: report.problems, warnings: report.warnings };
}

// ---- the map as a whole -------------------------------------------------------------------------

/** What else Tiled saves as JSON, which may be named by mistake. */
const TILED_FILES = new Set(['tileset', 'template', 'project', 'world']);

/**
 * The map's size in pixels, once every feature this reader cannot follow has been refused. A
 * JSON file that is no Tiled file at all is refused without quoting any of it: the path may have
 * led to a file that is none of the scenario's business.
 */
function mapSize(tiled: unknown, report: Report): Size | undefined {
  const type = str(field(tiled, 'type'));
  const unknownType = type !== undefined && type !== 'map' && !TILED_FILES.has(type);
  if (!isObj(tiled) || unknownType || (type === undefined && !Array.isArray(tiled.layers))) {
    report.map(
      [],
      'expected a Tiled JSON map (an object with "layers"), found something else',
      'in Tiled, save the map as JSON (File > Export As > JSON map files)',
    );
    return undefined;
  }
  if (type !== undefined && type !== 'map') {
    report.map(
      ['type'],
      `this is a Tiled ${quote(type)}, not a map`,
      'name the map file (.tmj) in map.tiled.file',
    );
    return undefined;
  }
  let fatal = false;
  if (tiled.infinite === true) {
    report.map(
      ['infinite'],
      "infinite maps are not supported: the map needs a fixed size to be scaled to the scenario's map",
      'in Tiled, untick Infinite in Map > Map Properties',
    );
    fatal = true;
  }
  const orientation = str(tiled.orientation);
  if (orientation !== undefined && orientation !== 'orthogonal') {
    report.map(
      ['orientation'],
      `${quote(orientation)} maps are not supported, only orthogonal ones`,
      'draw the districts on an orthogonal map',
    );
    fatal = true;
  }
  list(tiled.tilesets).forEach((t, i) => {
    if (field(t, 'source') !== undefined) {
      report.map(
        ['tilesets', i, 'source'],
        `external tilesets are not supported (this one is in ${describe(field(t, 'source'))})`,
        'embed it: in Tiled, select the tileset in the Tilesets view and press "Embed Tileset"',
      );
    }
  });
  const sizes: Record<string, number | undefined> = {};
  for (const key of ['width', 'height', 'tilewidth', 'tileheight']) {
    const v = int(tiled[key]);
    if (v === undefined || v < 1 || v > MAX_MAP_SIZE) {
      report.map(
        [key],
        `expected a whole number from 1 to ${MAX_MAP_SIZE}, found ${describe(tiled[key])}`,
      );
      fatal = true;
    }
    sizes[key] = v;
  }
  if (fatal || report.problems.length > 0) return undefined;
  const size = {
    width: sizes.width! * sizes.tilewidth!,
    height: sizes.height! * sizes.tileheight!,
  };
  if (size.width > MAX_MAP_SIZE || size.height > MAX_MAP_SIZE) {
    report.map(
      [size.width > MAX_MAP_SIZE ? 'width' : 'height'],
      `the map is ${size.width} × ${size.height} pixels; at most ${MAX_MAP_SIZE} pixels a side can be read`,
      'make the map smaller in Map > Map Properties, or its tiles smaller',
    );
    return undefined;
  }
  return size;
}

/** Map units per Tiled pixel, once the scenario's map is known to be large enough to hold them. */
function scaleTo(map: unknown, size: Size, report: Report): { x: number; y: number } | undefined {
  const x = (num(field(map, 'width')) ?? size.width) / size.width;
  const y = (num(field(map, 'height')) ?? size.height) / size.height;
  if (x >= MIN_UNITS_PER_PIXEL && y >= MIN_UNITS_PER_PIXEL) return { x, y };
  report.scenario(
    ['map', x < MIN_UNITS_PER_PIXEL ? 'width' : 'height'],
    `the Tiled map is ${size.width} × ${size.height} pixels, so a pixel would be less than ${MIN_UNITS_PER_PIXEL} of a map unit and the districts would shrink to slivers`,
    `make $.map at least ${Math.ceil(size.width * MIN_UNITS_PER_PIXEL)} × ${Math.ceil(size.height * MIN_UNITS_PER_PIXEL)}, or the Tiled map smaller`,
  );
  return undefined;
}

interface Layer {
  layer: Obj;
  path: Path;
  /** Offsets of the layer and of the groups it sits in, in pixels. */
  dx: number;
  dy: number;
}

/** The first layer of that name, looking inside group layers too. */
function findLayer(tiled: Obj, name: string, report: Report): Layer | undefined {
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

// ---- the objects of the layer -------------------------------------------------------------------

interface Drawn {
  points: Point[];
  path: Path;
}

/** Objects left out on purpose: a class (or, before Tiled 1.9, a type) other than "district". */
function classOf(o: Obj): string {
  return str(o.class) || str(o.type) || '';
}

/** The district an object stands for: its custom property "district", else its name. */
function districtOf(o: Obj, at: Path): { id: string; path: Path } | undefined {
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

function isDistrictObject(o: unknown): o is Obj {
  if (!isObj(o)) return false;
  const cls = classOf(o);
  return cls === '' || cls.toLowerCase() === 'district';
}

/** The district ids the layer's objects name, for "did you mean". */
function objectNames(found: Layer): string[] {
  return list(found.layer.objects)
    .filter(isDistrictObject)
    .map((o, i) => districtOf(o, [i])?.id)
    .filter((id): id is string => id !== undefined);
}

/**
 * The layer's objects and corners against the limits, before any outline is read, with the
 * scenario's own shapes counted in: they are compared with the map's for shared borders.
 */
function cornersWithin(found: Layer, districts: readonly unknown[], report: Report): boolean {
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

interface Size {
  width: number;
  height: number;
}

function layerShapes(
  found: Layer,
  size: Size,
  ids: readonly (string | undefined)[],
  report: Report,
): Map<string, Drawn> {
  const known = ids.filter((id): id is string => id !== undefined);
  const isKnown = new Set(known);
  const out = new Map<string, Drawn>();
  list(found.layer.objects).forEach((o, j) => {
    if (!isDistrictObject(o)) return;
    const at = [...found.path, 'objects', j];
    const explicit = classOf(o) !== '';
    const district = districtOf(o, at);
    if (!district) {
      if (explicit)
        report.map(
          at,
          'a district object without a name',
          'name it with the id of its district',
          'warning',
        );
      return;
    }
    if (!isKnown.has(district.id)) {
      const near = report.suggest.from(district.id, known, 'districts');
      report.map(
        district.path,
        `no district ${quote(district.id)} in the scenario, so this object is not used`,
        near?.startsWith('did you mean')
          ? near
          : 'rename it after a district id, or give it a class other than "district"',
        'warning',
      );
      return;
    }
    const earlier = out.get(district.id);
    if (earlier) {
      report.map(
        district.path,
        `district ${quote(district.id)} already takes its shape from ${formatPath(earlier.path)}`,
        'keep one object per district',
      );
      return;
    }
    const points = outline(o, at, found, report);
    if (points && inside(points, size, at, report)) out.set(district.id, { points, path: at });
  });
  return out;
}

/** The object's corners in map pixels, or a problem naming what this reader cannot draw. */
function outline(o: Obj, at: Path, found: Layer, report: Report): Point[] | undefined {
  const refuse = (key: string, what: string, fix: string) => {
    report.map([...at, key], what, fix);
    return undefined;
  };
  if (o.template !== undefined)
    return refuse(
      'template',
      'objects from templates are not supported',
      'in Tiled, detach the object from its template (right-click > Detach)',
    );
  if (o.ellipse === true)
    return refuse(
      'ellipse',
      'ellipses are not supported',
      'draw the district with the polygon tool',
    );
  if (o.point === true)
    return refuse(
      'point',
      'a point has no area',
      'draw the district with the polygon or rectangle tool',
    );
  if (o.polyline !== undefined)
    return refuse(
      'polyline',
      'a polyline is open, so it has no area',
      'draw the district with the polygon tool',
    );
  if (o.text !== undefined)
    return refuse(
      'text',
      'a text object has no outline',
      'draw the district with the polygon or rectangle tool',
    );
  if (o.gid !== undefined)
    return refuse(
      'gid',
      'tile objects are not supported',
      'draw the district with the polygon or rectangle tool',
    );
  const rotation = num(o.rotation) ?? 0;
  if (rotation !== 0)
    return refuse(
      'rotation',
      `rotated objects are not supported (rotation ${rotation})`,
      'set the rotation to 0 and move the corners instead',
    );
  const x = num(o.x) ?? 0;
  const y = num(o.y) ?? 0;
  let points: Point[];
  if (o.polygon !== undefined) {
    points = [];
    for (const [k, p] of list(o.polygon).entries()) {
      const px = num(field(p, 'x'));
      const py = num(field(p, 'y'));
      if (px === undefined || py === undefined)
        return refuse('polygon', `corner ${k} has no x and y`, 'redraw the polygon');
      points.push([found.dx + x + px, found.dy + y + py]);
    }
    if (points.length < 3)
      return refuse(
        'polygon',
        `a polygon needs at least 3 corners, found ${points.length}`,
        'redraw the polygon',
      );
  } else {
    const w = num(o.width) ?? 0;
    const h = num(o.height) ?? 0;
    if (w <= 0 || h <= 0)
      return refuse(
        'width',
        'a rectangle of no size',
        'draw the district with the polygon or rectangle tool',
      );
    const left = found.dx + x;
    const top = found.dy + y;
    points = [
      [left, top],
      [left + w, top],
      [left + w, top + h],
      [left, top + h],
    ];
  }
  return points;
}

/** Half a pixel of slack: Tiled may store a corner on the edge as 639.9999. */
function inside(points: Point[], size: Size, at: Path, report: Report): boolean {
  const out = points.find(
    ([x, y]) => x < -0.5 || y < -0.5 || x > size.width + 0.5 || y > size.height + 0.5,
  );
  if (out) {
    report.map(
      at,
      `corner [${round(out[0])}, ${round(out[1])}] is outside the map (x 0–${size.width}, y 0–${size.height} pixels)`,
      'move the object inside the map, or enlarge the map in Map > Map Properties',
    );
    return false;
  }
  for (const p of points) {
    p[0] = Math.min(size.width, Math.max(0, p[0]));
    p[1] = Math.min(size.height, Math.max(0, p[1]));
  }
  return true;
}

// ---- what the scenario gets
// -----------------------------------------------------------------------

/** Neighbours only where the file lists none; a district the file pairs explicitly is kept mutual.
 * */
function fillNeighbours(
  districts: readonly unknown[],
  ids: readonly (string | undefined)[],
  touching: readonly (readonly number[])[],
): string[][] {
  const listed = districts.map((d) => {
    const n = field(d, 'neighbours');
    return Array.isArray(n)
      ? new Set(n.filter((x): x is string => typeof x === 'string'))
      : undefined;
  });
  const listedBy = new Map<string, number[]>();
  listed.forEach((names, j) => {
    for (const name of names ?? []) {
      const by = listedBy.get(name);
      if (by) by.push(j);
      else listedBy.set(name, [j]);
    }
  });
  return districts.map((_, i) => {
    const id = ids[i];
    if (id === undefined) return [];
    const out: string[] = [];
    const seen = new Set<string>();
    // Every district it borders on the map, and every one that lists it, in the file's order.
    const candidates = [...(touching[i] ?? []), ...(listedBy.get(id) ?? [])].sort((a, b) => a - b);
    for (const j of candidates) {
      const other = ids[j];
      if (other === undefined || other === id || seen.has(other)) continue;
      const theirs = listed[j];
      // A district that lists its own neighbours decides for itself: the file may cut a border a
      // river runs along, or add one a bridge crosses.
      if (theirs === undefined || theirs.has(id)) {
        seen.add(other);
        out.push(other);
      }
    }
    return out;
  });
}

function validShape(v: unknown): Point[] | undefined {
  const points = list(v).map((p) => list(p).map(num));
  return points.every((p) => p.length === 2 && p[0] !== undefined && p[1] !== undefined)
    ? (points as Point[])
    : undefined;
}

/** Two decimals: enough for any screen, and files stay readable. */
const round = (v: number) => Math.round(v * 100) / 100;

function describe(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  if (v === undefined) return 'nothing';
  return typeof v === 'object' ? (Array.isArray(v) ? 'a list' : 'an object') : String(v);
}
