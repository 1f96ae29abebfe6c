/**
 * What validation hands back. Everything a scenario author sees is plain text: messages may
 * quote parts of the file, so quoting goes through `quote`, which escapes control characters
 * (a hostile id must not be able to drive a terminal or fake a second line of output).
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

/** `'harbour'`, with control characters escaped and long text cut. */
export function quote(value: string): string {
  const cut = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
  return `'${escapeControls(cut)}'`;
}

/** JSON text of a string, which also escapes every control character. */
function safeJson(value: string): string {
  const cut = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
  return escapeControls(JSON.stringify(cut));
}

// JSON.stringify leaves U+2028/2029 and C1 controls alone; a terminal may not.
function escapeControls(s: string): string {
  return s.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
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
