/**
 * The facilitator's PIN in one-screen play: with one set, the console, the facilitator view and
 * the console window ask for it, so a team at the shared screen cannot open them by a click.
 *
 * This is a classroom lock against a click, not security against anyone with the browser's
 * developer tools: they can read the store, the autosave and the salt, and four to twelve digits
 * fall to a loop in moments. The page may be served over plain HTTP on a LAN, where
 * `crypto.subtle` is missing, so the PIN is kept as the engine's small non-cryptographic hash
 * (two FNV-1a lanes) of a random salt drawn for each game and the PIN: the autosave never holds
 * the PIN itself, and nothing more is claimed. DOM-free and pure; the session's clock is passed in.
 */
import { hashString } from '../engine/hash';

/** How many wrong tries in a row before the dialog refuses, and for how long it then does. */
export const PIN_TRIES = 5;
export const PIN_WAIT_MS = 30_000;

/** The PIN as kept: the salt and the hash of salt and PIN, never the PIN itself. */
export interface PinLock {
  salt: string;
  hash: string;
}

/**
 * The game's PIN as the autosave keeps it and the windows share it: the lock (null: no PIN), and
 * when it was last set or removed, so that between two windows the latest change wins.
 */
export interface KeptPin {
  lock: PinLock | null;
  changedAt: number;
}

export const NO_PIN: KeptPin = { lock: null, changedAt: 0 };

/** What asks for the PIN: the console in this window, the facilitator view, the console window. */
export type PinPurpose = 'console' | 'facilitator' | 'window';

/** What a try came to. `none`: there is no PIN to try. */
export type PinCheck = 'ok' | 'wrong' | 'locked' | 'none';

/** What setting, changing or removing the PIN came to; `malformed`: not 4 to 12 digits. */
export type PinChange = PinCheck | 'malformed';

/** This window's side of the PIN: the game's lock, the wrong tries, and the dialog. */
export interface PinState {
  kept: KeptPin;
  /** Wrong tries in a row since the last right one (or the last wait). */
  misses: number;
  /** Until when (the session's clock, epoch ms) every try is refused; 0 when none is. */
  waitUntil: number;
  /** What the PIN dialog is asking for, and why its last try was refused; null: it is closed. */
  asking: { purpose: PinPurpose; refused: 'wrong' | 'locked' | null } | null;
  /** A console window (`?view=console`) that has been given the PIN since it opened. */
  windowOpen: boolean;
}

export function freshPin(kept: KeptPin = NO_PIN): PinState {
  return { kept, misses: 0, waitUntil: 0, asking: null, windowOpen: false };
}

export const isPinShape = (pin: string): boolean => /^[0-9]{4,12}$/.test(pin);

/** A salt of 64 random bits; `getRandomValues` is there over plain HTTP, unlike `subtle`. */
export function randomSalt(): string {
  const words = new Uint32Array(2);
  if (typeof globalThis.crypto?.getRandomValues === 'function') {
    globalThis.crypto.getRandomValues(words);
  } else {
    words[0] = Math.floor(Math.random() * 2 ** 32);
    words[1] = Math.floor(Math.random() * 2 ** 32);
  }
  return Array.from(words, (w) => w.toString(16).padStart(8, '0')).join('');
}

export function lockFor(pin: string, salt: string = randomSalt()): PinLock {
  return { salt, hash: hashString(`mandate-pin:${salt}:${pin}`) };
}

export function pinMatches(lock: PinLock, pin: string): boolean {
  return lockFor(pin, lock.salt).hash === lock.hash;
}

/** Clock readings beyond this are not times (year 2286), as for the timer. */
const MAX_EPOCH_MS = 10_000_000_000_000;

/**
 * The PIN an autosave or another window holds, when it is one; an old autosave has no such field
 * and reads as no PIN. A damaged field reads as no PIN too: whoever can damage it holds the
 * developer tools, which this lock does not pretend to stop.
 */
export function parseKeptPin(value: unknown): KeptPin | null {
  if (!value || typeof value !== 'object') return null;
  const { lock, changedAt } = value as Record<string, unknown>;
  if (typeof changedAt !== 'number' || !Number.isSafeInteger(changedAt)) return null;
  if (changedAt < 0 || changedAt > MAX_EPOCH_MS) return null;
  if (lock === null) return { lock: null, changedAt };
  if (!lock || typeof lock !== 'object') return null;
  const { salt, hash } = lock as Record<string, unknown>;
  if (typeof salt !== 'string' || !/^[0-9a-f]{8,64}$/.test(salt)) return null;
  if (typeof hash !== 'string' || !/^[0-9a-f]{16}$/.test(hash)) return null;
  return { lock: { salt, hash }, changedAt };
}

export const readKeptPin = (value: unknown): KeptPin => parseKeptPin(value) ?? NO_PIN;

/**
 * One try of a PIN at `now`: right, wrong, or refused unread while the wait lasts. The fifth
 * wrong try in a row starts the wait (and is answered `locked`); the count starts again after it.
 */
export function tryPin(
  st: Pick<PinState, 'kept' | 'misses' | 'waitUntil'>,
  pin: string,
  now: number,
): { check: PinCheck; misses: number; waitUntil: number } {
  const { lock } = st.kept;
  if (!lock) return { check: 'none', misses: 0, waitUntil: 0 };
  if (now < st.waitUntil) return { check: 'locked', misses: st.misses, waitUntil: st.waitUntil };
  if (pinMatches(lock, pin)) return { check: 'ok', misses: 0, waitUntil: 0 };
  const misses = st.misses + 1;
  if (misses >= PIN_TRIES) return { check: 'locked', misses: 0, waitUntil: now + PIN_WAIT_MS };
  return { check: 'wrong', misses, waitUntil: 0 };
}
