/** Phase "movement": units move before anyone acts, so a unit moved this turn counts as on site. */
import type { Ctx } from '../context';
import { addLog } from '../log';
import { msg, ref } from '../messages';

export function movement(ctx: Ctx): void {
  for (const order of ctx.s.orders.filter((o) => o.action === 'move_asset')) {
    const asset = ctx.s.assets.find((a) => a.id === order.asset);
    if (!asset) continue;
    const from = asset.location;
    asset.location = order.district;
    addLog(ctx, {
      phase: 'movement',
      kind: 'move',
      title: msg('log.moved', {
        asset: ref('asset', asset.id),
        from: ref('district', from),
        to: ref('district', order.district),
      }),
      roles: [order.role],
      district: order.district,
      action: 'move_asset',
      visibleTo: 'all',
      effects: [
        { kind: 'asset', asset: asset.id, from, to: order.district, reason: msg('fx.moveOrder') },
      ],
    });
  }
}
