/** The engine's public surface: what the store, the CLI and tests use. */
export * from './types';
export type { ActionDef } from '../format';
export { compileRules, type Rules } from './rules';
export { newGame, applyCommand, applyCommandInPlace, commandProblem, CommandError } from './game';
export { actionProblem, orderProblem, proposalProblem, responseProblem } from './legality';
export {
  openLine,
  openLineInPlace,
  advance,
  advanceInPlace,
  type Line,
  type MutableLine,
} from './line';
export { replay, stateHash, ReplayError, type Replayed } from './replay';
export { roleView, visibleLog, canSee, type RoleView } from './view';
export { measure, describeMetric, evaluateObjective, score } from './metrics';
export { RESOLUTION_ORDER } from './resolve/turn';
export {
  POLICIES,
  POLICY_IDS,
  isPolicyId,
  PLAN_STEPS,
  type Policy,
  type PolicyId,
  type PlanStep,
} from './policies';
export {
  playGame,
  planStep,
  simulate,
  gameSeed,
  type Seating,
  type SimulationSummary,
} from './simulate';
export { hashJson } from './hash';
export { makeSave, MAX_SAVE_BYTES } from './savedGame';
// The parsers are `./save`, imported by path: see there why they are not here.
export type { SaveParse, CommandParse } from './save';
export { orderChance, proposalChance, beforeActions, type Chance } from './chance';
export { answers, incidentsAnswered } from './answers';
