/**
 * The "districts" section: the places of the map, as validation sees them and as a file may
 * write them (a Tiled map may fill in their shapes and neighbours).
 */
import { z } from 'zod';
import { MAX_CORNERS, MAX_CORNERS_PER_SHAPE } from '../../format';
import { id, ref } from './ids';
import { percent } from './numbers';
import { localText, text } from './text';

const pointSchema = z
  .tuple([
    z.number().describe('x in map units, 0 to map.width (left to right).'),
    z.number().describe('y in map units, 0 to map.height (top to bottom).'),
  ])
  .describe('A corner of a district polygon as [x, y] in map units. Example: [120, 40].')
  .meta({ id: 'Point' });

export const districtSchema = z
  .strictObject({
    id: id('the district; must not start with "@"', 'harbour'),
    name: text('Name shown on the map', 'Harbour'),
    description: localText(z.string().min(1))
      .describe(
        'Short description for the district panel (text, or the text by language code). Optional (default: none). Example: "Docks and fish market; smuggling hub."',
      )
      .optional(),
    population: z
      .int()
      .min(0)
      .describe('Number of inhabitants (whole number, 0 or more). Example: 42000.'),
    shape: z
      .array(pointSchema)
      .min(3)
      .max(MAX_CORNERS_PER_SHAPE)
      .describe(
        `Polygon outline in map units: 3 to ${MAX_CORNERS_PER_SHAPE} [x, y] corners (${MAX_CORNERS} at most for all the districts together), clockwise or not, inside the map. Required, unless "map.tiled" is set: then it may be left out and comes from the Tiled map. Example: [[0,0],[100,0],[100,80],[0,80]].`,
      ),
    neighbours: z
      .array(ref('a district', 'old-town'))
      .describe(
        'Districts that share a border with this one; adjacency must be mutual. Units move only between neighbours. Required, unless "map.tiled" is set: then it may be left out and is computed from the edges the district shares with others on the map. Example: ["old-town", "market"].',
      ),
    indicators: z
      .record(z.string().min(1), percent('Starting value of the indicator', 50))
      .describe(
        'Starting value (0–100) of every indicator in play: security, trust, tension, need and any the scenario adds. Example: {"security": 40, "trust": 50, "tension": 60, "need": 30}.',
      ),
  })
  .describe('A district of the map.');

/** A district as a file may write it: with "map.tiled", shape and neighbours may be left out. */
export const districtFileSchema = districtSchema
  .partial({ shape: true, neighbours: true })
  .describe('A district of the map.');
