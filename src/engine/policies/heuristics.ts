/**
 * Judgement shared by the scripted policies: where each action does most good, seen from a
 * role's own view. Integer scores; ties break by scenario order, so choices are deterministic.
 */
import type { ActionDef } from '../../format';
import type { Rules } from '../rules';
import type { Command, DistrictId, IncidentState } from '../types';
import type { Reach, RoleView } from '../view';

export function value(view: RoleView, district: DistrictId, indicator: string): number {
  const i = view.rules.indicatorIndex.get(indicator);
  const d = view.districts[view.rules.districtIndex.get(district) ?? -1];
  return i === undefined || !d ? 0 : (d.values[i] ?? 0);
}

/** One indicator an action's success moves, as `worth` weighs it. */
interface Gain {
  index: number;
  /** The change, signed so that a gain for the mission is positive. */
  good: number;
  goodWhenHigh: boolean;
}

/** Each action's gains, worked out once per set of rules. */
const gainsByAction = new WeakMap<ActionDef, Gain[]>();

function gainsOf(rules: Rules, action: ActionDef): Gain[] {
  let gains = gainsByAction.get(action);
  if (gains) return gains;
  gains = [];
  for (const e of action.onSuccess) {
    if (e.type !== 'indicator') continue;
    const index = rules.indicatorIndex.get(e.indicator) ?? -1;
    const def = rules.indicators[index];
    if (!def) continue;
    const goodWhenHigh = def.goodWhen === 'high';
    gains.push({ index, good: goodWhenHigh ? e.delta : -e.delta, goodWhenHigh });
  }
  gainsByAction.set(action, gains);
  return gains;
}

/** What `worth` weighs of an action, worked out once for all the districts it is weighed in. */
interface Weighing {
  gains: readonly Gain[];
  baseChance: number;
  perPoint: number;
}

function weighing(rules: Rules, action: ActionDef): Weighing {
  return {
    gains: gainsOf(rules, action),
    baseChance: action.baseChance,
    perPoint: Math.max(1, action.cost),
  };
}

/** How much an action's success would be worth in a district, from its effects and the
 * district's need of them (its values), and the reach of the role's units there. */
function worthAt(how: Weighing, values: readonly number[] | undefined, reach: Reach): number {
  let w = 0;
  for (const g of how.gains) {
    const v = values?.[g.index] ?? 0;
    // Gains matter more where the indicator is worst.
    w += g.good * (g.goodWhenHigh ? 100 - v : v);
  }
  w = Math.trunc((w * (reach === 'here' ? 12 : reach === 'near' ? 10 : 6)) / 10);
  // Dividing by 1 changes nothing, not even the last bit, and most actions cost 1.
  const x = (w * how.baseChance) / 100;
  return Math.trunc(how.perPoint === 1 ? x : x / how.perPoint);
}

function valuesOf(view: RoleView, district: DistrictId): readonly number[] | undefined {
  return view.districts[view.rules.districtIndex.get(district) ?? -1]?.values;
}

/** The district where an action is worth most; the first in scenario order on a tie. */
export function bestDistrict<D extends { id: DistrictId }>(
  view: RoleView,
  action: ActionDef,
  districts: readonly D[],
): D | undefined {
  const how = weighing(view.rules, action);
  let best: D | undefined;
  let bestWorth = -Infinity;
  for (const d of districts) {
    const w = worthAt(how, valuesOf(view, d.id), view.reach(d.id));
    if (w > bestWorth) {
      best = d;
      bestWorth = w;
    }
  }
  return best;
}

export function incidentsAnsweredBy(view: RoleView, action: string): IncidentState[] {
  return view.openIncidents.filter((i) => i.def.respondWith.includes(action));
}

/** Districts with a fact the role does not know: an investigation there may uncover it. */
function unknownFactDistrictsOf(view: RoleView): Set<DistrictId | undefined> {
  return new Set(
    view.rules.scenario.intelligence
      .filter((f) => f.district && !view.me.knows.includes(f.id))
      .map((f) => f.district),
  );
}

/**
 * The solo orders that do most good within `budget` action points: taken best first (the first
 * in the role's capabilities, then in scenario order, on a tie), skipping what no longer fits,
 * until the points run out. Every candidate is scored, but only those taken become commands.
 */
export function soloOrders(view: RoleView, budget: number): Command[] {
  const actions: ActionDef[] = [];
  const scores: number[] = [];
  const districts = view.rules.scenario.districts;
  const reaches = districts.map((d) => view.reach(d.id));
  for (const id of view.card.capabilities) {
    const action = view.rules.actionById.get(id);
    if (!action || action.shape !== 'solo') continue;
    const answered = incidentsAnsweredBy(view, id);
    const incidentDistricts = answered.length ? new Set(answered.map((i) => i.district)) : null;
    const unknownFactDistricts = id === 'investigate' ? unknownFactDistrictsOf(view) : null;
    const outside = action.domain !== undefined && action.domain !== view.card.kind;
    const how = weighing(view.rules, action);
    actions.push(action);
    for (let d = 0; d < districts.length; d++) {
      const district = districts[d]!.id;
      let score = worthAt(how, view.districts[d]?.values, reaches[d]!);
      if (incidentDistricts?.has(district)) score += 2500;
      if (unknownFactDistricts?.has(district)) score += 600;
      if (outside) score = Math.trunc(score / 2);
      scores.push(score);
    }
  }
  const out: Command[] = [];
  const taken = new Uint8Array(scores.length);
  let left = budget;
  for (;;) {
    // What a full sort would put next among what still fits: a candidate passed over for its
    // cost never fits again, as the points only go down.
    let best = -1;
    let bestAction: ActionDef | undefined;
    for (let a = 0, k = 0; a < actions.length; a++, k += districts.length) {
      const action = actions[a]!;
      if (action.cost > left) continue;
      for (let d = k; d < k + districts.length; d++) {
        if (taken[d] || (best >= 0 && scores[d]! <= scores[best]!)) continue;
        best = d;
        bestAction = action;
      }
    }
    if (!bestAction) break;
    taken[best] = 1;
    out.push({
      type: 'order',
      role: view.me.id,
      action: bestAction.id,
      district: districts[best % districts.length]!.id,
    });
    left -= bestAction.cost;
    if (left === 0) break;
  }
  return out;
}

/** Moves a unit toward the open incident it is farthest from, when the role can answer it. */
export function moveCandidates(view: RoleView): Command[] {
  if (!view.card.capabilities.includes('move_asset')) return [];
  const out: Command[] = [];
  for (const incident of view.openIncidents) {
    const answerable = incident.def.respondWith.some((a) => view.card.capabilities.includes(a));
    if (!answerable || view.reach(incident.district) !== 'far') continue;
    const neighbours = view.rules.district(incident.district).neighbours;
    for (const asset of view.myAssets) {
      const step = view.rules
        .district(asset.location)
        .neighbours.find((n) => n === incident.district || neighbours.includes(n));
      if (step) {
        out.push({
          type: 'order',
          role: view.me.id,
          action: 'move_asset',
          district: step,
          asset: asset.id,
        });
        break;
      }
    }
  }
  return out;
}
