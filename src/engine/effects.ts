/**
 * Applies the effects a scenario writes (on injects, events, incidents and actions).
 * `target` is the district the effect happens in when it names none.
 */
import type { Effect, EffectDistrict, IncidentDef } from '../format';
import type { Ctx } from './context';
import { changeCounter, changeIndicator, changeTrust, learnFact } from './values';
import type { DistrictId, EffectRecord, Msg } from './types';

function districtsFor(
  ctx: Ctx,
  where: EffectDistrict | undefined,
  target: DistrictId | undefined,
): DistrictId[] {
  const spot = where ?? '@target';
  if (spot === '@all') return ctx.rules.scenario.districts.map((d) => d.id);
  if (spot === '@target') return target ? [target] : [];
  if (spot === '@neighbours') return target ? ctx.rules.district(target).neighbours : [];
  return [spot];
}

export function openIncident(
  ctx: Ctx,
  def: IncidentDef,
  district: DistrictId,
  reason: Msg,
): EffectRecord {
  const id = ctx.s.nextId++;
  ctx.s.incidents.push({
    id,
    def,
    district,
    openedTurn: ctx.s.turn,
    turnsLeft: Math.max(1, def.duration),
    status: 'open',
  });
  return { kind: 'incident', incident: id, title: def.title, district, reason };
}

export function applyEffect(
  ctx: Ctx,
  effect: Effect,
  target: DistrictId | undefined,
  reason: Msg,
): EffectRecord[] {
  switch (effect.type) {
    case 'indicator':
      return districtsFor(ctx, effect.district, target)
        .map((d) => changeIndicator(ctx, d, effect.indicator, effect.delta, reason))
        .filter((r): r is EffectRecord => r !== undefined);
    case 'trust': {
      const r = changeTrust(ctx, effect.roles[0], effect.roles[1], effect.delta, reason);
      return r ? [r] : [];
    }
    case 'counter':
      return [changeCounter(ctx, effect.counter, effect.delta, reason)];
    case 'revealFact': {
      const to = effect.to.filter((role) => learnFact(ctx, role, effect.fact));
      return to.length ? [{ kind: 'fact', fact: effect.fact, to, reason }] : [];
    }
    case 'incident': {
      const district = effect.district ?? target;
      return district ? [openIncident(ctx, effect.incident, district, reason)] : [];
    }
  }
}

export function applyEffects(
  ctx: Ctx,
  effects: readonly Effect[],
  target: DistrictId | undefined,
  reason: Msg,
): EffectRecord[] {
  return effects.flatMap((e) => applyEffect(ctx, e, target, reason));
}
