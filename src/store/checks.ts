/**
 * The validators (`validators.ts`: zod, the scenario checks, the save parser), a chunk of their
 * own: the first screen never validates anything, so it does not carry them. The actions that
 * read a file, a save or a game wait for them (see loading.ts); the Node tools and the tests
 * register them at once (`registerChecks`).
 */
import type * as Validators from './validators';

export type Checks = typeof Validators;

let checks: Checks | null = null;
let loading: Promise<void> | null = null;

/** The validators, once loaded: a call before is a bug in what waits for them. */
export function validators(): Checks {
  if (!checks) throw new Error('Mandate: the validators were used before they were loaded.');
  return checks;
}

export function registerChecks(loaded: Checks): void {
  checks = loaded;
}

/** Null when they are loaded; else their loading (rejected with why; asked again, tried again). */
export function loadChecks(): Promise<void> | null {
  if (checks) return null;
  loading ??= import('./validators').then(
    (m) => {
      checks = m;
    },
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}
