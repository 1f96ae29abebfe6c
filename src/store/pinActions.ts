/**
 * The facilitator PIN's actions: typed in the set-up, set, changed or removed from the console,
 * tried in the PIN dialog (the wrong tries and the wait counted here, on the session's clock),
 * and taken from the other window. The PIN stands in one-screen play only: a networked game's
 * facilitator holds a secret link instead. See `pin.ts` for what the lock is and is not.
 */
import type { Kit } from './kit';
import { toConsole } from './navigation';
import {
  isPinShape,
  lockFor,
  parseKeptPin,
  tryPin,
  type KeptPin,
  type PinChange,
  type PinCheck,
  type PinPurpose,
} from './pin';
import type { SessionState } from './types';

export interface PinActions {
  /** The set-up's PIN field as typed (digits only are kept, twelve at most). */
  setSetupPin(pin: string): void;
  /** Sets a PIN where there is none, or changes it: `current` must then be the PIN in force. */
  setPin(pin: string, current?: string): PinChange;
  /** Removes the PIN; `current` must be it. */
  removePin(current: string): PinChange;
  /** Opens the PIN dialog for `purpose` (the locked console window's "Enter the PIN"). */
  askPin(purpose: PinPurpose): void;
  /** A try in the dialog: the right PIN does what the dialog asked for, and closes it. */
  enterPin(pin: string): PinCheck;
  cancelPin(): void;
  /** Milliseconds before the next try is read (0: at once). */
  pinWait(): number;
  /** Takes the PIN another window has when it changed later than ours. */
  adoptPin(value: unknown): boolean;
}

/** Whether a PIN stands before the console here: one-screen play, with a PIN set. */
export function pinStands(s: SessionState): boolean {
  return !s.net && s.pin.kept.lock !== null;
}

/** A console window shows nothing of its game before it is given the PIN. */
export function windowLocked(s: SessionState): boolean {
  return s.mode === 'console' && !!s.game && pinStands(s) && !s.pin.windowOpen;
}

/**
 * The main window's console and facilitator view: when a PIN stands, the dialog asks for it
 * instead of `purpose` being done. True when it asked.
 */
export function askedFirst(d: SessionState, purpose: PinPurpose): boolean {
  if (d.mode !== 'main' || !pinStands(d)) return false;
  d.pin.asking = { purpose, refused: null };
  return true;
}

/** What the right PIN opens. */
function grant(d: SessionState, purpose: PinPurpose): void {
  if (purpose === 'console' && d.game) toConsole(d);
  if (purpose === 'facilitator') d.facilitator = true;
  if (purpose === 'window') d.pin.windowOpen = true;
}

/** Takes a PIN another window or the autosave holds, when newer; true when taken. */
export function takePin(kit: Kit, value: unknown, persist: boolean): boolean {
  const theirs = parseKeptPin(value);
  if (!theirs || theirs.changedAt <= kit.get().pin.kept.changedAt) return false;
  kit.set((d) => {
    d.pin.kept = theirs;
  });
  if (persist) kit.writeKept();
  return true;
}

export function pinActions(kit: Kit): PinActions {
  const { get, set } = kit;

  /** One try of the PIN in force, counted. */
  function check(pin: string): PinCheck {
    const tried = tryPin(get().pin, pin, kit.now());
    set((d) => {
      d.pin.misses = tried.misses;
      d.pin.waitUntil = tried.waitUntil;
    });
    return tried.check;
  }

  /** A new lock (or none), kept with the game and written with it at once. */
  function keep(lock: KeptPin['lock']): void {
    set((d) => {
      d.pin.kept = { lock, changedAt: kit.now() };
      // Whoever sets the PIN in a console window knows it: that window stays open.
      if (kit.mode === 'console') d.pin.windowOpen = true;
    });
    kit.writeKept();
  }

  return {
    setSetupPin(pin) {
      set((d) => {
        if (d.setup) d.setup.pin = pin.replace(/[^0-9]/g, '').slice(0, 12);
      });
    },

    setPin(pin, current = '') {
      if (get().net || !get().game) return 'none';
      if (!isPinShape(pin)) return 'malformed';
      if (get().pin.kept.lock) {
        const tried = check(current);
        if (tried !== 'ok') return tried;
      }
      keep(lockFor(pin));
      return 'ok';
    },

    removePin(current) {
      if (get().net || !get().pin.kept.lock) return 'none';
      const tried = check(current);
      if (tried === 'ok') keep(null);
      return tried;
    },

    askPin(purpose) {
      if (!pinStands(get())) return;
      set((d) => {
        d.pin.asking = { purpose, refused: null };
      });
    },

    enterPin(pin) {
      const asking = get().pin.asking;
      if (!asking) return 'none';
      // A PIN removed meanwhile (in the other window) no longer stands in the way.
      const tried = check(pin);
      set((d) => {
        if (tried === 'ok' || tried === 'none') {
          d.pin.asking = null;
          grant(d, asking.purpose);
        } else d.pin.asking = { purpose: asking.purpose, refused: tried };
      });
      return tried;
    },

    cancelPin() {
      set((d) => {
        d.pin.asking = null;
      });
    },

    pinWait: () => Math.max(0, get().pin.waitUntil - kit.now()),

    // The main window keeps the autosave; a console window follows it without writing.
    adoptPin: (value) => takePin(kit, value, kit.mode === 'main'),
  };
}
