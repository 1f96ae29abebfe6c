import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateScenario, type Problem, type ValidationResult } from '../../src/scenario/validate';

export const FIXTURE_PATH = fileURLToPath(
  new URL('../fixtures/mini-scenario.json', import.meta.url),
);
export const FIXTURE_TEXT = readFileSync(FIXTURE_PATH, 'utf8');

/** Untyped on purpose: the tests break the fixture in ways its type forbids. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A fresh, mutable copy of the fixture as plain JSON. */
export function fixture(): Json {
  return JSON.parse(FIXTURE_TEXT) as Json;
}

/** Validates the fixture after `change`. */
export function validateChanged(change: (s: Json) => void): ValidationResult {
  const s = fixture();
  change(s);
  return validateScenario(s);
}

export function errors(result: ValidationResult): Problem[] {
  return result.ok ? [] : result.problems;
}

export function at(list: Problem[], path: string): Problem[] {
  return list.filter((p) => p.path === path);
}
