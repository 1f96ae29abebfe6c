import type { Rng } from '../rng';
import type { Command } from '../types';
import type { RoleView } from '../view';

/**
 * A planning step of a turn. Every role proposes first, then answers what it was offered,
 * then spends what action points are left; so partners can keep points for joint actions.
 */
export type PlanStep = 'propose' | 'respond' | 'complete';
export const PLAN_STEPS: readonly PlanStep[] = ['propose', 'respond', 'complete'];

/** Plays a role without a person. It sees only its role's view; illegal commands it returns are
 * skipped. */
export interface Policy {
  id: PolicyId;
  plan(view: RoleView, step: PlanStep, rng: Rng): Command[];
}

export type PolicyId = 'cooperative' | 'siloed' | 'random';
