/**
 * A throwaway PostgreSQL server for the host's tests: `initdb` into a temporary folder, started
 * with `pg_ctl` on a free port of 127.0.0.1 (and a socket in that folder, never the system's),
 * trust authentication for one role, `mandate`; stopped and removed after. Nothing outside the
 * folder is touched, and only this machine can reach it.
 *
 * PostgreSQL refuses to run as root. Run as root (CI here is), the binaries run as the
 * unprivileged user `postgres` through `runuser` (util-linux, no password, no login shell), which
 * owns the folder; Debian's `postgresql` package makes that user, and `.ci/run` makes it when it
 * is missing. `MANDATE_PG_USER` names another. Run as anyone else, they run as that user.
 *
 * The binaries: `MANDATE_PG_BIN`, else the newest `/usr/lib/postgresql/N/bin` (Debian's), else
 * `initdb` on the PATH. A test that needs the server fails when `CI` is set and there is none;
 * elsewhere it is skipped, and the reason printed.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

function findBin(): string | null {
  const given = process.env.MANDATE_PG_BIN;
  if (given) return existsSync(join(given, 'initdb')) ? given : null;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v) && existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter))
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  return null;
}

/** Where PostgreSQL's server binaries are, or null. */
export const POSTGRES_BIN = findBin();

const inCi = (process.env.CI ?? '') !== '';

/**
 * Whether to run the tests that need PostgreSQL: when its binaries are here, and always in CI,
 * where a missing server must fail them rather than let them pass unseen.
 */
export const withPostgres = POSTGRES_BIN !== null || inCi;

export const NO_POSTGRES =
  'no PostgreSQL server binaries found (apt-get install postgresql, or set MANDATE_PG_BIN)';

if (!withPostgres) console.warn(`Skipping the host's PostgreSQL tests: ${NO_POSTGRES}.`);

export interface PgServer {
  /** A URL of a database of the server. */
  url(database: string): string;
  /** Makes a new, empty database; returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<PgServer> {
  const bin = POSTGRES_BIN;
  if (!bin) throw new Error(`the host's PostgreSQL tests need a server: ${NO_POSTGRES}`);
  const asRoot = process.getuid?.() === 0;
  const user = process.env.MANDATE_PG_USER ?? 'postgres';
  const dir = mkdtempSync(join(tmpdir(), 'mandate-pg-'));
  const data = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  if (asRoot) {
    let uid: number, gid: number;
    try {
      uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
      gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
    } catch {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(
        `run as root, PostgreSQL needs an unprivileged user to run as: there is no user ${user} (.ci/run makes it)`,
      );
    }
    chownSync(dir, uid, gid);
  }
  /** A PostgreSQL binary, as the unprivileged user when this is root. */
  const pg = (name: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', user, '--', join(bin, name), ...args])
      : run(join(bin, name), args);
  const stopNow = () =>
    spawnSync(
      asRoot ? 'runuser' : join(bin, 'pg_ctl'),
      [
        ...(asRoot ? ['-u', user, '--', join(bin, 'pg_ctl')] : []),
        'stop',
        '-D',
        data,
        '-m',
        'immediate',
      ],
      { stdio: 'ignore' },
    );

  const failed = (what: string, e: unknown): Error => {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '';
    rmSync(dir, { recursive: true, force: true });
    return new Error(`PostgreSQL ${what} failed: ${String(e)}\n${log}`);
  };

  try {
    await pg('initdb', [
      '-D',
      data,
      '-U',
      'mandate',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
  } catch (e) {
    throw failed('initdb', e);
  }
  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    try {
      // fsync off: what these tests kill is a host, never the server, and it starts in a blink.
      await pg('pg_ctl', [
        'start',
        '-w',
        '-t',
        '30',
        '-D',
        data,
        '-l',
        logFile,
        '-o',
        `-p ${port} -c listen_addresses=127.0.0.1 -k ${data} -c fsync=off`,
      ]);
      break;
    } catch (e) {
      // The port was taken between finding it free and the server's start: try another.
      if (attempt >= 3) throw failed('start', e);
    }
  }
  // A test run that ends without `stop` (a crash, ^C) leaves no server behind.
  process.once('exit', stopNow);

  const url = (database: string) => `postgres://mandate@127.0.0.1:${port}/${database}`;
  return {
    url,
    async createDatabase(name) {
      const c = new Client({ connectionString: url('postgres') });
      await c.connect();
      try {
        await c.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await c.end();
      }
      return url(name);
    },
    async stop() {
      process.off('exit', stopNow);
      await pg('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w']).catch(() => stopNow());
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
