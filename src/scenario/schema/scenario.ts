/**
 * The scenario as a whole: the top-level fields, in the order a file is written, each pointing
 * at its section's module. Two versions: the one validation checks, and the file as written.
 */
import { z } from 'zod';
import { DEFAULT_DRIFT } from '../../format';
import { MAX_LANGUAGES } from '../languages';
import { actionOverrideSchema } from './actions';
import { districtFileSchema, districtSchema } from './districts';
import { describeDrift, driftSchema } from './drift';
import { endConditionSchema } from './endConditions';
import { eventDeckSchema } from './events';
import { id, ref } from './ids';
import { indicatorDefSchema } from './indicators';
import { injectSchema } from './injects';
import { factSchema } from './intelligence';
import { mapSchema } from './map';
import { percent } from './numbers';
import { objectiveSchema } from './objectives';
import { roleSchema, trustSchema } from './roles';
import { languageCode, localText, text } from './text';

export const scenarioSchema = z
  .strictObject({
    $schema: z
      .string()
      .describe(
        'Path of this JSON Schema, so editors check the file. Optional (default: none; editors then cannot help). Example: "./scenario.schema.json".',
      )
      .optional(),
    schemaVersion: z.literal(1).describe('Version of the scenario format; always 1 for now.'),
    id: id('the scenario', 'tutorial'),
    title: text('Title on the start screen', 'Port city under strain'),
    summary: text('One or two sentences on the start screen', 'A port city after a ceasefire.'),
    setting: text(
      'Background a facilitator reads out before turn 1',
      'Six months after the ceasefire...',
    ),
    language: languageCode(
      'Language code of the plain text in this file (two lowercase letters, optionally a region), and the language shown where a translation is missing. Optional (default: "en"). Example: "es".',
    ).optional(),
    languages: z
      .array(
        languageCode('A language code: two lowercase letters, optionally a region. Example: "fr".'),
      )
      .min(1)
      .max(MAX_LANGUAGES)
      .describe(
        'Language codes the text is offered in; "language" must be one of them, and a text missing one of them is reported as a warning. Optional (default: just "language"; translations are then not checked). Example: ["en", "es", "fr"].',
      )
      .optional(),
    learningObjectives: z
      .array(localText(z.string().min(1)))
      .describe(
        'What trainees should learn (list of text; each may also be the text by language code). Example: ["Share intelligence early"].',
      ),
    sources: z
      .array(z.string().min(1))
      .describe(
        'Where the scenario\'s ideas come from: training scenarios, doctrine, reports (list of text). Example: ["UN DPO, Civil-Military Coordination in UN Integrated Peacekeeping Missions (UN-CIMIC), 2022"].',
      ),
    turns: z.int().min(1).max(100).describe('Number of turns (whole number, 1–100). Example: 8.'),
    winScore: percent('Score at or above which the mission counts as a success', 60),
    map: mapSchema,
    indicators: z
      .array(indicatorDefSchema)
      .describe(
        'Indicators added to the standard four (security, trust, tension, need). Optional (default: none, only the standard four).',
      )
      .optional(),
    districts: z.array(districtSchema).min(1).describe('The districts of the map (at least one).'),
    roles: z.array(roleSchema).min(1).describe('The role cards (at least one).'),
    defaultTrust: percent('Starting trust of every pair of roles not listed in "trust"', 50),
    trust: z
      .array(trustSchema)
      .describe(
        'Starting trust of particular pairs of roles. Optional (default: every pair starts at "defaultTrust").',
      )
      .optional(),
    actions: z
      .array(ref('a standard action', 'patrol'))
      .min(1)
      .describe(
        'Standard actions in play, by id. Example: ["patrol", "joint_patrol", "share_intel"].',
      ),
    actionOverrides: z
      .record(z.string().min(1), actionOverrideSchema)
      .describe(
        'Changed numbers of actions in play, keyed by action id. Optional (default: the standard numbers). Example: {"patrol": {"cost": 2}}.',
      )
      .optional(),
    intelligence: z.array(factSchema).describe('Hidden facts (may be empty).'),
    injects: z
      .array(injectSchema)
      .describe('Scripted injects, the master events list (may be empty).'),
    events: eventDeckSchema,
    drift: z
      .array(driftSchema)
      .describe(
        `Rules that move indicators by themselves each turn. Optional (default: the engine's rules, ${DEFAULT_DRIFT.map(describeDrift).join('; ')}); a list here replaces them all.`,
      )
      .optional(),
    objectives: z
      .array(objectiveSchema)
      .min(1)
      .describe('Mission objectives scored at the end (at least one).'),
    endConditions: z
      .array(endConditionSchema)
      .describe(
        'Conditions that end the game before the last turn. Optional (default: none, the game runs all its turns).',
      )
      .optional(),
    debriefQuestions: z
      .array(localText(z.string().min(1)))
      .describe(
        'Discussion questions for the debrief (list of text; each may also be the text by language code). Example: ["When did the police learn of the protest, and what changed?"].',
      ),
    expectedCooperationMargin: z
      .int()
      .min(0)
      .max(100)
      .describe(
        'Margin, in points of win rate, by which cooperative play should beat siloed play in the balance report (whole number, 0–100). Optional (default: none, the report then states no verdict). Example: 20.',
      )
      .optional(),
  })
  .describe('A Mandate scenario: one tabletop exercise for a peace operation.');

/**
 * The scenario as its file is written, which is what editors check. Validation itself uses
 * `scenarioSchema`: by then a Tiled map has filled in what the file left out.
 */
export const scenarioFileSchema = scenarioSchema
  .extend({
    districts: z
      .array(districtFileSchema)
      .min(1)
      .describe('The districts of the map (at least one).'),
  })
  .describe('A Mandate scenario: one tabletop exercise for a peace operation.');
