import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRules, simulate } from '../../src/engine';
import { loadScenario } from './helpers';

/**
 * The lesson of every bundled scenario is that coordination decides the mission: cooperative
 * play must beat siloed play by the margin the scenario declares, and neither may win always or
 * never. (The random policy is a baseline of nonsense orders; it is not held to this.)
 */
const files = readdirSync(new URL('../../scenarios/', import.meta.url)).filter(
  (f) => f.endsWith('.json') && f !== 'scenario.schema.json',
);

describe.each(files)('balance of %s', (file) => {
  const rules = compileRules(loadScenario(`scenarios/${file}`));
  // The default scenario is held to the 1,000 games; the others to fewer, to keep the suite
  // quick.
  const games = file === 'default.json' ? 1000 : 300;
  const cooperative = simulate(rules, 'balance', games, 'cooperative');
  const siloed = simulate(rules, 'balance', games, 'siloed');
  const margin = (rules.scenario.expectedCooperationMargin ?? 25) / 100;

  it(`cooperative beats siloed by the declared margin over ${games} games each`, () => {
    expect(cooperative.winRate - siloed.winRate).toBeGreaterThanOrEqual(margin);
  });

  it('neither policy wins always or never', () => {
    for (const s of [cooperative, siloed]) {
      expect(s.winRate).toBeGreaterThan(0);
      expect(s.winRate).toBeLessThan(1);
    }
  });
});

it('the default scenario declares at least the 25 points the design asks for', () => {
  expect(loadScenario('scenarios/default.json').expectedCooperationMargin).toBeGreaterThanOrEqual(
    25,
  );
});
