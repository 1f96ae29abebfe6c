/**
 * The "actionOverrides" section: the numbers of standard actions a scenario changes. Actions a
 * scenario defines itself would belong here too.
 */
import { z } from 'zod';
import type { ActionOverride } from '../../format';
import { effectList } from './effects';

export const actionOverrideSchema: z.ZodType<ActionOverride> = z
  .strictObject({
    cost: z
      .int()
      .min(0)
      .max(20)
      .describe(
        'Action points the lead pays (whole number, 0–20; partners of a joint action pay its standard partner cost) (default: the standard cost). Example: 2.',
      )
      .optional(),
    baseChance: z
      .int()
      .min(0)
      .max(100)
      .describe(
        'Base chance of success in percent (whole number, 0–100) (default: the standard base chance). Example: 60.',
      )
      .optional(),
    onSuccess: effectList(
      'Effects on success, replacing the standard ones (default: the standard effects)',
    ).optional(),
    onFailure: effectList(
      'Effects on failure, replacing the standard ones (default: the standard effects)',
    ).optional(),
  })
  .describe('Numbers of an action this scenario changes; anything left out keeps the standard.');
