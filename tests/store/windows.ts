/** Two windows of one browser for tests: a fake BroadcastChannel hub and the windows on it. */
import { createSessionStore, type SessionStore, type StorageLike } from '../../src/store';
import { connectSync, type ChannelLike, type Sync } from '../../src/store/sync';
import { bundled, memoryStorage } from './helpers';

/** A hub of fake channels: a message posted on one reaches every other, on `flush()`. */
export function hub() {
  const members: { listeners: Set<(ev: { data: unknown }) => void>; closed: boolean }[] = [];
  const queue: { from: number; data: unknown }[] = [];
  return {
    channel(): ChannelLike {
      const me = { listeners: new Set<(ev: { data: unknown }) => void>(), closed: false };
      const index = members.push(me) - 1;
      return {
        postMessage: (data) => {
          if (me.closed) throw new Error('closed');
          // Structured clone, as the real channel does.
          queue.push({ from: index, data: structuredClone(data) });
        },
        addEventListener: (_type, fn) => void me.listeners.add(fn),
        removeEventListener: (_type, fn) => void me.listeners.delete(fn),
        close: () => void (me.closed = true),
      };
    },
    /** Delivers until no message is left; returns how many were delivered. */
    flush(): number {
      let n = 0;
      while (queue.length) {
        const m = queue.shift()!;
        members.forEach((x, i) => {
          if (i !== m.from && !x.closed) for (const fn of x.listeners) fn({ data: m.data });
        });
        if (++n > 1000) throw new Error('the windows never settle');
      }
      return n;
    },
  };
}

export function mainWindow(storage: StorageLike): SessionStore {
  const s = createSessionStore({ storage, bundled, randomSeed: () => 'sync-seed' });
  void s.chooseBundled('default.json');
  s.startGame();
  return s;
}

export function consoleWindow(storage: StorageLike): SessionStore {
  const c = createSessionStore({ storage, bundled, mode: 'console' });
  void c.resumeAutosave();
  return c;
}

export function pair(): {
  storage: ReturnType<typeof memoryStorage>;
  main: SessionStore;
  con: SessionStore;
  h: ReturnType<typeof hub>;
  a: Sync;
  b: Sync;
} {
  const storage = memoryStorage();
  const h = hub();
  const main = mainWindow(storage);
  const a = connectSync(main, h.channel(), 'main-1');
  const con = consoleWindow(storage);
  const b = connectSync(con, h.channel(), 'console-1', { initialClock: -1 });
  h.flush();
  return { storage, main, con, h, a, b };
}
