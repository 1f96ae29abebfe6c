/**
 * The teams' written messages: a liaison channel between two roles, or a note to all. A message
 * changes nothing in the game but its log, where the sender, the receiver and the facilitator
 * read it during play and everyone reads it in the debrief, beside what was shared.
 */
import { addLog } from '../log';
import { msg, ref } from '../messages';
import { MAX_MESSAGE_CHARS } from '../types';
import type { CommandRules } from './rule';

export const LIAISON = {
  message: {
    problem(ctx, cmd) {
      if (ctx.s.status === 'ended') return msg('no.ended');
      if (!ctx.rules.roleIndex.has(cmd.role)) return msg('no.role', { id: cmd.role });
      if (cmd.to !== 'all' && (!ctx.rules.roleIndex.has(cmd.to) || cmd.to === cmd.role))
        return msg('no.chooseRecipient');
      if (!cmd.text.trim()) return msg('no.messageEmpty');
      if (cmd.text.length > MAX_MESSAGE_CHARS)
        return msg('no.messageLong', { max: MAX_MESSAGE_CHARS });
      // The time is data the host stamped: a whole, non-negative number of milliseconds.
      return Number.isSafeInteger(cmd.at) && cmd.at >= 0 ? null : msg('no.wholeNumber');
    },
    apply(ctx, cmd) {
      const from = ref('role', cmd.role);
      addLog(ctx, {
        phase: 'planning',
        kind: 'message',
        title:
          cmd.to === 'all'
            ? msg('log.messageAll', { from, text: cmd.text })
            : msg('log.message', { from, to: ref('role', cmd.to), text: cmd.text }),
        roles: cmd.to === 'all' ? [cmd.role] : [cmd.role, cmd.to],
        visibleTo: cmd.to === 'all' ? 'all' : [cmd.role, cmd.to],
        effects: [],
        at: cmd.at,
      });
    },
  },
} satisfies Partial<CommandRules>;
