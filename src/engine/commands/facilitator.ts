/**
 * The facilitator's commands: the master events list (release, schedule or skip an inject),
 * adjustments and rulings with a stated reason, pause, the end of the exercise, and rewinding to
 * the start of a turn. Each leaves a note in the log, so the debrief shows what the facilitator
 * changed and why.
 */
import type { Ctx, Reader } from '../context';
import { addLog, type NewLogEntry } from '../log';
import { msg, ref, type Msg } from '../messages';
import { fireInject } from '../resolve/briefing';
import { endGame } from '../resolve/objectives';
import type { InjectId } from '../types';
import { changeCounter, changeIndicator, changeTrust } from '../values';
import type { CommandRules } from './rule';

function facilitatorLog(
  ctx: Ctx,
  title: Msg,
  effects: NewLogEntry['effects'] = [],
  district?: string,
): void {
  addLog(ctx, {
    phase: 'facilitator',
    kind: 'facilitator',
    title,
    roles: [],
    ...(district ? { district } : {}),
    visibleTo: 'all',
    effects,
  });
}

/** An inject of the master events list can be released, scheduled or skipped until it fires. */
function injectProblem(ctx: Reader, inject: InjectId): Msg | null {
  if (ctx.s.status === 'ended') return msg('no.ended');
  if (!ctx.rules.scenario.injects.some((i) => i.id === inject))
    return msg('no.inject', { id: inject });
  return ctx.s.firedInjects.includes(inject) ? msg('no.injectReleased') : null;
}

/** A change by hand is whole points, and says why. */
function adjustmentProblem(delta: number, reason: string): Msg | null {
  if (!Number.isInteger(delta)) return msg('no.wholeNumber');
  return reason.trim() ? null : msg('no.adjustReason');
}

/** Turn 0 in the schedule means the inject never fires. */
function schedule(ctx: Ctx, inject: InjectId, turn: number): void {
  ctx.s.scheduledInjects = [
    ...ctx.s.scheduledInjects.filter((x) => x.inject !== inject),
    { inject, turn },
  ];
}

export const FACILITATOR = {
  releaseInject: {
    problem: (ctx, cmd) => injectProblem(ctx, cmd.inject),
    apply(ctx, cmd) {
      const inject = ctx.rules.scenario.injects.find((i) => i.id === cmd.inject)!;
      fireInject(ctx, inject, msg('why.released'));
    },
  },

  scheduleInject: {
    problem: (ctx, cmd) =>
      injectProblem(ctx, cmd.inject) ??
      (cmd.turn <= ctx.s.turn || cmd.turn > ctx.rules.scenario.turns
        ? msg('no.scheduleTurn', { from: ctx.s.turn + 1, to: ctx.rules.scenario.turns })
        : null),
    apply(ctx, cmd) {
      schedule(ctx, cmd.inject, cmd.turn);
      facilitatorLog(
        ctx,
        msg('fac.scheduled', { inject: ref('injectTitle', cmd.inject), turn: cmd.turn }),
      );
    },
  },

  skipInject: {
    problem: (ctx, cmd) =>
      injectProblem(ctx, cmd.inject) ??
      (ctx.s.scheduledInjects.some((x) => x.inject === cmd.inject && x.turn === 0)
        ? msg('no.injectSkipped')
        : null),
    apply(ctx, cmd) {
      schedule(ctx, cmd.inject, 0);
      facilitatorLog(ctx, msg('fac.skipped', { inject: ref('injectTitle', cmd.inject) }));
    },
  },

  adjust: {
    problem(ctx, cmd) {
      if (!ctx.rules.districtIndex.has(cmd.district))
        return msg('no.district', { id: cmd.district });
      if (!ctx.rules.indicatorIndex.has(cmd.indicator))
        return msg('no.indicator', { id: cmd.indicator });
      return adjustmentProblem(cmd.delta, cmd.reason);
    },
    apply(ctx, cmd) {
      facilitatorLog(
        ctx,
        msg('fac.adjusted', {
          indicator: ref('indicator', cmd.indicator),
          district: ref('district', cmd.district),
          delta: cmd.delta,
          reason: cmd.reason,
        }),
        [
          changeIndicator(
            ctx,
            cmd.district,
            cmd.indicator,
            cmd.delta,
            msg('fx.facilitator', { reason: cmd.reason }),
          ),
        ],
        cmd.district,
      );
    },
  },

  adjustTrust: {
    problem(ctx, cmd) {
      if (!cmd.roles.every((r) => ctx.rules.roleIndex.has(r)) || cmd.roles[0] === cmd.roles[1])
        return msg('no.sameRole');
      return adjustmentProblem(cmd.delta, cmd.reason);
    },
    apply(ctx, cmd) {
      facilitatorLog(
        ctx,
        msg('fac.adjustedTrust', {
          a: ref('role', cmd.roles[0]),
          b: ref('role', cmd.roles[1]),
          delta: cmd.delta,
          reason: cmd.reason,
        }),
        [
          changeTrust(
            ctx,
            cmd.roles[0],
            cmd.roles[1],
            cmd.delta,
            msg('fx.facilitator', { reason: cmd.reason }),
          ),
        ],
      );
    },
  },

  overrule: {
    problem(ctx, cmd) {
      const entry = ctx.s.log.find((e) => e.id === cmd.entry);
      if (!entry) return msg('no.entry', { id: cmd.entry });
      if (!entry.effects.some((e) => 'before' in e)) return msg('no.nothingToOverrule');
      if (ctx.s.overruled.includes(cmd.entry)) return msg('no.overruledAlready');
      return cmd.reason.trim() ? null : msg('no.overruleReason');
    },
    apply(ctx, cmd) {
      const entry = ctx.s.log.find((e) => e.id === cmd.entry)!;
      ctx.s.overruled.push(cmd.entry);
      // Undo what the entry changed, as deltas: later changes to the same values stand.
      const undone = entry.effects.map((e) => {
        const why = msg('fx.overruled', { reason: cmd.reason });
        if (e.kind === 'indicator')
          return changeIndicator(ctx, e.district, e.indicator, e.before - e.after, why);
        if (e.kind === 'trust')
          return changeTrust(ctx, e.roles[0], e.roles[1], e.before - e.after, why);
        if (e.kind === 'counter') return changeCounter(ctx, e.counter, e.before - e.after, why);
        return undefined;
      });
      facilitatorLog(
        ctx,
        msg('fac.overruled', { entry: entry.title, reason: cmd.reason }),
        undone,
        entry.district,
      );
    },
  },

  pause: {
    problem: (ctx) => (ctx.s.paused ? msg('no.pausedAlready') : null),
    apply(ctx) {
      ctx.s.paused = true;
      facilitatorLog(ctx, msg('fac.paused'));
    },
  },

  resume: {
    problem: (ctx) => (ctx.s.paused ? null : msg('no.notPaused')),
    apply(ctx) {
      ctx.s.paused = false;
      facilitatorLog(ctx, msg('fac.resumed'));
    },
  },

  endExercise: {
    problem: (ctx) => (ctx.s.status === 'ended' ? msg('no.endedAlready') : null),
    apply(ctx, cmd) {
      endGame(ctx, msg('end.facilitator', { reason: cmd.reason }), false);
    },
  },

  rewind: {
    problem: (ctx, cmd) =>
      Number.isInteger(cmd.turn) && cmd.turn >= 1 && cmd.turn <= ctx.s.turn
        ? null
        : msg('no.rewindTurn', { to: ctx.s.turn }),
    apply(ctx, cmd) {
      // The game as it was when that turn began; the rewind itself stays in the log as a note.
      ctx.backTo(cmd.turn);
      facilitatorLog(ctx, msg('fac.rewound', { turn: cmd.turn }));
    },
  },
} satisfies Partial<CommandRules>;
