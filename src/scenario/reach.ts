/**
 * How far play can move an indicator: an upper bound, summed over districts, of what every source
 * in a scenario could add (or take away) over a number of turns. It is deliberately generous
 * (every roll succeeds or fails, whichever helps more; every district meets every drift rule;
 * an event card every turn), so a target beyond it is out of reach for certain, never by luck.
 */
import type { ActionDef } from '../engine/actions';
import type { Rules } from '../engine/rules';
import type { DistrictId, Effect, IndicatorId } from './types';

/** +1: the indicator must rise; -1: it must fall. */
export type Direction = 1 | -1;

export interface Reach {
  /** Most the sum over the districts can move in the direction asked; Infinity when unbounded. */
  total: number;
  /** The parts of the bound, for the message an author reads. */
  parts: string[];
}

interface Scope {
  indicator: IndicatorId;
  dir: Direction;
  districts: ReadonlySet<DistrictId>;
  /** Most districts in scope that one district borders, for "@neighbours". */
  neighbours: number;
}

/** Standard action outcomes the engine adds beyond the effects listed in actions.ts (resolve/joint.ts, sharing.ts). */
const SPECIAL: Record<string, Partial<Record<IndicatorId, { up: number; down: number }>>> = {
  // Police lead in a populated district: trust +4; military lead in a high-threat one: security +3 (or threat -6).
  joint_patrol: { trust: { up: 4, down: 0 }, security: { up: 3, down: 0 }, threat: { up: 0, down: 6 } },
  // The best and worst of the three postures, success or failure.
  crowd_control: { tension: { up: 6, down: 4 }, trust: { up: 3, down: 4 } },
  // A leak raises tension by 4 where the fact is.
  share_intel: { tension: { up: 4, down: 0 } },
};

export function reach(rules: Rules, indicator: IndicatorId, dir: Direction, districts: readonly DistrictId[], turns: number): Reach {
  const sc = rules.scenario;
  const inScope = new Set(districts);
  const neighbours = Math.max(0, ...sc.districts.map((d) => d.neighbours.filter((n) => inScope.has(n)).length));
  const scope: Scope = { indicator, dir, districts: inScope, neighbours };

  const roles = sc.roles.map((r) => ({ role: r, perTurn: rolePerTurn(rules, r.capabilities, r.actionPoints, scope) }));
  const actions = roles.reduce((a, r) => a + r.perTurn.gain, 0);
  const drift = rules.drift
    .filter((d) => d.then.indicator === indicator && Math.sign(d.then.delta) === dir)
    .reduce((a, d) => a + Math.abs(d.then.delta) * inScope.size, 0);
  const events = sc.events.chancePerTurn > 0 ? Math.max(0, ...sc.events.cards.map((c) => effectsGain(c.effects, scope))) : 0;
  const injects = sc.injects.reduce((a, i) => a + effectsGain(i.effects, scope, i.district), 0);
  const total = turns * (actions + drift + events) + injects;

  const word = dir === 1 ? 'raise' : 'lower';
  const parts = [
    `actions ${turns} × ${actions}${actions > 0 ? ` (${roles.filter((r) => r.perTurn.gain > 0).map((r) => `${r.role.id} ${r.role.actionPoints} AP × ${r.perTurn.best}`).join(', ')})` : ''}`,
    `drift ${turns} × ${drift}`,
    `events ${turns} × ${events}`,
    `injects ${injects}`,
  ];
  return { total, parts: [`the most play could ${word} it is ${show(total)}: ${parts.join(', ')}`] };
}

const show = (n: number) => (Number.isFinite(n) ? String(n) : 'unlimited');

/** A role's best gain a turn: its action points times the best gain per point among its actions. */
function rolePerTurn(rules: Rules, capabilities: readonly string[], points: number, scope: Scope): { gain: number; best: string } {
  let ratio = 0;
  let best = '';
  for (const id of capabilities) {
    const action = rules.actionById.get(id);
    if (!action) continue;
    const gain = actionGain(action, scope);
    if (gain <= 0) continue;
    // A free action can be repeated without end.
    const r = action.cost === 0 ? Infinity : gain / action.cost;
    if (r > ratio) {
      ratio = r;
      best = `${show(gain)} by ${id}${action.cost > 1 ? ` for ${action.cost} AP` : ''}`;
    }
  }
  return { gain: ratio === Infinity ? Infinity : Math.floor(points * ratio), best };
}

function actionGain(action: ActionDef, scope: Scope): number {
  const special = SPECIAL[action.id]?.[scope.indicator];
  const extra = special ? (scope.dir === 1 ? special.up : special.down) : 0;
  return Math.max(effectsGain(action.onSuccess, scope), effectsGain(action.onFailure, scope)) + extra;
}

/** What a list of effects can move the indicator by in the direction asked, summed over districts in scope. */
export function effectsGain(effects: readonly Effect[], scope: Scope, target?: DistrictId): number {
  return effects.reduce((a, e) => a + effectGain(e, scope, target), 0);
}

function effectGain(e: Effect, scope: Scope, target: DistrictId | undefined): number {
  if (e.type === 'indicator') {
    if (e.indicator !== scope.indicator || Math.sign(e.delta) !== scope.dir) return 0;
    return Math.abs(e.delta) * spread(e.district ?? '@target', scope, target);
  }
  if (e.type === 'incident') {
    const i = e.incident;
    const where = e.district ?? target;
    const outcome = Math.max(effectsGain(i.onResolved, scope, where), effectsGain(i.onFailed, scope, where));
    return outcome + i.duration * effectsGain(i.escalation ?? [], scope, where);
  }
  return 0;
}

/** How many districts in scope an effect lands in. */
function spread(where: string, scope: Scope, target: DistrictId | undefined): number {
  if (where === '@all') return scope.districts.size;
  if (where === '@neighbours') return scope.neighbours;
  if (where === '@target') return target === undefined || scope.districts.has(target) ? 1 : 0;
  return scope.districts.has(where) ? 1 : 0;
}
