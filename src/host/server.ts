/**
 * A host put together: the store, the sessions, the HTTP server and the socket endpoint, listening
 * on every interface. `cli.ts` starts one from the command line; nothing here calls out to any
 * network: a classroom without Internet is the normal case.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { createHttpServer } from './http';
import { baseUrl, lanAddresses } from './network';
import { withheldFiles } from './withheld';
import { DEFAULT_LEASE_MS } from './leases';
import { openPostgresStore } from './log/postgres';
import { openSqliteStore } from './log/sqlite';
import type { HostStore } from './log/store';
import { hashToken, newId, newToken } from './secrets';
import { Host } from './sessions';
import { attachSockets } from './sockets';

export interface HostConfig {
  port: number;
  /** Where the admin secret lives, and the SQLite file when no database URL is given. */
  dataDir: string;
  /** A PostgreSQL URL: a centre's database, shared by its hosts. None: the SQLite file. */
  databaseUrl?: string;
  /** How long a session stays this host's without a renewal (PostgreSQL; default 10 s). */
  leaseMs?: number;
  /** The built game. */
  distDir: string;
  heartbeatMs: number;
  rate: number;
  report: (message: string) => void;
}

export interface RunningHost {
  host: Host;
  port: number;
  /** The port asked for was taken, and this one was used instead. */
  fellBack: boolean;
  bootId: string;
  adminSecret: string;
  close(): Promise<void>;
}

/** The host's admin secret: made once, kept beside the database (readable by its owner only). */
export function adminSecret(dataDir: string): string {
  const file = join(dataDir, 'admin-secret');
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  }
  const secret = newToken();
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(e);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '0.0.0.0');
  });
}

export async function startHost(config: HostConfig): Promise<RunningHost> {
  const bootId = newId();
  const leaseMs = config.leaseMs ?? DEFAULT_LEASE_MS;
  const store: HostStore = config.databaseUrl
    ? await openPostgresStore({
        url: config.databaseUrl,
        owner: bootId,
        leaseMs,
        report: config.report,
      })
    : openSqliteStore(join(config.dataDir, 'mandate-host.sqlite'));
  const secret = adminSecret(config.dataDir);
  const host = await Host.open({
    store,
    bootId,
    now: Date.now,
    report: config.report,
    adminHash: hashToken(secret),
    leaseMs,
  });
  let port = 0;
  const withheld = withheldFiles(config.distDir);
  if (!withheld)
    config.report(
      'dist/ has no build manifest: the bundled scenarios are served whole; rebuild the game.',
    );
  const server = createHttpServer({
    root: config.distDir,
    bootId,
    addresses: () => lanAddresses().map((a) => baseUrl(a, port)),
    withheld: withheld ?? undefined,
  });
  let fellBack = false;
  try {
    port = await listen(server, config.port);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    port = await listen(server, 0);
    fellBack = true;
  }
  // Attached once listening: the socket server re-emits the HTTP server's errors, and a port
  // taken is the HTTP server's to report (and to fall back from), not an unhandled error.
  const wss = attachSockets(server, host, {
    heartbeatMs: config.heartbeatMs,
    rate: config.rate,
    report: config.report,
  });
  return {
    host,
    port,
    fellBack,
    bootId,
    adminSecret: secret,
    async close() {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
      await new Promise<void>((r) => server.close(() => r()));
      await host.close();
      await store.close();
    },
  };
}
