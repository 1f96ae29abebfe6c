/**
 * Each district object's outline in map pixels: the polygons and rectangles this reader can
 * draw, refused with a reason for anything else, and kept inside the map.
 */
import { formatPath, quote, type Path, type Point } from '../../format';
import { field, list, num, type Obj } from '../loose';
import { classOf, districtOf, isDistrictObject, type Layer } from './layer';
import type { Size } from './mapSize';
import type { Report } from './report';

export interface Drawn {
  points: Point[];
  path: Path;
}

export function layerShapes(
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

/** Two decimals: enough for any screen, and files stay readable. */
export const round = (v: number) => Math.round(v * 100) / 100;
