/**
 * Phase "sharing": facts move between roles before anything else resolves, so what was shared
 * this turn already helps this turn's actions. Sharing builds trust; sharing with a partner
 * trusted below 50 may leak, and a leaked fact loses its value.
 */
import type { Ctx } from '../context';
import { addLog } from '../log';
import { msg, ref } from '../messages';
import { roll } from '../roll';
import type { EffectRecord, FactId, RoleId } from '../types';
import { changeCounter, changeIndicator, changeTrust, learnFact, pairTrust } from '../values';

export const LEAK_THRESHOLD = 50;

/**
 * What a share does before its leak is rolled: the receiver learns the fact, and trust between
 * the two rises. The planning screens make the same changes to show a chance with this turn's
 * shares made (the leak is rolled only at resolution).
 */
export function shareFact(
  ctx: Ctx,
  role: RoleId,
  fact: FactId,
  to: RoleId,
): (EffectRecord | undefined)[] {
  const learned = learnFact(ctx, to, fact);
  return [
    learned
      ? { kind: 'fact', fact, to: [to], reason: msg('fx.sharedBy', { role: ref('role', role) }) }
      : undefined,
    changeTrust(ctx, role, to, 3, msg('fx.intelShared')),
    changeCounter(ctx, 'factsShared', 1, msg('fx.intelShared')),
  ];
}

export function sharing(ctx: Ctx): void {
  for (const order of ctx.s.orders.filter((o) => o.action === 'share_intel')) {
    const fact = order.fact ? ctx.rules.factById.get(order.fact) : undefined;
    const to = order.to;
    if (!fact || !to) continue;
    const from = ref('role', order.role);
    const toName = ref('role', to);
    const trust = pairTrust(ctx, order.role, to);
    const effects = shareFact(ctx, order.role, fact.id, to);
    const leak =
      trust < LEAK_THRESHOLD
        ? roll(
            ctx,
            0,
            [
              {
                value: LEAK_THRESHOLD - trust,
                reason: msg('mod.lowTrustLeak', { a: from, b: toName, trust }),
              },
            ],
            0,
            95,
            msg('means.leaks'),
          )
        : undefined;
    addLog(ctx, {
      phase: 'sharing',
      kind: 'share',
      title: msg('log.shared', { from, fact: ref('fact', fact.id), to: toName }),
      ...(leak ? { detail: msg(leak.success ? 'log.leaked' : 'log.notLeaked') } : {}),
      roles: [order.role, to],
      ...(fact.district ? { district: fact.district } : {}),
      action: 'share_intel',
      fact: fact.id,
      visibleTo: [order.role, to],
      ...(leak ? { roll: leak } : {}),
      effects,
    });
    if (leak?.success && !ctx.s.compromised.includes(fact.id)) {
      ctx.s.compromised.push(fact.id);
      addLog(ctx, {
        phase: 'sharing',
        kind: 'leak',
        fact: fact.id,
        title: msg('log.leak', { fact: ref('fact', fact.id) }),
        detail: msg('log.leakDetail'),
        roles: [order.role, to],
        ...(fact.district ? { district: fact.district } : {}),
        visibleTo: 'all',
        effects: [
          changeCounter(ctx, 'leaks', 1, msg('fx.intelLeaked')),
          changeTrust(ctx, order.role, to, -5, msg('fx.secretLeaked')),
          fact.district
            ? changeIndicator(ctx, fact.district, 'tension', 4, msg('fx.leakRumours'))
            : undefined,
        ],
      });
    }
  }
}
