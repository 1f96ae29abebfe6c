/**
 * A scenario compiled for the engine: the actions in play with the scenario's numbers applied,
 * every indicator in play, and lookups by id. Built once per scenario; never part of the state.
 */
import {
  DEFAULT_DRIFT,
  STANDARD_COUNTERS,
  STANDARD_INDICATOR_DEFS,
  standardAction,
  type ActionDef,
  type ActionId,
  type DistrictDef,
  type DriftRule,
  type FactDef,
  type IndicatorDef,
  type RoleDef,
  type Scenario,
} from '../format';
import { hashJson } from './hash';

export interface Rules {
  scenario: Scenario;
  scenarioHash: string;
  indicators: IndicatorDef[];
  counters: string[];
  actions: ActionDef[];
  drift: readonly DriftRule[];
  /** Unordered role pairs, the layout of `GameState.trust`. */
  pairs: [string, string][];
  indicatorIndex: Map<string, number>;
  districtIndex: Map<string, number>;
  roleIndex: Map<string, number>;
  actionById: Map<ActionId, ActionDef>;
  factById: Map<string, FactDef>;
  factOrder: Map<string, number>;
  district(id: string): DistrictDef;
  role(id: string): RoleDef;
  action(id: ActionId): ActionDef;
}

function indexOf<T extends { id: string }>(items: readonly T[]): Map<string, number> {
  return new Map(items.map((item, i) => [item.id, i]));
}

function countersNamedIn(scenario: Scenario): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const rec = node as Record<string, unknown>;
      if (rec.type === 'counter' && typeof rec.counter === 'string') found.add(rec.counter);
      if (rec.kind === 'counter' && typeof rec.counter === 'string') found.add(rec.counter);
      for (const key of Object.keys(rec)) walk(rec[key]);
    }
  };
  walk(scenario);
  return [...found].filter((c) => !(STANDARD_COUNTERS as readonly string[]).includes(c)).sort();
}

export function compileRules(scenario: Scenario): Rules {
  const indicators = [...STANDARD_INDICATOR_DEFS, ...(scenario.indicators ?? [])];
  const actions = scenario.actions.map((id) => {
    const base = standardAction(id);
    if (!base) throw new Error(`Unknown action '${id}'`);
    const overrides = scenario.actionOverrides ?? {};
    const o = Object.hasOwn(overrides, id) ? overrides[id] : undefined;
    // Every field written, in one order: the engine reads actions everywhere, and objects of
    // one shape are read much faster than a mix.
    const action: ActionDef = {
      id: base.id,
      name: base.name,
      description: base.description,
      shape: base.shape,
      cost: o?.cost ?? base.cost,
      partnerCost: base.partnerCost,
      baseChance: o?.baseChance ?? base.baseChance,
      domain: base.domain,
      onSuccess: o?.onSuccess ?? base.onSuccess,
      onFailure: o?.onFailure ?? base.onFailure,
    };
    return action;
  });
  const pairs: [string, string][] = [];
  scenario.roles.forEach((a, i) =>
    scenario.roles.slice(i + 1).forEach((b) => pairs.push([a.id, b.id])),
  );
  const districtIndex = indexOf(scenario.districts);
  const roleIndex = indexOf(scenario.roles);
  const actionById = new Map(actions.map((a) => [a.id, a]));
  const need = <T>(value: T | undefined, what: string, id: string): T => {
    if (value === undefined) throw new Error(`Unknown ${what} '${id}'`);
    return value;
  };
  return {
    scenario,
    scenarioHash: hashJson(scenario),
    indicators,
    counters: [...STANDARD_COUNTERS, ...countersNamedIn(scenario)],
    actions,
    drift: scenario.drift ?? DEFAULT_DRIFT,
    pairs,
    indicatorIndex: indexOf(indicators),
    districtIndex,
    roleIndex,
    actionById,
    factById: new Map(scenario.intelligence.map((f) => [f.id, f])),
    factOrder: indexOf(scenario.intelligence),
    district: (id) => need(scenario.districts[districtIndex.get(id) ?? -1], 'district', id),
    role: (id) => need(scenario.roles[roleIndex.get(id) ?? -1], 'role', id),
    action: (id) => need(actionById.get(id), 'action', id),
  };
}
