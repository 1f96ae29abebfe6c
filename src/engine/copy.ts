/**
 * Copies of a game state. States are plain JSON data (objects, arrays, strings, numbers,
 * booleans), so a walk over them copies them exactly, and several times faster than
 * `structuredClone`, which must also handle what a state never holds (dates, maps, cycles).
 */
import type { GameState } from './types';

/** A deep copy. */
export function copyState<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyState) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    out[key] = copyState((value as Record<string, unknown>)[key]);
  return out as T;
}

/**
 * A copy of a state that a command may change, sharing what no command changes: the entries of
 * the log and of the history, which only ever grow, and each incident's definition, which is the
 * scenario's. Everything else is copied, so a part of the state added later is safe by default.
 */
export function thawState(s: GameState): GameState {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(s) as (keyof GameState)[]) {
    const value = s[key];
    if (key === 'log' || key === 'history') out[key] = [...(value as unknown[])];
    else if (key === 'incidents')
      out[key] = s.incidents.map((i) => {
        const copy = { ...i };
        if (i.answeredBy) copy.answeredBy = [...i.answeredBy];
        return copy;
      });
    else out[key] = copyState(value);
  }
  return out as unknown as GameState;
}

/** Freezes a value and everything in it, but for what is frozen already (with all it holds). */
export function freezeState<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) freezeState((value as Record<string, unknown>)[key]);
  return value;
}
