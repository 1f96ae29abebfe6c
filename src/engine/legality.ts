/**
 * Whether a role may give an order, propose, or accept now, and if not, the reason in words.
 * The order builder shows these reasons beside disabled options; the engine refuses the same.
 */
import type { Reader } from './context';
import type { ActionDef } from './actions';
import { knows } from './values';
import type { ActionId, Command, DistrictId, GameState, RoleId } from './types';

type OrderCommand = Extract<Command, { type: 'order' }>;
type ProposeCommand = Extract<Command, { type: 'propose' }>;

export function roleState(s: GameState, role: RoleId) {
  return s.roles.find((r) => r.id === role);
}

/** Problems common to every planning step of a role. */
function planningProblem(ctx: Reader, role: RoleId): string | null {
  if (ctx.s.status === 'ended') return 'The exercise has ended.';
  if (ctx.s.paused) return 'The facilitator has paused the exercise.';
  const r = roleState(ctx.s, role);
  if (!r) return `There is no role '${role}'.`;
  if (r.committed) return `${ctx.rules.role(role).name} has already committed its orders.`;
  return null;
}

/** Problems with a role taking `action` in `district` at all, whatever it costs. */
export function actionProblem(ctx: Reader, role: RoleId, actionId: ActionId, district: DistrictId, asLead: boolean): string | null {
  const action = ctx.rules.actionById.get(actionId);
  if (!action) return `'${actionId}' is not an action in this scenario.`;
  if (!ctx.rules.districtIndex.has(district)) return `There is no district '${district}'.`;
  const card = ctx.rules.role(role);
  if (!card.capabilities.includes(actionId)) return `${card.name} cannot ${action.name.toLowerCase()}.`;
  for (const c of card.constraints) {
    if (c.type === 'cannotLead' && asLead && c.actions.includes(actionId)) return `${card.name} may not lead this: ${c.reason}`;
    if (c.type === 'notInDistricts' && c.actions.includes(actionId) && c.districts.includes(district)) {
      return `Not here: ${c.reason}`;
    }
    if (c.type === 'maxPerTurn' && c.action === actionId && asLead) {
      const used =
        ctx.s.orders.filter((o) => o.role === role && o.action === actionId).length +
        ctx.s.proposals.filter((p) => p.lead === role && p.action === actionId).length;
      if (used >= c.count) return `At most ${c.count} a turn: ${c.reason}`;
    }
    if (c.type === 'requiresKnownFact' && c.actions.includes(actionId)) {
      const r = roleState(ctx.s, role);
      const hasFact = ctx.rules.scenario.intelligence.some(
        (f) => f.district === district && r?.knows.includes(f.id) && !ctx.s.compromised.includes(f.id),
      );
      if (!hasFact) return `Needs intelligence on this district: ${c.reason}`;
    }
  }
  return null;
}

function costProblem(ctx: Reader, role: RoleId, cost: number): string | null {
  const r = roleState(ctx.s, role);
  if (r && r.apLeft < cost) return `Needs ${cost} action point${cost === 1 ? '' : 's'}; ${r.apLeft} left.`;
  return null;
}

export function orderProblem(ctx: Reader, cmd: OrderCommand): string | null {
  const base = planningProblem(ctx, cmd.role) ?? actionProblem(ctx, cmd.role, cmd.action, cmd.district, true);
  if (base) return base;
  const action = ctx.rules.action(cmd.action);
  if (action.shape === 'joint') return `${action.name} is a joint action: propose it to a partner.`;
  if (action.shape === 'share') {
    if (!cmd.fact || !ctx.rules.factById.has(cmd.fact)) return 'Choose a fact to share.';
    if (!knows(ctx, cmd.role, cmd.fact)) return `${ctx.rules.role(cmd.role).name} does not hold that fact.`;
    if (!cmd.to || !ctx.rules.roleIndex.has(cmd.to) || cmd.to === cmd.role) return 'Choose another role to share with.';
    if (knows(ctx, cmd.to, cmd.fact)) return `${ctx.rules.role(cmd.to).name} already holds that fact.`;
    if (ctx.s.orders.some((o) => o.action === cmd.action && o.fact === cmd.fact && o.to === cmd.to)) {
      return 'That fact is already being shared with them.';
    }
  }
  if (action.shape === 'move') {
    const asset = ctx.s.assets.find((a) => a.id === cmd.asset);
    if (!asset || asset.role !== cmd.role) return 'Choose one of your units to move.';
    if (!ctx.rules.district(asset.location).neighbours.includes(cmd.district)) {
      return `${cmd.district} does not border the unit's district.`;
    }
    if (ctx.s.orders.some((o) => o.asset === asset.id)) return 'That unit already has a move order this turn.';
  }
  return costProblem(ctx, cmd.role, action.cost);
}

export function proposalProblem(ctx: Reader, cmd: ProposeCommand): string | null {
  const base = planningProblem(ctx, cmd.role) ?? actionProblem(ctx, cmd.role, cmd.action, cmd.district, true);
  if (base) return base;
  const action: ActionDef = ctx.rules.action(cmd.action);
  if (action.shape !== 'joint') return `${action.name} is not a joint action.`;
  if (cmd.action === 'crowd_control' && !cmd.posture) return 'Choose a posture: negotiate, contain or disperse.';
  const partners = new Set(cmd.partners);
  if (partners.size !== cmd.partners.length) return 'A partner is named twice.';
  if (cmd.partners.length === 0 && cmd.action !== 'crowd_control') return 'Invite at least one partner.';
  for (const p of cmd.partners) {
    if (p === cmd.role) return 'A role cannot partner with itself.';
    if (!ctx.rules.roleIndex.has(p)) return `There is no role '${p}'.`;
    if (roleState(ctx.s, p)?.committed) return `${ctx.rules.role(p).name} has already committed its orders and cannot answer.`;
    const problem = actionProblem(ctx, p, cmd.action, cmd.district, false);
    if (problem) return problem;
  }
  return costProblem(ctx, cmd.role, action.cost);
}

export function responseProblem(ctx: Reader, role: RoleId, proposalId: number, accept: boolean): string | null {
  const base = planningProblem(ctx, role);
  if (base) return base;
  const p = ctx.s.proposals.find((x) => x.id === proposalId);
  if (!p) return 'That proposal no longer exists.';
  const i = p.partners.indexOf(role);
  if (i < 0) return 'That proposal is not addressed to this role.';
  if (p.responses[i] !== 'pending') return 'That proposal has already been answered.';
  if (accept) return costProblem(ctx, role, ctx.rules.action(p.action).partnerCost ?? 1);
  return null;
}
