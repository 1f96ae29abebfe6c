/**
 * Districts drawn in the Tiled map editor (https://www.mapeditor.org). A scenario names a Tiled
 * JSON map and one of its object layers in `map.tiled`; the polygons and rectangles of that layer
 * become the shapes of the districts whose ids they carry, and districts that list no neighbours
 * get the ones they share an edge with.
 *
 * Pure: no file access, so the browser uses it as it is when a scenario and its map are opened
 * together (`loadNode.ts` reads the map file for the command line). Problems in the map carry a
 * path into the map file, prefixed with its name: `maps/port.tmj: $.layers[1].objects[3].rotation`.
 *
 * The steps are in `tiled/`: the map as a whole (`mapSize.ts`), the layer and its objects
 * (`layer.ts`), each object's outline (`outlines.ts`) and the neighbours computed from them
 * (`neighbours.ts`); this file puts their results into the scenario.
 */
import { MAX_EDGE_COMPARISONS, sharedEdges } from './edges';
import { field, isObj, list, num, str, type Obj } from './loose';
import { quote, type Problem } from '../format';
import type { Point, TiledMapRef } from '../format';
import { cornersWithin, findLayer, objectNames } from './tiled/layer';
import { mapSize, scaleTo } from './tiled/mapSize';
import { fillNeighbours } from './tiled/neighbours';
import { layerShapes, round, type Drawn } from './tiled/outlines';
import { Report } from './tiled/report';

export type TiledApplied =
  | { ok: true; value: unknown; warnings: Problem[] }
  /**
   * `value` holds every shape that could be taken, so the rest of the file can still be checked.
   */
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

function validShape(v: unknown): Point[] | undefined {
  const points = list(v).map((p) => list(p).map(num));
  return points.every((p) => p.length === 2 && p[0] !== undefined && p[1] !== undefined)
    ? (points as Point[])
    : undefined;
}
