/**
 * The Tiled map as a whole: refused when it uses a feature this reader cannot follow, else its
 * size in pixels, and the scale that turns them into the scenario's map units.
 */
import { MAX_MAP_SIZE, MIN_UNITS_PER_PIXEL } from '../../format';
import { field, int, isObj, list, num, str } from '../loose';
import { quote } from '../../format';
import { describe, type Report } from './report';

/** What else Tiled saves as JSON, which may be named by mistake. */
const TILED_FILES = new Set(['tileset', 'template', 'project', 'world']);

/**
 * The map's size in pixels, once every feature this reader cannot follow has been refused. A
 * JSON file that is no Tiled file at all is refused without quoting any of it: the path may have
 * led to a file that is none of the scenario's business.
 */
export function mapSize(tiled: unknown, report: Report): Size | undefined {
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
export function scaleTo(
  map: unknown,
  size: Size,
  report: Report,
): { x: number; y: number } | undefined {
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

export interface Size {
  width: number;
  height: number;
}
