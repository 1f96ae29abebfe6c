/**
 * The sessions of one host, and where each device's messages go. A host runs any number of
 * sessions at once, each with its own code, secret, game and seats; a device speaks to one of them
 * at a time. Sessions come back from the store when the host starts, each replayed from its log.
 *
 * The host-level admin secret lets a page list the sessions and create more (by a bundled
 * scenario's name); everything inside a session is the session's (`session.ts`).
 */
import type { PolicyId } from '../engine';
import type { ClientMessage, HostMessage, Id, Refusal } from '../net/protocol';
import { readFrame } from './inbound';
import type { SessionRecord } from './log/store';
import { loadScenario, rulesOf, type Loaded } from './scenarios';
import { hashToken, newCode, newId, newToken, normaliseCode, tokenMatches } from './secrets';
import { Session, type Peer, type SessionDeps } from './session';

export interface HostOptions extends SessionDeps {
  /** SHA-256 of the host's admin secret. */
  adminHash: string;
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

  private constructor(private readonly options: HostOptions) {}

  /** A host with every session of the store back; one that cannot be read is reported, skipped. */
  static async open(options: HostOptions): Promise<Host> {
    const host = new Host(options);
    for (const record of await options.store.sessions()) {
      try {
        host.add(await Session.open(options, record, rulesOf(record.scenario)));
      } catch (e) {
        options.report(`session ${record.code} cannot be resumed and is left out: ${String(e)}`);
      }
    }
    return host;
  }

  private add(session: Session): void {
    this.sessions.set(session.id, session);
    this.byCode.set(session.code, session);
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
    const session = await Session.open(this.options, record, scenario.rules);
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
          m.t === 'join' ? this.byCode.get(normaliseCode(m.code)) : this.sessions.get(m.session);
        if (!session) return refuse({ host: 'unknownSession' });
        const taken =
          m.t === 'join'
            ? await session.join(peer, m)
            : m.t === 'resume'
              ? await session.resume(peer, m)
              : await session.facilitate(peer, m);
        // A device refused a seat stays where it was.
        if (taken) this.moveTo(peer, session);
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

  async close(): Promise<void> {
    await Promise.all(this.list().map((s) => s.close()));
  }
}
