/**
 * Where a host keeps its sessions: the command log of each (the game's only truth: replaying it
 * rebuilds the state), the seats (token hashes, never tokens) and a few facts about the session.
 * SQLite on a laptop (`sqlite.ts`); a centre's server puts PostgreSQL behind the same interface,
 * which is why every method may be asynchronous.
 *
 * The log is append-only and keyed by (session, seq): an append that names a sequence number
 * already taken writes nothing and fails, so two writers can never fork a session's log.
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

export interface HostStore {
  createSession(session: SessionRecord): Promise<void>;
  updateSession(id: Id, patch: SessionPatch): Promise<void>;
  sessions(): Promise<SessionRecord[]>;
  /**
   * Appends commands (consecutive `seq`, following the log's last) and applies `patch` to the
   * session, all or nothing; durable once the promise resolves. Rejects with `LogConflict`
   * when a sequence number is taken.
   */
  append(session: Id, commands: readonly LoggedCommand[], patch?: SessionPatch): Promise<void>;
  commands(session: Id): Promise<LoggedCommand[]>;
  putSeat(seat: SeatRecord): Promise<void>;
  revokeSeat(id: Id, at: number): Promise<void>;
  /** The seats not revoked. */
  seats(session: Id): Promise<SeatRecord[]>;
  close(): Promise<void>;
}
