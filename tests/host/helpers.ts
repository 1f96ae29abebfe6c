/**
 * What the host's tests share: a data folder of their own, the default scenario, and the Node
 * client and host process of `src/host/client.ts`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileRules, type Rules } from '../../src/engine';
import type { Scenario } from '../../src/format';
import { ROOT } from '../../src/host/build';

export * from '../../src/host/client';

export function defaultScenario(): Scenario {
  return JSON.parse(readFileSync(join(ROOT, 'scenarios/default.json'), 'utf8')) as Scenario;
}
export const defaultRules = (): Rules => compileRules(defaultScenario());

export function tempDir(name: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `mandate-${name}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
