/**
 * How far play can move an indicator: an upper bound, summed over districts, of what every source
 * in a scenario could add (or take away) over a number of turns. It is deliberately generous
 * (every roll succeeds or fails, whichever helps more; every district meets every drift rule;
 * an event card every turn), so a target beyond it is out of reach for certain, never by luck.
 */
import type { ActionDef, DistrictId, Effect, IndicatorId, RoleDef } from '../format';
import type { Rules } from '../engine/rules';

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

/** Standard action outcomes the engine adds beyond the effects listed in actions.ts
 * (resolve/joint.ts, sharing.ts). */
const SPECIAL: Record<string, Partial<Record<IndicatorId, { up: number; down: number }>>> = {
  // Police lead in a populated district: trust +4; military lead in a high-threat one: security +3
  // (or threat -6).
  joint_patrol: {
    trust: { up: 4, down: 0 },
    security: { up: 3, down: 0 },
    threat: { up: 0, down: 6 },
  },
  // The best and worst of the three postures, success or failure.
  crowd_control: { tension: { up: 6, down: 4 }, trust: { up: 3, down: 4 } },
  // A leak raises tension by 4 where the fact is.
  share_intel: { tension: { up: 4, down: 0 } },
};

export function reach(
  rules: Rules,
  indicator: IndicatorId,
  dir: Direction,
  districts: readonly DistrictId[],
  turns: number,
): Reach {
  const sc = rules.scenario;
  const inScope = new Set(districts);
  const neighbours = Math.max(
    0,
    ...sc.districts.map((d) => d.neighbours.filter((n) => inScope.has(n)).length),
  );
  const scope: Scope = { indicator, dir, districts: inScope, neighbours };

  const roles = sc.roles.map((r) => ({ role: r, perTurn: rolePerTurn(rules, r, scope) }));
  const actions = roles.reduce((a, r) => a + r.perTurn.gain, 0);
  const drift = rules.drift
    .filter((d) => d.then.indicator === indicator && Math.sign(d.then.delta) === dir)
    .reduce((a, d) => a + Math.abs(d.then.delta) * inScope.size, 0);
  const events =
    sc.events.chancePerTurn > 0
      ? Math.max(0, ...sc.events.cards.map((c) => effectsGain(c.effects, scope)))
      : 0;
  const injects = sc.injects.reduce((a, i) => a + effectsGain(i.effects, scope, i.district), 0);
  // Every real change is whole, so the bound may be rounded down once, at the end.
  const total = Math.floor(turns * (actions + drift + events) + injects);

  const word = dir === 1 ? 'raise' : 'lower';
  const parts = [
    `actions ${turns} × ${show(round1(actions))}${
      actions > 0
        ? ` (${roles
            .filter((r) => r.perTurn.gain > 0)
            .map((r) => `${r.role.id}: ${r.role.actionPoints} AP × ${r.perTurn.best}`)
            .join('; ')})`
        : ''
    }`,
    `drift ${turns} × ${drift}`,
    `events ${turns} × ${events}`,
    `injects ${injects}`,
  ];
  return {
    total,
    parts: [`the most play could ${word} it is ${show(total)}: ${parts.join(', ')}`],
  };
}

const show = (n: number) => (Number.isFinite(n) ? String(n) : 'unlimited');

/**
 * A role's best gain a turn: its action points times the best gain per point among what it may
 * take part in. A joint action's gain is shared by the points its lead and a partner pay for it
 * (each participant's points are worth at most that much), which keeps the sum of all roles
 * from counting one patrol twice.
 */
function rolePerTurn(rules: Rules, role: RoleDef, scope: Scope): { gain: number; best: string } {
  let ratio = 0;
  let best = '';
  for (const id of role.capabilities) {
    const action = rules.actionById.get(id);
    if (!action || barredEverywhere(role, id, scope)) continue;
    const gain = actionGain(action, scope);
    if (gain <= 0) continue;
    // Crowd control may go ahead with no partner; other joint actions need one.
    const points =
      action.shape === 'joint' && action.id !== 'crowd_control'
        ? action.cost + (action.partnerCost ?? 1)
        : action.cost;
    // A free action can be repeated without end.
    const r = points === 0 ? Infinity : gain / points;
    if (r > ratio) {
      ratio = r;
      const shared = points !== action.cost ? ' with its partner' : '';
      best = `${show(round1(r))}, ${id} giving ${show(gain)} for ${points} AP${shared}`;
    }
  }
  // Not rounded down here: shares of a point between roles add up to whole actions.
  return { gain: role.actionPoints * ratio, best };
}

/** The role may not take the action in any district in scope (notInDistricts). */
function barredEverywhere(role: RoleDef, action: string, scope: Scope): boolean {
  const barred = new Set(
    role.constraints.flatMap((c) =>
      c.type === 'notInDistricts' && c.actions.includes(action) ? c.districts : [],
    ),
  );
  return [...scope.districts].every((d) => barred.has(d));
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function actionGain(action: ActionDef, scope: Scope): number {
  const special = SPECIAL[action.id]?.[scope.indicator];
  const extra = special ? (scope.dir === 1 ? special.up : special.down) : 0;
  return (
    Math.max(effectsGain(action.onSuccess, scope), effectsGain(action.onFailure, scope)) + extra
  );
}

/** What a list of effects can move the indicator by in the direction asked, summed over districts
 * in scope. */
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
    const outcome = Math.max(
      effectsGain(i.onResolved, scope, where),
      effectsGain(i.onFailed, scope, where),
    );
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
