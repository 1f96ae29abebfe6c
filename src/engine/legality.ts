/**
 * Whether a role may give an order, propose, or accept now, and if not, the reason in words.
 * The order builder shows these reasons beside disabled options; the engine refuses the same.
 */
import type { Reader } from './context';
import type { ActionDef } from '../format';
import { knows } from './values';
import { msg, ref, type Msg } from './messages';
import type { ActionId, Command, DistrictId, GameState, RoleId } from './types';

type OrderCommand = Extract<Command, { type: 'order' }>;
type ProposeCommand = Extract<Command, { type: 'propose' }>;

export function roleState(s: GameState, role: RoleId) {
  return s.roles.find((r) => r.id === role);
}

/** Problems common to every planning step of a role. */
function planningProblem(ctx: Reader, role: RoleId): Msg | null {
  if (ctx.s.status === 'ended') return msg('no.ended');
  if (ctx.s.paused) return msg('no.paused');
  const r = roleState(ctx.s, role);
  if (!r) return msg('no.role', { id: role });
  if (r.committed) return msg('no.committed', { role: ref('role', role) });
  return null;
}

/** Problems with a role taking `action` in `district` at all, whatever it costs. */
export function actionProblem(
  ctx: Reader,
  role: RoleId,
  actionId: ActionId,
  district: DistrictId,
  asLead: boolean,
): Msg | null {
  const action = ctx.rules.actionById.get(actionId);
  if (!action) return msg('no.action', { id: actionId });
  if (!ctx.rules.districtIndex.has(district)) return msg('no.district', { id: district });
  const card = ctx.rules.role(role);
  if (!card.capabilities.includes(actionId))
    return msg('no.capability', { role: ref('role', role), action: ref('action', action.id) });
  for (const c of card.constraints) {
    if (c.type === 'cannotLead' && asLead && c.actions.includes(actionId))
      return msg('no.cannotLead', { role: ref('role', role), reason: c.reason });
    if (
      c.type === 'notInDistricts' &&
      c.actions.includes(actionId) &&
      c.districts.includes(district)
    ) {
      return msg('no.notHere', { reason: c.reason });
    }
    if (c.type === 'maxPerTurn' && c.action === actionId && asLead) {
      const used =
        ctx.s.orders.filter((o) => o.role === role && o.action === actionId).length +
        ctx.s.proposals.filter((p) => p.lead === role && p.action === actionId).length;
      if (used >= c.count) return msg('no.maxPerTurn', { count: c.count, reason: c.reason });
    }
    if (c.type === 'requiresKnownFact' && c.actions.includes(actionId)) {
      const r = roleState(ctx.s, role);
      const hasFact = ctx.rules.scenario.intelligence.some(
        (f) =>
          f.district === district && r?.knows.includes(f.id) && !ctx.s.compromised.includes(f.id),
      );
      if (!hasFact) return msg('no.needsIntel', { reason: c.reason });
    }
  }
  return null;
}

function costProblem(ctx: Reader, role: RoleId, cost: number): Msg | null {
  const r = roleState(ctx.s, role);
  if (r && r.apLeft < cost) return msg('no.cost', { cost, left: r.apLeft });
  return null;
}

export function orderProblem(ctx: Reader, cmd: OrderCommand): Msg | null {
  const base =
    planningProblem(ctx, cmd.role) ?? actionProblem(ctx, cmd.role, cmd.action, cmd.district, true);
  if (base) return base;
  const action = ctx.rules.action(cmd.action);
  if (action.shape === 'joint') return msg('no.jointOnly', { action: ref('action', action.id) });
  if (action.shape === 'share') {
    if (!cmd.fact || !ctx.rules.factById.has(cmd.fact)) return msg('no.chooseFact');
    if (!knows(ctx, cmd.role, cmd.fact)) return msg('no.notHeld', { role: ref('role', cmd.role) });
    if (!cmd.to || !ctx.rules.roleIndex.has(cmd.to) || cmd.to === cmd.role)
      return msg('no.chooseRecipient');
    if (knows(ctx, cmd.to, cmd.fact)) return msg('no.alreadyHeld', { role: ref('role', cmd.to) });
    if (
      ctx.s.orders.some((o) => o.action === cmd.action && o.fact === cmd.fact && o.to === cmd.to)
    ) {
      return msg('no.alreadySharing');
    }
  }
  if (action.shape === 'move') {
    const asset = ctx.s.assets.find((a) => a.id === cmd.asset);
    if (!asset || asset.role !== cmd.role) return msg('no.chooseUnit');
    if (!ctx.rules.district(asset.location).neighbours.includes(cmd.district)) {
      return msg('no.notBordering', {
        district: ctx.rules.districtIndex.has(cmd.district)
          ? ref('district', cmd.district)
          : cmd.district,
      });
    }
    if (ctx.s.orders.some((o) => o.asset === asset.id)) return msg('no.unitMoving');
  }
  return costProblem(ctx, cmd.role, action.cost);
}

export function proposalProblem(ctx: Reader, cmd: ProposeCommand): Msg | null {
  const base =
    planningProblem(ctx, cmd.role) ?? actionProblem(ctx, cmd.role, cmd.action, cmd.district, true);
  if (base) return base;
  const action: ActionDef = ctx.rules.action(cmd.action);
  if (action.shape !== 'joint') return msg('no.notJoint', { action: ref('action', action.id) });
  if (cmd.action === 'crowd_control' && !cmd.posture) return msg('no.choosePosture');
  const partners = new Set(cmd.partners);
  if (partners.size !== cmd.partners.length) return msg('no.partnerTwice');
  if (cmd.partners.length === 0 && cmd.action !== 'crowd_control') return msg('no.invitePartner');
  for (const p of cmd.partners) {
    if (p === cmd.role) return msg('no.selfPartner');
    if (!ctx.rules.roleIndex.has(p)) return msg('no.role', { id: p });
    if (roleState(ctx.s, p)?.committed) return msg('no.partnerCommitted', { role: ref('role', p) });
    const problem = actionProblem(ctx, p, cmd.action, cmd.district, false);
    if (problem) return problem;
  }
  return costProblem(ctx, cmd.role, action.cost);
}

export function responseProblem(
  ctx: Reader,
  role: RoleId,
  proposalId: number,
  accept: boolean,
): Msg | null {
  const base = planningProblem(ctx, role);
  if (base) return base;
  const p = ctx.s.proposals.find((x) => x.id === proposalId);
  if (!p) return msg('no.proposalGone');
  const i = p.partners.indexOf(role);
  if (i < 0) return msg('no.notAddressed');
  if (p.responses[i] !== 'pending') return msg('no.answered');
  if (accept) return costProblem(ctx, role, ctx.rules.action(p.action).partnerCost ?? 1);
  return null;
}
