/**
 * What-if: replay the real game up to the start of a turn, give one team other orders for that
 * turn, and play on with the same seed. The branch is computed in memory; it never touches the
 * real game's commands or its autosave.
 *
 * The rules of a branch (the screen says them too):
 * - Up to the start of turn N everything is exactly the real game.
 * - Turn N: the chosen role's orders, proposals, cancellations and withdrawals are replaced by the
 *   new ones (built by hand, or chosen by a policy). Its answers to the other roles' proposals
 *   stay as recorded when hand-built orders replace them (and are the policy's own otherwise).
 *   The other roles' recorded commands are replayed where still legal. A partner who answered
 *   the same proposal (same action, district and partners) in the real game answers it the same
 *   way; a new proposal is accepted by every partner who has the action points.
 * - Later turns: the recorded commands of every role where still legal, or every role played by
 *   a policy. Then every role commits.
 * - The facilitator's world changes (released, scheduled or skipped injects, adjustments) are
 *   kept; the judgements on the real outcomes (overrules, annotations, ratings, the improvement
 *   plan, pauses, rewinds) are left out.
 * - The branch stops where the real game stands: after the last turn the real game resolved, and
 *   it ends there when the real exercise has ended, so both outcomes are scored at the same turn.
 *
 * Object ids (orders, proposals, log entries) come from one counter, so a changed turn shifts
 * every later id: recorded commands that name an order or a proposal are translated to the
 * branch's ids, and dropped when what they name does not exist in the branch.
 */
import {
  advanceInPlace,
  commandProblem,
  openLineInPlace,
  planStep,
  responseProblem,
  stateHash,
  type Command,
  type GameState,
  type MutableLine,
  type PolicyId,
  type RoleId,
  type Rules,
} from '../engine';
import { turnRange, type Timeline } from './history';

export type Replacement =
  { kind: 'orders'; commands: Command[] } | { kind: 'policy'; policy: PolicyId };

export interface BranchSpec {
  /** The turn whose orders change (a turn the real game has resolved). */
  turn: number;
  role: RoleId;
  replace: Replacement;
  /** How the turns after it are played. */
  later: 'recorded' | PolicyId;
}

export interface Branch {
  spec: BranchSpec;
  state: GameState;
  hash: string;
  /** Every command the branch applied, in order (a save of it would replay). */
  commands: Command[];
  /** Recorded commands that were no longer legal in the branch and were left out. */
  skipped: number;
  /** Turns resolved in the branch. */
  resolved: number;
}

const KEPT_FACILITATOR = new Set<Command['type']>([
  'releaseInject',
  'scheduleInject',
  'skipInject',
  'adjust',
  'adjustTrust',
]);
const ROLE_ORDERS = new Set<Command['type']>(['order', 'cancelOrder', 'propose', 'withdraw']);

/** The id an order or a proposal command creates: the state's counter before it is applied. */
function creates(cmd: Command): boolean {
  return cmd.type === 'order' || cmd.type === 'propose';
}

function roleOf(cmd: Command): RoleId | null {
  return 'role' in cmd && typeof cmd.role === 'string' ? cmd.role : null;
}

/** The ids each recorded command created, found by applying the real game's commands once. */
function recordedIds(
  rules: Rules,
  seed: string,
  effective: readonly Command[],
): (number | undefined)[] {
  // On a line: the recorded commands hold the notes of rewinds, which only a line can take.
  const line = openLineInPlace(rules, seed);
  return effective.map((cmd) => {
    const id = creates(cmd) ? line.state.nextId : undefined;
    advanceInPlace(rules, line, cmd);
    return id;
  });
}

function proposalKey(cmd: Extract<Command, { type: 'propose' }>): string {
  return `${cmd.action}|${cmd.district}|${[...cmd.partners].sort().join(',')}|${cmd.posture ?? ''}`;
}

/** The branch being played: its state, what it applied, and the recorded-to-branch id map. */
class BranchRun {
  /** A line of play: the real game's commands before the branch may hold rewinds. */
  private readonly line: MutableLine;
  readonly applied: Command[] = [];
  skipped = 0;
  /** Recorded id → branch id, for orders and proposals. */
  private readonly ids = new Map<number, number>();

  constructor(
    private readonly rules: Rules,
    seed: string,
  ) {
    this.line = openLineInPlace(rules, seed);
  }

  get s(): GameState {
    return this.line.state;
  }

  /** Applies a command if legal; returns the id it created, or null if it was left out. */
  tryApply(cmd: Command): number | null | undefined {
    if (commandProblem({ rules: this.rules, s: this.s }, cmd) !== null) return null;
    const id = creates(cmd) ? this.s.nextId : undefined;
    advanceInPlace(this.rules, this.line, cmd);
    this.applied.push(cmd);
    return id;
  }

  /** A recorded command with its ids translated; counted as skipped when it cannot apply. */
  recorded(cmd: Command, recordedId: number | undefined): void {
    const t = this.translate(cmd);
    if (!t) {
      this.skipped++;
      return;
    }
    const id = this.tryApply(t);
    if (id === null) this.skipped++;
    else if (recordedId !== undefined && id !== undefined) this.ids.set(recordedId, id);
  }

  link(recordedId: number, branchId: number): void {
    this.ids.set(recordedId, branchId);
  }

  private translate(cmd: Command): Command | null {
    const map = (id: number) => this.ids.get(id);
    switch (cmd.type) {
      case 'cancelOrder': {
        const id = map(cmd.order);
        return id === undefined ? null : { ...cmd, order: id };
      }
      case 'withdraw':
      case 'respond': {
        const id = map(cmd.proposal);
        return id === undefined ? null : { ...cmd, proposal: id };
      }
      default:
        return cmd;
    }
  }

  policyStep(roles: RoleId[], policy: PolicyId, step: 'propose' | 'respond' | 'complete'): void {
    const seating: Record<RoleId, PolicyId> = {};
    for (const r of roles) seating[r] = policy;
    planStep(this.rules, this.s, roles, seating, step, this.applied);
  }

  commitAll(): void {
    for (const r of this.rules.scenario.roles) {
      if (this.s.status === 'ended') return;
      if (!this.s.roles.find((x) => x.id === r.id)?.committed)
        this.tryApply({ type: 'commit', role: r.id });
    }
  }
}

/** Plays the branch the spec describes from the real game's timeline. */
export function playBranch(rules: Rules, seed: string, tl: Timeline, spec: BranchSpec): Branch {
  if (spec.turn < 1 || spec.turn > tl.resolved)
    throw new Error(`Branch from a turn the game has resolved (1 to ${tl.resolved}).`);
  if (!rules.roleIndex.has(spec.role)) throw new Error(`There is no role '${spec.role}'.`);
  const ids = recordedIds(rules, seed, tl.effective);
  const run = new BranchRun(rules, seed);
  const role = spec.role;

  // 1. The real game up to the start of the turn.
  const [start] = turnRange(tl, spec.turn);
  for (let i = 0; i < start; i++) {
    const cmd = tl.effective[i]!;
    const id = run.tryApply(cmd);
    if (id === null) throw new Error(`The real game does not replay at command ${i}.`);
    if (ids[i] !== undefined && id !== undefined) run.link(ids[i]!, id);
  }

  // 2. The changed turn.
  const [from, to] = turnRange(tl, spec.turn);
  const mine = (c: Command) => roleOf(c) === role;
  let insertAt = to;
  for (let i = from; i < to; i++) {
    const c = tl.effective[i]!;
    if (mine(c) && ROLE_ORDERS.has(c.type)) {
      insertAt = i;
      break;
    }
  }
  if (insertAt === to) {
    const firstCommit = tl.effective.slice(from, to).findIndex((c) => c.type === 'commit');
    if (firstCommit >= 0) insertAt = from + firstCommit;
  }
  // The real proposals of this role, so a partner's recorded answer carries over to the same
  // proposal.
  const realProposals: { key: string; id: number }[] = [];
  for (let i = from; i < to; i++) {
    const c = tl.effective[i]!;
    if (c.type === 'propose' && c.role === role && ids[i] !== undefined)
      realProposals.push({ key: proposalKey(c), id: ids[i]! });
  }
  /** The branch's own proposals of the role that repeat no real one: partners accept them when they
   * can. */
  const fresh: number[] = [];
  const insert = (): void => {
    const before = new Set(run.s.proposals.map((p) => p.id));
    if (spec.replace.kind === 'orders') {
      for (const c of spec.replace.commands)
        if (roleOf(c) === role && ROLE_ORDERS.has(c.type)) run.tryApply(c);
    } else {
      run.policyStep([role], spec.replace.policy, 'propose');
    }
    for (const p of run.s.proposals) {
      if (before.has(p.id) || p.lead !== role) continue;
      const k = proposalKey({
        type: 'propose',
        role,
        action: p.action,
        district: p.district,
        partners: p.partners,
        ...(p.posture ? { posture: p.posture } : {}),
      });
      const match = realProposals.findIndex((r) => r.key === k);
      if (match >= 0) {
        run.link(realProposals[match]!.id, p.id);
        realProposals.splice(match, 1);
      } else fresh.push(p.id);
    }
  };
  for (let i = from; i < to; i++) {
    if (i === insertAt) insert();
    const c = tl.effective[i]!;
    if (c.type === 'commit' || c.type === 'uncommit') continue;
    if (
      mine(c) &&
      (ROLE_ORDERS.has(c.type) || (c.type === 'respond' && spec.replace.kind === 'policy'))
    )
      continue;
    if (roleOf(c) === null && !KEPT_FACILITATOR.has(c.type)) continue;
    run.recorded(c, ids[i]);
  }
  if (insertAt === to) insert();
  if (spec.replace.kind === 'policy') run.policyStep([role], spec.replace.policy, 'respond');
  for (const pid of fresh) {
    const p = run.s.proposals.find((x) => x.id === pid);
    if (!p) continue;
    p.partners.forEach((partner, k) => {
      if (
        p.responses[k] === 'pending' &&
        responseProblem({ rules, s: run.s }, partner, pid, true) === null
      ) {
        run.tryApply({ type: 'respond', role: partner, proposal: pid, accept: true });
      }
    });
  }
  if (spec.replace.kind === 'policy') run.policyStep([role], spec.replace.policy, 'complete');
  run.commitAll();

  // 3. The turns after it, up to where the real game stands.
  const roles = rules.scenario.roles.map((r) => r.id);
  for (let t = spec.turn + 1; t <= tl.resolved && run.s.status !== 'ended'; t++) {
    const [a, b] = turnRange(tl, t);
    for (let i = a; i < b; i++) {
      const c = tl.effective[i]!;
      if (c.type === 'commit' || c.type === 'uncommit') continue;
      if (roleOf(c) === null ? !KEPT_FACILITATOR.has(c.type) : spec.later !== 'recorded') continue;
      run.recorded(c, ids[i]);
    }
    if (spec.later !== 'recorded')
      for (const step of ['propose', 'respond', 'complete'] as const)
        run.policyStep(roles, spec.later, step);
    run.commitAll();
  }
  if (tl.final.status === 'ended' && run.s.status !== 'ended') {
    run.tryApply({ type: 'endExercise', reason: 'the branch stops where the real exercise ended' });
  }
  return {
    spec,
    state: run.s,
    hash: stateHash(run.s),
    commands: run.applied,
    skipped: run.skipped,
    resolved: run.s.history.length,
  };
}

/** The role's recorded orders of a turn, as commands a branch can start from. */
export function recordedOrders(tl: Timeline, turn: number, role: RoleId): Command[] {
  const [from, to] = turnRange(tl, turn);
  return tl.effective
    .slice(from, to)
    .filter((c) => roleOf(c) === role && (c.type === 'order' || c.type === 'propose'));
}
