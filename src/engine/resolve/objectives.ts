/**
 * Phase "objectives": the turn's snapshot for the debrief's charts, the end conditions, and at
 * the end of the game the score, mission objectives and each role's private objective.
 */
import type { Ctx } from '../context';
import { addLog } from '../log';
import { compare, describeMetric, evaluateObjective, measure, score } from '../metrics';
import { msg } from '../messages';
import type { Msg, Outcome } from '../types';

export function snapshot(ctx: Ctx): void {
  const results = ctx.rules.scenario.objectives.map((o) => evaluateObjective(ctx, o));
  ctx.s.history.push({
    turn: ctx.s.turn,
    districts: ctx.s.districts.map((d) => [...d.values]),
    trust: ctx.s.trust.map((t) => t.value),
    counters: ctx.rules.counters.map((c) => ctx.s.counters.find((x) => x.id === c)?.value ?? 0),
    score: score(results),
  });
}

export function endGame(ctx: Ctx, reason: Msg, defeat: boolean): void {
  const objectives = ctx.rules.scenario.objectives.map((o) => evaluateObjective(ctx, o));
  const finalScore = score(objectives);
  const outcome: Outcome = {
    score: finalScore,
    won: !defeat && finalScore >= ctx.rules.scenario.winScore,
    reason,
    objectives,
    privateObjectives: ctx.rules.scenario.roles.map((r) => ({
      ...evaluateObjective(ctx, r.privateObjective),
      role: r.id,
    })),
  };
  ctx.s.outcome = outcome;
  ctx.s.status = 'ended';
  addLog(ctx, {
    phase: 'objectives',
    kind: 'end',
    title: msg(outcome.won ? 'log.endAccomplished' : 'log.endNotAccomplished', {
      reason,
      score: finalScore,
    }),
    detail: msg('log.endDetail', {
      objectives: objectives.map((o) =>
        msg(o.met ? 'log.objectiveMet' : 'log.objectiveNotMet', {
          description: o.description,
          value: o.value,
        }),
      ),
    }),
    roles: [],
    visibleTo: 'all',
    effects: [],
  });
}

/** Returns true when the game is over. */
export function objectives(ctx: Ctx): boolean {
  snapshot(ctx);
  for (const c of ctx.rules.scenario.endConditions ?? []) {
    const value = measure(ctx, c.metric);
    if (compare(value, c.comparison, c.value)) {
      endGame(
        ctx,
        msg('end.condition', {
          description: c.description,
          metric: describeMetric(ctx.rules, c.metric),
          value,
        }),
        true,
      );
      return true;
    }
  }
  if (ctx.s.turn >= ctx.rules.scenario.turns) {
    endGame(ctx, msg('end.lastTurn', { turn: ctx.s.turn }), false);
    return true;
  }
  return false;
}
