/**
 * A copy of engine data (a log, an entry, a roll) with every message in it worded: what a person
 * reading an exported file, or a test, reads instead of keys and arguments.
 */
import type { Msg } from '../engine/messages';
import type { Lang } from './lang';

/** `T` with every engine message replaced by its words. */
export type Worded<T> = T extends Msg
  ? string
  : T extends readonly (infer U)[]
    ? Worded<U>[]
    : T extends object
      ? { [K in keyof T]: Worded<T[K]> }
      : T;

function isMsg(v: object): v is Msg {
  return 'key' in v && 'args' in v && typeof v.key === 'string';
}

export function worded<T>(L: Lang, value: T): Worded<T> {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      if (isMsg(v)) return L.msg(v);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(value) as Worded<T>;
}
