/**
 * From played games to the figures of a balance report. Everything here is plain data, written
 * as the report's JSON; the Markdown and the chart only present it. The report is a developer's
 * tool, in English: the scenario's text is taken in English where it has it (else its own
 * language).
 */
import { POLICY_IDS, type PolicyId, type Rules } from '../../engine';
import { makeLang } from '../../i18n';
import type { GameRecord } from './collect';

/** A difference in win rate, in points, that the report calls large. */
export const LARGE_DIFFERENCE = 20;

export interface PolicyFigures {
  policy: PolicyId;
  games: number;
  /** 0–1. */
  winRate: number;
  meanScore: number;
  /** Minimum, quartiles and maximum of the score. */
  scores: { min: number; q1: number; median: number; q3: number; max: number };
  /** Games by score: [0–9], [10–19], … [90–100]. */
  histogram: number[];
  /** Share of games each mission objective was met, scenario order. */
  objectives: number[];
  /** Share of games each role's private objective was met, scenario order. */
  privateObjectives: number[];
  /** Share of games each end condition ended, scenario order. */
  endConditions: number[];
}

export interface ActionFigures {
  action: string;
  name: string;
  coordinated: boolean;
  /** Mean uses a game under each policy, POLICY_IDS order. */
  usesByPolicy: number[];
  usesWon: number;
  usesLost: number;
  /** Games that used it at least once, all policies together. */
  gamesWith: number;
  winRateWith: number | null;
  winRateWithout: number | null;
  /** Points of win rate, with minus without, across all games. */
  difference: number | null;
  /** The same within each policy, weighted: the part not explained by which policy was playing. */
  withinPolicies: number | null;
  large: boolean;
}

export interface InjectFigures {
  inject: string;
  title: string;
  /** Share of games it fired in, under each policy, POLICY_IDS order. */
  firedByPolicy: number[];
  fired: number;
  /** Mean turn it fired at, in the games it fired in. */
  meanTurn: number | null;
}

export interface Spread {
  cooperative: number;
  siloed: number;
  /** Points of win rate. */
  points: number;
  declared: number | null;
  /** The spread in words. */
  sentence: string;
  meetsDeclared: boolean | null;
}

export interface BalanceReport {
  scenario: { id: string; title: string; turns: number; winScore: number };
  gamesPerPolicy: number;
  seed: string;
  policies: PolicyFigures[];
  objectives: { id: string; description: string }[];
  privateObjectives: { role: string; id: string; description: string }[];
  endConditions: { id: string; description: string }[];
  spread: Spread;
  /** Policies that win every game or none. */
  extremes: string[];
  actions: ActionFigures[];
  injects: InjectFigures[];
}

const share = (n: number, of: number) => (of === 0 ? 0 : round(n / of, 3));
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
export const pct = (x: number) => Math.round(x * 100);

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function policyFigures(rules: Rules, policy: PolicyId, games: GameRecord[]): PolicyFigures {
  const scores = games.map((g) => g.score).sort((a, b) => a - b);
  const histogram = Array.from({ length: 10 }, () => 0);
  for (const s of scores) histogram[Math.min(9, Math.floor(s / 10))]!++;
  const rate = (pick: (g: GameRecord) => boolean) => share(games.filter(pick).length, games.length);
  return {
    policy,
    games: games.length,
    winRate: rate((g) => g.won),
    meanScore: round(mean(scores), 1),
    scores: {
      min: scores[0] ?? 0,
      q1: quantile(scores, 0.25),
      median: quantile(scores, 0.5),
      q3: quantile(scores, 0.75),
      max: scores[scores.length - 1] ?? 0,
    },
    histogram,
    objectives: rules.scenario.objectives.map((_, i) => rate((g) => g.objectives[i] === true)),
    privateObjectives: rules.scenario.roles.map((_, i) =>
      rate((g) => g.privateObjectives[i] === true),
    ),
    endConditions: (rules.scenario.endConditions ?? []).map((_, i) => rate((g) => g.endedBy === i)),
  };
}

function winRate(games: GameRecord[]): number | null {
  return games.length === 0 ? null : games.filter((g) => g.won).length / games.length;
}

/** Groups of games smaller than this say too little to compare. */
const minGroup = (games: number) => Math.max(5, Math.ceil(games * 0.05));

/**
 * The with-minus-without difference inside each policy, weighted by n·m/(n+m): a policy that
 * (almost) always or never uses the action says nothing about it and is left out.
 */
function withinPolicies(games: GameRecord[], uses: (g: GameRecord) => number): number | null {
  let sum = 0;
  let weight = 0;
  for (const policy of POLICY_IDS) {
    const mine = games.filter((g) => g.policy === policy);
    const withIt = mine.filter((g) => uses(g) > 0);
    const without = mine.filter((g) => uses(g) === 0);
    if (Math.min(withIt.length, without.length) < minGroup(mine.length)) continue;
    const w = (withIt.length * without.length) / (withIt.length + without.length);
    sum += w * (winRate(withIt)! - winRate(without)!);
    weight += w;
  }
  return weight === 0 ? null : round((100 * sum) / weight, 1);
}

function actionFigures(rules: Rules, games: GameRecord[]): ActionFigures[] {
  const least = minGroup(games.length);
  return rules.actions.map((action, i) => {
    const uses = (g: GameRecord) => g.uses[i] ?? 0;
    const withIt = games.filter((g) => uses(g) > 0);
    const without = games.filter((g) => uses(g) === 0);
    const a = winRate(withIt);
    const b = winRate(without);
    const difference = a === null || b === null ? null : round(100 * (a - b), 1);
    const within = withinPolicies(games, uses);
    const big = (d: number | null) => d !== null && Math.abs(d) >= LARGE_DIFFERENCE;
    return {
      action: action.id,
      name: action.name,
      coordinated: action.shape === 'joint' || action.shape === 'share',
      usesByPolicy: POLICY_IDS.map((p) =>
        round(mean(games.filter((g) => g.policy === p).map(uses)), 2),
      ),
      usesWon: round(mean(games.filter((g) => g.won).map(uses)), 2),
      usesLost: round(mean(games.filter((g) => !g.won).map(uses)), 2),
      gamesWith: withIt.length,
      winRateWith: a === null ? null : round(a, 3),
      winRateWithout: b === null ? null : round(b, 3),
      difference,
      withinPolicies: within,
      large: (withIt.length >= least && without.length >= least && big(difference)) || big(within),
    };
  });
}

function injectFigures(rules: Rules, games: GameRecord[]): InjectFigures[] {
  const L = makeLang('en', rules.scenario);
  return rules.scenario.injects.map((inject, i) => {
    const turns = games.map((g) => g.injects[i] ?? 0).filter((t) => t > 0);
    return {
      inject: inject.id,
      title: L.text(inject.title),
      firedByPolicy: POLICY_IDS.map((p) => {
        const mine = games.filter((g) => g.policy === p);
        return share(mine.filter((g) => (g.injects[i] ?? 0) > 0).length, mine.length);
      }),
      fired: share(turns.length, games.length),
      meanTurn: turns.length === 0 ? null : round(mean(turns), 1),
    };
  });
}

export function spreadSentence(
  cooperative: number,
  siloed: number,
  declared: number | null,
): { sentence: string; meetsDeclared: boolean | null } {
  const points = pct(cooperative) - pct(siloed);
  const rates = `(${pct(cooperative)}% vs ${pct(siloed)}%)`;
  const first =
    points > 0
      ? `Cooperative play wins ${points} point${points === 1 ? '' : 's'} more often than siloed play ${rates}`
      : points === 0
        ? `Cooperative and siloed play win equally often ${rates}`
        : `Siloed play wins ${-points} point${points === -1 ? '' : 's'} more often than cooperative play ${rates}`;
  if (declared === null) {
    return {
      sentence: `${first}; the scenario declares no expected margin (expectedCooperationMargin).`,
      meetsDeclared: null,
    };
  }
  const meets = points >= declared;
  const verdict = meets
    ? 'coordination matters as intended'
    : points <= 0
      ? 'coordination does not pay in this scenario, against its intent'
      : 'coordination matters less than intended';
  return {
    sentence: `${first}; the scenario declares ${declared}: ${verdict}.`,
    meetsDeclared: meets,
  };
}

export function analyse(
  rules: Rules,
  records: GameRecord[],
  gamesPerPolicy: number,
  seed: string,
): BalanceReport {
  const sc = rules.scenario;
  const L = makeLang('en', sc);
  const policies = POLICY_IDS.map((p) =>
    policyFigures(
      rules,
      p,
      records.filter((g) => g.policy === p),
    ),
  );
  const rateOf = (p: PolicyId) => policies.find((x) => x.policy === p)?.winRate ?? 0;
  const declared = sc.expectedCooperationMargin ?? null;
  const { sentence, meetsDeclared } = spreadSentence(
    rateOf('cooperative'),
    rateOf('siloed'),
    declared,
  );
  const extremes = policies
    .filter((p) => p.games > 0 && (p.winRate === 1 || p.winRate === 0))
    .map(
      (p) =>
        `The ${p.policy} policy ${p.winRate === 1 ? 'wins every game' : 'never wins'} (${p.winRate === 1 ? p.games : 0} of ${p.games}).`,
    );
  return {
    scenario: { id: sc.id, title: L.text(sc.title), turns: sc.turns, winScore: sc.winScore },
    gamesPerPolicy,
    seed,
    policies,
    objectives: sc.objectives.map((o) => ({ id: o.id, description: L.text(o.description) })),
    privateObjectives: sc.roles.map((r) => ({
      role: r.id,
      id: r.privateObjective.id,
      description: L.text(r.privateObjective.description),
    })),
    endConditions: (sc.endConditions ?? []).map((c) => ({
      id: c.id,
      description: L.text(c.description),
    })),
    spread: {
      cooperative: rateOf('cooperative'),
      siloed: rateOf('siloed'),
      points: pct(rateOf('cooperative')) - pct(rateOf('siloed')),
      declared,
      sentence,
      meetsDeclared,
    },
    extremes,
    actions: actionFigures(rules, records),
    injects: injectFigures(rules, records),
  };
}
