/**
 * Which seat may give which command: the permission table of networked play. The engine then
 * checks whether the command is legal now (phase, action points, …); this file only decides who
 * may ask.
 *
 * | seat        | commands                                                                  |
 * | ----------- | ------------------------------------------------------------------------- |
 * | team        | order, cancelOrder, propose, withdraw, respond, commit, uncommit, message |
 * |             | — each for its own role only; a commit never `by: 'timer'`                |
 * | evaluator   | rate, annotate                                                            |
 * | projector   | none                                                                      |
 * | facilitator | every command (for any role), but no commit `by: 'timer'`                 |
 *
 * `by: 'timer'` is the host's own: only its planning timer commits that way.
 */
import type { Command, RoleId } from '../engine';
import type { HostReason, SeatKind } from './protocol';

const TEAM_COMMANDS = new Set<Command['type']>([
  'order',
  'cancelOrder',
  'propose',
  'withdraw',
  'respond',
  'commit',
  'uncommit',
  'message',
]);
const EVALUATOR_COMMANDS = new Set<Command['type']>(['rate', 'annotate']);

/** Why `seat` may not give `cmd`, or null when it may. */
export function commandRefusal(
  seat: { kind: SeatKind; role?: RoleId | null },
  cmd: Command,
): HostReason | null {
  if (cmd.type === 'commit' && cmd.by !== undefined) return 'notAllowed';
  switch (seat.kind) {
    case 'facilitator':
      return null;
    case 'evaluator':
      return EVALUATOR_COMMANDS.has(cmd.type) ? null : 'notAllowed';
    case 'projector':
      return 'notAllowed';
    case 'team':
      if (!TEAM_COMMANDS.has(cmd.type)) return 'notAllowed';
      return 'role' in cmd && cmd.role === seat.role ? null : 'notYourRole';
  }
}

/** Whether a kind of seat may give commands of `type` at all (a page hides what it may not). */
export function mayGive(kind: SeatKind, type: Command['type']): boolean {
  if (kind === 'facilitator') return true;
  if (kind === 'evaluator') return EVALUATOR_COMMANDS.has(type);
  return kind === 'team' && TEAM_COMMANDS.has(type);
}
