/**
 * Conditions and the triggers that release an inject: when something happens, as opposed to
 * what happens. A new kind of condition belongs here.
 */
import { z } from 'zod';
import type { Trigger } from '../../format';
import { metricSchema } from './metrics';
import { comparisonSchema, turnNumber } from './numbers';

const conditionSchema = z
  .strictObject({
    metric: metricSchema,
    comparison: comparisonSchema,
    value: z.int().describe('Threshold (whole number). Example: 70.'),
  })
  .describe(
    'Fires when the metric compares with "value" as stated. Example: {"metric": {"kind": "max", "indicator": "tension"}, "comparison": "atLeast", "value": 70}.',
  );

export const triggerSchema: z.ZodType<Trigger> = z
  .union([
    z
      .strictObject({ turn: turnNumber('Turn at whose briefing it is released', 3) })
      .describe('Released at a fixed turn. Example: {"turn": 3}.'),
    z
      .strictObject({
        condition: conditionSchema,
        from: turnNumber('First turn at which the condition is checked (default 1)', 2).optional(),
      })
      .describe('Released the first time a condition holds.'),
  ])
  .describe('When the inject is released: {"turn": N} or {"condition": {...}, "from": N}.');
