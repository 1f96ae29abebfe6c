/**
 * Objectives: what the score is made of, for the mission ("objectives") and for each role (its
 * "privateObjective").
 */
import { z } from 'zod';
import type { ObjectiveDef } from '../../format';
import { id } from './ids';
import { metricSchema } from './metrics';
import { comparisonSchema } from './numbers';
import { text } from './text';

export const objectiveSchema: z.ZodType<ObjectiveDef> = z
  .strictObject({
    id: id('the objective (unique among all objectives, private ones included)', 'secure-city'),
    description: text('The objective as the debrief states it', 'Average security at least 60.'),
    metric: metricSchema,
    comparison: comparisonSchema,
    value: z.int().describe('Threshold the metric is compared with (whole number). Example: 60.'),
    weight: z
      .int()
      .min(1)
      .max(100)
      .describe(
        'Points it carries in the score (whole number, 1–100); the score is the share of points met. Example: 2.',
      ),
  })
  .describe('An objective scored at the end: met when the metric compares with "value" as stated.')
  .meta({ id: 'Objective' });
