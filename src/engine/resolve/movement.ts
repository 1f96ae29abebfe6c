/** Phase "movement": units move before anyone acts, so a unit moved this turn counts as on site. */
import type { Ctx } from '../context';
import { addLog } from '../log';
import { msg, ref } from '../messages';
import type { DistrictId, Order } from '../types';

/** Moves the unit a move order names; where it came from, or null when there is no such unit.
 * The planning screens move units the same way to show a chance with this turn's moves made. */
export function moveUnit(ctx: Ctx, order: Order): { asset: string; from: DistrictId } | null {
  const asset = ctx.s.assets.find((a) => a.id === order.asset);
  if (!asset) return null;
  const from = asset.location;
  asset.location = order.district;
  return { asset: asset.id, from };
}

export function movement(ctx: Ctx): void {
  for (const order of ctx.s.orders.filter((o) => o.action === 'move_asset')) {
    const moved = moveUnit(ctx, order);
    if (!moved) continue;
    const { asset, from } = moved;
    addLog(ctx, {
      phase: 'movement',
      kind: 'move',
      title: msg('log.moved', {
        asset: ref('asset', asset),
        from: ref('district', from),
        to: ref('district', order.district),
      }),
      roles: [order.role],
      district: order.district,
      action: 'move_asset',
      visibleTo: 'all',
      effects: [{ kind: 'asset', asset, from, to: order.district, reason: msg('fx.moveOrder') }],
    });
  }
}
