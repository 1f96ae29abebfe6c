/**
 * The "endConditions" section: what ends the game before its last turn.
 */
import { z } from 'zod';
import type { EndCondition } from '../../format';
import { id } from './ids';
import { metricSchema } from './metrics';
import { comparisonSchema } from './numbers';
import { text } from './text';

export const endConditionSchema: z.ZodType<EndCondition> = z
  .strictObject({
    id: id('the end condition', 'city-in-flames'),
    description: text(
      'What ends the game, as the debrief states it',
      'Tension reaches 95 somewhere.',
    ),
    metric: metricSchema,
    comparison: comparisonSchema,
    value: z.int().describe('Threshold (whole number). Example: 95.'),
  })
  .describe(
    'Ends the game after the turn in which it holds, and the mission then counts as failed whatever the score.',
  );
