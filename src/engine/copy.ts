/**
 * A deep copy of a game state. States are plain JSON data (objects, arrays, strings, numbers,
 * booleans), so a walk over them copies them exactly, and several times faster than
 * `structuredClone`, which must also handle what a state never holds (dates, maps, cycles).
 */
export function copyState<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyState) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    out[key] = copyState((value as Record<string, unknown>)[key]);
  return out as T;
}
