/**
 * A command's rule as the rulebook gives it: when the command may be given, and what it does,
 * side by side. `commands/index.ts` puts every command type's rule in one table.
 */
import type { Ctx, Reader } from '../context';
import type { Msg } from '../messages';
import type { Command } from '../types';

/** What a command's effect works with: the game it changes, on the line of play it is on. */
export interface CommandCtx extends Ctx {
  /**
   * Makes `s` the state at the start of `turn` on this line (a copy the command may change) and
   * forgets the turns after it. Only a rewind goes back.
   */
  backTo(turn: number): void;
  /** Makes `s` a plain object the command may change freely, for work that reads and changes
   * most of the state (a turn's resolution). */
  plain(): void;
}

export interface CommandRule<C extends Command> {
  /** Why the command cannot be given now, or null when it can. */
  problem(ctx: Reader, cmd: C): Msg | null;
  /** What it does; only ever called when `problem` found nothing. */
  apply(ctx: CommandCtx, cmd: C): void;
}

export type CommandOf<K extends Command['type']> = Extract<Command, { type: K }>;

/** One rule for each command type: a type without its check or its effect does not compile. */
export type CommandRules = { [K in Command['type']]: CommandRule<CommandOf<K>> };
