import { cooperative } from './cooperative';
import type { Policy, PolicyId } from './policy';
import { random } from './random';
import { siloed } from './siloed';

export const POLICIES: Record<PolicyId, Policy> = { cooperative, siloed, random };
export const POLICY_IDS = Object.keys(POLICIES) as PolicyId[];

export function isPolicyId(id: string): id is PolicyId {
  return (POLICY_IDS as string[]).includes(id);
}

export type { Policy, PolicyId, PlanStep } from './policy';
export { PLAN_STEPS } from './policy';
