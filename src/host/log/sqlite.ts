/**
 * The host's store in one SQLite file, through better-sqlite3 (12.x: 13 needs Node 22).
 *
 * WAL mode, `synchronous = FULL`: a command is acknowledged only once it is durable, and FULL
 * makes every commit fsync the write-ahead log, so not even a power cut loses an acknowledged
 * command. NORMAL would survive a killed process (the WAL is in the operating system's cache)
 * but not a power cut, and a classroom's laptop runs on a battery that does run out; an fsync
 * per command costs about a millisecond, far below a classroom's pace.
 *
 * better-sqlite3 is synchronous: each method does its work before it returns and hands back a
 * settled promise, which is the interface the PostgreSQL store needs (`postgres.ts`).
 *
 * One laptop, one host process: every session of the file is always this host's, so the lease
 * methods of `HostStore` are trivial here (taken at once, never lost, nothing left unowned).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from '../../engine';
import {
  LogConflict,
  type HostStore,
  type LoggedCommand,
  type SeatRecord,
  type SessionPatch,
  type SessionRecord,
} from './store';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  secret_hash TEXT NOT NULL,
  scenario TEXT NOT NULL,
  seed TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  started INTEGER NOT NULL,
  seating TEXT,
  policy TEXT NOT NULL,
  timer TEXT
);
CREATE TABLE IF NOT EXISTS commands (
  session TEXT NOT NULL REFERENCES sessions(id),
  seq INTEGER NOT NULL,
  command TEXT NOT NULL,
  seat TEXT,
  client_id TEXT,
  at INTEGER NOT NULL,
  PRIMARY KEY (session, seq)
);
CREATE UNIQUE INDEX IF NOT EXISTS commands_client
  ON commands (session, seat, client_id) WHERE client_id IS NOT NULL;
CREATE TABLE IF NOT EXISTS seats (
  id TEXT PRIMARY KEY,
  session TEXT NOT NULL REFERENCES sessions(id),
  token_hash TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  role TEXT,
  name TEXT,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);
`;

interface SessionRow {
  id: string;
  code: string;
  secret_hash: string;
  scenario: string;
  seed: string;
  created_at: number;
  started: number;
  seating: string | null;
  policy: string;
  timer: string | null;
}

interface CommandRow {
  seq: number;
  command: string;
  seat: string | null;
  client_id: string | null;
  at: number;
}

interface SeatRow {
  id: string;
  session: string;
  token_hash: string;
  kind: string;
  role: string | null;
  name: string | null;
  created_at: number;
  revoked_at: number | null;
}

const json = (v: unknown): string | null =>
  v === null || v === undefined ? null : JSON.stringify(v);

/** What this file wrote is read back as it was written: the rows are ours, not input. */
function sessionOf(r: SessionRow): SessionRecord {
  return {
    id: r.id,
    code: r.code,
    secretHash: r.secret_hash,
    scenario: JSON.parse(r.scenario) as SessionRecord['scenario'],
    seed: r.seed,
    createdAt: r.created_at,
    started: r.started === 1,
    seating: r.seating === null ? null : (JSON.parse(r.seating) as SessionRecord['seating']),
    policy: r.policy as SessionRecord['policy'],
    timer: r.timer === null ? null : (JSON.parse(r.timer) as SessionRecord['timer']),
  };
}

function seatOf(r: SeatRow): SeatRecord {
  return {
    id: r.id,
    session: r.session,
    tokenHash: r.token_hash,
    kind: r.kind as SeatRecord['kind'],
    role: r.role,
    name: r.name,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  };
}

export function openSqliteStore(file: string): HostStore {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Another host process holding a write lock makes this one wait a little, then fail cleanly.
  db.pragma('busy_timeout = 2000');
  db.exec(SCHEMA);

  const insertSession = db.prepare(
    `INSERT INTO sessions (id, code, secret_hash, scenario, seed, created_at, started, seating, policy, timer)
     VALUES (@id, @code, @secret_hash, @scenario, @seed, @created_at, @started, @seating, @policy, @timer)`,
  );
  const allSessions = db.prepare('SELECT * FROM sessions ORDER BY created_at, id');
  const oneSession = db.prepare('SELECT * FROM sessions WHERE id = ?');
  const insertCommand = db.prepare(
    'INSERT INTO commands (session, seq, command, seat, client_id, at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const lastSeq = db.prepare('SELECT MAX(seq) AS seq FROM commands WHERE session = ?');
  const commandsOf = db.prepare(
    'SELECT seq, command, seat, client_id, at FROM commands WHERE session = ? ORDER BY seq',
  );
  const insertSeat = db.prepare(
    `INSERT OR REPLACE INTO seats (id, session, token_hash, kind, role, name, created_at, revoked_at)
     VALUES (@id, @session, @token_hash, @kind, @role, @name, @created_at, @revoked_at)`,
  );
  const revoke = db.prepare('UPDATE seats SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
  const seatsOf = db.prepare(
    'SELECT * FROM seats WHERE session = ? AND revoked_at IS NULL ORDER BY created_at, id',
  );

  function patchSession(id: string, patch: SessionPatch): void {
    const sets: string[] = [];
    const values: (string | number | null)[] = [];
    const set = (column: string, value: string | number | null) => {
      sets.push(`${column} = ?`);
      values.push(value);
    };
    if (patch.started !== undefined) set('started', patch.started ? 1 : 0);
    if (patch.seating !== undefined) set('seating', json(patch.seating));
    if (patch.policy !== undefined) set('policy', patch.policy);
    if (patch.timer !== undefined) set('timer', json(patch.timer));
    if (patch.secretHash !== undefined) set('secret_hash', patch.secretHash);
    if (sets.length === 0) return;
    db.prepare(`UPDATE sessions SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
  }

  const appendAll = db.transaction(
    (session: string, commands: readonly LoggedCommand[], patch: SessionPatch | undefined) => {
      const last = (lastSeq.get(session) as { seq: number | null }).seq ?? 0;
      for (const [i, c] of commands.entries()) {
        // The log has no holes and no forks: the next seq is the last one plus one, exactly.
        if (c.seq !== last + i + 1) throw new LogConflict(session, c.seq);
        insertCommand.run(session, c.seq, JSON.stringify(c.command), c.seat, c.clientId, c.at);
      }
      if (patch) patchSession(session, patch);
    },
  );

  return {
    async createSession(s) {
      insertSession.run({
        id: s.id,
        code: s.code,
        secret_hash: s.secretHash,
        scenario: JSON.stringify(s.scenario),
        seed: s.seed,
        created_at: s.createdAt,
        started: s.started ? 1 : 0,
        seating: json(s.seating),
        policy: s.policy,
        timer: json(s.timer),
      });
    },
    async updateSession(id, patch) {
      patchSession(id, patch);
    },
    async sessions() {
      return (allSessions.all() as SessionRow[]).map(sessionOf);
    },
    async session(id) {
      const row = oneSession.get(id) as SessionRow | undefined;
      return row ? sessionOf(row) : null;
    },
    async acquire() {
      return true;
    },
    async renew() {
      return [];
    },
    async release() {},
    async unowned() {
      return [];
    },
    async append(session, commands, patch) {
      try {
        appendAll(session, commands, patch);
      } catch (e) {
        // The key on (session, seq), or on a device's command id: another writer got there first.
        const code = (e as { code?: string }).code;
        if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE')
          throw new LogConflict(session, commands[0]!.seq);
        throw e;
      }
    },
    async commands(session) {
      return (commandsOf.all(session) as CommandRow[]).map((r) => ({
        seq: r.seq,
        command: JSON.parse(r.command) as Command,
        seat: r.seat,
        clientId: r.client_id,
        at: r.at,
      }));
    },
    async putSeat(seat) {
      insertSeat.run({
        id: seat.id,
        session: seat.session,
        token_hash: seat.tokenHash,
        kind: seat.kind,
        role: seat.role,
        name: seat.name,
        created_at: seat.createdAt,
        revoked_at: seat.revokedAt,
      });
    },
    async revokeSeat(id, at) {
      revoke.run(at, id);
    },
    async seats(session) {
      return (seatsOf.all(session) as SeatRow[]).map(seatOf);
    },
    async close() {
      db.close();
    },
  };
}
