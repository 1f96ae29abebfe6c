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
import { sharedEdges } from './edges';
import { field, isObj, list, num, str, type Obj } from './loose';
import {
  formatPath,
  problem,
  quote,
  type Path,
  type Problem,
  type Point,
  type TiledMapRef,
} from '../format';
import { suggestFrom } from './suggest';

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
  const size = mapSize(tiled, report);
  const found = size ? findLayer(tiled as Obj, ref.layer, report) : undefined;
  const districts = list(scenario.districts);
  const ids = districts.map((d) => str(field(d, 'id')));
  const drawn = found && size ? layerShapes(found, size, ids, report) : new Map<string, Drawn>();

  const scaleX = size ? (num(field(scenario.map, 'width')) ?? size.width) / size.width : 1;
  const scaleY = size ? (num(field(scenario.map, 'height')) ?? size.height) / size.height : 1;
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
      const spare = [...drawn.keys()].filter((k) => !ids.includes(k));
      const near = suggestFrom(id, [...unmatchedNames(found), ...spare], 'objects');
      report.scenario(
        ['districts', i],
        `district ${quote(id)} has no shape, and layer ${quote(ref.layer)} of ${source} has no object for it`,
        near?.startsWith('did you mean')
          ? `rename the object: ${near}`
          : `name an object ${quote(id)} in that layer, or give the district a "shape"`,
      );
    }
    return undefined;
  });

  // One map pixel, in map units: Tiled snaps to whole pixels, so shared corners agree within it.
  const tolerance = Math.max(scaleX, scaleY);
  const neighbours = fillNeighbours(districts, ids, shapes, tolerance);
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

/** The map's size in pixels, once every feature this reader cannot follow has been refused. */
function mapSize(tiled: unknown, report: Report): Size | undefined {
  if (!isObj(tiled)) {
    report.map(
      [],
      'expected a Tiled JSON map (an object with "layers"), found something else',
      'in Tiled, save the map as JSON (File > Export As > JSON map files)',
    );
    return undefined;
  }
  const type = str(tiled.type);
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
    const v = num(tiled[key]);
    if (v === undefined || v <= 0) {
      report.map([key], `expected a number greater than 0, found ${describe(tiled[key])}`);
      fatal = true;
    }
    sizes[key] = v;
  }
  if (fatal || report.problems.length > 0) return undefined;
  return { width: sizes.width! * sizes.tilewidth!, height: sizes.height! * sizes.tileheight! };
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
    report.map(['layers'], `no layer named ${quote(name)}`, suggestFrom(name, names, 'layers'));
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

function unmatchedNames(found: Layer): string[] {
  return list(found.layer.objects)
    .filter(isDistrictObject)
    .map((o, i) => districtOf(o, [i])?.id)
    .filter((id): id is string => id !== undefined);
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
    if (!known.includes(district.id)) {
      const near = suggestFrom(district.id, known, 'districts');
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
  shapes: readonly (Point[] | undefined)[],
  tolerance: number,
): string[][] {
  const listed = districts.map((d) => {
    const n = field(d, 'neighbours');
    return Array.isArray(n) ? n.filter((x): x is string => typeof x === 'string') : undefined;
  });
  const touching = sharedEdges(shapes, tolerance);
  return districts.map((_, i) => {
    const id = ids[i];
    if (id === undefined) return [];
    const out: string[] = [];
    ids.forEach((other, j) => {
      if (other === undefined || other === id || out.includes(other)) return;
      const theirs = listed[j];
      // A district that lists its own neighbours decides for itself: the file may cut a border a
      // river runs along, or add one a bridge crosses.
      const bordering = touching[i]!.includes(j) && (theirs === undefined || theirs.includes(id));
      if (bordering || theirs?.includes(id)) out.push(other);
    });
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
