/**
 * The teams' commands while they plan: orders, joint proposals and the answers to them, and
 * committing. The checks of an order, a proposal and an answer are in `legality.ts`, which the
 * order builder shares to explain a disabled option.
 */
import type { Reader } from '../context';
import { addLog } from '../log';
import { orderProblem, proposalProblem, responseProblem, roleState } from '../legality';
import { msg, ref, type Msg } from '../messages';
import { resolveTurn } from '../resolve/turn';
import type { Order, RoleId } from '../types';
import type { CommandRules } from './rule';

/** A role may lock or unlock its orders only while the exercise runs. */
function lockProblem(ctx: Reader, role: RoleId): Msg | null {
  if (ctx.s.status === 'ended') return msg('no.ended');
  if (ctx.s.paused) return msg('no.paused');
  return roleState(ctx.s, role) ? null : msg('no.role', { id: role });
}

/** What a role has drafted it may take back until it commits. */
function takeBackProblem(ctx: Reader, owned: boolean, role: RoleId, gone: Msg): Msg | null {
  if (!owned) return gone;
  return roleState(ctx.s, role)?.committed ? msg('no.ordersCommitted') : null;
}

export const ORDERS = {
  order: {
    problem: orderProblem,
    apply(ctx, cmd) {
      // The command's fields but its type, then the id: a loop, as spreading commands of every
      // shape is many times slower.
      const order: Record<string, unknown> = {};
      for (const key of Object.keys(cmd))
        if (key !== 'type') order[key] = cmd[key as keyof typeof cmd];
      order.id = ctx.s.nextId++;
      ctx.s.orders.push(order as unknown as Order);
      roleState(ctx.s, cmd.role)!.apLeft -= ctx.rules.action(cmd.action).cost;
    },
  },

  cancelOrder: {
    problem: (ctx, cmd) =>
      takeBackProblem(
        ctx,
        ctx.s.orders.some((o) => o.id === cmd.order && o.role === cmd.role),
        cmd.role,
        msg('no.order'),
      ),
    apply(ctx, cmd) {
      const s = ctx.s;
      const o = s.orders.find((x) => x.id === cmd.order)!;
      s.orders = s.orders.filter((x) => x.id !== cmd.order);
      roleState(s, cmd.role)!.apLeft += ctx.rules.action(o.action).cost;
    },
  },

  propose: {
    problem: proposalProblem,
    apply(ctx, cmd) {
      ctx.s.proposals.push({
        id: ctx.s.nextId++,
        action: cmd.action,
        district: cmd.district,
        lead: cmd.role,
        partners: [...cmd.partners],
        responses: cmd.partners.map(() => 'pending'),
        ...(cmd.posture ? { posture: cmd.posture } : {}),
      });
      roleState(ctx.s, cmd.role)!.apLeft -= ctx.rules.action(cmd.action).cost;
    },
  },

  withdraw: {
    problem: (ctx, cmd) =>
      takeBackProblem(
        ctx,
        ctx.s.proposals.some((p) => p.id === cmd.proposal && p.lead === cmd.role),
        cmd.role,
        msg('no.proposal'),
      ),
    apply(ctx, cmd) {
      const s = ctx.s;
      const p = s.proposals.find((x) => x.id === cmd.proposal)!;
      const action = ctx.rules.action(p.action);
      // The lead and every partner who had accepted get their action points back.
      roleState(s, p.lead)!.apLeft += action.cost;
      p.partners.forEach((r, i) => {
        if (p.responses[i] === 'accepted') roleState(s, r)!.apLeft += action.partnerCost ?? 1;
      });
      s.proposals = s.proposals.filter((x) => x.id !== cmd.proposal);
    },
  },

  respond: {
    problem: (ctx, cmd) => responseProblem(ctx, cmd.role, cmd.proposal, cmd.accept),
    apply(ctx, cmd) {
      const p = ctx.s.proposals.find((x) => x.id === cmd.proposal)!;
      p.responses[p.partners.indexOf(cmd.role)] = cmd.accept ? 'accepted' : 'declined';
      if (cmd.accept)
        roleState(ctx.s, cmd.role)!.apLeft -= ctx.rules.action(p.action).partnerCost ?? 1;
    },
  },

  commit: {
    problem: (ctx, cmd) =>
      lockProblem(ctx, cmd.role) ??
      (roleState(ctx.s, cmd.role)!.committed ? msg('no.alreadyCommitted') : null),
    apply(ctx, cmd) {
      roleState(ctx.s, cmd.role)!.committed = true;
      // A commit the planning timer made is said in the log: the team did not choose to stop.
      if (cmd.by === 'timer')
        addLog(ctx, {
          phase: 'planning',
          kind: 'order',
          title: msg('log.committedByTimer', { role: ref('role', cmd.role) }),
          roles: [cmd.role],
          visibleTo: 'all',
          effects: [],
        });
      // The last role to commit resolves the turn.
      if (ctx.s.roles.every((r) => r.committed)) {
        ctx.plain();
        resolveTurn(ctx);
      }
    },
  },

  uncommit: {
    problem: (ctx, cmd) =>
      lockProblem(ctx, cmd.role) ??
      (roleState(ctx.s, cmd.role)!.committed ? null : msg('no.notCommitted')),
    apply(ctx, cmd) {
      roleState(ctx.s, cmd.role)!.committed = false;
    },
  },
} satisfies Partial<CommandRules>;
