/**
 * What validation hands back. Everything a scenario author sees is plain text: messages may
 * quote parts of the file, so quoting goes through `quote`, which escapes control characters
 * (a hostile id must not be able to drive a terminal or fake a second line of output) and every
 * other character outside printable ASCII (a look-alike must not pass for the letter it mimics).
 */
import type { Scenario } from './types';

export interface Problem {
  /** JSON path into the file, e.g. `$.districts[3].neighbours[0]`. */
  path: string;
  message: string;
  /** How to fix it, when there is an obvious fix. */
  suggestion?: string;
  severity: 'error' | 'warning';
}

export type ValidationResult =
  | { ok: true; scenario: Scenario; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && IDENTIFIER.test(seg)) out += `.${seg}`;
    else out += `[${safeJson(String(seg))}]`;
  }
  return out;
}

const MAX_QUOTED = 60;

/** `'harbour'`, with unsafe characters escaped and long text cut. */
export function quote(value: string): string {
  return `'${escapeUnsafe(value.slice(0, MAX_QUOTED))}${value.length > MAX_QUOTED ? '…' : ''}'`;
}

/** JSON text of a string, with what `quote` escapes escaped. */
function safeJson(value: string): string {
  const json = escapeUnsafe(JSON.stringify(value.slice(0, MAX_QUOTED)));
  return value.length > MAX_QUOTED ? `${json.slice(0, -1)}…"` : json;
}

/**
 * Everything outside printable ASCII, by its code point: a terminal must not obey a control
 * character, and a look-alike letter, a zero-width space or a right-to-left override must read
 * as what it is, so "did you mean" shows what differs. Controls keep JSON's `\u001b`; the rest
 * is written `\u{43e}`.
 */
export function escapeUnsafe(s: string): string {
  return s.replace(/[^\x20-\x7e]/gu, (c) => {
    const code = c.codePointAt(0)!;
    return code < 0xa0 ? `\\u${code.toString(16).padStart(4, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** A short plain-text picture of a value found in the file, for "expected X, found Y". */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value === '' ? 'empty text' : `text ${safeJson(value)}`;
  if (typeof value === 'number')
    return Number.isInteger(value) ? `${value}` : `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value))
    return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

export function problem(
  severity: Problem['severity'],
  path: readonly PropertyKey[],
  message: string,
  suggestion?: string,
): Problem {
  return suggestion === undefined
    ? { path: formatPath(path), message, severity }
    : { path: formatPath(path), message, suggestion, severity };
}
