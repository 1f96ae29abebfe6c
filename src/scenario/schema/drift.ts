/**
 * The "drift" section: rules that move indicators every turn by themselves, and the words that
 * describe the engine's own rules in the field's description.
 */
import { z } from 'zod';
import type { DriftRule } from '../../format';
import { ref } from './ids';
import { comparisonSchema, delta, percent } from './numbers';
import { text } from './text';

export const describeDrift = (d: DriftRule) =>
  `${d.when.indicator} ${d.when.comparison === 'atLeast' ? 'at least' : 'at most'} ${d.when.value} moves ${d.then.indicator} by ${d.then.delta > 0 ? '+' : ''}${d.then.delta}`;

export const driftSchema: z.ZodType<DriftRule> = z
  .strictObject({
    when: z
      .strictObject({
        indicator: ref('an indicator in play', 'need'),
        comparison: comparisonSchema,
        value: percent('Threshold', 70),
      })
      .describe('Checked in each district at the end of every turn.'),
    then: z
      .strictObject({
        indicator: ref('an indicator in play', 'tension'),
        delta: delta('Change in that district', 2),
      })
      .describe('Change applied to the district when "when" holds.'),
    reason: text('Why, shown in the log', 'Unmet need feeds unrest.'),
  })
  .describe(
    'A rule that moves an indicator every turn by itself. Example: high need raises tension.',
  );
