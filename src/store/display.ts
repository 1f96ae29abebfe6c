/**
 * How this window is shown: the standard size, or large text for a projector read from the back of
 * a room. Like the language it belongs to the window, is remembered in this browser and never
 * touches the game (nor its state hash).
 */
import type { Kit } from './kit';
import type { StorageLike } from './types';

export const DISPLAYS = ['standard', 'projector'] as const;
export type Display = (typeof DISPLAYS)[number];

export const DISPLAY_KEY = 'mandate.display';

export function isDisplay(v: unknown): v is Display {
  return typeof v === 'string' && (DISPLAYS as readonly string[]).includes(v);
}

export function readDisplay(storage: StorageLike | null): Display {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(DISPLAY_KEY) ?? null;
  } catch {
    // Storage may refuse to be read (private mode): the standard size is as good.
  }
  return isDisplay(stored) ? stored : 'standard';
}

export interface DisplayActions {
  /** Switches this window to the standard size or to large text, and remembers it. */
  setDisplay(display: Display): void;
}

export function displayActions(kit: Kit): DisplayActions {
  return {
    setDisplay(display) {
      if (!isDisplay(display)) return;
      kit.set((d) => {
        d.display = display;
      });
      try {
        kit.storage?.setItem(DISPLAY_KEY, display);
      } catch {
        // Not remembered across reloads, but switched: nothing else depends on it.
      }
    },
  };
}
