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
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    out = `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  if (frozen) canonical.set(value, out);
  return out;
}

export function hashString(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

export function hashJson(value: unknown): string {
  return hashString(canonicalJson(value));
}
