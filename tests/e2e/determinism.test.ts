/**
 * Determinism across runtimes: the same 100 seeded games of the default scenario (and three of
 * the large one) reach the same state hashes in Node and in headless Chromium.
 *
 * The engine runs in the page without the app: this test builds a tiny separate bundle with
 * Vite's `build()` (library mode, one IIFE) of a module that imports src/engine and the scenarios
 * and sets `window.playHashes`, then loads it into a blank page.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import {
  compileRules,
  gameSeed,
  playGame,
  POLICY_IDS,
  stateHash,
  type Rules,
  type Seating,
} from '../../src/engine';
import type { Scenario } from '../../src/format';
import { launch, openPage } from './browser';

const root = fileURLToPath(new URL('../../', import.meta.url));
const GAMES = 100;
const LARGE_GAMES = 3;

/**
 * The games both runtimes play, written once and used by both: Node imports it from here, the
 * page gets its source text inlined into the bundle's entry. Game i uses one policy for every
 * role, or (every fourth game) a mix where each role gets a different policy.
 */
const PLAY_SOURCE = `
export function seatingFor(rules, policies, i) {
  if (i % 4 !== 3) return policies[i % policies.length];
  const seats = {};
  rules.scenario.roles.forEach((r, k) => { seats[r.id] = policies[(i + k) % policies.length]; });
  return seats;
}
export function playHashes(engine, rules, prefix, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const g = engine.playGame(rules, engine.gameSeed(prefix, i), seatingFor(rules, engine.POLICY_IDS, i));
    out.push(engine.stateHash(g.state) + ':' + g.commands.length + ':' + g.state.turn);
  }
  return out;
}
`;

function seatingFor(rules: Rules, policies: readonly string[], i: number): Seating {
  if (i % 4 !== 3) return policies[i % policies.length] as Seating;
  const seats: Record<string, string> = {};
  rules.scenario.roles.forEach((r, k) => {
    seats[r.id] = policies[(i + k) % policies.length]!;
  });
  return seats as Seating;
}

function nodeHashes(rules: Rules, prefix: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const g = playGame(rules, gameSeed(prefix, i), seatingFor(rules, POLICY_IDS, i));
    out.push(`${stateHash(g.state)}:${g.commands.length}:${g.state.turn}`);
  }
  return out;
}

let browser: Browser;
let bundle: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mandate-xrt-'));
  writeFileSync(join(dir, 'play.js'), PLAY_SOURCE);
  const entry = join(dir, 'entry.js');
  writeFileSync(
    entry,
    [
      `import * as engine from ${JSON.stringify(join(root, 'src/engine/index.ts'))};`,
      `import defaultScenario from ${JSON.stringify(join(root, 'scenarios/default.json'))};`,
      `import largeScenario from ${JSON.stringify(join(root, 'tests/fixtures/large-scenario.json'))};`,
      `import { playHashes } from './play.js';`,
      `const rules = { default: engine.compileRules(defaultScenario), large: engine.compileRules(largeScenario) };`,
      `window.playHashes = (n, which = 'default', prefix = 'xrt') => playHashes(engine, rules[which], prefix, n);`,
      `window.scenarioHashes = () => ({ default: rules.default.scenarioHash, large: rules.large.scenarioHash });`,
    ].join('\n'),
  );
  await build({
    configFile: false,
    root: dir,
    logLevel: 'warn',
    // As the app's own build: vitest runs with NODE_ENV=test, which lib mode would leave in the
    // code.
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: join(dir, 'out'),
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: 'MandateXrt', fileName: () => 'xrt.js' },
    },
  });
  bundle = readFileSync(join(dir, 'out', 'xrt.js'), 'utf8');
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const load = (rel: string): Rules =>
  compileRules(JSON.parse(readFileSync(join(root, rel), 'utf8')) as Scenario);

describe('determinism across runtimes', () => {
  it(`plays the same ${GAMES} seeded games of the default scenario to the same state hashes in Node and Chromium`, async () => {
    const rules = load('scenarios/default.json');
    const node = nodeHashes(rules, 'xrt', GAMES);
    const { page, errors } = await openPage(browser);
    await page.goto('about:blank');
    await page.addScriptTag({ content: bundle });
    expect(errors).toEqual([]);
    const scenarioHashes = await page.evaluate(() =>
      (window as unknown as { scenarioHashes(): Record<string, string> }).scenarioHashes(),
    );
    expect(scenarioHashes.default).toBe(rules.scenarioHash);
    const browserHashes = await page.evaluate(
      (n) => (window as unknown as { playHashes(n: number): string[] }).playHashes(n),
      GAMES,
    );
    expect(browserHashes).toHaveLength(GAMES);
    // Different games, not one hash a hundred times.
    expect(new Set(node).size).toBe(GAMES);
    expect(browserHashes).toEqual(node);
    expect(errors).toEqual([]);
  });

  it(`and ${LARGE_GAMES} whole 40-turn games of the large scenario`, async () => {
    const rules = load('tests/fixtures/large-scenario.json');
    const node = nodeHashes(rules, 'xrt-large', LARGE_GAMES);
    const { page, errors } = await openPage(browser);
    await page.goto('about:blank');
    await page.addScriptTag({ content: bundle });
    const browserHashes = await page.evaluate(
      (n) =>
        (
          window as unknown as { playHashes(n: number, which: string, prefix: string): string[] }
        ).playHashes(n, 'large', 'xrt-large'),
      LARGE_GAMES,
    );
    expect(browserHashes).toEqual(node);
    expect(errors).toEqual([]);
  });
});
