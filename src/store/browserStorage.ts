/**
 * The page's storage: IndexedDB, whose writes are on disk when their transaction completes
 * (`durability: 'strict'`), so "saved" means saved even if the browser is killed a moment
 * later. `localStorage`, by contrast, is written to disk lazily: a crash there lost the last
 * ten seconds of play. The app reads synchronously, so the store's keys are loaded into memory
 * when the page opens and every write goes to memory at once and to disk behind it; `pending`
 * says how many writes are not yet on disk, and the status bar says "Saving…" until it is 0.
 *
 * Where IndexedDB cannot be opened (some private modes), `main.ts` falls back to the durable
 * wrapper over localStorage (`durable.ts`), and the status bar says so.
 */
import type { StorageLike } from './types';

const DB = 'mandate';
const STORE = 'kv';

export interface BrowserStorage extends StorageLike {
  readonly kind: 'indexeddb' | 'localstorage';
  /** Writes not yet on disk. */
  pending(): number;
  /** Resolves when every write made so far is on disk (or failed). */
  settled(): Promise<void>;
  /** Told when `pending` changes, and of a write that failed on disk. */
  watch(listener: (pending: number, failure: unknown) => void): () => void;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('the write was aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('the write failed'));
  });
}

/** Opens the database and loads every key; null when IndexedDB is not available here. */
export async function openIndexedDbStorage(
  factory: IDBFactory | undefined,
  legacy: StorageLike | null,
  legacyKeys: readonly string[],
): Promise<BrowserStorage | null> {
  if (!factory) return null;
  let db: IDBDatabase;
  try {
    const open = factory.open(DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    db = await request(open);
  } catch {
    return null;
  }
  const items = new Map<string, string>();
  try {
    const tx = db.transaction(STORE, 'readonly');
    const store = tx.objectStore(STORE);
    const [keys, values] = await Promise.all([
      request(store.getAllKeys()),
      request(store.getAll()),
    ]);
    keys.forEach((k, i) => {
      if (typeof k === 'string' && typeof values[i] === 'string') items.set(k, values[i] as string);
    });
  } catch {
    db.close();
    return null;
  }

  let inFlight = 0;
  let last: Promise<void> = Promise.resolve();
  const listeners = new Set<(pending: number, failure: unknown) => void>();
  const tell = (failure: unknown = null) => {
    for (const l of [...listeners]) l(inFlight, failure);
  };

  function put(key: string, value: string | null): void {
    inFlight++;
    tell();
    let tx: IDBTransaction;
    try {
      tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      const store = tx.objectStore(STORE);
      if (value === null) store.delete(key);
      else store.put(value, key);
    } catch (e) {
      inFlight--;
      tell(e);
      return;
    }
    last = done(tx).then(
      () => {
        inFlight--;
        tell();
      },
      (e: unknown) => {
        inFlight--;
        tell(e);
      },
    );
  }

  const storage: BrowserStorage = {
    kind: 'indexeddb',
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      items.set(key, value);
      put(key, value);
    },
    removeItem(key) {
      items.delete(key);
      put(key, null);
    },
    pending: () => inFlight,
    settled: () => last,
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  // A browser that played before this version kept its game in localStorage: carry it over once.
  if (legacy) {
    for (const key of legacyKeys) {
      if (items.has(key)) continue;
      let value: string | null;
      try {
        value = legacy.getItem(key);
      } catch {
        value = null;
      }
      if (value !== null) storage.setItem(key, value);
    }
  }
  return storage;
}

/** The localStorage fallback, with the same surface: its writes are never known to be on disk. */
export function localStorageFallback(base: StorageLike): BrowserStorage {
  return {
    kind: 'localstorage',
    getItem: (k) => base.getItem(k),
    setItem: (k, v) => base.setItem(k, v),
    removeItem: (k) => base.removeItem(k),
    pending: () => 0,
    settled: () => Promise.resolve(),
    watch: () => () => undefined,
  };
}
