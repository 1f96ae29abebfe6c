/**
 * The host's store on PostgreSQL, for a centre that runs one or more host processes against one
 * database (`pg`, a pool per host). The schema is the host's own, versioned (`migrations.ts`).
 *
 * Every command is a row keyed by (session, seq), and an append writes its commands and its
 * patch of the session in one transaction: two writers can never fork a log, and a command is
 * acknowledged only once its transaction has committed (PostgreSQL's default
 * `synchronous_commit = on`: the commit is flushed to the server's write-ahead log).
 *
 * **Who owns a session: a lease row, not an advisory lock.** `leases` has a row per session with
 * the owning host's boot id and an expiry on the database's clock; the owner renews it every few
 * seconds (`../leases.ts`), and any host takes over a session whose lease lapsed. An advisory
 * lock would be freed the moment its connection drops, which is quicker after a SIGKILL, but:
 * - it belongs to one connection, while writes go through a pool: a write could not check the
 *   lock in its own transaction, and a host whose lock connection dropped (and whose lock
 *   another host then took) could still commit through another connection;
 * - a stalled host or a half-open connection keeps its lock for as long as the server believes
 *   the connection alive (TCP keepalive: minutes to hours), so nothing would take over;
 * - a row can be read by anyone (which host holds what, until when) and checked by a join.
 * Every write to a session begins by renewing the lease with `owner = this host` in the same
 * transaction. That UPDATE locks the lease row until commit, so a takeover (which updates the
 * same row) waits for a write in progress and then sees the renewed expiry, and a write that
 * comes after a takeover finds another owner and writes nothing (`LeaseLost`). A takeover
 * therefore either comes before a write, which then fails, or after it, and the new owner reads
 * the log only once it holds the lease: every command acknowledged by the old owner is in what
 * it replays, and nothing the old owner writes afterwards can land.
 *
 * A lapsed lease nobody took is still its owner's: the check is on the owner, not the clock, so
 * a host that stalled past its expiry but was not replaced carries on. Only the takeover looks
 * at the expiry, and only against the database's clock, so hosts' clocks do not matter.
 */
import { DatabaseError, Pool, type PoolClient } from 'pg';
import type { Command } from '../../engine';
import type { Id } from '../../net/protocol';
import { migrate } from './migrations';
import {
  LeaseLost,
  LogConflict,
  type HostStore,
  type SeatRecord,
  type SessionPatch,
  type SessionRecord,
} from './store';

export interface PostgresOptions {
  /** A libpq connection URL: `postgres://user:password@host:port/database`. */
  url: string;
  /** The host process opening the store (its boot id): the owner of the leases it takes. */
  owner: string;
  /** How long a lease lasts unless renewed. */
  leaseMs: number;
  report: (message: string) => void;
}

/** BIGINT columns (epoch milliseconds) come back as text from `pg`; they fit a number. */
type Int8 = string | number;

interface SessionRow {
  id: string;
  code: string;
  secret_hash: string;
  scenario_name: string;
  scenario_bundled: boolean;
  scenario_text: string;
  seed: string;
  created_at: Int8;
  started: boolean;
  seating: unknown;
  policy: string;
  timer: unknown;
}

interface CommandRow {
  seq: number;
  command: unknown;
  seat: string | null;
  client_id: string | null;
  at: Int8;
}

interface SeatRow {
  id: string;
  session: string;
  token_hash: string;
  kind: string;
  role: string | null;
  name: string | null;
  created_at: Int8;
  revoked_at: Int8 | null;
}

/** What this file wrote is read back as it was written: the rows are ours, not input. */
function sessionOf(r: SessionRow): SessionRecord {
  return {
    id: r.id,
    code: r.code,
    secretHash: r.secret_hash,
    scenario: { name: r.scenario_name, bundled: r.scenario_bundled, text: r.scenario_text },
    seed: r.seed,
    createdAt: Number(r.created_at),
    started: r.started,
    seating: (r.seating ?? null) as SessionRecord['seating'],
    policy: r.policy as SessionRecord['policy'],
    timer: (r.timer ?? null) as SessionRecord['timer'],
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
    createdAt: Number(r.created_at),
    revokedAt: r.revoked_at === null ? null : Number(r.revoked_at),
  };
}

/** JSON text for a JSON column: `pg` would turn a JavaScript array into a PostgreSQL array. */
const json = (v: unknown): string | null =>
  v === null || v === undefined ? null : JSON.stringify(v);

/** A URL without its password, to say which database in a message. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the database URL given';
  }
}

const SESSION_COLUMNS = `id, code, secret_hash, scenario_name, scenario_bundled, scenario_text, seed,
  created_at, started, seating, policy, timer`;

export async function openPostgresStore(options: PostgresOptions): Promise<HostStore> {
  const { owner, leaseMs } = options;
  const pool = new Pool({
    connectionString: options.url,
    max: 8,
    application_name: 'mandate-host',
    keepAlive: true,
    connectionTimeoutMillis: 10_000,
    // A transaction left open by a host that stalled or lost the network holds its session's
    // lease row locked and keeps the next owner waiting: the server ends it after a lease's time.
    idle_in_transaction_session_timeout: leaseMs,
    // A lease row locked by another host's write is waited for, but not for ever.
    lock_timeout: leaseMs,
  });
  // A connection that drops (the server restarts, a network cut) is reported, never fatal: an
  // EventEmitter's unheard 'error' would end the process, idle in the pool or checked out.
  const lost = (e: Error) => options.report(`database: ${e.message}`);
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));

  /** A lease's end from now by the database's clock, the lease's length being parameter `n`. */
  const expiry = (n: number) => `clock_timestamp() + $${n} * interval '1 millisecond'`;

  async function transaction<T>(job: (c: PoolClient) => Promise<T>): Promise<T> {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const out = await job(c);
      await c.query('COMMIT');
      c.release();
      return out;
    } catch (e) {
      // A connection that cannot even roll back (it dropped) is thrown away, not pooled.
      const rolledBack = await c.query('ROLLBACK').then(
        () => true,
        () => false,
      );
      c.release(!rolledBack);
      throw e;
    }
  }

  /**
   * The first statement of every write to a session: the lease is this host's (renewed), and its
   * row stays locked until the transaction ends, which is what orders a write and a takeover.
   */
  async function hold(c: PoolClient, session: Id): Promise<void> {
    const r = await c.query(
      `UPDATE leases SET expires_at = ${expiry(3)} WHERE session = $1 AND owner = $2`,
      [session, owner, leaseMs],
    );
    if (r.rowCount !== 1) throw new LeaseLost(session);
  }

  async function patchSession(c: PoolClient, id: Id, patch: SessionPatch): Promise<void> {
    const sets: string[] = [];
    const values: (string | boolean | null)[] = [];
    const set = (column: string, value: string | boolean | null, cast = '') => {
      values.push(value);
      sets.push(`${column} = $${values.length + 1}${cast}`);
    };
    if (patch.started !== undefined) set('started', patch.started);
    if (patch.seating !== undefined) set('seating', json(patch.seating), '::json');
    if (patch.policy !== undefined) set('policy', patch.policy);
    if (patch.timer !== undefined) set('timer', json(patch.timer), '::json');
    if (patch.secretHash !== undefined) set('secret_hash', patch.secretHash);
    if (sets.length === 0) return;
    await c.query(`UPDATE sessions SET ${sets.join(', ')} WHERE id = $1`, [id, ...values]);
  }

  const client = await pool.connect().catch((e: unknown) => {
    void pool.end();
    throw new Error(
      `cannot reach the database at ${redactUrl(options.url)}: ${e instanceof Error ? e.message : String(e)}`,
    );
  });
  try {
    await migrate(client);
  } catch (e) {
    client.release();
    await pool.end();
    throw e;
  }
  client.release();

  return {
    async createSession(s) {
      await transaction(async (c) => {
        await c.query(
          `INSERT INTO sessions (${SESSION_COLUMNS})
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::json, $11, $12::json)`,
          [
            s.id,
            s.code,
            s.secretHash,
            s.scenario.name,
            s.scenario.bundled,
            s.scenario.text,
            s.seed,
            s.createdAt,
            s.started,
            json(s.seating),
            s.policy,
            json(s.timer),
          ],
        );
        await c.query(
          `INSERT INTO leases (session, owner, expires_at) VALUES ($1, $2, ${expiry(3)})`,
          [s.id, owner, leaseMs],
        );
      });
    },
    async updateSession(id, patch) {
      await transaction(async (c) => {
        await hold(c, id);
        await patchSession(c, id, patch);
      });
    },
    async sessions() {
      const r = await pool.query<SessionRow>(
        `SELECT ${SESSION_COLUMNS} FROM sessions ORDER BY created_at, id`,
      );
      return r.rows.map(sessionOf);
    },
    async session(id) {
      const r = await pool.query<SessionRow>(
        `SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = $1`,
        [id],
      );
      return r.rows[0] ? sessionOf(r.rows[0]) : null;
    },
    async acquire(id) {
      // Taken when there is no lease, when it is ours, or when it lapsed by the database's clock.
      // A lease row another host is writing under is locked: this waits for that write, then
      // judges the row as it committed it (renewed, so not lapsed).
      const r = await pool.query(
        `INSERT INTO leases (session, owner, expires_at)
           SELECT id, $2, ${expiry(3)} FROM sessions WHERE id = $1
           ON CONFLICT (session) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
           WHERE leases.owner = EXCLUDED.owner OR leases.expires_at < clock_timestamp()`,
        [id, owner, leaseMs],
      );
      return r.rowCount === 1;
    },
    async renew(ids) {
      if (ids.length === 0) return [];
      const r = await pool.query<{ session: string }>(
        `UPDATE leases SET expires_at = ${expiry(3)}
           WHERE owner = $1 AND session = ANY($2::text[]) RETURNING session`,
        [owner, [...ids], leaseMs],
      );
      const held = new Set(r.rows.map((row) => row.session));
      return ids.filter((id) => !held.has(id));
    },
    async release(id) {
      await pool.query('DELETE FROM leases WHERE session = $1 AND owner = $2', [id, owner]);
    },
    async unowned() {
      const r = await pool.query<{ id: string }>(
        `SELECT s.id FROM sessions s LEFT JOIN leases l ON l.session = s.id
         WHERE l.session IS NULL OR l.expires_at < clock_timestamp()
         ORDER BY s.created_at, s.id`,
      );
      return r.rows.map((row) => row.id);
    },
    async append(session, commands, patch) {
      try {
        await transaction(async (c) => {
          await hold(c, session);
          const r = await c.query<{ seq: number }>(
            'SELECT COALESCE(MAX(seq), 0) AS seq FROM commands WHERE session = $1',
            [session],
          );
          const last = r.rows[0]!.seq;
          if (commands.length > 0) {
            const values: (string | number | null)[] = [session];
            const rows: string[] = [];
            for (const [i, cmd] of commands.entries()) {
              // The log has no holes and no forks: the next seq is the last one plus one, exactly.
              if (cmd.seq !== last + i + 1) throw new LogConflict(session, cmd.seq);
              const n = values.length;
              values.push(cmd.seq, JSON.stringify(cmd.command), cmd.seat, cmd.clientId, cmd.at);
              rows.push(`($1, $${n + 1}, $${n + 2}::json, $${n + 3}, $${n + 4}, $${n + 5})`);
            }
            await c.query(
              `INSERT INTO commands (session, seq, command, seat, client_id, at) VALUES ${rows.join(', ')}`,
              values,
            );
          }
          if (patch) await patchSession(c, session, patch);
        });
      } catch (e) {
        // The key on (session, seq), or on a device's command id: another writer got there first.
        if (e instanceof DatabaseError && e.code === '23505' && e.table === 'commands')
          throw new LogConflict(session, commands[0]!.seq);
        throw e;
      }
    },
    async commands(session) {
      const r = await pool.query<CommandRow>(
        'SELECT seq, command, seat, client_id, at FROM commands WHERE session = $1 ORDER BY seq',
        [session],
      );
      return r.rows.map((row) => ({
        seq: row.seq,
        command: row.command as Command,
        seat: row.seat,
        clientId: row.client_id,
        at: Number(row.at),
      }));
    },
    async putSeat(seat) {
      await transaction(async (c) => {
        await hold(c, seat.session);
        await c.query(
          `INSERT INTO seats (id, session, token_hash, kind, role, name, created_at, revoked_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (id) DO UPDATE SET token_hash = EXCLUDED.token_hash, kind = EXCLUDED.kind,
             role = EXCLUDED.role, name = EXCLUDED.name, created_at = EXCLUDED.created_at,
             revoked_at = EXCLUDED.revoked_at
           WHERE seats.session = EXCLUDED.session`,
          [
            seat.id,
            seat.session,
            seat.tokenHash,
            seat.kind,
            seat.role,
            seat.name,
            seat.createdAt,
            seat.revokedAt,
          ],
        );
      });
    },
    async revokeSeat(id, at) {
      await transaction(async (c) => {
        const r = await c.query<{ session: string }>('SELECT session FROM seats WHERE id = $1', [
          id,
        ]);
        if (!r.rows[0]) return;
        await hold(c, r.rows[0].session);
        await c.query('UPDATE seats SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [
          at,
          id,
        ]);
      });
    },
    async seats(session) {
      const r = await pool.query<SeatRow>(
        `SELECT id, session, token_hash, kind, role, name, created_at, revoked_at
         FROM seats WHERE session = $1 AND revoked_at IS NULL ORDER BY created_at, id`,
        [session],
      );
      return r.rows.map(seatOf);
    },
    async close() {
      await pool.end();
    },
  };
}
