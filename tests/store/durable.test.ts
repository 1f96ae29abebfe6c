/**
 * The durable autosave storage: a crash at any step of a write leaves the old value or the new
 * one, never garbage; a torn or corrupt slot is detected and the other one used; a full or
 * missing storage fails with a recognisable error that the session turns into "Export the save";
 * the plain autosave of older versions is migrated, and saves of other versions are refused.
 */
import { describe, expect, it } from 'vitest';
import {
  durableStorage,
  DurableStorageError,
  isQuotaError,
  unavailableStorage,
} from '../../src/store/durable';
import { AUTOSAVE_KEY, createSessionStore, type StorageLike } from '../../src/store';
import { bundled, en, memoryStorage, startedSession } from './helpers';

const KEY = AUTOSAVE_KEY;

class Crash extends Error {}

/**
 * The tab died: the wrapper may pass the crash on as it is or inside its own error, or carry on
 * past a step whose failure it tolerates (the storage refuses everything after the crash anyway).
 */
function expectCrash(e: unknown): void {
  if (e === null) return;
  expect(
    e instanceof Crash || (e instanceof DurableStorageError && e.cause instanceof Crash),
    String(e),
  ).toBe(true);
}

function crashOf(f: () => void): void {
  let thrown: unknown = null;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expectCrash(thrown);
}

type Mode = 'before' | 'after' | 'torn';

/**
 * A storage over `items` whose `crashAt`-th mutation (setItem or removeItem, counted from 1)
 * crashes: `before` does nothing, `after` completes it, `torn` stores half of the value (a
 * setItem cut short; a removal cannot be torn) - and then the tab is gone.
 */
function crashing(
  items: Map<string, string>,
  crashAt: number,
  mode: Mode,
): StorageLike & { ops: () => number } {
  let ops = 0;
  const dead = () => {
    if (ops >= crashAt) throw new Crash('the tab is gone');
  };
  return {
    ops: () => ops,
    getItem: (k) => {
      dead();
      return items.get(k) ?? null;
    },
    setItem(k, v) {
      dead();
      ops++;
      if (ops === crashAt) {
        if (mode === 'after') items.set(k, v);
        if (mode === 'torn') items.set(k, v.slice(0, Math.floor(v.length / 2)));
        throw new Crash(`crash at ${crashAt}`);
      }
      items.set(k, v);
    },
    removeItem(k) {
      dead();
      ops++;
      if (ops === crashAt) {
        if (mode !== 'before') items.delete(k);
        throw new Crash(`crash at ${crashAt}`);
      }
      items.delete(k);
    },
  };
}

/** A fresh page reading what a crashed one left behind. */
function readAfter(items: Map<string, string>): string | null {
  return durableStorage(memoryOver(items)).getItem(KEY);
}

function memoryOver(items: Map<string, string>): StorageLike {
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

const value = (n: number) =>
  JSON.stringify({
    format: 'mandate-autosave',
    n,
    pad: 'x'.repeat(50 + n * 37),
    text: 'é€\u202e"\\:',
  });

/** Starting points for a write: nothing yet, an older version's plain value, one and two writes, a
 * damaged slot. */
function prior(kind: 'empty' | 'legacy' | 'one' | 'two' | 'damaged' | 'deleted'): {
  items: Map<string, string>;
  old: string | null;
} {
  const items = new Map<string, string>();
  const d = durableStorage(memoryOver(items));
  if (kind === 'legacy') items.set(KEY, value(1));
  if (kind === 'one' || kind === 'two' || kind === 'damaged' || kind === 'deleted')
    d.setItem(KEY, value(1));
  if (kind === 'two' || kind === 'damaged') d.setItem(KEY, value(2));
  if (kind === 'damaged') {
    // The slot the pointer names is damaged on disk: a read falls back to the other one.
    const ptr = items.get(`${KEY}#ptr`)!;
    const slot = `${KEY}#${ptr.split(':')[2]}`;
    items.set(slot, items.get(slot)!.replace('x', 'y'));
  }
  if (kind === 'deleted') d.removeItem(KEY);
  return { items, old: d.getItem(KEY) };
}

describe('durable storage: a crash at any step of a write', () => {
  const priors = ['empty', 'legacy', 'one', 'two', 'damaged', 'deleted'] as const;

  it('starts from the expected values', () => {
    expect(prior('empty').old).toBeNull();
    expect(prior('legacy').old).toBe(value(1));
    expect(prior('one').old).toBe(value(1));
    expect(prior('two').old).toBe(value(2));
    expect(prior('damaged').old).toBe(value(1));
    expect(prior('deleted').old).toBeNull();
  });

  for (const kind of priors) {
    it(`from ${kind}: leaves the old or the new value after a crash before, after or half-way through every underlying write`, () => {
      const fresh = value(7);
      // How many underlying mutations a whole write takes from this starting point.
      const dry = prior(kind);
      const counter = crashing(dry.items, Infinity, 'after');
      durableStorage(counter).setItem(KEY, fresh);
      const steps = counter.ops();
      expect(steps).toBeGreaterThanOrEqual(2);
      expect(readAfter(dry.items)).toBe(fresh);

      let sawOld = 0;
      let sawNew = 0;
      for (let at = 1; at <= steps; at++) {
        for (const mode of ['before', 'after', 'torn'] as const) {
          const { items, old } = prior(kind);
          const store = durableStorage(crashing(items, at, mode));
          crashOf(() => store.setItem(KEY, fresh));
          const found = readAfter(items);
          expect([old, fresh], `crash ${mode} step ${at} of ${steps}`).toContain(found);
          if (found === fresh) sawNew++;
          else sawOld++;
          // The page that comes back can write again, and a third page reads that.
          durableStorage(memoryOver(items)).setItem(KEY, value(9));
          expect(readAfter(items)).toBe(value(9));
        }
      }
      // Early crashes keep the old value, late ones the new: both outcomes were exercised.
      expect(sawOld).toBeGreaterThan(0);
      expect(sawNew).toBeGreaterThan(0);
    });
  }

  it('survives a long run of writes, each crashing at a different step, without ever reading garbage', () => {
    const items = new Map<string, string>();
    let last: string | null = null;
    for (let i = 0; i < 300; i++) {
      const next = value(i % 40);
      const mode = (['before', 'after', 'torn'] as const)[i % 3]!;
      try {
        durableStorage(crashing(items, 1 + (i % 5), mode)).setItem(KEY, next);
      } catch (e) {
        expectCrash(e);
      }
      const found = readAfter(items);
      expect([last, next]).toContain(found);
      last = found;
    }
  });

  it('deletes for good: a crash half-way through a removal never brings an old slot back', () => {
    for (let at = 1; at <= 5; at++) {
      for (const mode of ['before', 'after', 'torn'] as const) {
        const { items } = prior('two');
        try {
          durableStorage(crashing(items, at, mode)).removeItem(KEY);
        } catch (e) {
          expectCrash(e);
        }
        expect([value(2), null]).toContain(readAfter(items));
      }
    }
  });
});

describe('durable storage: a write that is lost without an error', () => {
  it('reads the newer slot when only the pointer flip was dropped', () => {
    const items = new Map<string, string>();
    const d = durableStorage(memoryOver(items));
    d.setItem(KEY, value(1));
    // The next write's pointer flip is dropped in silence (the disk, an extension, a crash).
    const dropping: StorageLike = {
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => {
        if (!k.endsWith('#ptr')) items.set(k, v);
      },
      removeItem: (k) => void items.delete(k),
    };
    durableStorage(dropping).setItem(KEY, value(2));
    const fresh = durableStorage(memoryOver(items));
    expect(fresh.getItem(KEY)).toBe(value(2));
    expect(fresh.lastRead()).toBe('unconfirmed');
    // And the write after it lands in the slot that held the older value, keeping the newer.
    fresh.setItem(KEY, value(3));
    expect(durableStorage(memoryOver(items)).getItem(KEY)).toBe(value(3));
    expect([...items.values()].some((v) => v.endsWith(value(2)))).toBe(true);
  });
});

describe('durable storage: damage and verification', () => {
  it('detects a corrupt slot by its checksum and uses the other one', () => {
    const { items } = prior('two');
    const d = durableStorage(memoryOver(items));
    expect(d.getItem(KEY)).toBe(value(2));
    expect(d.lastRead()).toBe('pointer');
    const ptr = items.get(`${KEY}#ptr`)!;
    const current = `${KEY}#${ptr.split(':')[2]}`;
    const good = items.get(current)!;
    // One changed character in the value, a cut-off value, a damaged header.
    for (const bad of [
      good.replace('"n":2', '"n":3'),
      good.slice(0, -10),
      good.replace('mandate-slot:1:', 'mandate-slot:1:9'),
      '',
    ]) {
      items.set(current, bad);
      expect(d.getItem(KEY)).toBe(value(1));
      expect(d.lastRead()).toBe('fallback');
    }
    // The next write goes over the damaged slot and keeps the good one.
    d.setItem(KEY, value(3));
    expect(d.getItem(KEY)).toBe(value(3));
    expect(d.lastRead()).toBe('pointer');
    const older = current.endsWith('#a') ? `${KEY}#b` : `${KEY}#a`;
    items.set(older, 'garbage');
    expect(readAfter(items)).toBe(value(3));
  });

  it('reads the newest whole slot when the pointer itself is damaged or gone', () => {
    for (const damage of [
      (p: string) => p.slice(0, 20),
      (p: string) => p.replace(/:(\d+):/, ':99:'),
      () => null,
    ]) {
      const { items } = prior('two');
      const p = damage(items.get(`${KEY}#ptr`)!);
      if (p === null) items.delete(`${KEY}#ptr`);
      else items.set(`${KEY}#ptr`, p);
      const d = durableStorage(memoryOver(items));
      expect(d.getItem(KEY)).toBe(value(2));
      expect(d.lastRead()).toBe('fallback');
    }
  });

  it('hands back what it found when both slots are damaged, so the session reports it', () => {
    const storage = memoryStorage();
    const s = startedSession(durableStorage(storage));
    s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' });
    s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'dunmere' });
    for (const slot of ['a', 'b']) {
      const k = `${KEY}#${slot}`;
      storage.items.set(
        k,
        storage.items.get(k)!.replace('"commands":[', '"commands":[{"type":"fly"},'),
      );
    }
    const d = durableStorage(storage);
    const again = createSessionStore({ storage: d, bundled });
    expect(again.getState().autosave).not.toBeNull();
    expect(again.resumeAutosave()).toBe(false);
    expect(d.lastRead()).toBe('unreadable');
    const problem = again.getState().saveProblem!;
    expect(en(problem.message)).toMatch(/cannot be resumed/);
    expect(problem.text).toContain('"type":"fly"');
    expect(problem.text.startsWith('{')).toBe(true);
  });

  it('refuses a write that does not read back as written, and keeps the old value', () => {
    const items = new Map<string, string>();
    durableStorage(memoryOver(items)).setItem(KEY, value(1));
    // A storage that quietly keeps only the first 100 characters of long values.
    const lossy: StorageLike = {
      ...memoryOver(items),
      setItem: (k, v) => void items.set(k, v.slice(0, 100)),
    };
    const d = durableStorage(lossy);
    let err: unknown;
    try {
      d.setItem(KEY, value(5));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DurableStorageError);
    expect((err as DurableStorageError).reason).toBe('verify');
    expect(readAfter(items)).toBe(value(1));
  });
});

/** A storage holding at most `limit` characters of keys and values, like a browser's quota. */
function limited(limit: number): StorageLike & { items: Map<string, string>; used: () => number } {
  const items = new Map<string, string>();
  const used = () => [...items].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    items,
    used,
    getItem: (k) => items.get(k) ?? null,
    setItem(k, v) {
      const after =
        used() - (items.has(k) ? k.length + items.get(k)!.length : 0) + k.length + v.length;
      if (after > limit)
        throw new DOMException(
          `Setting the value of '${k}' exceeded the quota.`,
          'QuotaExceededError',
        );
      items.set(k, v);
    },
    removeItem: (k) => void items.delete(k),
  };
}

describe('durable storage: a full or missing storage', () => {
  it('recognises the browsers\u2019 quota errors', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('throws a DurableStorageError for a full storage and keeps the old value', () => {
    const s = limited(3000);
    const d = durableStorage(s);
    d.setItem(KEY, value(1));
    let err: unknown;
    try {
      d.setItem(KEY, 'z'.repeat(5000));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DurableStorageError);
    expect((err as DurableStorageError).reason).toBe('quota');
    expect((err as Error).message).toMatch(/storage for this page is full/);
    expect(d.getItem(KEY)).toBe(value(1));
  });

  it('frees the stale slot and retries once when only the older copy is in the way', () => {
    const big = (n: number) => JSON.stringify({ n, pad: 'q'.repeat(1500) });
    const s = limited(4000);
    const d = durableStorage(s);
    d.setItem(KEY, big(1));
    d.setItem(KEY, big(2));
    // Two slots of ~1.5 k fit; a third value only fits once the older copy is gone.
    const bigger = JSON.stringify({ n: 3, pad: 'q'.repeat(2200) });
    d.setItem(KEY, bigger);
    expect(d.getItem(KEY)).toBe(bigger);
    expect(s.used()).toBeLessThanOrEqual(4000);
  });

  it('through the session: a full storage gives a notice offering the export, and the game goes on', () => {
    const s = limited(60_000);
    const session = startedSession(durableStorage(s));
    expect(session.getState().notice).toBeNull();
    // Fill the rest of the quota with something else the page keeps.
    s.items.set('other-app-data', 'y'.repeat(60_000 - s.used() - 20));
    const before = session.getState().game!.hash;
    expect(
      session.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' }),
    ).toBeNull();
    const notice = session.getState().notice!;
    expect(notice.tone).toBe('error');
    expect(en(notice.text)).toMatch(
      /could not be saved in this browser \(the browser's storage for this page is full\)\. Export the save/,
    );
    // The game went on and the export has the new command.
    expect(session.getState().game!.hash).not.toBe(before);
    const out = session.exportSave()!;
    expect(JSON.parse(out.text).commands).toHaveLength(1);
    // What is stored is still the previous autosave, whole.
    const again = createSessionStore({ storage: durableStorage(s), bundled });
    expect(again.resumeAutosave()).toBe(true);
    expect(again.getState().game!.hash).toBe(before);
  });

  it('through the session: no storage at all is reported the same way', () => {
    const session = startedSession(
      unavailableStorage(new DOMException('The operation is insecure.', 'SecurityError')),
    );
    expect(en(session.getState().notice!.text)).toMatch(
      /could not be saved in this browser \(the browser's storage is unavailable \(SecurityError: The operation is insecure\.\)\)\. Export the save/,
    );
    expect(
      session.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' }),
    ).toBeNull();
    expect(session.exportSave()).not.toBeNull();
  });
});

describe('saves from older versions', () => {
  it('migrates the plain autosave older versions wrote, and removes it once the durable copy is in place', () => {
    // An older Mandate: the session wrote straight into localStorage.
    const storage = memoryStorage();
    const old = startedSession(storage);
    old.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' });
    const hash = old.getState().game!.hash;
    expect([...storage.items.keys()]).toEqual([KEY]);

    const d = durableStorage(storage);
    const now = createSessionStore({ storage: d, bundled });
    expect(now.getState().autosave).toMatchObject({ turn: 1 });
    expect(now.resumeAutosave()).toBe(true);
    expect(now.getState().game!.hash).toBe(hash);
    // resumeAutosave persisted once: the durable slots hold it and the plain key is gone.
    expect([...storage.items.keys()].sort()).toEqual([`${KEY}#a`, `${KEY}#ptr`]);
    expect(d.getItem(KEY)).toContain('"format":"mandate-autosave"');
  });

  it('resumes an autosave of an older shape, without the position, seating or title', () => {
    const storage = memoryStorage();
    const s = startedSession(storage);
    s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' });
    const hash = s.getState().game!.hash;
    const auto = JSON.parse(storage.items.get(KEY)!) as Record<string, unknown>;
    for (const k of ['position', 'seats', 'title', 'savedTurn']) delete auto[k];
    storage.items.set(KEY, JSON.stringify(auto));
    const again = createSessionStore({ storage: durableStorage(storage), bundled });
    expect(again.resumeAutosave()).toBe(true);
    expect(again.getState().game!.hash).toBe(hash);
    expect(again.getState().screen).toBe('briefing');
  });

  it('refuses a save file of another format version with the reason at $.version, keeping the game', () => {
    const s = startedSession();
    s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' });
    const hash = s.getState().game!.hash;
    const good = JSON.parse(s.exportSave()!.text) as Record<string, unknown>;
    for (const version of [0, 2, '1', null]) {
      expect(s.importSaveText(JSON.stringify({ ...good, version }), 'v.json')).toBe(false);
      expect(s.getState().saveProblem).toMatchObject({ path: '$.version' });
      expect(en(s.getState().saveProblem!.message)).toMatch(/expected 1/);
      expect(s.getState().game!.hash).toBe(hash);
    }
    const { version: _, ...noVersion } = good;
    expect(s.importSaveText(JSON.stringify(noVersion), 'v.json')).toBe(false);
    expect(s.getState().saveProblem).toMatchObject({ path: '$.version' });
    // A save written before saves could carry the app's notes is still version 1 and opens.
    expect(s.importSaveText(JSON.stringify(good), 'v1.json')).toBe(true);
    expect(s.getState().game!.hash).toBe(hash);
  });

  it('refuses an autosave that is not an autosave document (a bare save, a version-0 sketch) with a path', () => {
    const storage = memoryStorage();
    const s = startedSession(storage);
    const bare = s.exportSave()!.text;
    for (const text of [bare, JSON.stringify({ version: 0, commands: [] })]) {
      storage.items.clear();
      storage.items.set(KEY, text);
      const again = createSessionStore({ storage: durableStorage(storage), bundled });
      expect(again.resumeAutosave()).toBe(false);
      expect(again.getState().saveProblem).toMatchObject({ path: '$' });
      expect(en(again.getState().saveProblem!.message)).toMatch(/not a Mandate autosave/);
    }
  });
});
