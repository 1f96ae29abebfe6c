/**
 * The "map" section: its size, and the Tiled map the districts' shapes may come from. The limits
 * on a side are here because a map too large or too small cannot be drawn.
 */
import { z } from 'zod';
import { MAX_MAP_SIZE } from '../../format';
import { MAP_PATH } from '../mapPath';

export const tiledSchema = z
  .strictObject({
    file: z
      .string()
      .min(1)
      .regex(MAP_PATH, 'the map must be beside the scenario file or in a folder below it')
      .describe(
        'Path of a Tiled JSON map (.tmj or .json, saved by the free Tiled editor), relative to this scenario file, in its folder or a folder below it (no "..", no absolute path or drive, "/" between folders). Example: "maps/port.tmj".',
      ),
    layer: z
      .string()
      .min(1)
      .describe(
        'Name of the object layer whose polygons and rectangles are the districts. Example: "districts".',
      ),
  })
  .describe(
    'Take the districts\' shapes from a map drawn in Tiled: each object of the layer whose name (or custom property "district") is a district id becomes that district\'s shape, scaled so that the Tiled map\'s size in pixels becomes "width" × "height". Districts may then leave out "shape" and "neighbours". Objects whose class (type before Tiled 1.9) is set to something other than "district" are ignored. Optional (default: none; every district then draws its own shape). Example: {"file": "maps/port.tmj", "layer": "districts"}.',
  );

/**
 * A side of the map. The bounds are a refinement rather than a minimum and maximum, which would
 * change how every other problem with the field is worded ("expected a number, found text").
 */
const mapSide = (meaning: string) =>
  z
    .number()
    .refine((v) => v >= 1 && v <= MAX_MAP_SIZE, {
      error: (issue) =>
        `expected a number from 1 to ${MAX_MAP_SIZE} (a map larger or smaller cannot be drawn), found ${String(issue.input)}`,
    })
    .describe(meaning);

export const mapSchema = z
  .strictObject({
    width: mapSide(`Map width in map units (1 to ${MAX_MAP_SIZE}). Example: 1000.`),
    height: mapSide(`Map height in map units (1 to ${MAX_MAP_SIZE}). Example: 700.`),
    tiled: tiledSchema.optional(),
  })
  .describe('Size of the map; district shapes are drawn in these units.');
