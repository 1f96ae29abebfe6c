/**
 * Effects, the changes to the game that actions, injects, events and incidents make, and the
 * incidents an effect may open. They are one module because they are mutually recursive: an
 * incident's outcomes are effects, and an effect may open an incident.
 */
import { z } from 'zod';
import type { Effect, IncidentDef } from '../../format';
import { id, idText, ref, roleList, rolePairSchema } from './ids';
import { delta, percent } from './numbers';
import { text } from './text';

export const effectList = (meaning: string): z.ZodArray<z.ZodType<Effect>> =>
  z.array(effectSchema).describe(`${meaning} (list of effects, applied in order).`);

const incidentSchema: z.ZodType<IncidentDef> = z
  .strictObject({
    id: id('the incident', 'dock-riot'),
    title: text('Title shown when it appears', 'Riot at the docks'),
    text: text('What happens, as the teams read it', 'Dock workers clash with a rival gang.'),
    severity: percent(
      'How hard it is to contain: subtracted from the chance of what is deployed in its district',
      30,
    ),
    duration: z
      .int()
      .min(1)
      .max(100)
      .describe(
        'Turns it stays open before it fails for good (whole number, 1–100; 1 = must be handled the turn it appears). Example: 2.',
      ),
    respondWith: z
      .array(ref('an action in play', 'crowd_control'))
      .describe(
        'Actions that, succeeding in its district, resolve it. Example: ["crowd_control", "mediation"].',
      ),
    relatedFact: z
      .string()
      .min(1)
      .describe(
        'Id of a fact in "intelligence" that would have changed the outcome: a role that held it back when the incident fails loses trust with the roles that could have answered it. Optional (default: none). Example: "gang-leader"',
      )
      .optional(),
    get onResolved(): z.ZodArray<z.ZodType<Effect>> {
      return effectList('Effects when it is resolved');
    },
    get onFailed(): z.ZodArray<z.ZodType<Effect>> {
      return effectList('Effects when it fails');
    },
    get escalation(): z.ZodOptional<z.ZodArray<z.ZodType<Effect>>> {
      return effectList(
        'Effects applied each turn it stays open and unresolved (default: none)',
      ).optional();
    },
  })
  .describe('An incident that demands a response in a district.')
  .meta({ id: 'Incident' });

const effectDistrictSchema = z
  .string()
  .min(1)
  .describe(
    'Where it lands: a district id, or "@target" (the district of the event, order, incident or inject), "@all" or "@neighbours" (the neighbours of the target) (default: "@target"). Example: "@all".',
  );

export const effectSchema: z.ZodType<Effect> = z
  .discriminatedUnion('type', [
    z
      .strictObject({
        type: z.literal('indicator').describe('Changes an indicator in a district.'),
        indicator: ref(
          'an indicator in play (security, trust, tension, need or a scenario indicator)',
          'tension',
        ),
        delta: delta('Change of the indicator; the result stays within 0–100', -5),
        district: effectDistrictSchema.optional(),
      })
      .describe(
        'Changes an indicator. Example: {"type": "indicator", "indicator": "tension", "delta": 5}.',
      ),
    z
      .strictObject({
        type: z.literal('trust').describe('Changes the trust between two roles.'),
        roles: rolePairSchema,
        delta: delta("Change of the pair's trust; the result stays within 0–100", 5),
      })
      .describe(
        'Changes trust between two roles. Example: {"type": "trust", "roles": ["military", "police"], "delta": -5}.',
      ),
    z
      .strictObject({
        type: z.literal('counter').describe('Adds to a counter.'),
        counter: idText().describe(
          'A standard counter (civilianHarm, incidentsResolved, incidentsFailed, arrests, jointActions, soloActions, factsShared, leaks, heldIntelMattered) or a new name, which creates a scenario counter. Example: "rumoursHeard".',
        ),
        delta: delta('Amount added to the counter', 1),
      })
      .describe(
        'Adds to a counter. Example: {"type": "counter", "counter": "civilianHarm", "delta": 1}.',
      ),
    z
      .strictObject({
        type: z.literal('revealFact').describe('Makes a fact known to roles.'),
        fact: ref('a fact in "intelligence"', 'arms-cache'),
        to: roleList('Roles that learn the fact', '["police"]'),
      })
      .describe(
        'Reveals a fact. Example: {"type": "revealFact", "fact": "arms-cache", "to": ["police"]}.',
      ),
    z
      .strictObject({
        type: z.literal('incident').describe('Opens an incident.'),
        incident: incidentSchema,
        district: ref(
          'a district where it opens (default: the target district)',
          'harbour',
        ).optional(),
      })
      .describe('Opens an incident in a district.'),
  ])
  .describe(
    'An effect: one change to the game, chosen by "type" (indicator, trust, counter, revealFact, incident).',
  )
  .meta({ id: 'Effect' });
