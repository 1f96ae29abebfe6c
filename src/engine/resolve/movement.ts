/** Phase "movement": units move before anyone acts, so a unit moved this turn counts as on site. */
import type { Ctx } from '../context';
import { addLog } from '../log';
import { msg } from '../messages';

export function movement(ctx: Ctx): void {
  for (const order of ctx.s.orders.filter((o) => o.action === 'move_asset')) {
    const asset = ctx.s.assets.find((a) => a.id === order.asset);
    if (!asset) continue;
    const from = asset.location;
    asset.location = order.district;
    const def = ctx.rules.role(order.role).assets.find((a) => a.id === asset.id);
    addLog(ctx, {
      phase: 'movement',
      kind: 'move',
      title: msg('log.moved', { asset: def?.name ?? asset.id, from: ctx.rules.district(from).name, to: ctx.rules.district(order.district).name }),
      roles: [order.role],
      district: order.district,
      action: 'move_asset',
      visibleTo: 'all',
      effects: [{ kind: 'asset', asset: asset.id, from, to: order.district, reason: msg('fx.moveOrder') }],
    });
  }
}
