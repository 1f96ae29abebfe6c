/**
 * Warnings about what is legal but cannot happen in play: objectives that cannot be met in the
 * turns given, injects and end conditions whose condition can never hold (or always holds), and
 * actions nobody can take. They run on a scenario that is already valid, so they read it typed.
 *
 * Every warning must be certain, not a guess: bundled scenarios are held to having none, and an
 * author would rightly stop trusting a validator that cries wolf. Where a bound is needed it comes
 * from `reach.ts`, which errs on the generous side.
 */
import { compileRules, type Rules } from '../engine/rules';
import {
  standardAction,
  STANDARD_COUNTERS,
  type Comparison,
  type Effect,
  type Metric,
  type Scenario,
  problem,
  quote,
  type Path,
  type Problem,
} from '../format';
import { reach, type Direction } from './reach';

export function checkFeasibility(scenario: Scenario): Problem[] {
  let rules: Rules;
  try {
    rules = compileRules(scenario);
  } catch {
    // Only a scenario with meaning errors fails to compile, and those are reported already.
    return [];
  }
  const out: Problem[] = [];
  const warn = (path: Path, message: string, suggestion?: string) =>
    out.push(problem('warning', path, message, suggestion));
  const rising = countersThatCanRise(rules);
  const turns = scenario.turns;

  scenario.objectives.forEach((o, i) => {
    checkTarget(
      rules,
      rising,
      { ...o, turns, what: 'objective', path: ['objectives', i, 'value'] },
      warn,
    );
  });
  scenario.roles.forEach((r, i) => {
    const o = r.privateObjective;
    checkTarget(
      rules,
      rising,
      {
        ...o,
        turns,
        what: `private objective of ${quote(r.id)}`,
        path: ['roles', i, 'privateObjective', 'value'],
      },
      warn,
    );
  });
  scenario.injects.forEach((x, i) => {
    if (!('condition' in x.trigger)) return;
    const c = x.trigger.condition;
    checkTarget(
      rules,
      rising,
      {
        ...c,
        turns,
        what: 'inject',
        path: ['injects', i, 'trigger', 'condition', 'value'],
        from: x.trigger.from ?? 1,
      },
      warn,
    );
  });
  (scenario.endConditions ?? []).forEach((c, i) => {
    checkTarget(
      rules,
      rising,
      { ...c, turns, what: 'end condition', path: ['endConditions', i, 'value'] },
      warn,
    );
  });
  checkWhoCanAct(scenario, warn);
  return out;
}

type Warn = (path: Path, message: string, suggestion?: string) => void;

interface Target {
  metric: Metric;
  comparison: Comparison;
  value: number;
  turns: number;
  what: 'objective' | 'inject' | 'end condition' | `private objective of ${string}`;
  path: Path;
  /** For injects: the first turn the condition is checked. */
  from?: number;
}

const NEVER = {
  objective: 'this objective can never be met',
  inject: 'this inject can never fire',
  'end condition': 'this end condition can never end the game',
} as const;

function never(t: Target): string {
  return t.what in NEVER ? NEVER[t.what as keyof typeof NEVER] : `the ${t.what} can never be met`;
}

function always(t: Target): { message: string; fix: string } {
  if (t.what === 'inject') {
    return {
      message: `this condition holds from the start, so the inject fires at the briefing of turn ${t.from ?? 1} whatever the teams do`,
      fix: `write {"turn": ${t.from ?? 1}} as its trigger if that is meant, or change the value`,
    };
  }
  if (t.what === 'end condition') {
    return {
      message: 'this condition holds from the start, so the game ends after turn 1',
      fix: 'change the value or the comparison',
    };
  }
  return {
    message: `the ${t.what} is met whatever the teams do, so its points come for free`,
    fix: 'ask for more, or remove it',
  };
}

/**
 * A metric in the words of the file, by ids ("highest tension in market"): authors look the ids
 * up in their file, and the validator speaks English whatever the scenario's languages.
 */
function describeMetric(metric: Metric): string {
  const where = (districts: readonly string[] | undefined, otherwise: string) =>
    districts ? ` in ${districts.join(', ')}` : otherwise;
  switch (metric.kind) {
    case 'average':
      return `average ${metric.indicator}${where(metric.districts, '')}`;
    case 'max':
      return `highest ${metric.indicator}${where(metric.districts, ' in any district')}`;
    case 'min':
      return `lowest ${metric.indicator}${where(metric.districts, ' in any district')}`;
    case 'counter':
      return metric.counter;
    case 'pairTrust':
      return `trust between ${metric.roles[0]} and ${metric.roles[1]}`;
    case 'averageTrust':
      return 'average trust between roles';
  }
}

/** The range a metric can take: indicators and trust stay within 0–100, counters never fall below
 * 0. */
function range(metric: Metric): [number, number] {
  return metric.kind === 'counter' ? [0, Infinity] : [0, 100];
}

function checkTarget(rules: Rules, rising: ReadonlySet<string>, t: Target, warn: Warn): void {
  const [lo, hi] = range(t.metric);
  const what = describeMetric(t.metric);
  const bounds = hi === Infinity ? 'never falls below 0' : 'stays within 0–100';
  if (t.comparison === 'atLeast' ? t.value > hi : t.value < lo) {
    const ask = t.comparison === 'atLeast' ? `at least ${t.value}` : `at most ${t.value}`;
    warn(
      t.path,
      `${never(t)}: the ${what} ${bounds}, and this asks for ${ask}`,
      hi === Infinity ? 'use a value of 0 or more' : 'use a value from 0 to 100',
    );
    return;
  }
  if (t.comparison === 'atLeast' ? t.value <= lo : t.value >= hi) {
    const { message, fix } = always(t);
    warn(t.path, `${message}: the ${what} ${bounds}`, fix);
    return;
  }
  if (t.metric.kind === 'counter' && t.comparison === 'atLeast' && !rising.has(t.metric.counter)) {
    warn(
      t.path,
      `${never(t)}: nothing in this scenario can raise the counter ${quote(t.metric.counter)} above 0, and this asks for at least ${t.value}`,
      'add an effect or an action in play that counts it, or change the metric',
    );
    return;
  }
  if (t.metric.kind === 'average' || t.metric.kind === 'max' || t.metric.kind === 'min')
    checkGap(rules, t, t.metric, warn);
}

/**
 * Whether the indicator can move far enough in the turns given. The shortfall is counted in
 * points summed over districts, the unit `reach` bounds.
 */
function checkGap(
  rules: Rules,
  t: Target,
  metric: Extract<Metric, { kind: 'average' | 'max' | 'min' }>,
  warn: Warn,
): void {
  const sc = rules.scenario;
  const ids = metric.districts ?? sc.districts.map((d) => d.id);
  // By index, not by search: an objective over every district of a large map stays linear.
  const starts = ids.map((id) => {
    const at = rules.districtIndex.get(id);
    return (at === undefined ? undefined : sc.districts[at]?.indicators[metric.indicator]) ?? 0;
  });
  if (starts.length === 0) return;
  const gap = shortfall(metric.kind, t.comparison, t.value, starts);
  if (gap.points <= 0) return;
  const dir: Direction = t.comparison === 'atLeast' ? 1 : -1;
  const can = reach(rules, metric.indicator, dir, ids, t.turns);
  if (gap.points <= can.total) return;
  warn(
    t.path,
    `${never(t)} in ${t.turns} turn${t.turns === 1 ? '' : 's'}: ${gap.why}, ${gap.points} points in all, but ${can.parts.join('; ')} (every roll going the helpful way)`,
    t.what === 'inject'
      ? 'lower the threshold or trigger it by turn'
      : 'lower the value, add turns or action points, or make the actions in play stronger',
  );
}

/** How many points, summed over districts, the indicator must move for the comparison to hold. */
function shortfall(
  kind: 'average' | 'max' | 'min',
  comparison: Comparison,
  value: number,
  starts: number[],
): { points: number; why: string } {
  const n = starts.length;
  const sum = starts.reduce((a, b) => a + b, 0);
  const up = comparison === 'atLeast';
  if (kind === 'average') {
    // The engine rounds the average half up: floor((2·sum + n) / (2n)).
    const needed = up ? Math.ceil(n * value - n / 2) : Math.ceil(n * (value + 1) - n / 2) - 1;
    const now = Math.floor((2 * sum + n) / (2 * n));
    return {
      points: up ? needed - sum : sum - needed,
      why: `the average must ${up ? 'rise' : 'fall'} from ${now} to ${value} over ${n} district${n === 1 ? '' : 's'}`,
    };
  }
  const everywhere = (kind === 'max') !== up;
  if (everywhere) {
    // Every district must end on the right side of the value.
    const points = starts.reduce((a, s) => a + Math.max(0, up ? value - s : s - value), 0);
    return { points, why: `every district must ${up ? 'rise to' : 'fall to'} ${value}` };
  }
  const best = up ? Math.max(...starts) : Math.min(...starts);
  return {
    points: up ? value - best : best - value,
    why: `the ${up ? 'highest' : 'lowest'} district starts at ${best}`,
  };
}

// ---- counters ---------------------------------------------------------------------------------

/** Counters that something in play can raise; `heldIntelMattered` and the like by the engine
 * itself. */
function countersThatCanRise(rules: Rules): Set<string> {
  const sc = rules.scenario;
  const out = new Set<string>();
  let incidents = false;
  let related = false;
  const walk = (effects: readonly Effect[]): void => {
    for (const e of effects) {
      if (e.type === 'counter' && e.delta > 0) out.add(e.counter);
      if (e.type === 'incident') {
        incidents = true;
        if (e.incident.relatedFact !== undefined) related = true;
        walk(e.incident.onResolved);
        walk(e.incident.onFailed);
        walk(e.incident.escalation ?? []);
      }
    }
  };
  for (const a of rules.actions) {
    walk(a.onSuccess);
    walk(a.onFailure);
  }
  for (const i of sc.injects) walk(i.effects);
  for (const c of sc.events.cards) walk(c.effects);
  const shapes = new Set(rules.actions.map((a) => a.shape));
  if (shapes.has('solo')) out.add('soloActions');
  if (shapes.has('joint')) out.add('jointActions');
  if (rules.actionById.has('crowd_control')) out.add('civilianHarm');
  if (rules.actionById.has('share_intel') && sc.intelligence.length > 0) {
    out.add('factsShared');
    out.add('leaks');
  }
  if (incidents) {
    out.add('incidentsResolved');
    out.add('incidentsFailed');
  }
  if (related) out.add('heldIntelMattered');
  // A counter the engine keeps that this analysis does not model stays unflagged.
  for (const c of STANDARD_COUNTERS) if (!MODELLED.has(c)) out.add(c);
  return out;
}

const MODELLED = new Set([
  'soloActions',
  'jointActions',
  'civilianHarm',
  'factsShared',
  'leaks',
  'incidentsResolved',
  'incidentsFailed',
  'heldIntelMattered',
  'arrests',
]);

// ---- actions nobody can take ------------------------------------------------------------------

/**
 * Joint actions with no partner or no possible lead, and constraints that can never be satisfied.
 */
function checkWhoCanAct(sc: Scenario, warn: Warn): void {
  const capable = (action: string) => sc.roles.filter((r) => r.capabilities.includes(action));
  sc.actions.forEach((action, i) => {
    const roles = capable(action);
    if (roles.length === 0 || standardAction(action)?.shape !== 'joint') return;
    const leads = roles.filter(
      (r) => !r.constraints.some((c) => c.type === 'cannotLead' && c.actions.includes(action)),
    );
    if (leads.length === 0) {
      warn(
        ['actions', i],
        `every role that has ${quote(action)} may not lead it (cannotLead), so nobody can propose it`,
        'let one of them lead it, or give it to another role',
      );
    } else if (action !== 'crowd_control' && roles.length === 1) {
      warn(
        ['actions', i],
        `${quote(action)} is a joint action, but only role ${quote(roles[0]!.id)} has it among its capabilities, so it never has a partner`,
        "add it to a partner role's capabilities",
      );
    }
  });
  const located = sc.intelligence.some((f) => f.district !== undefined);
  if (located) return;
  sc.roles.forEach((r, i) =>
    r.constraints.forEach((c, j) => {
      if (c.type !== 'requiresKnownFact' || c.actions.length === 0) return;
      warn(
        ['roles', i, 'constraints', j],
        `role ${quote(r.id)} can never take ${c.actions.map(quote).join(', ')}: they need a known fact about the district, and no fact in $.intelligence names a district`,
        'give a fact a "district", or remove the constraint',
      );
    }),
  );
}
