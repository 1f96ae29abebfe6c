/**
 * A line of play: a game's state and the state at the start of each turn of it, so a rewind
 * goes back to the start of a turn at once instead of replaying the game from its first command.
 * A rewind cuts the line there; the turns played after it make a new line from that point.
 *
 * `advance` is pure: states are immutable, so the line keeps references to them. `advanceInPlace`
 * changes a line the caller owns, for replays and simulations: each turn's start is a deep copy
 * taken when the turn begins, and a rewind goes on from a copy of it. Both run the same code.
 */
import { copyState } from './copy';
import { IN_PLACE, newGame, play, PURE, type TurnStarts } from './game';
import type { Rules } from './rules';
import type { Command, GameState } from './types';

/** A game being played: its state, and the state at the start of each turn of the line it is on. */
export interface Line {
  readonly state: GameState;
  /** `starts[t]`: the state when turn t began (index 0 unused). */
  readonly starts: readonly GameState[];
}

/** A line whose states a caller changes in place. */
export interface MutableLine extends TurnStarts {
  state: GameState;
}

export function openLine(rules: Rules, seed: string): Line {
  const state = newGame(rules, seed);
  const starts: GameState[] = [];
  starts[1] = state;
  return { state, starts };
}

/** `rewindable`: the only turns a rewind may go back to, when the caller knows them (a replay
 * does); the others' starts are not copied. */
export function openLineInPlace(
  rules: Rules,
  seed: string,
  rewindable?: (turn: number) => boolean,
): MutableLine {
  const line: MutableLine = { state: newGame(rules, seed), starts: [], rewindable };
  if (rewindable?.(1) ?? true) line.starts[1] = copyState(line.state);
  return line;
}

/** The line after a command, rewinds included; the line given stays as it was. Throws
 * CommandError if the command is illegal. */
export function advance(rules: Rules, line: Line, cmd: Command): Line {
  const starts = [...line.starts];
  return { state: play(rules, PURE, line.state, { starts }, cmd), starts };
}

/** Plays a command on a line the caller owns, rewinds included. Throws CommandError if the
 * command is illegal, leaving the line as it was. */
export function advanceInPlace(rules: Rules, line: MutableLine, cmd: Command): void {
  line.state = play(rules, IN_PLACE, line.state, line, cmd);
}
