/**
 * The engine's entry points: a new game, whether a command is legal, and applying it.
 * `applyCommand` is pure (immer); `applyCommandInPlace` changes a state the caller owns, for
 * simulations that play thousands of games. Both run the same code.
 */
import { produce } from 'immer';
import type { Ctx, Reader } from './context';
import { orderProblem, proposalProblem, responseProblem, roleState } from './legality';
import { addLog } from './log';
import { msg, ref, type Msg } from './messages';
import { lazyRng, restoreRng, seedRng } from './rng';
import type { Rules } from './rules';
import { fireInject, shuffledDeck } from './resolve/briefing';
import { endGame } from './resolve/objectives';
import { resolveTurn, startTurn } from './resolve/turn';
import { RATINGS, type Command, type GameState } from './types';
import { changeCounter, changeIndicator, changeTrust } from './values';

/**
 * A command refused: `problem` says why, for a reader to word in its language (`Lang.msg`); the
 * error's own message is the bare key and arguments, for logs and stack traces.
 */
export class CommandError extends Error {
  constructor(readonly problem: Msg) {
    super(`${problem.key} ${JSON.stringify(problem.args)}`);
  }
}

export function newGame(rules: Rules, seed: string): GameState {
  const sc = rules.scenario;
  const trust = rules.pairs.map(([a, b]) => ({
    a,
    b,
    value:
      sc.trust?.find(
        (t) => (t.roles[0] === a && t.roles[1] === b) || (t.roles[0] === b && t.roles[1] === a),
      )?.value ?? sc.defaultTrust,
  }));
  const rng = seedRng(seed);
  const s: GameState = {
    scenarioHash: rules.scenarioHash,
    seed,
    rng: rng.state(),
    turn: 1,
    status: 'planning',
    paused: false,
    districts: sc.districts.map((d) => ({
      id: d.id,
      values: rules.indicators.map((i) => d.indicators[i.id] ?? 0),
    })),
    roles: sc.roles.map((r) => ({
      id: r.id,
      apLeft: r.actionPoints,
      committed: false,
      knows: sc.intelligence.filter((f) => f.knownBy.includes(r.id)).map((f) => f.id),
    })),
    assets: sc.roles.flatMap((r) =>
      r.assets.map((a) => ({ id: a.id, role: r.id, location: a.location, readiness: a.readiness })),
    ),
    trust,
    counters: rules.counters.map((id) => ({ id, value: 0 })),
    orders: [],
    proposals: [],
    incidents: [],
    compromised: [],
    deck: [],
    firedInjects: [],
    scheduledInjects: [],
    log: [],
    annotations: [],
    evaluations: [],
    improvements: [],
    overruled: [],
    history: [],
    nextId: 1,
  };
  const ctx: Ctx = { rules, s, rng };
  s.deck = shuffledDeck(ctx);
  startTurn(ctx);
  s.rng = rng.state();
  return s;
}

/** Why a command cannot be applied now, or null when it can. */
export function commandProblem(ctx: Reader, cmd: Command): Msg | null {
  const s = ctx.s;
  switch (cmd.type) {
    case 'order':
      return orderProblem(ctx, cmd);
    case 'propose':
      return proposalProblem(ctx, cmd);
    case 'respond':
      return responseProblem(ctx, cmd.role, cmd.proposal, cmd.accept);
    case 'cancelOrder': {
      const o = s.orders.find((x) => x.id === cmd.order);
      if (!o || o.role !== cmd.role) return msg('no.order');
      return roleState(s, cmd.role)?.committed ? msg('no.ordersCommitted') : null;
    }
    case 'withdraw': {
      const p = s.proposals.find((x) => x.id === cmd.proposal);
      if (!p || p.lead !== cmd.role) return msg('no.proposal');
      return roleState(s, cmd.role)?.committed ? msg('no.ordersCommitted') : null;
    }
    case 'commit':
    case 'uncommit': {
      if (s.status === 'ended') return msg('no.ended');
      if (s.paused) return msg('no.paused');
      const r = roleState(s, cmd.role);
      if (!r) return msg('no.role', { id: cmd.role });
      if (cmd.type === 'commit' && r.committed) return msg('no.alreadyCommitted');
      if (cmd.type === 'uncommit' && !r.committed) return msg('no.notCommitted');
      return null;
    }
    case 'releaseInject':
    case 'scheduleInject':
    case 'skipInject': {
      if (s.status === 'ended') return msg('no.ended');
      if (!ctx.rules.scenario.injects.some((i) => i.id === cmd.inject))
        return msg('no.inject', { id: cmd.inject });
      if (s.firedInjects.includes(cmd.inject)) return msg('no.injectReleased');
      if (
        cmd.type === 'skipInject' &&
        s.scheduledInjects.some((x) => x.inject === cmd.inject && x.turn === 0)
      )
        return msg('no.injectSkipped');
      if (
        cmd.type === 'scheduleInject' &&
        (cmd.turn <= s.turn || cmd.turn > ctx.rules.scenario.turns)
      ) {
        return msg('no.scheduleTurn', { from: s.turn + 1, to: ctx.rules.scenario.turns });
      }
      return null;
    }
    case 'adjust':
      if (!ctx.rules.districtIndex.has(cmd.district))
        return msg('no.district', { id: cmd.district });
      if (!ctx.rules.indicatorIndex.has(cmd.indicator))
        return msg('no.indicator', { id: cmd.indicator });
      if (!Number.isInteger(cmd.delta)) return msg('no.wholeNumber');
      return cmd.reason.trim() ? null : msg('no.adjustReason');
    case 'adjustTrust':
      if (!cmd.roles.every((r) => ctx.rules.roleIndex.has(r)) || cmd.roles[0] === cmd.roles[1])
        return msg('no.sameRole');
      if (!Number.isInteger(cmd.delta)) return msg('no.wholeNumber');
      return cmd.reason.trim() ? null : msg('no.adjustReason');
    case 'annotate':
      return s.log.some((e) => e.id === cmd.entry) ? null : msg('no.entry', { id: cmd.entry });
    case 'overrule': {
      const entry = s.log.find((e) => e.id === cmd.entry);
      if (!entry) return msg('no.entry', { id: cmd.entry });
      if (!entry.effects.some((e) => 'before' in e)) return msg('no.nothingToOverrule');
      if (s.overruled.includes(cmd.entry)) return msg('no.overruledAlready');
      return cmd.reason.trim() ? null : msg('no.overruleReason');
    }
    case 'rate': {
      const ids = [
        ...ctx.rules.scenario.objectives,
        ...ctx.rules.scenario.roles.map((r) => r.privateObjective),
      ].map((o) => o.id);
      if (!ids.includes(cmd.objective)) return msg('no.objective', { id: cmd.objective });
      return RATINGS.includes(cmd.rating) ? null : msg('no.rating');
    }
    case 'addImprovement':
      return cmd.action.trim() ? null : msg('no.improvementAction');
    case 'removeImprovement':
      return s.improvements.some((i) => i.id === cmd.id) ? null : msg('no.improvement');
    case 'pause':
      return s.paused ? msg('no.pausedAlready') : null;
    case 'resume':
      return s.paused ? null : msg('no.notPaused');
    case 'endExercise':
      return s.status === 'ended' ? msg('no.endedAlready') : null;
    case 'rewind':
      return cmd.turn >= 1 && cmd.turn <= s.turn ? null : msg('no.rewindTurn', { to: s.turn });
  }
}

function facilitatorLog(
  ctx: Ctx,
  title: Msg,
  effects: Parameters<typeof addLog>[1]['effects'] = [],
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

function mutate(ctx: Ctx, cmd: Command): void {
  const s = ctx.s;
  switch (cmd.type) {
    case 'order': {
      const { type: _type, ...order } = cmd;
      s.orders.push({ ...order, id: s.nextId++ });
      roleState(s, cmd.role)!.apLeft -= ctx.rules.action(cmd.action).cost;
      return;
    }
    case 'cancelOrder': {
      const o = s.orders.find((x) => x.id === cmd.order)!;
      s.orders = s.orders.filter((x) => x.id !== cmd.order);
      roleState(s, cmd.role)!.apLeft += ctx.rules.action(o.action).cost;
      return;
    }
    case 'propose':
      s.proposals.push({
        id: s.nextId++,
        action: cmd.action,
        district: cmd.district,
        lead: cmd.role,
        partners: [...cmd.partners],
        responses: cmd.partners.map(() => 'pending'),
        ...(cmd.posture ? { posture: cmd.posture } : {}),
      });
      roleState(s, cmd.role)!.apLeft -= ctx.rules.action(cmd.action).cost;
      return;
    case 'withdraw': {
      const p = s.proposals.find((x) => x.id === cmd.proposal)!;
      const action = ctx.rules.action(p.action);
      roleState(s, p.lead)!.apLeft += action.cost;
      p.partners.forEach((r, i) => {
        if (p.responses[i] === 'accepted') roleState(s, r)!.apLeft += action.partnerCost ?? 1;
      });
      s.proposals = s.proposals.filter((x) => x.id !== cmd.proposal);
      return;
    }
    case 'respond': {
      const p = s.proposals.find((x) => x.id === cmd.proposal)!;
      p.responses[p.partners.indexOf(cmd.role)] = cmd.accept ? 'accepted' : 'declined';
      if (cmd.accept) roleState(s, cmd.role)!.apLeft -= ctx.rules.action(p.action).partnerCost ?? 1;
      return;
    }
    case 'commit':
      roleState(s, cmd.role)!.committed = true;
      if (s.roles.every((r) => r.committed)) resolveTurn(ctx);
      return;
    case 'uncommit':
      roleState(s, cmd.role)!.committed = false;
      return;
    case 'releaseInject': {
      const inject = ctx.rules.scenario.injects.find((i) => i.id === cmd.inject)!;
      fireInject(ctx, inject, msg('why.released'));
      return;
    }
    case 'scheduleInject':
      s.scheduledInjects = [
        ...s.scheduledInjects.filter((x) => x.inject !== cmd.inject),
        { inject: cmd.inject, turn: cmd.turn },
      ];
      facilitatorLog(
        ctx,
        msg('fac.scheduled', { inject: ref('injectTitle', cmd.inject), turn: cmd.turn }),
      );
      return;
    case 'skipInject':
      s.scheduledInjects = [
        ...s.scheduledInjects.filter((x) => x.inject !== cmd.inject),
        { inject: cmd.inject, turn: 0 },
      ];
      facilitatorLog(ctx, msg('fac.skipped', { inject: ref('injectTitle', cmd.inject) }));
      return;
    case 'adjust':
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
      return;
    case 'adjustTrust':
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
      return;
    case 'annotate':
      s.annotations.push({ entry: cmd.entry, note: cmd.note });
      return;
    case 'overrule': {
      const entry = s.log.find((e) => e.id === cmd.entry)!;
      s.overruled.push(cmd.entry);
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
      return;
    }
    case 'rate':
      s.evaluations = [
        ...s.evaluations.filter((e) => e.objective !== cmd.objective),
        { objective: cmd.objective, rating: cmd.rating, note: cmd.note },
      ];
      return;
    case 'addImprovement':
      s.improvements.push({
        id: s.nextId++,
        ...(cmd.objective ? { objective: cmd.objective } : {}),
        action: cmd.action,
        owner: cmd.owner,
        due: cmd.due,
      });
      return;
    case 'removeImprovement':
      s.improvements = s.improvements.filter((i) => i.id !== cmd.id);
      return;
    case 'pause':
      s.paused = true;
      facilitatorLog(ctx, msg('fac.paused'));
      return;
    case 'resume':
      s.paused = false;
      facilitatorLog(ctx, msg('fac.resumed'));
      return;
    case 'endExercise':
      endGame(ctx, msg('end.facilitator', { reason: cmd.reason }), false);
      return;
    case 'rewind':
      // The replay rebuilds the earlier state; here only the note in the log.
      facilitatorLog(ctx, msg('fac.rewound', { turn: cmd.turn }));
      return;
  }
}

/** Applies a command to a state the caller owns and may change. Throws CommandError if illegal. */
export function applyCommandInPlace(rules: Rules, s: GameState, cmd: Command): void {
  const problem = commandProblem({ rules, s }, cmd);
  if (problem) throw new CommandError(problem);
  const rng = lazyRng(() => restoreRng(s.rng));
  mutate({ rules, s, rng }, cmd);
  if (rng.used()) s.rng = rng.state();
}

/** Applies a command and returns the new state; the old one is untouched. Throws CommandError if
 * illegal. */
export function applyCommand(rules: Rules, state: GameState, cmd: Command): GameState {
  return produce(state, (draft) => {
    applyCommandInPlace(rules, draft, cmd);
  });
}
