/**
 * Keeps a host's sessions its own, and takes over those whose host died. Every quarter of a
 * lease's time it renews the leases of the sessions it holds, gives up at once the ones another
 * host took, and takes the sessions no host holds any more (their host stopped, or died and its
 * lease lapsed).
 *
 * A quarter, so that a host survives a stall of three quarters of a lease (a long GC pause, a
 * slow disk, a moment without the database) without losing anything, and a dead host's sessions
 * are taken over within a lease and a quarter.
 *
 * When the database has not answered a renewal for a whole lease, another host may hold this
 * host's sessions by now: it gives them all up (hangs up their devices) rather than show views
 * that may be stale. That is for the devices' sake only: what keeps two hosts from both writing
 * a session is the store, which checks the lease in every write's own transaction.
 *
 * On SQLite every session is always the host's: renewing loses none and none is ever free.
 */
import type { Id } from '../net/protocol';
import type { HostStore } from './log/store';

/** How long a lease lasts unless renewed, by default. */
export const DEFAULT_LEASE_MS = 10_000;

export interface KeeperOptions {
  store: HostStore;
  leaseMs: number;
  /** The sessions this host holds now. */
  held(): Id[];
  /** A session this host holds no longer: stop it, and hang up on its devices. */
  lose(id: Id, why: string): void;
  /** A session no host holds: take it if it can still be taken, and replay it. */
  adopt(id: Id): Promise<void>;
  report(message: string): void;
  /** A monotonic clock (ms). */
  now?: () => number;
}

export interface Keeper {
  /**
   * Whether every lease of this host was renewed less than half a lease ago by this host's
   * clock: then none can have lapsed yet, and no other host can hold any of its sessions. Not
   * after a stall (a host frozen for seconds wakes with old renewals), nor without the database.
   */
  fresh(): boolean;
  stop(): Promise<void>;
}

export function keepLeases(o: KeeperOptions): Keeper {
  const now = o.now ?? (() => performance.now());
  const every = Math.max(50, Math.floor(o.leaseMs / 4));
  let renewedAt = now();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();

  async function tick(): Promise<void> {
    const sent = now();
    try {
      for (const id of await o.store.renew(o.held())) o.lose(id, 'another host took it over');
      // The leases renewed run from when the database ran the renewal, after `sent`.
      renewedAt = sent;
      for (const id of await o.store.unowned()) {
        if (stopped) return;
        if (!o.held().includes(id)) await o.adopt(id);
      }
    } catch (e) {
      o.report(`leases: ${e instanceof Error ? e.message : String(e)}`);
      if (now() - renewedAt > o.leaseMs)
        for (const id of o.held()) o.lose(id, 'the database did not answer for a whole lease');
    }
  }

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, every);
    // The host's sockets keep its process alive; its leases alone should not.
    timer.unref();
  };
  schedule();

  return {
    fresh: () => now() - renewedAt < o.leaseMs / 2,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
