/**
 * The "roles" section: the role cards, the rules that limit them and their units, with the
 * "trust" between pairs of roles, which only means something between the roles defined here.
 */
import { z } from 'zod';
import type { AssetDef, Constraint, RoleDef, TrustDef } from '../../format';
import { actionList, id, idText, ref, rolePairSchema } from './ids';
import { percent } from './numbers';
import { objectiveSchema } from './objectives';
import { localText, text } from './text';

export const constraintSchema: z.ZodType<Constraint> = z
  .discriminatedUnion('type', [
    z
      .strictObject({
        type: z
          .literal('cannotLead')
          .describe('The role may join these joint actions but never lead them.'),
        actions: actionList('Joint actions it cannot lead', '["crowd_control"]'),
        reason: text('Why, shown on the role card', 'Police have primacy over arrests.'),
      })
      .describe('Cannot lead some joint actions.'),
    z
      .strictObject({
        type: z
          .literal('maxPerTurn')
          .describe('A cap on how often the role takes an action each turn.'),
        action: ref('a standard action', 'cordon_search'),
        count: z
          .int()
          .min(0)
          .max(100)
          .describe('Most times a turn (whole number, 0–100). Example: 1.'),
        reason: text('Why, shown on the role card', 'One company available for cordons.'),
      })
      .describe('At most "count" of an action each turn.'),
    z
      .strictObject({
        type: z
          .literal('notInDistricts')
          .describe('The role may not take these actions in these districts.'),
        actions: actionList('Actions forbidden there', '["aid_delivery"]'),
        districts: z
          .array(ref('a district', 'old-town'))
          .describe('Districts where they are forbidden. Example: ["hills"].'),
        reason: text('Why, shown on the role card', 'The ceasefire bars troops from the old town.'),
      })
      .describe('Forbidden actions in some districts.'),
    z
      .strictObject({
        type: z
          .literal('requiresKnownFact')
          .describe(
            'The role may take these actions only in a district about which it knows a fact.',
          ),
        actions: actionList('Actions that need a known fact', '["joint_raid"]'),
        reason: text('Why, shown on the role card', 'No raid without intelligence.'),
      })
      .describe('Actions that need a known fact about the district.'),
  ])
  .describe(
    'A rule limiting what a role may do, chosen by "type" (cannotLead, maxPerTurn, notInDistricts, requiresKnownFact).',
  );

const assetSchema: z.ZodType<AssetDef> = z
  .strictObject({
    id: id('the unit (unique across all roles)', 'inf-coy-1'),
    name: text('Name shown on the role card and map', '1st Infantry Company'),
    type: text('Kind of unit, free text', 'infantry company'),
    location: ref('the district where it starts', 'harbour'),
    readiness: percent('How ready it is', 80),
  })
  .describe('A unit of a role, placed in a district.');

export const roleSchema: z.ZodType<RoleDef> = z
  .strictObject({
    id: id('the role', 'police'),
    name: text('Name shown on the role card', 'UN Police'),
    kind: idText().describe(
      'Kind of role: "military", "police" or "civilian" (other kinds are allowed). Example: "police".',
    ),
    short: localText(z.string().min(1).max(8)).describe(
      'Short label for map and buttons (text of 1–8 characters, or such a text by language code). Example: "POL".',
    ),
    mandate: text('Mandate text on the role card', 'Advise and support the host-state police.'),
    capabilities: actionList(
      'Actions the role may take; each must be listed in "actions"',
      '["patrol", "investigate", "joint_patrol", "share_intel"]',
    ),
    actionPoints: z
      .int()
      .min(1)
      .max(20)
      .describe('Action points the role spends each turn (whole number, 1–20). Example: 3.'),
    constraints: z.array(constraintSchema).describe('Rules limiting the role (may be empty).'),
    assets: z.array(assetSchema).describe('Units of the role (may be empty).'),
    privateObjective: objectiveSchema.describe("The role's own objective, scored in the debrief."),
  })
  .describe('A role card: one team of trainees.');

export const trustSchema: z.ZodType<TrustDef> = z
  .strictObject({
    roles: rolePairSchema,
    value: percent('Starting trust between the two roles', 40),
  })
  .describe('Starting trust for one pair of roles.');
