/**
 * Judgement shared by the scripted policies: where each action does most good, seen from a
 * role's own view. Integer scores; ties break by scenario order, so choices are deterministic.
 */
import type { ActionDef } from '../../format';
import type { Command, DistrictId, IncidentState } from '../types';
import type { RoleView } from '../view';

export function value(view: RoleView, district: DistrictId, indicator: string): number {
  const i = view.rules.indicatorIndex.get(indicator);
  const d = view.districts[view.rules.districtIndex.get(district) ?? -1];
  return i === undefined || !d ? 0 : (d.values[i] ?? 0);
}

export function hasUnitNear(view: RoleView, district: DistrictId): 'here' | 'near' | 'far' {
  if (view.myAssets.some((a) => a.location === district)) return 'here';
  const n = view.rules.district(district).neighbours;
  return view.myAssets.some((a) => n.includes(a.location)) ? 'near' : 'far';
}

/** How much an action's success would be worth in a district, from its effects and the district's
 * need of them. */
export function worth(view: RoleView, action: ActionDef, district: DistrictId): number {
  let w = 0;
  for (const e of action.onSuccess) {
    if (e.type !== 'indicator') continue;
    const def = view.rules.indicators[view.rules.indicatorIndex.get(e.indicator) ?? -1];
    if (!def) continue;
    const v = value(view, district, e.indicator);
    const good = def.goodWhen === 'high' ? e.delta : -e.delta;
    // Gains matter more where the indicator is worst.
    const badness = def.goodWhen === 'high' ? 100 - v : v;
    w += good * badness;
  }
  const reach = hasUnitNear(view, district);
  w = Math.trunc((w * (reach === 'here' ? 12 : reach === 'near' ? 10 : 6)) / 10);
  return Math.trunc((w * action.baseChance) / 100 / Math.max(1, action.cost));
}

export function incidentsAnsweredBy(view: RoleView, action: string): IncidentState[] {
  return view.openIncidents.filter((i) => i.def.respondWith.includes(action));
}

export function soloCandidates(view: RoleView): Command[] {
  const scored: { cmd: Command; score: number }[] = [];
  const unknownFactDistricts = new Set(
    view.rules.scenario.intelligence
      .filter((f) => f.district && !view.me.knows.includes(f.id))
      .map((f) => f.district),
  );
  for (const id of view.card.capabilities) {
    const action = view.rules.actionById.get(id);
    if (!action || action.shape !== 'solo') continue;
    const incidentDistricts = new Set(incidentsAnsweredBy(view, id).map((i) => i.district));
    const outside = action.domain !== undefined && action.domain !== view.card.kind;
    for (const d of view.rules.scenario.districts) {
      let score = worth(view, action, d.id);
      if (incidentDistricts.has(d.id)) score += 2500;
      if (id === 'investigate' && unknownFactDistricts.has(d.id)) score += 600;
      if (outside) score = Math.trunc(score / 2);
      scored.push({ cmd: { type: 'order', role: view.me.id, action: id, district: d.id }, score });
    }
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.cmd);
}

/** Moves a unit toward the open incident it is farthest from, when the role can answer it. */
export function moveCandidates(view: RoleView): Command[] {
  if (!view.card.capabilities.includes('move_asset')) return [];
  const out: Command[] = [];
  for (const incident of view.openIncidents) {
    const answerable = incident.def.respondWith.some((a) => view.card.capabilities.includes(a));
    if (!answerable || hasUnitNear(view, incident.district) !== 'far') continue;
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

export function fillWithin(view: RoleView, candidates: Command[], budget: number): Command[] {
  const out: Command[] = [];
  let left = budget;
  const used = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'order') continue;
    const cost = view.rules.action(c.action).cost;
    const key = `${c.action}@${c.district}`;
    if (cost > left || used.has(key)) continue;
    out.push(c);
    used.add(key);
    left -= cost;
    if (left === 0) break;
  }
  return out;
}
