import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commandProblem, compileRules, type Command, type Msg, type Rules } from '../../src/engine';
import type { Reader } from '../../src/engine/context';
import { makeLang } from '../../src/i18n';
import type { Scenario } from '../../src/scenario/types';

const root = fileURLToPath(new URL('../../', import.meta.url));

export function loadScenario(rel: string): Scenario {
  return JSON.parse(readFileSync(root + rel, 'utf8')) as Scenario;
}

export const defaultRules = (): Rules => compileRules(loadScenario('scenarios/default.json'));
export const miniRules = (): Rules => compileRules(loadScenario('tests/fixtures/mini-scenario.json'));

/** A value with every engine message worded, as a reader would see it. */
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

/**
 * `x` with every engine message worded in English, so a test reads what a trainee reads
 * ("trust between UN Police and Force Headquarters (40)") rather than keys and arguments.
 */
export function inEnglish<T>(rules: Rules, x: T): Worded<T> {
  const L = makeLang('en', rules.scenario);
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      if (isMsg(v)) return L.msg(v);
      return Object.fromEntries(Object.entries(v).map(([k, y]) => [k, walk(y)]));
    }
    return v;
  };
  return walk(x) as Worded<T>;
}

/** Why a command is refused, in English, or null. */
export function problemIn(ctx: Reader, cmd: Command): string | null {
  const p = commandProblem(ctx, cmd);
  return p && makeLang('en', ctx.rules.scenario).msg(p);
}
