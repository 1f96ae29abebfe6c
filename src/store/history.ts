/**
 * The game's history as the replay stepper and the what-if branch need it: the commands that
 * shaped the state (rewinds taken into account), where each turn's commands begin, and the
 * state at the start or the end of any turn, rebuilt by the engine's `replay`. DOM-free.
 */
import { replay, type Command, type GameState, type Rules } from '../engine';

export interface Timeline {
  /** Commands that shaped the state, after rewinds took effect (a rewind stays as a note at the
   * start of its turn). */
  effective: Command[];
  /** `turnStarts[t]` is the index in `effective` at which turn t began. */
  turnStarts: number[];
  final: GameState;
  /** Turns the engine has resolved (each left a snapshot). */
  resolved: number;
}

export function timeline(rules: Rules, seed: string, commands: readonly Command[]): Timeline {
  const r = replay(rules, seed, commands);
  return {
    effective: r.effective,
    turnStarts: r.turnStarts,
    final: r.state,
    resolved: r.state.history.length,
  };
}

/** The commands of turn `turn`, as indexes into `effective`: [from, to). */
export function turnRange(tl: Timeline, turn: number): [number, number] {
  const from = tl.turnStarts[turn] ?? tl.effective.length;
  const to = tl.turnStarts[turn + 1] ?? tl.effective.length;
  return [from, to];
}

/** The state when turn `turn` began: its briefing done, no orders given yet. */
export function stateAtStart(rules: Rules, seed: string, tl: Timeline, turn: number): GameState {
  return replay(rules, seed, tl.effective.slice(0, turnRange(tl, turn)[0])).state;
}

/**
 * The state when turn `turn` was resolved (the next turn's briefing included, since the engine
 * opens it at once), or the latest state when the turn is still being played.
 */
export function stateAtEnd(rules: Rules, seed: string, tl: Timeline, turn: number): GameState {
  if (turn >= tl.final.turn) return tl.final;
  return replay(rules, seed, tl.effective, turn).state;
}
