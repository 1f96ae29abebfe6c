/**
 * A saved game is its scenario hash, seed and commands; replaying the commands rebuilds every
 * turn. A `rewind` command drops the commands after the start of the turn it names, so the
 * rewind itself stays in the record while its effect is the earlier game. The replay plays on a
 * line (`line.ts`), where a rewind goes straight back to the start of its turn: the work is one
 * command applied per command in the save, however many rewinds it holds.
 */
import { CommandError } from './game';
import { hashRecord } from './hash';
import { advanceInPlace, openLineInPlace } from './line';
import type { Rules } from './rules';
import type { Msg } from './messages';
import type { Command, GameState } from './types';

export class ReplayError extends Error {
  constructor(
    /** Why the command cannot be applied, for a reader to word in its language. */
    readonly problem: Msg,
    /** JSON path of the command in the save, e.g. `$.commands[12]`. */
    readonly path: string,
    /** The type of the command refused. */
    readonly command: Command['type'],
  ) {
    super(`${path}: ${command} cannot be applied: ${problem.key} ${JSON.stringify(problem.args)}`);
  }
}

export interface Replayed {
  state: GameState;
  /** Commands that shaped the state, after rewinds took effect. */
  effective: Command[];
  /** `turnStarts[t]` is the index in `effective` at which turn t began (index 0 unused). */
  turnStarts: number[];
}

/** Replays commands from a new game; stops after `untilTurn` is resolved when given. */
export function replay(
  rules: Rules,
  seed: string,
  commands: readonly Command[],
  untilTurn?: number,
): Replayed {
  // Only the starts of turns a rewind goes back to are copied: a copy costs many commands' work.
  const rewound = new Set(commands.flatMap((c) => (c.type === 'rewind' ? [c.turn] : [])));
  const line = openLineInPlace(rules, seed, (turn) => rewound.has(turn));
  const effective: Command[] = [];
  const turnStarts = [0, 0];
  for (let i = 0; i < commands.length; i++) {
    const cmd = commands[i]!;
    if (untilTurn !== undefined && line.state.turn > untilTurn) break;
    try {
      advanceInPlace(rules, line, cmd);
    } catch (e) {
      if (e instanceof CommandError) throw new ReplayError(e.problem, `$.commands[${i}]`, cmd.type);
      throw e;
    }
    if (cmd.type === 'rewind') {
      // Cut in place: each command is dropped at most once, so rewinds cost no more than the rest.
      effective.length = turnStarts[cmd.turn]!;
      turnStarts.length = cmd.turn + 1;
    }
    effective.push(cmd);
    if (turnStarts[line.state.turn] === undefined) turnStarts[line.state.turn] = effective.length;
  }
  return { state: line.state, effective, turnStarts };
}

export function stateHash(state: GameState): string {
  return hashRecord(state as unknown as Record<string, unknown>);
}
