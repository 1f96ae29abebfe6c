/**
 * What the facilitator or an evaluator records for the debrief: notes on log entries, the rating
 * of each objective, and the improvement plan. None of them changes the game itself.
 */
import { msg } from '../messages';
import { RATINGS } from '../types';
import type { CommandRules } from './rule';

export const EVALUATION = {
  annotate: {
    problem: (ctx, cmd) =>
      ctx.s.log.some((e) => e.id === cmd.entry) ? null : msg('no.entry', { id: cmd.entry }),
    apply(ctx, cmd) {
      ctx.s.annotations.push({ entry: cmd.entry, note: cmd.note });
    },
  },

  rate: {
    problem(ctx, cmd) {
      const { objectives, roles } = ctx.rules.scenario;
      const ids = [...objectives, ...roles.map((r) => r.privateObjective)].map((o) => o.id);
      if (!ids.includes(cmd.objective)) return msg('no.objective', { id: cmd.objective });
      return RATINGS.includes(cmd.rating) ? null : msg('no.rating');
    },
    apply(ctx, cmd) {
      // The latest rating of an objective replaces the one before.
      ctx.s.evaluations = [
        ...ctx.s.evaluations.filter((e) => e.objective !== cmd.objective),
        { objective: cmd.objective, rating: cmd.rating, note: cmd.note },
      ];
    },
  },

  addImprovement: {
    problem: (_ctx, cmd) => (cmd.action.trim() ? null : msg('no.improvementAction')),
    apply(ctx, cmd) {
      ctx.s.improvements.push({
        id: ctx.s.nextId++,
        ...(cmd.objective ? { objective: cmd.objective } : {}),
        action: cmd.action,
        owner: cmd.owner,
        due: cmd.due,
      });
    },
  },

  removeImprovement: {
    problem: (ctx, cmd) =>
      ctx.s.improvements.some((i) => i.id === cmd.id) ? null : msg('no.improvement'),
    apply(ctx, cmd) {
      ctx.s.improvements = ctx.s.improvements.filter((i) => i.id !== cmd.id);
    },
  },
} satisfies Partial<CommandRules>;
