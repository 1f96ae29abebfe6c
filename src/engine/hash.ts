/**
 * A stable hash of plain JSON data: canonical JSON (object keys sorted) through two 32-bit
 * FNV-1a lanes. Pure integer arithmetic, so Node and every browser agree.
 */
/**
 * Canonical JSON of frozen objects, remembered: successive states of a game share most of their
 * (frozen, immer-made) parts, above all the log, so hashing the next state only writes what
 * changed. Objects that can still change are never remembered.
 */
const canonical = new WeakMap<object, string>();

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const frozen = Object.isFrozen(value);
  if (frozen) {
    const known = canonical.get(value);
    if (known !== undefined) return known;
  }
  let out: string;
  if (Array.isArray(value)) out = `[${value.map(canonicalJson).join(',')}]`;
  else {
    const record = value as Record<string, unknown>;
    out = `{${definedKeys(record)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`)
      .join(',')}}`;
  }
  if (frozen) canonical.set(value, out);
  return out;
}

function definedKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
}

/** The two lanes, fed text piece by piece: the same hash as of the pieces joined. */
class Fnv {
  a = 0x811c9dc5;
  b = 0x01000193 ^ 0x5bd1e995;
  feed(text: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.a = a;
    this.b = b;
  }
  digest(): string {
    const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    return hex(this.a) + hex(this.b);
  }
}

export function hashString(text: string): string {
  const fnv = new Fnv();
  fnv.feed(text);
  return fnv.digest();
}

export function hashJson(value: unknown): string {
  return hashString(canonicalJson(value));
}

/** Where the hash of a record stood after one of its members: the member, and both lanes. */
interface Mark {
  key: string;
  value: unknown;
  a: number;
  b: number;
}

/** The marks of the record hashed last by `hashRecord`. */
let lastMarks: Mark[] = [];

/**
 * `hashJson` of a record, for the states of a game, hashed after every command. Its members are
 * hashed in key order, and where the first of them are the very ones of the record hashed last
 * (frozen, or equal plain values), the lanes go on from where they stood after them: after a
 * planning command, the parts of a state up to and including the log are those of the state
 * before. An array member is hashed element by element, so the log's text is never built whole.
 */
export function hashRecord(record: Record<string, unknown>): string {
  const keys = definedKeys(record);
  const fnv = new Fnv();
  fnv.feed('{');
  const marks: Mark[] = [];
  let same = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = record[key];
    const last = lastMarks[i];
    same &&=
      last !== undefined &&
      last.key === key &&
      last.value === value &&
      (typeof value !== 'object' || value === null || Object.isFrozen(value));
    if (same) {
      fnv.a = last!.a;
      fnv.b = last!.b;
      marks.push(last!);
      continue;
    }
    fnv.feed(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:`);
    if (Array.isArray(value) && !canonical.has(value)) {
      fnv.feed('[');
      for (let j = 0; j < value.length; j++) {
        if (j > 0) fnv.feed(',');
        fnv.feed(canonicalJson(value[j]));
      }
      fnv.feed(']');
    } else fnv.feed(canonicalJson(value));
    marks.push({ key, value, a: fnv.a, b: fnv.b });
  }
  fnv.feed('}');
  lastMarks = marks;
  return fnv.digest();
}
