/**
 * The "intelligence" section: the hidden facts roles hold, share and uncover.
 */
import { z } from 'zod';
import type { FactDef } from '../../format';
import { actionList, id, roleList } from './ids';
import { percent } from './numbers';
import { text } from './text';

export const factSchema: z.ZodType<FactDef> = z
  .strictObject({
    id: id('the fact', 'arms-cache'),
    title: text('Title shown in the intelligence panel', 'Arms cache in the harbour'),
    text: text('The intelligence itself', 'A warehouse on pier 4 holds rifles.'),
    knownBy: roleList(
      'Roles that know it at the start (may be empty: then only an inject, or an investigation in its district, reveals it)',
      '["military"]',
    ),
    district: z
      .string()
      .min(1)
      .describe(
        'Id of the district it concerns; it must exist in this file. Only a fact with a district can be uncovered by investigating there or satisfy "requiresKnownFact". Optional (default: none; the fact then helps anywhere). Example: "harbour"',
      )
      .optional(),
    helps: actionList(
      'Actions that gain "bonus" in its district (or anywhere, if it has none) for a role that knows it',
      '["joint_raid", "cordon_search"]',
    ),
    bonus: percent('Percentage points added to the chance of the helped actions', 15),
  })
  .describe('A piece of intelligence, hidden from the roles that do not know it.');
