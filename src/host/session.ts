/**
 * One session on a host: one game authority, its command log, its seats, and the devices
 * connected to it. Everything that changes the session runs one at a time through its queue, and
 * every change is written to the store before anyone hears of it: a command is acknowledged, and
 * the views it changed are sent, only once it is durable.
 *
 * What a device is sent is decided in `views.ts`; who may do what in `permissions.ts`; when the
 * policies and the timer act in `conductor.ts`. This file joins them to the seats and the sockets.
 *
 * A session another host took over (`LeaseLost` from the store, or the lease keeper) is
 * abandoned: nothing more runs in it, and its devices are hung up on to find its new host.
 *
 * Kept whole (about 750 lines): every handler below changes the seats, the log or the timer
 * through the one queue and the one write path; split, that ordering would be spread over files.
 */
import { createAuthority, parseTimer, timerLeft, type Authority, type Seating } from '../authority';
import { makeSave, replay, type Command, type PolicyId, type RoleId, type Rules } from '../engine';
import type {
  ClientMessage,
  HostMessage,
  HostReason,
  Id,
  Refusal,
  Lobby,
  RoleSeating,
  SeatInfo,
  SessionSummary,
} from '../net/protocol';
import { afterCommand, afterSeating, startGame, timeUp } from './conductor';
import { readCommand } from './inbound';
import {
  LeaseLost,
  type HostStore,
  type LoggedCommand,
  type SeatRecord,
  type SessionPatch,
  type SessionRecord,
} from './log/store';
import { commandRefusal } from '../net/permissions';
import { hashToken, newId, newToken, tokenMatches } from './secrets';
import { Publisher, type Attached, type Peer } from './publisher';
import type { SeatParts, Viewer } from './views';

export type { Peer } from './publisher';

/** What a session needs from the host around it. */
export interface SessionDeps {
  store: HostStore;
  bootId: string;
  now: () => number;
  /** A fault the session survived (a write that failed, a timer that threw), for the terminal. */
  report: (message: string) => void;
  /** The store refused a write: the session is another host's now. */
  lost: (session: Id) => void;
  /**
   * Resolves once the session is surely still this host's, rejects with `LeaseLost` when it is
   * not: what a host that stalled past its lease must learn before it answers anyone.
   */
  confirm: (session: Id) => Promise<void>;
}

interface Claim {
  peer: Peer;
  seat: Omit<SeatInfo, 'id'>;
  at: number;
}

type CommandMessage = Extract<ClientMessage, { t: 'command' }>;
type ResumePoint = { lastSeq: number; logLength: number; scenarioRev?: string };

const FACILITATOR_SEAT: SeatInfo = { id: 'facilitator', kind: 'facilitator' };

const refusal = (host: HostReason, detail?: string): Refusal =>
  detail === undefined ? { host } : { host, detail };

function viewerOf(seat: SeatInfo): Viewer {
  return seat.kind === 'team' ? { kind: 'team', role: seat.role! } : { kind: seat.kind };
}

export class Session {
  private readonly peers = new Map<Peer, Attached>();
  private readonly seats = new Map<Id, SeatRecord>();
  /** `${seat}\n${client id}` → the sequence number the command was logged under. */
  private readonly done = new Map<string, number>();
  private readonly claims = new Map<Id, Claim>();
  /** When each seat's devices last connected or dropped, for the facilitator. */
  private readonly seen = new Map<Id, number>();
  private queue: Promise<unknown> = Promise.resolve();
  private timerHandle: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  /** Another host took the session over: nothing more runs here. */
  private abandoned = false;
  private readonly views: Publisher;

  private constructor(
    private readonly deps: SessionDeps,
    private record: SessionRecord,
    readonly rules: Rules,
    private authority: Authority,
    seats: readonly SeatRecord[],
    logged: readonly LoggedCommand[],
  ) {
    for (const s of seats) this.seats.set(s.id, s);
    for (const c of logged)
      if (c.seat && c.clientId) this.done.set(`${c.seat}\n${c.clientId}`, c.seq);
    this.views = new Publisher({
      rules,
      game: () => this.authority.game(),
      timer: () => this.authority.timer(),
      started: () => this.record.started,
      roles: () => this.roleSeating(),
      now: deps.now,
    });
    this.scheduleTimer();
  }

  /** A session from its record, its log replayed: the same state, hash for hash. */
  static async open(deps: SessionDeps, record: SessionRecord, rules: Rules): Promise<Session> {
    const [logged, seats] = await Promise.all([
      deps.store.commands(record.id),
      deps.store.seats(record.id),
    ]);
    const authority = Session.authorityFor(
      record,
      rules,
      logged.map((c) => c.command),
    );
    return new Session(deps, record, rules, authority, seats, logged);
  }

  private static authorityFor(record: SessionRecord, rules: Rules, commands: Command[]): Authority {
    const seats: Seating =
      record.seating ??
      Object.fromEntries(
        rules.scenario.roles.map((r) => [r.id, { kind: 'policy' as const, policy: record.policy }]),
      );
    return createAuthority({
      rules,
      seed: record.seed,
      seats,
      played: commands.length
        ? { commands, state: replay(rules, record.seed, commands).state }
        : undefined,
      // The record is ours, but a file can be edited: a timer that is not one is dropped.
      timer: parseTimer(record.timer?.timer),
      bundledFile: record.scenario.bundled ? record.scenario.name : null,
      scenarioText: record.scenario.bundled ? null : record.scenario.text,
    });
  }

  get id(): Id {
    return this.record.id;
  }
  get code(): string {
    return this.record.code;
  }
  get seq(): number {
    return this.authority.game().commands.length;
  }
  /** The game as the authority holds it (for tests and the terminal, never sent as it is). */
  game() {
    return this.authority.game();
  }

  /** A new facilitator secret (the old one stops working); for the admin, when one was lost. */
  reissue(): Promise<string | null> {
    return this.run<string | null>(async () => {
      const secret = newToken();
      await this.patch({ secretHash: hashToken(secret) });
      return secret;
    }, null);
  }

  summary(): SessionSummary {
    const g = this.authority.game();
    return {
      session: this.record.id,
      code: this.record.code,
      scenario: this.record.scenario.name,
      title: g.rules.scenario.title,
      started: this.record.started,
      turn: g.state.turn,
      status: g.state.status,
      seats: this.seats.size,
    };
  }

  lobby(): Lobby {
    const scenario = this.rules.scenario;
    return {
      code: this.record.code,
      title: scenario.title,
      language: scenario.language ?? 'en',
      started: this.record.started,
      roles: scenario.roles.map((r) => ({ id: r.id, name: r.name, kind: r.kind })),
      seating: this.roleSeating(),
    };
  }

  /**
   * Runs `job` after every job queued before it; a job that throws is reported, never fatal.
   * No job runs in a session that is not surely this host's (`confirm`), nor once it was
   * abandoned: a device's command then goes unanswered here (a refusal or a stale judged on a
   * state another host has moved on from would mislead), and the device sends it again to the
   * session's new host, which logs it once.
   */
  private run<T = void>(job: () => Promise<T> | T, failed?: T): Promise<T> {
    const guarded = async () => {
      if (this.abandoned) throw new LeaseLost(this.id);
      await this.deps.confirm(this.id);
      return job();
    };
    const next = this.queue.then(guarded).catch((e: unknown) => {
      if (e instanceof LeaseLost) {
        if (!this.abandoned) this.deps.lost(this.id);
        return failed as T;
      }
      this.deps.report(
        `session ${this.code}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      );
      return failed as T;
    });
    this.queue = next;
    return next;
  }

  // ---- Seats ---------------------------------------------------------------------------------

  private liveSeatsOn(role: RoleId): SeatRecord[] {
    return [...this.seats.values()].filter((s) => s.kind === 'team' && s.role === role);
  }

  private infoOf(s: SeatRecord): SeatInfo {
    return {
      id: s.id,
      kind: s.kind,
      ...(s.role ? { role: s.role } : {}),
      ...(s.name ? { name: s.name } : {}),
    };
  }

  /**
   * A device asks for a seat by the session's code. This and `resume` and `facilitate` say
   * whether the device is now this session's (seated, or waiting for the facilitator): a refused
   * device stays where it was.
   */
  join(peer: Peer, m: Extract<ClientMessage, { t: 'join' }>): Promise<boolean> {
    return this.run(async () => {
      const name = m.name?.trim() || undefined;
      if (m.seat === 'projector')
        return this.grant(peer, { kind: 'projector', ...(name ? { name } : {}) });
      if (m.seat === 'evaluator')
        return this.claim(peer, { kind: 'evaluator', ...(name ? { name } : {}) });
      if (!m.role || !this.rules.roleIndex.has(m.role)) {
        peer.send({ t: 'refused', reason: refusal('unknownRole') });
        return false;
      }
      const seat = { kind: 'team' as const, role: m.role, ...(name ? { name } : {}) };
      // A role a team already holds, or one a policy took at the start, is the facilitator's call.
      const policyPlays =
        this.record.started && this.authority.game().seats[m.role]?.kind === 'policy';
      if (policyPlays || this.liveSeatsOn(m.role).length > 0) return this.claim(peer, seat);
      return this.grant(peer, seat);
    }, false);
  }

  private claim(peer: Peer, seat: Omit<SeatInfo, 'id'>): boolean {
    const request = newId();
    this.claims.set(request, { peer, seat, at: this.deps.now() });
    peer.send({ t: 'waiting', request });
    this.sendSeats();
    return true;
  }

  /** Makes a seat, gives its token to the device alone, and attaches the device to it. */
  private async grant(peer: Peer, seat: Omit<SeatInfo, 'id'>): Promise<boolean> {
    const token = newToken();
    const record: SeatRecord = {
      id: newId(),
      session: this.record.id,
      tokenHash: hashToken(token),
      kind: seat.kind as SeatRecord['kind'],
      role: seat.role ?? null,
      name: seat.name ?? null,
      createdAt: this.deps.now(),
      revokedAt: null,
    };
    await this.deps.store.putSeat(record);
    this.seats.set(record.id, record);
    if (record.role) await this.seatTeam(record.role, record.name);
    const info = this.infoOf(record);
    peer.send({ t: 'seat', session: this.record.id, token, seat: info });
    this.attach(peer, info, null);
    return true;
  }

  /**
   * A role a policy played goes to the team granted a seat on it after the start (before it, the
   * seats are the seating); written before anyone hears of it.
   */
  private async seatTeam(role: RoleId, name: string | null): Promise<void> {
    const seats = this.authority.game().seats;
    if (!this.record.started || seats[role]?.kind === 'team') return;
    await this.setSeating({ ...seats, [role]: { kind: 'team', name: name ?? role } });
  }

  /** After the start: before it, the seats are the seating (`seating()`), fixed by `start`. */
  private async setSeating(seating: Seating): Promise<void> {
    await this.patch({ seating });
    this.authority.setSeats(seating);
  }

  private async patch(patch: SessionPatch): Promise<void> {
    await this.deps.store.updateSession(this.record.id, patch);
    this.record = { ...this.record, ...patch };
  }

  /** A device comes back with its token. */
  resume(peer: Peer, m: Extract<ClientMessage, { t: 'resume' }>): Promise<boolean> {
    return this.run(() => {
      const seat = [...this.seats.values()].find((s) => tokenMatches(m.token, s.tokenHash));
      if (!seat) {
        peer.send({ t: 'refused', reason: refusal('badToken') });
        return false;
      }
      this.attach(peer, this.infoOf(seat), m);
      return true;
    }, false);
  }

  /** The facilitator's page, with the session's secret. */
  facilitate(peer: Peer, m: Extract<ClientMessage, { t: 'facilitate' }>): Promise<boolean> {
    return this.run(() => {
      if (!tokenMatches(m.secret, this.record.secretHash)) {
        peer.send({ t: 'refused', reason: refusal('badSecret') });
        return false;
      }
      const point =
        m.lastSeq !== undefined && m.logLength !== undefined
          ? { lastSeq: m.lastSeq, logLength: m.logLength, scenarioRev: m.scenarioRev }
          : null;
      this.attach(peer, FACILITATOR_SEAT, point);
      return true;
    }, false);
  }

  private attach(peer: Peer, seat: SeatInfo, point: ResumePoint | null): void {
    const viewer = viewerOf(seat);
    const parts = this.views.parts(viewer);
    const from = point ? this.resumeFrom(point, parts) : 0;
    const at: Attached = {
      seat,
      viewer,
      sentLog: parts.log.slice(0, from),
      scenarioRev: point?.scenarioRev ?? null,
      digest: null,
    };
    this.peers.set(peer, at);
    peer.send({
      t: 'welcome',
      session: this.record.id,
      bootId: this.deps.bootId,
      code: this.record.code,
      seat,
      view: this.views.viewFor(at, parts),
    });
    this.seen.set(seat.id, this.deps.now());
    if (seat.kind === 'facilitator') peer.send(this.seatsMessage());
    this.sendSeats();
    // Before the start the seats are the seating: every view's "who plays" changed.
    if (!this.record.started) this.publish();
  }

  /**
   * Where a device that comes back may take the log up: from what it holds when nothing since
   * rewrote the log (a rewind) or changed what it knows (its scenario), else from the start.
   * A device that lies about what it holds only gets its own log from another index.
   */
  private resumeFrom(p: ResumePoint, parts: SeatParts): number {
    const commands = this.authority.game().commands;
    if (p.lastSeq > commands.length || p.scenarioRev !== parts.scenarioRev) return 0;
    if (commands.slice(p.lastSeq).some((c) => c.type === 'rewind')) return 0;
    return Math.min(p.logLength, parts.log.length);
  }

  /** A device dropped. */
  detach(peer: Peer): void {
    void this.run(() => {
      const at = this.peers.get(peer);
      this.peers.delete(peer);
      for (const [id, c] of this.claims) if (c.peer === peer) this.claims.delete(id);
      if (at) this.seen.set(at.seat.id, this.deps.now());
      this.sendSeats();
    });
  }

  has(peer: Peer): boolean {
    return this.peers.has(peer);
  }

  // ---- Who plays each role --------------------------------------------------------------------

  /**
   * Who plays each role. Before the start, the seats decide (a role a device holds is a team's);
   * from the start on, the seating fixed then and changed by the facilitator since.
   */
  private seating(): Seating {
    if (this.record.started) return this.authority.game().seats;
    const seating: Seating = {};
    for (const r of this.rules.scenario.roles) {
      const held = this.liveSeatsOn(r.id)[0];
      seating[r.id] = held
        ? { kind: 'team', name: held.name ?? r.id }
        : { kind: 'policy', policy: this.record.policy };
    }
    return seating;
  }

  private roleSeating(): RoleSeating[] {
    const seating = this.seating();
    return this.rules.scenario.roles.map((r): RoleSeating => {
      const seat = seating[r.id];
      if (seat?.kind === 'team') return { role: r.id, by: 'team', team: seat.name };
      return { role: r.id, by: this.record.started ? 'policy' : 'open' };
    });
  }

  private publish(): void {
    this.views.publish(this.peers);
  }

  private seatsMessage(): HostMessage {
    const connected = new Map<Id, number>();
    for (const at of this.peers.values())
      connected.set(at.seat.id, (connected.get(at.seat.id) ?? 0) + 1);
    return {
      t: 'seats',
      seats: [...this.seats.values()].map((s) => ({
        seat: this.infoOf(s),
        connected: connected.get(s.id) ?? 0,
        since: s.createdAt,
        seen: this.seen.get(s.id) ?? s.createdAt,
      })),
      requests: [...this.claims].map(([request, c]) => ({ request, seat: c.seat, at: c.at })),
    };
  }

  private sendSeats(): void {
    let message: HostMessage | null = null;
    for (const [peer, at] of this.peers)
      if (at.seat.kind === 'facilitator') peer.send((message ??= this.seatsMessage()));
  }

  // ---- Messages from seated devices -----------------------------------------------------------

  /** A message from a device attached to this session (the host routed it here). */
  handle(peer: Peer, m: ClientMessage): Promise<void> {
    return this.run(async () => {
      const at = this.peers.get(peer);
      if (!at) return peer.send({ t: 'refused', reason: refusal('notSeated') });
      if (m.t === 'command') return this.command(peer, at, m);
      if (at.seat.kind !== 'facilitator') return this.refuse(peer, refusal('notAllowed'));
      switch (m.t) {
        case 'start':
          return this.start(peer, m.policy);
        case 'timer':
          return this.timer(peer, m);
        case 'seatAdmin':
          return this.seatAdmin(peer, m);
        case 'export':
          return peer.send({ t: 'export', save: this.save() });
        default:
          return this.refuse(peer, refusal('badMessage'));
      }
    });
  }

  private refuse(peer: Peer, reason: Refusal, id?: string): void {
    peer.send({ t: 'refused', ...(id ? { id } : {}), reason, seq: this.seq });
  }

  /** The save file: the only message that carries the seed, for the facilitator alone. */
  private save() {
    const g = this.authority.game();
    return {
      ...makeSave(this.rules.scenario.id, this.rules.scenarioHash, g.seed, g.commands),
      app: { seats: g.seats, stateHash: g.hash, scenario: this.record.scenario.name },
    };
  }

  private async command(peer: Peer, at: Attached, m: CommandMessage): Promise<void> {
    const key = `${at.seat.id}\n${m.id}`;
    const logged = this.done.get(key);
    // A retry of a command already logged: acknowledged again, never applied twice.
    if (logged !== undefined) return peer.send({ t: 'ack', id: m.id, seq: logged });
    const cmd = readCommand(m.command, this.deps.now());
    if (!('type' in cmd)) return this.refuse(peer, cmd, m.id);
    const who = commandRefusal({ kind: at.seat.kind, role: at.seat.role }, cmd);
    if (who) return this.refuse(peer, refusal(who), m.id);
    if (!this.record.started) return this.refuse(peer, refusal('notStarted'), m.id);
    if (m.seq > this.seq) return this.refuse(peer, refusal('badSeq'), m.id);
    if (m.seq < this.views.changedAt(at.viewer)) {
      peer.send({ t: 'stale', id: m.id, seq: this.seq });
      at.digest = null; // the view is sent again, whatever the device holds
      return this.publish();
    }
    const from = this.seq;
    const before = this.authority.game().state;
    const r = this.authority.submit(cmd);
    if (r.problem) {
      const reason: Refusal =
        typeof r.problem === 'string' ? refusal('badMessage', r.problem) : { engine: r.problem };
      return this.refuse(peer, reason, m.id);
    }
    const began = afterCommand(this.authority, cmd, before);
    const patch = this.timerAfter(cmd, began);
    if (!(await this.write(from, { seat: at.seat.id, clientId: m.id }, patch))) {
      // A write whose answer was lost (a database connection that dropped at the commit) may
      // have landed: the log, read again, says so.
      const landed = this.done.get(key);
      if (landed !== undefined) return peer.send({ t: 'ack', id: m.id, seq: landed });
      return this.refuse(peer, refusal('storage'), m.id);
    }
    this.done.set(key, from + 1);
    peer.send({ t: 'ack', id: m.id, seq: from + 1 });
    this.publish();
  }

  /**
   * Writes the commands from `from` on (the first one given by `by` when a seat gave it, the
   * rest by the host) and `patch`; on failure the session is rebuilt from what the store holds.
   */
  private async write(
    from: number,
    by: { seat: Id; clientId: string } | null,
    patch?: SessionPatch,
  ): Promise<boolean> {
    const now = this.deps.now();
    const logged = this.authority
      .game()
      .commands.slice(from)
      .map((command, i): LoggedCommand => ({
        seq: from + i + 1,
        command,
        seat: i === 0 && by ? by.seat : null,
        clientId: i === 0 && by ? by.clientId : null,
        at: now,
      }));
    try {
      if (logged.length > 0 || patch) await this.deps.store.append(this.record.id, logged, patch);
      if (patch) this.record = { ...this.record, ...patch };
      return true;
    } catch (e) {
      // Not this host's any more: what it holds is dropped whole, not reloaded.
      if (e instanceof LeaseLost) throw e;
      this.deps.report(
        `session ${this.code}: a write failed, reloading from the store: ${String(e)}`,
      );
      await this.reload();
      return false;
    }
  }

  /** Back to what the store holds: nothing that was not written stands. */
  private async reload(): Promise<void> {
    const logged = await this.deps.store.commands(this.record.id);
    for (const c of logged)
      if (c.seat && c.clientId) this.done.set(`${c.seat}\n${c.clientId}`, c.seq);
    const seating = this.authority.game().seats;
    this.authority = Session.authorityFor(
      { ...this.record, seating },
      this.rules,
      logged.map((c) => c.command),
    );
    this.scheduleTimer();
    this.publish();
  }

  // ---- The facilitator's messages --------------------------------------------------------------

  private async start(peer: Peer, policy: PolicyId | undefined): Promise<void> {
    if (this.record.started) return this.refuse(peer, refusal('started'));
    const chosen = policy ?? this.record.policy;
    const seating: Seating = {};
    for (const [role, seat] of Object.entries(this.seating()))
      seating[role] = seat.kind === 'team' ? seat : { kind: 'policy', policy: chosen };
    if (!Object.values(seating).some((s) => s.kind === 'team'))
      return this.refuse(peer, refusal('notAllowed', 'no team holds a role yet'));
    const from = this.seq;
    this.authority.setSeats(seating);
    this.record = { ...this.record, started: true };
    startGame(this.authority);
    if (!(await this.write(from, null, { started: true, seating, policy: chosen }))) {
      this.record = { ...this.record, started: false };
      return this.refuse(peer, refusal('storage'));
    }
    this.publish();
  }

  private async seatAdmin(
    peer: Peer,
    m: Extract<ClientMessage, { t: 'seatAdmin' }>,
  ): Promise<void> {
    switch (m.op) {
      case 'approve':
      case 'refuse': {
        const claim = this.claims.get(m.request);
        if (!claim || !this.claims.delete(m.request))
          return this.refuse(peer, refusal('noRequest'));
        if (m.op === 'refuse') {
          claim.peer.send({ t: 'refused', reason: refusal('claimRefused') });
          return this.sendSeats();
        }
        await this.grant(claim.peer, claim.seat);
        return this.publish();
      }
      case 'free':
      case 'move': {
        const seat = this.seats.get(m.seat);
        if (!seat) return this.refuse(peer, refusal('noSeat'));
        if (m.op === 'move' && (seat.kind !== 'team' || !this.rules.roleIndex.has(m.role)))
          return this.refuse(peer, refusal(seat.kind !== 'team' ? 'notAllowed' : 'unknownRole'));
        const moved = await this.revoke([seat], m.op === 'move' ? 'moved' : 'freed');
        if (m.op === 'move')
          for (const p of moved) await this.grant(p, { ...this.infoOf(seat), role: m.role });
        this.sendSeats();
        return this.publish();
      }
      case 'toPolicy':
      case 'toTeam': {
        if (!this.rules.roleIndex.has(m.role)) return this.refuse(peer, refusal('unknownRole'));
        // Before the start a role is a team's exactly when a device holds it.
        if (!this.record.started && m.op === 'toTeam')
          return this.refuse(peer, refusal('notStarted'));
        const seats = this.authority.game().seats;
        if (m.op === 'toTeam') {
          await this.setSeating({ ...seats, [m.role]: { kind: 'team', name: m.role } });
          return this.publish();
        }
        await this.revoke(this.liveSeatsOn(m.role), 'policy');
        if (this.record.started) {
          const from = this.seq;
          const policy = m.policy ?? this.record.policy;
          await this.setSeating({ ...seats, [m.role]: { kind: 'policy', policy } });
          const began = afterSeating(this.authority);
          if (!(await this.write(from, null, this.timerAfter(null, began))))
            return this.refuse(peer, refusal('storage'));
        }
        this.sendSeats();
        return this.publish();
      }
    }
  }

  /** Revokes seats; their devices are told and detached. Returns those devices. */
  private async revoke(
    seats: readonly SeatRecord[],
    reason: 'freed' | 'moved' | 'policy',
  ): Promise<Peer[]> {
    const out: Peer[] = [];
    for (const seat of seats) {
      await this.deps.store.revokeSeat(seat.id, this.deps.now());
      this.seats.delete(seat.id);
      for (const [peer, at] of this.peers) {
        if (at.seat.id !== seat.id) continue;
        this.peers.delete(peer);
        peer.send({ t: 'revoked', reason });
        out.push(peer);
      }
    }
    return out;
  }

  // ---- The planning timer ----------------------------------------------------------------------

  private timerRecord(heldByPause: boolean): SessionPatch {
    const timer = this.authority.timer();
    return { timer: timer ? { timer, heldByPause } : null };
  }

  private async timer(peer: Peer, m: Extract<ClientMessage, { t: 'timer' }>): Promise<void> {
    const before = this.authority.timer();
    const a = this.authority;
    if (m.op === 'set') a.setTimer(m.seconds ?? 0);
    else if (m.op === 'start') a.startTimer();
    else if (m.op === 'pause') a.pauseTimer();
    else a.clearTimer();
    if (a.timer() === before) return this.refuse(peer, refusal('noTimer'));
    await this.patch(this.timerRecord(false));
    this.scheduleTimer();
    this.publish();
  }

  /**
   * How the timer follows the game: a turn that began sets it back to its full time, held until
   * the facilitator starts it; a pause of the game holds it, and the resume starts it again.
   */
  private timerAfter(cmd: Command | null, began: boolean): SessionPatch | undefined {
    // The authority's rule, as one-screen play follows it; whether a pause held the timer is
    // the session record's to say.
    const heldByPause = this.record.timer?.heldByPause ?? false;
    const next = this.authority.followGame(cmd, began, heldByPause);
    if (!next) return undefined;
    this.scheduleTimer();
    return this.timerRecord(next.heldByPause === true);
  }

  /** Arms a real clock for a running timer's end (outside the engine, which has no clock). */
  private scheduleTimer(): void {
    if (this.timerHandle) clearTimeout(this.timerHandle);
    this.timerHandle = null;
    const t = this.authority.timer();
    if (this.closed || !t || t.endsAt === null) return;
    const wait = Math.max(0, Math.min(t.endsAt - this.deps.now(), 2 ** 31 - 1));
    this.timerHandle = setTimeout(() => void this.run(() => this.expire()), wait);
  }

  private async expire(): Promise<void> {
    const t = this.authority.timer();
    if (!t || t.endsAt === null) return;
    if (timerLeft(t, this.deps.now()) > 0) return this.scheduleTimer();
    const from = this.seq;
    const began = this.record.started ? timeUp(this.authority) : false;
    // The time is up: the timer stops at zero, or starts over (held) when a turn began.
    if (began) this.authority.setTimer(t.seconds);
    else this.authority.pauseTimer();
    this.scheduleTimer();
    if (await this.write(from, null, this.timerRecord(false))) this.publish();
  }

  /**
   * Another host holds the session now: its clock stops, and its devices are hung up on, to
   * reconnect to the new host (the page does by itself, and sends its unanswered commands again).
   */
  abandon(): void {
    this.abandoned = true;
    this.closed = true;
    if (this.timerHandle) clearTimeout(this.timerHandle);
    this.timerHandle = null;
    for (const c of this.claims.values()) c.peer.close();
    this.claims.clear();
    for (const peer of this.peers.keys()) peer.close();
    this.peers.clear();
  }

  /** Stops the session's clock; the store is the host's to close. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timerHandle) clearTimeout(this.timerHandle);
    await this.queue;
  }
}
