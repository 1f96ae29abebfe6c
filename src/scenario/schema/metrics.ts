/**
 * Metrics: what objectives, end conditions and inject conditions measure. A new kind of
 * measurement is one more choice here, and every place that measures can use it.
 */
import { z } from 'zod';
import type { Metric } from '../../format';
import { ref, rolePairSchema } from './ids';

const metricDistricts = z
  .array(ref('a district', 'harbour'))
  .min(1)
  .describe('Districts measured (default: all). Example: ["harbour", "old-town"].');

export const metricSchema: z.ZodType<Metric> = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z
          .literal('average')
          .describe('Population-blind average of an indicator over districts.'),
        indicator: ref('an indicator in play', 'security'),
        districts: metricDistricts.optional(),
      })
      .describe('Average of an indicator. Example: {"kind": "average", "indicator": "security"}.'),
    z
      .strictObject({
        kind: z.literal('max').describe('Highest value of an indicator over districts.'),
        indicator: ref('an indicator in play', 'tension'),
        districts: metricDistricts.optional(),
      })
      .describe('Highest value of an indicator. Example: {"kind": "max", "indicator": "tension"}.'),
    z
      .strictObject({
        kind: z.literal('min').describe('Lowest value of an indicator over districts.'),
        indicator: ref('an indicator in play', 'trust'),
        districts: metricDistricts.optional(),
      })
      .describe('Lowest value of an indicator. Example: {"kind": "min", "indicator": "trust"}.'),
    z
      .strictObject({
        kind: z.literal('counter').describe('Value of a counter.'),
        counter: z
          .string()
          .min(1)
          .describe(
            'A standard counter (civilianHarm, incidentsResolved, incidentsFailed, arrests, jointActions, soloActions, factsShared, leaks, heldIntelMattered) or one that a "counter" effect in this file adds to. Example: "civilianHarm"',
          ),
      })
      .describe('Value of a counter. Example: {"kind": "counter", "counter": "civilianHarm"}.'),
    z
      .strictObject({
        kind: z.literal('pairTrust').describe('Trust between two roles.'),
        roles: rolePairSchema,
      })
      .describe(
        'Trust between two roles. Example: {"kind": "pairTrust", "roles": ["military", "police"]}.',
      ),
    z
      .strictObject({
        kind: z.literal('averageTrust').describe('Average trust over every pair of roles.'),
      })
      .describe('Average trust over all role pairs. Example: {"kind": "averageTrust"}.'),
  ])
  .describe(
    'What is measured, chosen by "kind" (average, max, min, counter, pairTrust, averageTrust).',
  )
  .meta({ id: 'Metric' });
