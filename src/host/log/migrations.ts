/**
 * The PostgreSQL store's schema, made and brought up to date by the host itself: no script for a
 * centre's staff to run, and every host of a centre on the same schema.
 *
 * `MIGRATIONS` is ordered and only ever grows: migration n takes a database from version n − 1
 * to n, and a version once released is never edited (a database out there is at it). The
 * `schema_version` table has a row for each migration applied, with when. A database at a
 * version newer than this code knows was made by a newer host: this one refuses to start on it
 * rather than write rows the newer schema does not expect.
 *
 * Two hosts starting at once on an empty database must not both migrate it: the migration runs
 * in one transaction that first takes a transaction-level advisory lock, so the second waits
 * and then finds the work done.
 */
import type { PoolClient } from 'pg';

export const MIGRATIONS: readonly string[] = [
  // 1: the sessions, their command logs, their seats, and which host holds each.
  `
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    scenario_name TEXT NOT NULL,
    scenario_bundled BOOLEAN NOT NULL,
    -- The validated scenario as JSON text, exactly as written: a session resumes on the scenario
    -- it was played on. JSON, not JSONB, here and below: JSONB reorders keys and rewrites
    -- numbers, and what is replayed must be what was logged.
    scenario_text TEXT NOT NULL,
    seed TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    started BOOLEAN NOT NULL,
    seating JSON,
    policy TEXT NOT NULL,
    timer JSON
  );
  CREATE TABLE commands (
    session TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL CHECK (seq > 0),
    command JSON NOT NULL,
    seat TEXT,
    client_id TEXT,
    at BIGINT NOT NULL,
    -- The key that keeps two writers from forking a log.
    PRIMARY KEY (session, seq)
  );
  -- A device's command is logged once, whichever host it was sent to again.
  CREATE UNIQUE INDEX commands_client ON commands (session, seat, client_id)
    WHERE client_id IS NOT NULL;
  CREATE TABLE seats (
    id TEXT PRIMARY KEY,
    session TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    role TEXT,
    name TEXT,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
  );
  CREATE INDEX seats_session ON seats (session) WHERE revoked_at IS NULL;
  -- Which host process (its boot id) owns each session, until when by the database's clock.
  CREATE TABLE leases (
    session TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    owner TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
  );
  `,
];

/** The database was made by a newer host than this one. */
export class SchemaTooNew extends Error {
  constructor(found: number, known: number) {
    super(
      `the database is at schema version ${found}, made by a newer Mandate host than this one ` +
        `(which knows versions up to ${known}): update this host, or point it at another database`,
    );
  }
}

/** A key no other user of advisory locks in the database is likely to pick: "mand" in ASCII. */
const MIGRATION_LOCK = 0x6d616e64;

/** Brings the database to the newest version this code knows; returns that version. */
export async function migrate(
  client: PoolClient,
  migrations: readonly string[] = MIGRATIONS,
): Promise<number> {
  await client.query('BEGIN');
  try {
    // The store's connections give up on a lock after a lease's time; a host waiting for another's
    // migration waits for as long as it takes.
    await client.query('SET LOCAL lock_timeout = 0');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_version (
         version INTEGER PRIMARY KEY,
         applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
       )`,
    );
    const found = await client.query<{ version: number }>(
      'SELECT COALESCE(MAX(version), 0) AS version FROM schema_version',
    );
    const at = found.rows[0]!.version;
    if (at > migrations.length) throw new SchemaTooNew(at, migrations.length);
    for (let v = at + 1; v <= migrations.length; v++) {
      await client.query(migrations[v - 1]!);
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [v]);
    }
    await client.query('COMMIT');
    return migrations.length;
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}
