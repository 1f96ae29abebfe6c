/**
 * Plays the games of a balance run and keeps, for each, only what the report needs: the outcome,
 * the actions taken and the injects fired, all read from the final state and its log.
 */
import {
  gameSeed,
  measure,
  playGame,
  POLICY_IDS,
  type GameState,
  type PolicyId,
  type Rules,
} from '../../engine';
import { compare } from '../../engine/metrics';

export interface GameRecord {
  policy: PolicyId;
  won: boolean;
  score: number;
  /** Index of the end condition that ended the game, or -1 when it ran its turns. */
  endedBy: number;
  /** Same order as the scenario's objectives. */
  objectives: boolean[];
  /** Same order as the scenario's roles. */
  privateObjectives: boolean[];
  /** Times each action in play was carried out, in the order of `Rules.actions`. */
  uses: number[];
  /** Turn each inject fired at (0: never), in the scenario's order. */
  injects: number[];
}

export interface Progress {
  policy: PolicyId;
  /** Games played so far, all policies together. */
  done: number;
  total: number;
}

export function playBalance(
  rules: Rules,
  games: number,
  seed: string,
  onGame?: (p: Progress) => void,
): GameRecord[] {
  const records: GameRecord[] = [];
  const total = games * POLICY_IDS.length;
  for (const policy of POLICY_IDS) {
    // The same seeds for every policy: the policies meet the same dice and the same event deck.
    for (let i = 0; i < games; i++) {
      const { state } = playGame(rules, gameSeed(seed, i), policy);
      records.push(record(rules, state, policy));
      onGame?.({ policy, done: records.length, total });
    }
  }
  return records;
}

/** Log kinds that mean an action was carried out (a lapsed proposal is logged as "joint" with no
 * roll). */
function actionTaken(e: GameState['log'][number]): string | undefined {
  if (e.action === undefined) return undefined;
  if (e.kind === 'solo' || e.kind === 'share' || e.kind === 'move') return e.action;
  return e.kind === 'joint' && e.roll !== undefined ? e.action : undefined;
}

function record(rules: Rules, state: GameState, policy: PolicyId): GameRecord {
  const outcome = state.outcome;
  if (!outcome) throw new Error('a simulated game ended without an outcome');
  const index = new Map(rules.actions.map((a, i) => [a.id, i]));
  const uses = rules.actions.map(() => 0);
  for (const e of state.log) {
    const action = actionTaken(e);
    const i = action === undefined ? undefined : index.get(action);
    if (i !== undefined) uses[i]!++;
  }
  const sc = rules.scenario;
  // firedInjects says which fired; the log entry that names the inject says when.
  const injects = sc.injects.map((inject) => {
    if (!state.firedInjects.includes(inject.id)) return 0;
    return state.log.find((e) => e.kind === 'inject' && e.inject === inject.id)?.turn ?? 1;
  });
  return {
    policy,
    won: outcome.won,
    score: outcome.score,
    endedBy: endedBy(rules, state),
    objectives: outcome.objectives.map((o) => o.met),
    privateObjectives: outcome.privateObjectives.map((o) => o.met),
    uses,
    injects,
  };
}

/**
 * End conditions are checked after every turn, the last included, so one that holds at the end
 * is the one that ended the game: had it held before, the game would have stopped then.
 */
function endedBy(rules: Rules, state: GameState): number {
  return (rules.scenario.endConditions ?? []).findIndex((c) =>
    compare(measure({ rules, s: state }, c.metric), c.comparison, c.value),
  );
}
