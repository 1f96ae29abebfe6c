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

/** Applies one effect, adding what changed to `out`. */
function applyEffectTo(
  out: EffectRecord[],
  ctx: Ctx,
  effect: Effect,
  target: DistrictId | undefined,
  reason: Msg,
): void {
  switch (effect.type) {
    case 'indicator':
      for (const d of districtsFor(ctx, effect.district, target)) {
        const r = changeIndicator(ctx, d, effect.indicator, effect.delta, reason);
        if (r) out.push(r);
      }
      return;
    case 'trust': {
      const r = changeTrust(ctx, effect.roles[0], effect.roles[1], effect.delta, reason);
      if (r) out.push(r);
      return;
    }
    case 'counter':
      out.push(changeCounter(ctx, effect.counter, effect.delta, reason));
      return;
    case 'revealFact': {
      const to = effect.to.filter((role) => learnFact(ctx, role, effect.fact));
      if (to.length) out.push({ kind: 'fact', fact: effect.fact, to, reason });
      return;
    }
    case 'incident': {
      const district = effect.district ?? target;
      if (district) out.push(openIncident(ctx, effect.incident, district, reason));
      return;
    }
  }
}

export function applyEffects(
  ctx: Ctx,
  effects: readonly Effect[],
  target: DistrictId | undefined,
  reason: Msg,
): EffectRecord[] {
  const out: EffectRecord[] = [];
  for (const e of effects) applyEffectTo(out, ctx, e, target, reason);
  return out;
}
