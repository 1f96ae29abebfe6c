/**
 * Durable browser storage for the autosave: a `StorageLike` that never leaves a broken value.
 *
 * One `localStorage.setItem` is atomic in browsers, but the autosave is worth more than that
 * promise: a tab closed or crashed mid-write, a storage that is full, a value damaged on disk or
 * by hand, or a write that silently stored something else must each leave either the old save or
 * the new one. So every logical key `K` is kept as
 *
 *   K#a, K#b   two slots, each `mandate-slot:1:<generation>:<length>:<checksum>:` + the value
 *   K#ptr      a small pointer `mandate-ptr:1:<slot>:<generation>:<length>:<checksum>:<own
 *   checksum>`
 *
 * A write puts the new value in the slot the pointer does NOT name, reads it back and checks it,
 * and only then flips the pointer (one small setItem). A crash before the flip leaves the pointer
 * on the old, intact slot; a crash after it leaves the new one. A read takes the slot the pointer
 * names when its checksum holds; a torn or corrupt slot (or pointer) is detected by its checksum,
 * and the other slot, or the valid slot with the highest generation, is used instead.
 *
 * Errors are recognisable: every write failure is a `DurableStorageError` whose message says why
 * in words ("the browser's storage for this page is full"); the session's `persist()` catches it
 * and shows "The game could not be saved in this browser (...). Export the save to keep it." in
 * the window's language, chosen by the error's `reason`.
 *
 * Older versions of Mandate (every release before this file) wrote the autosave as one plain
 * value under `K` itself. That is the only older layout there is, and it is migrated: when
 * neither slot nor pointer exists, a read returns the plain `K`; the first durable write then
 * removes it, after the pointer flip, so a crash in between still finds the new save. What the
 * value holds (the autosave document and its version) is the session's business, not this
 * file's; see docs/performance.md, "Saves and their versions".
 */
import { hashString } from '../engine/hash';
import type { StorageLike } from './types';

const SLOT_TAG = 'mandate-slot:1:';
const PTR_TAG = 'mandate-ptr:1:';
const SLOTS = ['a', 'b'] as const;
type Slot = (typeof SLOTS)[number];

export type DurableFailure = 'quota' | 'unavailable' | 'verify';

/**
 * A write that did not happen; the previous value is still there and still readable. `reason`
 * says why (the session words it in the window's language); `detail`, for an unavailable
 * storage, is the browser's own error ("SecurityError: The operation is insecure.").
 */
export class DurableStorageError extends Error {
  override readonly name = 'DurableStorageError';
  constructor(
    readonly reason: DurableFailure,
    message: string,
    cause?: unknown,
    readonly detail = '',
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

export function isQuotaError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  // Chromium and WebKit say QuotaExceededError (code 22); old Firefox NS_ERROR_DOM_QUOTA_REACHED
  // (1014).
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

function failure(e: unknown): DurableStorageError {
  if (e instanceof DurableStorageError) return e;
  if (isQuotaError(e))
    return new DurableStorageError('quota', "the browser's storage for this page is full", e);
  return new DurableStorageError(
    'unavailable',
    `the browser's storage is unavailable (${describe(e)})`,
    e,
    describe(e),
  );
}

const keys = (key: string) => ({ a: `${key}#a`, b: `${key}#b`, ptr: `${key}#ptr` });
const other = (s: Slot): Slot => (s === 'a' ? 'b' : 'a');

interface Pointer {
  slot: Slot | null;
  gen: number;
  len: number;
  sum: string;
}

interface SlotValue {
  gen: number;
  sum: string;
  value: string;
}

/** The checksum covers the generation as well as the value, so a damaged header is caught too. */
const slotSum = (gen: number, value: string) => hashString(`${gen}:${value}`);

function encodeSlot(gen: number, value: string): string {
  return `${SLOT_TAG}${gen}:${value.length}:${slotSum(gen, value)}:${value}`;
}

/** The value in a slot if its header is whole and its checksum holds; null otherwise. */
function decodeSlot(raw: string | null): SlotValue | null {
  if (raw === null || !raw.startsWith(SLOT_TAG)) return null;
  const m = /^(\d{1,15}):(\d{1,15}):([0-9a-f]{16}):/.exec(
    raw.slice(SLOT_TAG.length, SLOT_TAG.length + 60),
  );
  if (!m) return null;
  const value = raw.slice(SLOT_TAG.length + m[0].length);
  if (value.length !== Number(m[2]) || slotSum(Number(m[1]), value) !== m[3]) return null;
  return { gen: Number(m[1]), sum: m[3]!, value };
}

function encodePointer(p: Pointer): string {
  const body = `${p.slot ?? '-'}:${p.gen}:${p.len}:${p.sum}`;
  return `${PTR_TAG}${body}:${hashString(body)}`;
}

/** A pointer whose own checksum holds; `slot: null` is a deletion mark. */
function decodePointer(raw: string | null): Pointer | null {
  if (raw === null || !raw.startsWith(PTR_TAG)) return null;
  const m = /^(([ab-]):(\d{1,15}):(\d{1,15}):([0-9a-f]{16})):([0-9a-f]{16})$/.exec(
    raw.slice(PTR_TAG.length),
  );
  if (!m || hashString(m[1]!) !== m[6]) return null;
  return {
    slot: m[2] === '-' ? null : (m[2] as Slot),
    gen: Number(m[3]),
    len: Number(m[4]),
    sum: m[5]!,
  };
}

/** What a read finds: the value to return, and which slot holds it (null: none or legacy). */
interface Found {
  value: string | null;
  slot: Slot | null;
  gen: number;
  /** Why the value is not the pointer's own, for diagnostics and tests. */
  note: 'pointer' | 'unconfirmed' | 'fallback' | 'legacy' | 'empty' | 'deleted' | 'unreadable';
}

export interface DurableStorage extends StorageLike {
  /** How the last `getItem` found its value: the pointer's slot, a fallback, the legacy key... */
  lastRead(): Found['note'] | null;
}

/**
 * Wraps a storage (normally `window.localStorage`) so that every value survives a crash mid-write.
 */
export function durableStorage(base: StorageLike): DurableStorage {
  let lastNote: Found['note'] | null = null;

  const read = (k: string): string | null => {
    try {
      return base.getItem(k);
    } catch {
      return null;
    }
  };

  function find(key: string): Found {
    const k = keys(key);
    const ptrRaw = read(k.ptr);
    const ptr = decodePointer(ptrRaw);
    if (ptr && ptr.slot === null) return { value: null, slot: null, gen: ptr.gen, note: 'deleted' };
    const rawA = read(k.a);
    const rawB = read(k.b);
    const slots = { a: decodeSlot(rawA), b: decodeSlot(rawB) };
    if (ptr && ptr.slot) {
      // A whole slot newer than the pointer's was written and verified, and only the pointer
      // flip was lost (a crash, a dropped write): it is the newest save, and the one to read.
      const newer = slots[other(ptr.slot)];
      if (newer && newer.gen > ptr.gen) {
        return { value: newer.value, slot: other(ptr.slot), gen: newer.gen, note: 'unconfirmed' };
      }
      const s = slots[ptr.slot];
      if (s && s.gen === ptr.gen && s.value.length === ptr.len && s.sum === ptr.sum) {
        return { value: s.value, slot: ptr.slot, gen: s.gen, note: 'pointer' };
      }
    }
    // The pointer is missing, torn, or names a slot that is damaged: take the newest whole slot.
    let best: Slot | null = null;
    for (const s of SLOTS)
      if (slots[s] && (best === null || slots[s]!.gen > slots[best]!.gen)) best = s;
    if (best)
      return {
        value: slots[best]!.value,
        slot: best,
        gen: Math.max(slots[best]!.gen, ptr?.gen ?? 0),
        note: 'fallback',
      };
    // No whole slot: an older version's plain value, if there is one, is still the old save.
    const legacy = read(key);
    if (legacy !== null) return { value: legacy, slot: null, gen: ptr?.gen ?? 0, note: 'legacy' };
    // Without a whole pointer no write ever completed (a slot here is a first write cut short).
    if (!ptr || !ptr.slot) return { value: null, slot: null, gen: ptr?.gen ?? 0, note: 'empty' };
    // A completed write whose slots were both damaged later (on disk, by hand). Hand back what the
    // pointer's slot holds, header removed, so the session reports "cannot be resumed" and offers
    // it for download rather than losing it quietly.
    const rawSlot = (ptr.slot === 'b' ? (rawB ?? rawA) : (rawA ?? rawB)) ?? null;
    const body = rawSlot?.startsWith(SLOT_TAG)
      ? rawSlot.replace(/^mandate-slot:1:[^:]*:[^:]*:[^:]*:/, '')
      : rawSlot;
    return { value: body, slot: null, gen: ptr.gen, note: 'unreadable' };
  }

  function write(k: string, value: string): void {
    try {
      base.setItem(k, value);
    } catch (e) {
      throw failure(e);
    }
  }

  return {
    lastRead: () => lastNote,

    getItem(key) {
      const f = find(key);
      lastNote = f.note;
      return f.value;
    },

    setItem(key, value) {
      const k = keys(key);
      const current = find(key);
      // Never touch the slot that holds what a read returns now.
      const target: Slot = current.slot
        ? other(current.slot)
        : decodePointer(read(k.ptr))?.slot === 'a'
          ? 'b'
          : 'a';
      const gen = current.gen + 1;
      const encoded = encodeSlot(gen, value);
      try {
        write(k[target], encoded);
      } catch (e) {
        if (!(e instanceof DurableStorageError) || e.reason !== 'quota') throw e;
        // The target slot only holds an older save: free it and try once more.
        try {
          base.removeItem(k[target]);
        } catch {
          /* the retry reports it */
        }
        write(k[target], encoded);
      }
      if (read(k[target]) !== encoded) {
        throw new DurableStorageError(
          'verify',
          'what was written to the browser\u2019s storage did not read back the same',
        );
      }
      write(
        k.ptr,
        encodePointer({ slot: target, gen, len: value.length, sum: slotSum(gen, value) }),
      );
      // The plain value of older versions is superseded now the pointer names a whole slot.
      if (read(key) !== null) {
        try {
          base.removeItem(key);
        } catch {
          /* harmless: a read prefers the pointer */
        }
      }
    },

    removeItem(key) {
      const k = keys(key);
      const gen = find(key).gen + 1;
      // A deletion mark first (one atomic write), so a crash half-way never brings a slot back.
      write(k.ptr, encodePointer({ slot: null, gen, len: 0, sum: hashString('') }));
      try {
        base.removeItem(k.a);
        base.removeItem(k.b);
        base.removeItem(key);
        base.removeItem(k.ptr);
      } catch (e) {
        throw failure(e);
      }
    },
  };
}

/**
 * What the app uses when the browser gives no storage at all (disabled site data, some private
 * modes): reads find nothing, and every write fails with a recognisable error, so the session
 * tells the players the game is not being saved and offers the export, instead of saying nothing.
 */
export function unavailableStorage(cause: unknown): StorageLike {
  const err = () =>
    new DurableStorageError(
      'unavailable',
      `the browser's storage is unavailable (${describe(cause)})`,
      cause,
      describe(cause),
    );
  return {
    getItem: () => null,
    setItem: () => {
      throw err();
    },
    removeItem: () => undefined,
  };
}
