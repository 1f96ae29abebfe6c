/**
 * The host's store, the same suite against both: SQLite (a laptop) and PostgreSQL (a centre's
 * server, a real one started for this file by `postgres.ts`). Then what only a store shared by
 * several hosts has: sessions owned by one host at a time, taken over when a lease lapses, a
 * late write of a host that lost its session refused, and a versioned schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client as PgClient, Pool } from 'pg';
import { join } from 'node:path';
import { migrate, MIGRATIONS, SchemaTooNew } from '../../src/host/log/migrations';
import { openPostgresStore } from '../../src/host/log/postgres';
import { openSqliteStore } from '../../src/host/log/sqlite';
import {
  LeaseLost,
  LogConflict,
  type HostStore,
  type LoggedCommand,
  type SeatRecord,
  type SessionRecord,
} from '../../src/host/log/store';
import { sleep, tempDir } from './helpers';
import { startPostgres, withPostgres, type PgServer } from './postgres';

const tmp = tempDir('store');
let server: PgServer | null = null;
let databases = 0;

beforeAll(async () => {
  if (withPostgres) server = await startPostgres();
}, 60_000);

afterAll(async () => {
  await server?.stop();
  tmp.remove();
});

const report = () => undefined;

/** Where a store keeps its data: a file, or a database of the server; a new one each time. */
interface Backend {
  name: string;
  skip: boolean;
  place(): Promise<string>;
  open(place: string, owner?: string, leaseMs?: number): Promise<HostStore>;
}

const BACKENDS: Backend[] = [
  {
    name: 'SQLite',
    skip: false,
    place: async () => join(tmp.dir, `store-${++databases}.sqlite`),
    open: async (file) => openSqliteStore(file),
  },
  {
    name: 'PostgreSQL',
    skip: !withPostgres,
    place: () => server!.createDatabase(`store_${++databases}`),
    open: (url, owner = 'host-a', leaseMs = 10_000) =>
      openPostgresStore({ url, owner, leaseMs, report }),
  },
];

const record = (id: string, createdAt = 1): SessionRecord => ({
  id,
  code: `C${id.toUpperCase().padEnd(5, 'X')}`.slice(0, 6),
  secretHash: `hash-${id}`,
  scenario: { name: 'default', bundled: true, text: '{"b":1,"a":[2.5,"é"]}' },
  seed: `seed-${id}`,
  createdAt,
  started: false,
  seating: null,
  policy: 'cooperative',
  timer: null,
});

/** A command whose key order and numbers must come back exactly as written. */
const cmd = (seq: number, by: { seat: string; clientId: string } | null = null): LoggedCommand => ({
  seq,
  command: { type: 'message', role: 'police', to: 'all', text: `n°${seq} "quoted"`, at: seq },
  seat: by?.seat ?? null,
  clientId: by?.clientId ?? null,
  at: 1_700_000_000_000 + seq,
});

const seat = (id: string, session: string, createdAt: number): SeatRecord => ({
  id,
  session,
  tokenHash: `token-${id}`,
  kind: 'team',
  role: 'police',
  name: `Team ${id}`,
  createdAt,
  revokedAt: null,
});

describe.each(BACKENDS)('the $name store', (backend) => {
  const fresh = async () => backend.open(await backend.place());

  it.skipIf(backend.skip)('creates sessions and lists them, oldest first', async () => {
    const store = await fresh();
    await store.createSession(record('s2', 20));
    await store.createSession(record('s1', 10));
    const listed = await store.sessions();
    expect(listed.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(listed[0]).toEqual(record('s1', 10));
    expect(await store.session('s2')).toEqual(record('s2', 20));
    expect(await store.session('nope')).toBeNull();
    await expect(
      store.createSession({ ...record('s3'), code: record('s1').code }),
    ).rejects.toThrow();
    await store.close();
  });

  it.skipIf(backend.skip)('patches a session', async () => {
    const store = await fresh();
    await store.createSession(record('s1'));
    const timer = {
      timer: { seconds: 300, endsAt: null, left: 300_000, changedAt: 5 },
      heldByPause: false,
    };
    await store.updateSession('s1', {
      started: true,
      seating: {
        police: { kind: 'team', name: 'Blue' },
        military: { kind: 'policy', policy: 'siloed' },
      },
      policy: 'random',
      timer,
      secretHash: 'new-hash',
    });
    const s = (await store.session('s1'))!;
    expect(s).toMatchObject({ started: true, policy: 'random', timer, secretHash: 'new-hash' });
    expect(s.seating).toEqual({
      police: { kind: 'team', name: 'Blue' },
      military: { kind: 'policy', policy: 'siloed' },
    });
    await store.updateSession('s1', { timer: null });
    expect((await store.session('s1'))!.timer).toBeNull();
    await store.close();
  });

  it.skipIf(backend.skip)(
    'appends consecutive commands and reads them back in order, exactly',
    async () => {
      const store = await fresh();
      await store.createSession(record('s1'));
      await store.createSession(record('s2'));
      await store.append('s1', [cmd(1, { seat: 'seat-a', clientId: 'a-1' }), cmd(2)]);
      await store.append('s1', [cmd(3)]);
      await store.append('s2', [cmd(1)]);
      const back = await store.commands('s1');
      expect(back).toEqual([cmd(1, { seat: 'seat-a', clientId: 'a-1' }), cmd(2), cmd(3)]);
      // Key order too: what is replayed is what was logged.
      expect(JSON.stringify(back[0]!.command)).toBe(JSON.stringify(cmd(1).command));
      expect((await store.commands('s2')).map((c) => c.seq)).toEqual([1]);
      expect(await store.commands('none')).toEqual([]);
      await store.close();
    },
  );

  it.skipIf(backend.skip)(
    'refuses a taken or skipped seq with LogConflict and writes nothing',
    async () => {
      const store = await fresh();
      await store.createSession(record('s1'));
      await store.append('s1', [cmd(1), cmd(2)], { started: true });
      // Taken: nothing of it is written, not its patch either.
      await expect(store.append('s1', [cmd(2)], { started: false })).rejects.toBeInstanceOf(
        LogConflict,
      );
      // Skipped, and a batch whose second command is out of place: nothing of it either.
      await expect(store.append('s1', [cmd(4)])).rejects.toBeInstanceOf(LogConflict);
      await expect(
        store.append('s1', [cmd(3), cmd(5)], { policy: 'random' }),
      ).rejects.toBeInstanceOf(LogConflict);
      // A device's command logged twice (a retry that raced) is a conflict too.
      const by = { seat: 'seat-a', clientId: 'x' };
      await store.append('s1', [cmd(3, by)]);
      await expect(store.append('s1', [cmd(4, by)])).rejects.toBeInstanceOf(LogConflict);
      expect((await store.commands('s1')).map((c) => c.seq)).toEqual([1, 2, 3]);
      expect(await store.session('s1')).toMatchObject({ started: true, policy: 'cooperative' });
      await store.close();
    },
  );

  it.skipIf(backend.skip)('applies a patch with its append, and a patch alone', async () => {
    const store = await fresh();
    await store.createSession(record('s1'));
    const timer = {
      timer: { seconds: 60, endsAt: 99, left: null, changedAt: 9 },
      heldByPause: true,
    };
    await store.append('s1', [cmd(1)], { started: true, timer });
    expect(await store.session('s1')).toMatchObject({ started: true, timer });
    await store.append('s1', [], { policy: 'siloed' });
    expect((await store.session('s1'))!.policy).toBe('siloed');
    expect(await store.commands('s1')).toHaveLength(1);
    await store.close();
  });

  it.skipIf(backend.skip)('puts, replaces, revokes and lists seats', async () => {
    const store = await fresh();
    await store.createSession(record('s1'));
    await store.createSession(record('s2'));
    await store.putSeat(seat('b', 's1', 2));
    await store.putSeat(seat('a', 's1', 1));
    await store.putSeat(seat('c', 's2', 1));
    await store.putSeat({ ...seat('b', 's1', 2), role: 'military', name: 'Moved' });
    expect(await store.seats('s1')).toEqual([
      seat('a', 's1', 1),
      { ...seat('b', 's1', 2), role: 'military', name: 'Moved' },
    ]);
    await store.revokeSeat('a', 50);
    await store.revokeSeat('unknown', 50);
    expect((await store.seats('s1')).map((s) => s.id)).toEqual(['b']);
    expect((await store.seats('s2')).map((s) => s.id)).toEqual(['c']);
    await store.close();
  });

  it.skipIf(backend.skip)('holds its own sessions: taken, renewed, never lost alone', async () => {
    const store = await fresh();
    await store.createSession(record('s1'));
    expect(await store.acquire('s1')).toBe(true);
    expect(await store.renew(['s1'])).toEqual([]);
    expect(await store.unowned()).toEqual([]);
    await store.close();
  });

  it.skipIf(backend.skip)(
    'keeps everything over a close, and refuses work once closed',
    async () => {
      const place = await backend.place();
      const store = await backend.open(place);
      await store.createSession(record('s1'));
      await store.append('s1', [cmd(1), cmd(2)], { started: true });
      await store.putSeat(seat('a', 's1', 1));
      await store.close();
      await expect(store.sessions()).rejects.toThrow();
      const again = await backend.open(place);
      expect(await again.sessions()).toEqual([{ ...record('s1'), started: true }]);
      expect(await again.commands('s1')).toEqual([cmd(1), cmd(2)]);
      expect(await again.seats('s1')).toEqual([seat('a', 's1', 1)]);
      await again.close();
    },
  );
});

describe.skipIf(!withPostgres)('PostgreSQL shared by several hosts', () => {
  const LEASE = 300;
  const two = async (leaseMs = LEASE) => {
    const url = await server!.createDatabase(`shared_${++databases}`);
    const a = await openPostgresStore({ url, owner: 'host-a', leaseMs, report });
    const b = await openPostgresStore({ url, owner: 'host-b', leaseMs, report });
    return { url, a, b };
  };

  it('gives a session to one host at a time; another writes nothing to it', async () => {
    const { a, b } = await two(10_000);
    await a.createSession(record('s1'));
    await a.append('s1', [cmd(1)]);
    expect(await b.acquire('s1')).toBe(false);
    expect(await b.unowned()).toEqual([]);
    await expect(b.append('s1', [cmd(2)])).rejects.toBeInstanceOf(LeaseLost);
    await expect(b.updateSession('s1', { started: true })).rejects.toBeInstanceOf(LeaseLost);
    await expect(b.putSeat(seat('x', 's1', 1))).rejects.toBeInstanceOf(LeaseLost);
    await a.putSeat(seat('y', 's1', 1));
    await expect(b.revokeSeat('y', 5)).rejects.toBeInstanceOf(LeaseLost);
    expect(await b.commands('s1')).toEqual([cmd(1)]);
    expect(await b.session('s1')).toMatchObject({ started: false });
    expect((await b.seats('s1')).map((s) => s.id)).toEqual(['y']);
    // Given up cleanly, it is free at once.
    await a.release('s1');
    expect(await b.unowned()).toEqual(['s1']);
    expect(await b.acquire('s1')).toBe(true);
    await b.append('s1', [cmd(2)]);
    await Promise.all([a.close(), b.close()]);
  });

  it('lets another host take over a lapsed lease; the late host’s writes are refused', async () => {
    const { a, b } = await two();
    await a.createSession(record('s1'));
    await a.append('s1', [cmd(1)]);
    // Host A stalls past its lease (a GC pause, a network cut)...
    await sleep(LEASE + 100);
    expect(await b.unowned()).toEqual(['s1']);
    expect(await b.acquire('s1')).toBe(true);
    // ...and B replays the log, A's acknowledged command in it.
    expect(await b.commands('s1')).toEqual([cmd(1)]);
    // A wakes up: what it still sends is refused, with nothing written; its renewal says so.
    await expect(a.append('s1', [cmd(2)])).rejects.toBeInstanceOf(LeaseLost);
    await expect(a.updateSession('s1', { started: true })).rejects.toBeInstanceOf(LeaseLost);
    expect(await a.renew(['s1'])).toEqual(['s1']);
    expect(await a.acquire('s1')).toBe(false);
    await b.append('s1', [cmd(2)]);
    expect((await b.commands('s1')).map((c) => c.seq)).toEqual([1, 2]);
    expect(await b.session('s1')).toMatchObject({ started: false });
    await Promise.all([a.close(), b.close()]);
  });

  it('keeps a lapsed lease nobody took: the stalled host carries on', async () => {
    const { a, b } = await two();
    await a.createSession(record('s1'));
    await sleep(LEASE + 100);
    await a.append('s1', [cmd(1)]);
    expect(await b.unowned()).toEqual([]);
    expect(await b.acquire('s1')).toBe(false);
    await Promise.all([a.close(), b.close()]);
  });

  it('orders a write and a takeover racing on a lapsed lease: exactly one of them wins', async () => {
    const { a, b } = await two();
    const outcomes: string[] = [];
    for (let round = 1; round <= 8; round++) {
      const id = `r${round}`;
      await a.createSession(record(id));
      await a.append(id, [cmd(1)]);
      await sleep(LEASE + 50);
      const [wrote, took] = await Promise.all([
        a.append(id, [cmd(2)]).then(
          () => true,
          (e: unknown) => {
            if (!(e instanceof LeaseLost)) throw e;
            return false;
          },
        ),
        // The takeover a little later each round, so that both orders come up.
        sleep((round - 1) * 2).then(() => b.acquire(id)),
      ]);
      outcomes.push(`${wrote ? 'write' : 'takeover'}`);
      expect(wrote).not.toBe(took);
      // Whoever won, the log holds exactly what was acknowledged.
      expect((await b.commands(id)).map((c) => c.seq)).toEqual(wrote ? [1, 2] : [1]);
    }
    expect(outcomes).toHaveLength(8);
    await Promise.all([a.close(), b.close()]);
  });

  it('holds a takeover off while a write is under way, then finds the lease renewed', async () => {
    const { url, a, b } = await two(1000);
    await a.createSession(record('s1'));
    await sleep(1100);
    // Host A's write, begun before the lease lapsed by much and slow to commit: its first
    // statement is the store's own (renew the lease, this host's, and keep its row locked).
    const writer = new PgClient({ connectionString: url });
    await writer.connect();
    await writer.query('BEGIN');
    const held = await writer.query(
      `UPDATE leases SET expires_at = clock_timestamp() + interval '10 seconds'
       WHERE session = 's1' AND owner = 'host-a'`,
    );
    expect(held.rowCount).toBe(1);
    let settled = false;
    const taking = b.acquire('s1').finally(() => (settled = true));
    await sleep(300);
    expect(settled).toBe(false);
    await writer.query('COMMIT');
    await writer.end();
    expect(await taking).toBe(false);
    await Promise.all([a.close(), b.close()]);
  });

  it('lets one host only take a free session when several try at once', async () => {
    const url = await server!.createDatabase(`race_${++databases}`);
    const hosts = await Promise.all(
      ['h1', 'h2', 'h3', 'h4'].map((owner) =>
        openPostgresStore({ url, owner, leaseMs: LEASE, report }),
      ),
    );
    await hosts[0]!.createSession(record('s1'));
    await hosts[0]!.release('s1');
    const took = await Promise.all(hosts.map((h) => h.acquire('s1')));
    expect(took.filter(Boolean)).toHaveLength(1);
    await Promise.all(hosts.map((h) => h.close()));
  });

  it('makes and migrates its schema once, even with hosts starting together', async () => {
    const url = await server!.createDatabase(`schema_${++databases}`);
    const stores = await Promise.all(
      ['h1', 'h2', 'h3'].map((owner) => openPostgresStore({ url, owner, leaseMs: LEASE, report })),
    );
    await Promise.all(stores.map((s) => s.close()));
    const c = new PgClient({ connectionString: url });
    await c.connect();
    const versions = await c.query<{ version: number }>(
      'SELECT version FROM schema_version ORDER BY version',
    );
    expect(versions.rows.map((r) => r.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    // A database a newer host migrated further: this one refuses to start on it, and says why.
    await c.query('INSERT INTO schema_version (version) VALUES ($1)', [MIGRATIONS.length + 1]);
    await c.end();
    const opening = openPostgresStore({ url, owner: 'old', leaseMs: LEASE, report });
    await expect(opening).rejects.toBeInstanceOf(SchemaTooNew);
    await expect(opening).rejects.toThrow(
      new RegExp(`schema version ${MIGRATIONS.length + 1}, made by a newer Mandate host`),
    );
  });

  it('applies migrations in order, each once, and nothing of a run that fails', async () => {
    const url = await server!.createDatabase(`migrate_${++databases}`);
    const pool = new Pool({ connectionString: url });
    const c = await pool.connect();
    const m1 = 'CREATE TABLE a (x INTEGER)';
    const m2 = 'ALTER TABLE a ADD COLUMN y TEXT';
    expect(await migrate(c, [m1])).toBe(1);
    expect(await migrate(c, [m1, m2])).toBe(2);
    expect(await migrate(c, [m1, m2])).toBe(2);
    await expect(migrate(c, [m1, m2, 'INSERT INTO a VALUES (1)', 'NOT SQL'])).rejects.toThrow();
    const versions = await c.query<{ version: number }>('SELECT version FROM schema_version');
    expect(versions.rows.map((r) => r.version).sort()).toEqual([1, 2]);
    expect((await c.query('SELECT * FROM a')).rowCount).toBe(0);
    await expect(migrate(c, [m1])).rejects.toBeInstanceOf(SchemaTooNew);
    c.release();
    await pool.end();
  });

  it('says which database it cannot reach, without its password', async () => {
    const opening = openPostgresStore({
      url: 'postgres://mandate:hunter2@127.0.0.1:1/none',
      owner: 'x',
      leaseMs: LEASE,
      report,
    });
    await expect(opening).rejects.toThrow(
      /cannot reach the database at postgres:\/\/mandate:\*\*\*@127\.0\.0\.1:1\/none/,
    );
    await expect(opening).rejects.not.toThrow(/hunter2/);
  });
});
