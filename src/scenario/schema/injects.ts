/**
 * The "injects" section: the scripted messages of the master events list. When one is released
 * is in `conditions.ts`, shared with any other rule that waits for a condition.
 */
import { z } from 'zod';
import type { InjectDef } from '../../format';
import { triggerSchema } from './conditions';
import { effectList } from './effects';
import { id, ref } from './ids';
import { text } from './text';

export const injectSchema: z.ZodType<InjectDef> = z
  .strictObject({
    id: id('the inject', 'protest-call'),
    title: text('Title shown at the briefing', 'Call for a protest'),
    text: text('The message as the recipients read it', 'Unions call for a march on the ministry.'),
    sender: text('Who sends it in the fiction', 'Ministry of Interior'),
    recipients: z
      .union([z.array(ref('a role', 'police')).min(1), z.literal('all').describe('Every role.')])
      .describe('Who receives it: "all" or a list of role ids. Example: ["police", "civilian"].'),
    expectedResponse: text(
      'What the facilitator expects the teams to do',
      'Police and civilians plan crowd control together.',
    ),
    objectiveTested: text(
      'The learning or mission objective it tests',
      'Coordinated response to unrest.',
    ),
    trigger: triggerSchema,
    district: z
      .string()
      .min(1)
      .describe(
        'Id of the district it concerns, the target of its effects; it must exist in this file. Optional (default: none; effects on "@target" or "@neighbours" then do nothing). Example: "old-town"',
      )
      .optional(),
    effects: effectList('Effects when it is released'),
  })
  .describe('A scripted inject from the master events list.');
