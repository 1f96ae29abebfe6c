import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeLang } from '../../src/i18n';
import { createSessionStore, say, type Said, type StorageLike } from '../../src/store';
import { registerChecks } from '../../src/store/checks';
import * as validators from '../../src/store/validators';

// The page loads the validators on first need (src/store/checks.ts); a test has them at once.
registerChecks(validators);

export const defaultText = readFileSync(
  fileURLToPath(new URL('../../scenarios/default.json', import.meta.url)),
  'utf8',
);
export const bundled = [{ file: 'default.json', json: JSON.parse(defaultText) as unknown }];

/** A storage that keeps items in a Map, like localStorage. */
export function memoryStorage(): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

export function newSession(storage: StorageLike | null = memoryStorage()) {
  let n = 0;
  return createSessionStore({ storage, bundled, randomSeed: () => `test-seed-${++n}` });
}

/**
 * A session on the default scenario with every role played by a team, at the briefing of turn 1.
 */
export function startedSession(storage: StorageLike | null = memoryStorage()) {
  const s = newSession(storage);
  if (!s.chooseBundled('default.json')) throw new Error('default scenario did not load');
  s.setSeed('store-test');
  const problem = s.startGame();
  if (problem) throw new Error(en(problem));
  return s;
}

/**
 * What the session said (a notice, a refusal, a problem), worded in English as the tests read it.
 */
export function en(said: Said): string;
export function en(said: Said | null | undefined): string | null;
export function en(said: Said | null | undefined): string | null {
  return said == null ? null : say(makeLang('en'), said);
}
