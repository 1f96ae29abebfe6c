/**
 * The sessions of one host, and where each device's messages go. A host runs any number of
 * sessions at once, each with its own code, secret, game and seats; a device speaks to one of them
 * at a time. Sessions come back from the store when the host starts, each replayed from its log.
 *
 * The host-level admin secret lets a page list the sessions and create more (by a bundled
 * scenario's name); everything inside a session is the session's (`session.ts`).
 *
 * With several hosts on one database (a centre), a host opens only the sessions it can own
 * (`HostStore.acquire`), keeps them by renewing their leases and takes over those whose host
 * died (`leases.ts`). A session it loses is dropped whole, its devices hung up on: they come
 * back to the session's new host, which replayed its log and has its seats.
 */
import type { PolicyId } from '../engine';
import type { ClientMessage, HostMessage, Id, Refusal } from '../net/protocol';
import { readFrame } from './inbound';
import { keepLeases, type Keeper } from './leases';
import { LeaseLost, type SessionRecord } from './log/store';
import { loadScenario, rulesOf, type Loaded } from './scenarios';
import { hashToken, newCode, newId, newToken, normaliseCode, tokenMatches } from './secrets';
import { Session, type Peer, type SessionDeps } from './session';

export interface HostOptions extends Omit<SessionDeps, 'lost' | 'confirm'> {
  /** SHA-256 of the host's admin secret. */
  adminHash: string;
  /** How long a session's lease lasts unless renewed (see `leases.ts`). */
  leaseMs: number;
}

export interface Created {
  session: Session;
  /** The facilitator's secret: shown once, never kept (only its hash is). */
  secret: string;
}

export class Host {
  private readonly sessions = new Map<Id, Session>();
  private readonly byCode = new Map<string, Session>();
  private readonly where = new Map<Peer, Session>();
  /** Sessions taken but that could not be replayed: reported once, not taken again. */
  private readonly broken = new Set<Id>();
  private readonly adopting = new Map<Id, Promise<boolean>>();
  private readonly deps: SessionDeps;
  private keeper: Keeper | null = null;
  /** Sessions of the store another host held when this one started. */
  private elsewhere = 0;

  private constructor(private readonly options: HostOptions) {
    this.deps = {
      ...options,
      lost: (id) => this.lose(id, 'another host took it over'),
      confirm: (id) => this.confirm(id),
    };
  }

  /**
   * Nothing to ask while this host's leases are fresh; after a stall, the store is asked (and the
   * lease renewed) before the session answers anyone.
   */
  private async confirm(id: Id): Promise<void> {
    if (!this.keeper || this.keeper.fresh()) return;
    if ((await this.options.store.renew([id])).length > 0) throw new LeaseLost(id);
  }

  /** A host with every session of the store it can own back, each replayed from its log. */
  static async open(options: HostOptions): Promise<Host> {
    const host = new Host(options);
    for (const record of await options.store.sessions())
      if (!(await host.adopt(record.id))) host.elsewhere++;
    host.keeper = keepLeases({
      store: options.store,
      leaseMs: options.leaseMs,
      held: () => [...host.sessions.keys()],
      lose: (id, why) => host.lose(id, why),
      adopt: async (id) => void (await host.adopt(id)),
      report: options.report,
    });
    return host;
  }

  /**
   * Takes a session over when no other host holds it, then replays it: its record and its log
   * are read only once it is this host's, so they hold everything its former host wrote. False
   * when another host holds it; one that cannot be replayed is reported and left out.
   */
  private adopt(id: Id): Promise<boolean> {
    // The keeper and a device coming back may ask at once: one replay, one Session.
    let adopting = this.adopting.get(id);
    if (!adopting) {
      adopting = this.take(id).finally(() => this.adopting.delete(id));
      this.adopting.set(id, adopting);
    }
    return adopting;
  }

  private async take(id: Id): Promise<boolean> {
    if (this.sessions.has(id)) return true;
    if (this.broken.has(id) || !(await this.options.store.acquire(id))) return false;
    const record = await this.options.store.session(id);
    if (!record) return false;
    try {
      this.add(await Session.open(this.deps, record, rulesOf(record.scenario)));
    } catch (e) {
      this.broken.add(id);
      this.options.report(`session ${record.code} cannot be resumed and is left out: ${String(e)}`);
    }
    return true;
  }

  /**
   * A device comes back to a session this host does not hold. When the store has it and no host
   * holds it (its host died and the lease lapsed), this host takes it over then and there. When
   * another host holds it, the device is hung up on rather than told the session is unknown (the
   * page would give its seat up): it tries again, and finds the session's host, or this host
   * once it has taken the session over.
   */
  private async comingBack(peer: Peer, id: Id): Promise<Session | 'elsewhere' | null> {
    if (this.broken.has(id) || !(await this.options.store.session(id))) return null;
    if (await this.adopt(id)) return this.sessions.get(id) ?? null;
    peer.close();
    return 'elsewhere';
  }

  /** A session this host holds no longer: dropped whole, its devices hung up on. */
  private lose(id: Id, why: string): void {
    const session = this.sessions.get(id);
    if (!session) return;
    this.options.report(`session ${session.code} is no longer this host's: ${why}`);
    this.sessions.delete(id);
    this.byCode.delete(session.code);
    for (const [peer, s] of this.where) if (s === session) this.where.delete(peer);
    session.abandon();
  }

  private add(session: Session): void {
    this.sessions.set(session.id, session);
    this.byCode.set(session.code, session);
  }

  /** How many sessions of the store another host held when this one started. */
  heldElsewhere(): number {
    return this.elsewhere;
  }

  list(): Session[] {
    return [...this.sessions.values()];
  }

  async create(
    scenario: Extract<Loaded, { ok: true }>,
    seed: string,
    policy: PolicyId,
  ): Promise<Created> {
    const secret = newToken();
    const record: SessionRecord = {
      id: newId(),
      code: newCode((c) => this.byCode.has(c)),
      secretHash: hashToken(secret),
      scenario: scenario.source,
      seed,
      createdAt: this.options.now(),
      started: false,
      seating: null,
      policy,
      timer: null,
    };
    await this.options.store.createSession(record);
    const session = await Session.open(this.deps, record, scenario.rules);
    this.add(session);
    return { session, secret };
  }

  /** A frame from a device: read, then routed; a refusal always says why. */
  async receive(peer: Peer, frame: string): Promise<void> {
    const read = readFrame(frame);
    if (!read.ok) return peer.send({ t: 'refused', reason: read.reason });
    const m = read.message;
    const refuse = (reason: Refusal) => peer.send({ t: 'refused', reason });
    switch (m.t) {
      case 'lobby': {
        const session = this.byCode.get(normaliseCode(m.code));
        if (!session) return refuse({ host: 'unknownSession' });
        return peer.send({ t: 'lobby', lobby: session.lobby() });
      }
      case 'join':
      case 'resume':
      case 'facilitate': {
        const session =
          m.t === 'join'
            ? this.byCode.get(normaliseCode(m.code))
            : (this.sessions.get(m.session) ?? (await this.comingBack(peer, m.session)));
        if (session === 'elsewhere') return;
        if (!session) return refuse({ host: 'unknownSession' });
        const taken =
          m.t === 'join'
            ? await session.join(peer, m)
            : m.t === 'resume'
              ? await session.resume(peer, m)
              : await session.facilitate(peer, m);
        // A device refused a seat stays where it was; one whose session was lost meanwhile is
        // hung up on, to come back to the session's new host.
        if (taken) this.moveTo(peer, session);
        else if (!this.sessions.has(session.id)) peer.close();
        return;
      }
      case 'list':
      case 'create':
      case 'reissue':
        return this.admin(peer, m);
      default: {
        const session = this.where.get(peer);
        if (!session) return refuse({ host: 'notSeated' });
        return session.handle(peer, m);
      }
    }
  }

  private moveTo(peer: Peer, session: Session): Session {
    const before = this.where.get(peer);
    if (before && before !== session) before.detach(peer);
    this.where.set(peer, session);
    return session;
  }

  private async admin(
    peer: Peer,
    m: Extract<ClientMessage, { t: 'list' | 'create' | 'reissue' }>,
  ): Promise<void> {
    if (!tokenMatches(m.admin, this.options.adminHash))
      return peer.send({ t: 'refused', reason: { host: 'badSecret' } });
    if (m.t === 'list') return peer.send(this.sessionsMessage());
    if (m.t === 'reissue') {
      const session = this.sessions.get(m.session);
      if (!session) return peer.send({ t: 'refused', reason: { host: 'unknownSession' } });
      const secret = await session.reissue();
      if (!secret) return peer.send({ t: 'refused', reason: { host: 'storage' } });
      return peer.send({ t: 'created', session: session.summary(), secret });
    }
    // A page creates from the bundled scenarios only: files are read from the command line.
    const loaded = await loadScenario(m.scenario, false);
    if (!loaded.ok) return peer.send({ t: 'refused', reason: { host: 'unknownScenario' } });
    const made = await this.create(loaded, m.seed ?? newToken().slice(0, 12), 'cooperative');
    peer.send({ t: 'created', session: made.session.summary(), secret: made.secret });
  }

  private sessionsMessage(): HostMessage {
    return { t: 'sessions', sessions: this.list().map((s) => s.summary()) };
  }

  /** A device dropped. */
  drop(peer: Peer): void {
    this.where.get(peer)?.detach(peer);
    this.where.delete(peer);
  }

  /** Stops every session, and gives them up: another host may take them over at once. */
  async close(): Promise<void> {
    await this.keeper?.stop();
    await Promise.all(
      this.list().map(async (s) => {
        await s.close();
        await this.options.store
          .release(s.id)
          .catch((e: unknown) => this.options.report(`session ${s.code}: ${String(e)}`));
      }),
    );
  }
}
