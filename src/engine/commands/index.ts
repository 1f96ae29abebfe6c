/**
 * Every command's rule in one table, gathered from the files named for who gives the commands.
 * The table's type lists every command type, so one that lacks its check or its effect, or a
 * rule for a command that does not exist, does not compile.
 */
import { EVALUATION } from './evaluation';
import { FACILITATOR } from './facilitator';
import { LIAISON } from './liaison';
import { ORDERS } from './orders';
import type { CommandRules } from './rule';

export const COMMANDS: CommandRules = { ...ORDERS, ...LIAISON, ...FACILITATOR, ...EVALUATION };

export type { CommandCtx, CommandOf, CommandRule, CommandRules } from './rule';
