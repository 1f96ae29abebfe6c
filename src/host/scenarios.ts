/**
 * The scenarios a host can start a session on: one bundled with the game (by file name, with or
 * without `.json`) or a scenario file. Either is validated as the game validates it, and kept
 * with the session as the validated text (`ScenarioSource`).
 */
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileRules, type Rules } from '../engine';
import { readScenarioFile } from '../scenario/loadNode';
import { MAX_KEPT_BYTES, parseScenarioText } from '../scenario/load';
import type { ScenarioSource } from './log/store';

export const BUNDLED_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const SCHEMA_FILE = 'scenario.schema.json';

/** The bundled scenarios' file names, default first. */
export function bundledNames(): string[] {
  return readdirSync(BUNDLED_DIR)
    .filter((f) => f.endsWith('.json') && f !== SCHEMA_FILE)
    .sort((a, b) => (a === 'default.json' ? -1 : b === 'default.json' ? 1 : a.localeCompare(b)));
}

/** The bundled file a name means ("default", "default.json"), if there is one. */
export function bundledFile(name: string): string | null {
  const file = name.endsWith('.json') ? name : `${name}.json`;
  return bundledNames().includes(file) ? file : null;
}

export type Loaded =
  { ok: true; source: ScenarioSource; rules: Rules } | { ok: false; problem: string };

function loaded(
  result: Awaited<ReturnType<typeof readScenarioFile>>,
  name: string,
  bundled: boolean,
): Loaded {
  if (!result.ok) {
    const lines = result.problems.map((p) => `${p.path}: ${p.message}`);
    return { ok: false, problem: `${name} is not a valid scenario:\n${lines.join('\n')}` };
  }
  return {
    ok: true,
    source: { name, bundled, text: JSON.stringify(result.scenario) },
    rules: compileRules(result.scenario),
  };
}

/** A bundled scenario by name, or (when `name` is no bundled one) a scenario file by path. */
export async function loadScenario(name: string, allowFiles: boolean): Promise<Loaded> {
  const file = bundledFile(name);
  if (file) return loaded(await readScenarioFile(BUNDLED_DIR + file), file, true);
  if (!allowFiles) return { ok: false, problem: `no bundled scenario is called ${name}` };
  return loaded(await readScenarioFile(name), basename(name), false);
}

/** The rules of a session's kept scenario. */
export function rulesOf(source: ScenarioSource): Rules {
  const result = parseScenarioText(source.text, source.name, undefined, MAX_KEPT_BYTES);
  if (!result.ok) throw new Error(`the kept scenario ${source.name} no longer validates`);
  return compileRules(result.scenario);
}
