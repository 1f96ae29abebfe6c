/**
 * The standard action set (DESIGN.md, "Actions") and its numbers. A scenario lists the actions
 * in play and may override cost, base chance and effects (`actionOverrides`); the special rules
 * of the coordinated actions live in `src/engine/resolve/joint.ts`. This is the one list of the
 * standard actions: their ids, and the type of an id, are derived from it.
 */
import type { ActionId, Effect, RoleKind } from './types';

export type ActionShape =
  /** One role, one district, one roll. */
  | 'solo'
  /** Proposed by a lead, accepted by partners, one roll for all. */
  | 'joint'
  /** Moves a fact to another role; a roll only decides whether it leaks. */
  | 'share'
  /** Moves a unit to a neighbouring district; no roll. */
  | 'move';

export interface ActionDef {
  id: ActionId;
  name: string;
  description: string;
  shape: ActionShape;
  cost: number;
  /** Cost to each accepting partner of a joint action. */
  partnerCost?: number;
  baseChance: number;
  /** The kind of role whose mandate this is: others doing it alone strain trust with that kind. */
  domain?: RoleKind;
  onSuccess: readonly Effect[];
  onFailure: readonly Effect[];
}

const ind = (indicator: string, delta: number): Effect => ({ type: 'indicator', indicator, delta });
const count = (counter: string, delta: number): Effect => ({ type: 'counter', counter, delta });

const ACTIONS = [
  {
    id: 'patrol',
    name: 'Patrol',
    description: 'Visible presence in a district: a modest gain in security.',
    shape: 'solo',
    cost: 1,
    baseChance: 65,
    onSuccess: [ind('security', 4), ind('tension', -1)],
    onFailure: [ind('tension', 1)],
  },
  {
    id: 'checkpoint',
    name: 'Checkpoint',
    description: 'Control of movement: security rises, but the population resents the stops.',
    shape: 'solo',
    cost: 1,
    baseChance: 60,
    onSuccess: [ind('security', 5), ind('trust', -1)],
    onFailure: [ind('tension', 2), ind('trust', -1)],
  },
  {
    id: 'community_meeting',
    name: 'Community meeting',
    description: 'Listen to local leaders: trust rises, tension falls.',
    shape: 'solo',
    cost: 1,
    baseChance: 60,
    domain: 'civilian',
    onSuccess: [ind('trust', 5), ind('tension', -2)],
    onFailure: [ind('trust', -1)],
  },
  {
    id: 'investigate',
    name: 'Investigate',
    description: 'Police inquiry: may uncover a hidden fact located in the district.',
    shape: 'solo',
    cost: 1,
    baseChance: 50,
    domain: 'police',
    onSuccess: [ind('security', 1)],
    onFailure: [],
  },
  {
    id: 'arrest',
    name: 'Arrest',
    description: 'Detain suspects: a large gain in security if it works, unrest if it goes wrong.',
    shape: 'solo',
    cost: 2,
    baseChance: 45,
    domain: 'police',
    onSuccess: [ind('security', 6), ind('tension', 1), count('arrests', 1)],
    onFailure: [ind('tension', 4), ind('trust', -3)],
  },
  {
    id: 'cordon_search',
    name: 'Cordon and search',
    description: 'Seal an area and search it: effective, intrusive.',
    shape: 'solo',
    cost: 2,
    baseChance: 45,
    domain: 'military',
    onSuccess: [ind('security', 7), ind('trust', -2)],
    onFailure: [ind('trust', -4), ind('tension', 4)],
  },
  {
    id: 'aid_delivery',
    name: 'Aid delivery',
    description: 'Food, water and shelter: need falls, trust rises.',
    shape: 'solo',
    cost: 1,
    baseChance: 70,
    domain: 'civilian',
    onSuccess: [ind('need', -8), ind('trust', 2)],
    onFailure: [ind('need', -2)],
  },
  {
    id: 'mediation',
    name: 'Mediation',
    description: 'Bring rival groups to the table: tension falls.',
    shape: 'solo',
    cost: 1,
    baseChance: 55,
    domain: 'civilian',
    onSuccess: [ind('tension', -7), ind('trust', 2)],
    onFailure: [ind('tension', 1)],
  },
  {
    id: 'public_information',
    name: 'Public information',
    description: 'Radio, leaflets and social media against rumours.',
    shape: 'solo',
    cost: 1,
    baseChance: 65,
    onSuccess: [ind('trust', 3), ind('tension', -3)],
    onFailure: [],
  },
  {
    id: 'train_police',
    name: 'Train local police',
    description: 'Mentoring and training of local police: slow, lasting gains.',
    shape: 'solo',
    cost: 2,
    baseChance: 60,
    domain: 'police',
    onSuccess: [ind('security', 3), ind('trust', 3)],
    onFailure: [],
  },
  {
    id: 'move_asset',
    name: 'Move a unit',
    description: 'Move one of your units to a neighbouring district.',
    shape: 'move',
    cost: 1,
    baseChance: 100,
    onSuccess: [],
    onFailure: [],
  },
  {
    id: 'share_intel',
    name: 'Share intelligence',
    description: 'Give one fact to another role. Sharing with a partner you trust little may leak.',
    shape: 'share',
    cost: 1,
    baseChance: 100,
    onSuccess: [],
    onFailure: [],
  },
  {
    id: 'joint_patrol',
    name: 'Joint patrol',
    description:
      'Military and police together: a larger security gain. Police lead in populated districts builds trust; military lead in high-threat districts suppresses threats.',
    shape: 'joint',
    cost: 1,
    partnerCost: 1,
    baseChance: 70,
    onSuccess: [ind('security', 8), ind('tension', -2)],
    onFailure: [ind('tension', 1)],
  },
  {
    id: 'crowd_control',
    name: 'Crowd control',
    description:
      'Police lead, military cordon, civilian mediators. Posture negotiate, contain or disperse; the wrong mix escalates.',
    shape: 'joint',
    cost: 2,
    partnerCost: 1,
    baseChance: 55,
    domain: 'police',
    onSuccess: [ind('tension', -8)],
    onFailure: [ind('tension', 8), ind('trust', -4)],
  },
  {
    id: 'joint_raid',
    name: 'Raid on a cache',
    description:
      'Intelligence-led raid: military secure, police arrest. Needs a fact about the district.',
    shape: 'joint',
    cost: 2,
    partnerCost: 2,
    baseChance: 55,
    domain: 'police',
    onSuccess: [ind('security', 10), ind('tension', -2), count('arrests', 2)],
    onFailure: [ind('tension', 5), ind('trust', -3)],
  },
  {
    id: 'escorted_aid',
    name: 'Escorted aid convoy',
    description: 'Civilian aid under escort: reaches insecure districts safely.',
    shape: 'joint',
    cost: 1,
    partnerCost: 1,
    baseChance: 80,
    domain: 'civilian',
    onSuccess: [ind('need', -12), ind('trust', 3)],
    onFailure: [ind('need', -3)],
  },
] as const satisfies readonly ActionDef[];

export type StandardActionId = (typeof ACTIONS)[number]['id'];

/** In the order the guide's reference lists them. */
export const STANDARD_ACTIONS: readonly ActionDef[] = ACTIONS;
export const STANDARD_ACTION_IDS: readonly StandardActionId[] = ACTIONS.map((a) => a.id);

export function standardAction(id: ActionId): ActionDef | undefined {
  return STANDARD_ACTIONS.find((a) => a.id === id);
}
