/**
 * Where a host keeps its sessions: the command log of each (the game's only truth: replaying it
 * rebuilds the state), the seats (token hashes, never tokens) and a few facts about the session.
 * SQLite on a laptop (`sqlite.ts`); a centre's server puts PostgreSQL behind the same interface
 * (`postgres.ts`), which is why every method is asynchronous.
 *
 * The log is append-only and keyed by (session, seq): an append that names a sequence number
 * already taken writes nothing and fails, so two writers can never fork a session's log.
 *
 * A session is owned by one host at a time. The store is opened for one host (its boot id) and
 * every write to a session checks, in the write's own transaction, that the session is still
 * that host's: a host that lost a session (it stalled, or lost the database, long enough for
 * another host to take it over) has its late writes refused with `LeaseLost`, never merged. On
 * SQLite (one laptop, one process) every session is always the host's own.
 */
import type { Seating, Timer } from '../../authority';
import type { Command, PolicyId, RoleId } from '../../engine';
import type { Id, SeatKind } from '../../net/protocol';

/**
 * A session's scenario: its file name (a bundled one's, or the file given), whether it came
 * bundled, and the validated scenario as JSON text (a Tiled map's shapes merged in), so a session
 * resumes on exactly the scenario it was played on whatever happens to the files since.
 */
export interface ScenarioSource {
  name: string;
  bundled: boolean;
  text: string;
}

export interface SessionRecord {
  id: Id;
  code: string;
  /** SHA-256 of the facilitator's secret. */
  secretHash: string;
  scenario: ScenarioSource;
  seed: string;
  createdAt: number;
  /** Once the facilitator starts the game: the seating, the policy for roles no team took. */
  started: boolean;
  seating: Seating | null;
  policy: PolicyId;
  timer: TimerRecord | null;
}

/** The planning timer, and whether a pause of the game holds it (a resume starts it again). */
export interface TimerRecord {
  timer: Timer;
  heldByPause: boolean;
}

/** What a session's record may be changed in: the rest is fixed when it is made. */
export type SessionPatch = Partial<
  Pick<SessionRecord, 'started' | 'seating' | 'policy' | 'timer' | 'secretHash'>
>;

export interface LoggedCommand {
  /** 1 for the first command: `seq` is also how many commands the log holds once it is written. */
  seq: number;
  command: Command;
  /** The seat that gave it and its own id for it; null for what the host gave (policies, timer). */
  seat: Id | null;
  clientId: string | null;
  /** When the host took it in (epoch ms); for the record, never read by the game. */
  at: number;
}

export interface SeatRecord {
  id: Id;
  session: Id;
  /** SHA-256 of the device's token. */
  tokenHash: string;
  kind: Exclude<SeatKind, 'facilitator'>;
  role: RoleId | null;
  name: string | null;
  createdAt: number;
  revokedAt: number | null;
}

export class LogConflict extends Error {
  constructor(session: Id, seq: number) {
    super(`session ${session}: sequence number ${seq} is taken; another writer got there first`);
  }
}

/** A write to a session this host no longer owns: another host took it over. Nothing was written. */
export class LeaseLost extends Error {
  constructor(readonly session: Id) {
    super(`session ${session} is no longer this host's: another host took it over`);
  }
}

export interface HostStore {
  /** Makes a session, owned by this host from the same transaction on. */
  createSession(session: SessionRecord): Promise<void>;
  updateSession(id: Id, patch: SessionPatch): Promise<void>;
  /** Every session of the store, whoever owns it. */
  sessions(): Promise<SessionRecord[]>;
  session(id: Id): Promise<SessionRecord | null>;
  /**
   * Takes a session for this host: true when it is now this host's (it was free, its owner's
   * lease had lapsed, or it was this host's already). Read the session's log only after this:
   * everything its former owner wrote is then in it, and nothing more can come from there.
   */
  acquire(id: Id): Promise<boolean>;
  /** Extends this host's hold on `ids`; returns those it no longer holds (another host's now). */
  renew(ids: readonly Id[]): Promise<Id[]>;
  /** Gives a session up, so another host may take it at once (a host that stops cleanly). */
  release(id: Id): Promise<void>;
  /** Sessions no host holds: never held, given up, or their owner's lease lapsed. */
  unowned(): Promise<Id[]>;
  /**
   * Appends commands (consecutive `seq`, following the log's last) and applies `patch` to the
   * session, all or nothing; durable once the promise resolves. Rejects with `LogConflict`
   * when a sequence number is taken, with `LeaseLost` when the session is not this host's (as
   * does every other write to a session).
   */
  append(session: Id, commands: readonly LoggedCommand[], patch?: SessionPatch): Promise<void>;
  commands(session: Id): Promise<LoggedCommand[]>;
  putSeat(seat: SeatRecord): Promise<void>;
  revokeSeat(id: Id, at: number): Promise<void>;
  /** The seats not revoked. */
  seats(session: Id): Promise<SeatRecord[]>;
  close(): Promise<void>;
}
