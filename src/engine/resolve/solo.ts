/**
 * Phase "solo": each role's own orders, in the order they were given. Acting alone on another
 * component's mandate works less well and strains trust with that component.
 */
import type { Ctx, Reader } from '../context';
import { outsideMandateModifier } from '../modifiers';
import type { EffectRecord, Order } from '../types';
import { changeCounter, changeTrust, learnFact } from '../values';
import { attempt, type Attempt } from './act';
import { msg, ref } from '../messages';

function uncoverFact(ctx: Ctx, order: Order): EffectRecord[] {
  const fact = ctx.rules.scenario.intelligence.find(
    (f) =>
      f.district === order.district &&
      !ctx.s.roles.find((r) => r.id === order.role)?.knows.includes(f.id),
  );
  if (!fact || !learnFact(ctx, order.role, fact.id)) return [];
  return [{ kind: 'fact', fact: fact.id, to: [order.role], reason: msg('fx.uncovered') }];
}

function mandateStrain(ctx: Ctx, order: Order, domain: string | undefined): EffectRecord[] {
  const me = ctx.rules.role(order.role);
  if (!domain || domain === me.kind) return [];
  return ctx.rules.scenario.roles
    .filter((r) => r.kind === domain)
    .map((r) =>
      changeTrust(
        ctx,
        me.id,
        r.id,
        -3,
        msg('fx.actedAlone', { role: ref('role', me.id), kind: ref('kind', domain) }),
      ),
    )
    .filter((e): e is EffectRecord => e !== undefined);
}

/** What a solo order tries, as the roll takes it; null for an order that is not a solo action
 * (a move or a share). Reads the game only: the chance shown before a commit is built from it. */
export function soloAttempt(ctx: Reader, order: Order): Attempt | null {
  const action = ctx.rules.action(order.action);
  if (action.shape !== 'solo') return null;
  return {
    action,
    district: order.district,
    lead: order.role,
    partners: [],
    modifiers: outsideMandateModifier(ctx, action, order.role),
  };
}

export function soloActions(ctx: Ctx): void {
  for (const order of ctx.s.orders) {
    const a = soloAttempt(ctx, order);
    if (!a) continue;
    const action = a.action;
    attempt(
      ctx,
      a,
      (success) => [
        ...(success && action.id === 'investigate' ? uncoverFact(ctx, order) : []),
        ...mandateStrain(ctx, order, action.domain),
        changeCounter(ctx, 'soloActions', 1, msg('fx.soloAction')),
      ],
      'solo',
    );
  }
}
