/**
 * What a file defines, collected before any check, so that a reference may name something
 * defined further down and a counter exists wherever an effect counts it.
 */
import { STANDARD_ACTION_IDS, STANDARD_COUNTERS, STANDARD_INDICATORS } from '../../format';
import type { Known } from '../checker';
import { field, isObj, list, str, type Obj } from '../loose';

const ids = (v: unknown): string[] =>
  list(v)
    .map((x) => str(field(x, 'id')))
    .filter((x): x is string => x !== undefined);

export function collectKnown(sc: Obj): Known {
  const counters = new Set<string>(STANDARD_COUNTERS);
  collectCounters(sc, counters, 0);
  const inPlay = new Set(list(sc.actions).filter((a): a is string => typeof a === 'string'));
  return {
    district: ids(sc.districts),
    role: ids(sc.roles),
    fact: ids(sc.intelligence),
    indicator: [...STANDARD_INDICATORS, ...ids(sc.indicators)],
    counter: [...counters],
    action: STANDARD_ACTION_IDS,
    inPlay,
  };
}

/** Scenario counters exist by being counted: any `counter` effect anywhere names one. */
function collectCounters(v: unknown, into: Set<string>, depth: number): void {
  if (depth > 80) return;
  if (Array.isArray(v)) {
    for (const x of v) collectCounters(x, into, depth + 1);
    return;
  }
  if (!isObj(v)) return;
  const name = str(v.counter);
  if (v.type === 'counter' && name !== undefined) into.add(name);
  for (const key of Object.keys(v)) collectCounters(v[key], into, depth + 1);
}
