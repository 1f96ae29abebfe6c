import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commandProblem, compileRules, type Command, type Rules } from '../../src/engine';
import type { Reader } from '../../src/engine/context';
import { makeLang, worded, type Worded } from '../../src/i18n';
import type { Scenario } from '../../src/format';

const root = fileURLToPath(new URL('../../', import.meta.url));

export function loadScenario(rel: string): Scenario {
  return JSON.parse(readFileSync(root + rel, 'utf8')) as Scenario;
}

export const defaultRules = (): Rules => compileRules(loadScenario('scenarios/default.json'));
export const miniRules = (): Rules =>
  compileRules(loadScenario('tests/fixtures/mini-scenario.json'));

/**
 * `x` with every engine message worded in English, so a test reads what a trainee reads
 * ("trust between UN Police and Force Headquarters (40)") rather than keys and arguments.
 */
export function inEnglish<T>(rules: Rules, x: T): Worded<T> {
  return worded(makeLang('en', rules.scenario), x);
}

/** Why a command is refused, in English, or null. */
export function problemIn(ctx: Reader, cmd: Command): string | null {
  const p = commandProblem(ctx, cmd);
  return p && makeLang('en', ctx.rules.scenario).msg(p);
}
