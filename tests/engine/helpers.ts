import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileRules, type Rules } from '../../src/engine';
import type { Scenario } from '../../src/scenario/types';

const root = fileURLToPath(new URL('../../', import.meta.url));

export function loadScenario(rel: string): Scenario {
  return JSON.parse(readFileSync(root + rel, 'utf8')) as Scenario;
}

export const defaultRules = (): Rules => compileRules(loadScenario('scenarios/default.json'));
export const miniRules = (): Rules => compileRules(loadScenario('tests/fixtures/mini-scenario.json'));
