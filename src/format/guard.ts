/**
 * Checks on the raw value before zod sees it. Zod copies record keys with plain assignment, so
 * a `__proto__` key would reach an object's prototype; a cycle or absurd nesting would exhaust
 * the stack. This walk reads own keys only and never assigns anything.
 */
import { formatPath, problem, quote, type PathSegment, type Problem } from './problems';

export const MAX_DEPTH = 64;
export const MAX_ARRAY_LENGTH = 10_000;
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface GuardResult {
  problems: Problem[];
  /** True when zod must not run at all (cycles, depth, size); hostile keys alone are not fatal. */
  fatal: boolean;
}

/** `what` names the kind of file in messages ("a scenario", "a save"). */
export function guardValue(input: unknown, what = 'a scenario'): GuardResult {
  const problems: Problem[] = [];
  let fatal = false;
  const onPath = new Set<object>();
  const path: PathSegment[] = [];

  // `depth` counts open brackets: the top-level object is depth 1.
  const visit = (value: unknown, depth: number): void => {
    if (fatal || typeof value !== 'object' || value === null) return;
    if (depth > MAX_DEPTH) {
      fatal = true;
      problems.push(
        problem(
          'error',
          [],
          `the file nests deeper than ${MAX_DEPTH} levels (at ${formatPath(path)}); ${what} never needs that`,
        ),
      );
      return;
    }
    if (onPath.has(value)) {
      fatal = true;
      problems.push(
        problem('error', path, `this value contains itself (a cycle); ${what} must be a tree`),
      );
      return;
    }
    onPath.add(value);
    if (Array.isArray(value)) {
      if (value.length > MAX_ARRAY_LENGTH) {
        fatal = true;
        problems.push(
          problem(
            'error',
            [],
            `a list has ${value.length} items (at ${formatPath(path)}); at most ${MAX_ARRAY_LENGTH} are allowed`,
          ),
        );
      } else {
        for (let i = 0; i < value.length && !fatal; i++) {
          path.push(i);
          visit(value[i], depth + 1);
          path.pop();
        }
      }
    } else {
      for (const key of Object.keys(value)) {
        if (fatal) break;
        path.push(key);
        if (HOSTILE_KEYS.has(key)) {
          problems.push(
            problem(
              'error',
              path,
              `the key ${quote(key)} is not allowed in ${what} file`,
              'remove it',
            ),
          );
        } else {
          visit((value as Record<string, unknown>)[key], depth + 1);
        }
        path.pop();
      }
    }
    onPath.delete(value);
  };

  try {
    visit(input, 1);
  } catch {
    // Getters or proxies in a value handed over by code, not parsed from text.
    return {
      problems: [problem('error', [], 'the value cannot be read as plain data')],
      fatal: true,
    };
  }
  return { problems, fatal };
}

/**
 * A copy without the hostile keys, so the rest of a file that holds one can still be checked.
 * Call only after `guardValue` found nothing fatal (the copy recurses without limits of its own).
 */
export function withoutHostileKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutHostileKeys);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!HOSTILE_KEYS.has(key))
      copy[key] = withoutHostileKeys((value as Record<string, unknown>)[key]);
  }
  return copy;
}
