import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine';
import { defaultRules } from './helpers';

// The lesson of the default scenario is that coordination decides the mission.
describe('default scenario balance over 1,000 games a policy', () => {
  const rules = defaultRules();
  const cooperative = simulate(rules, 'balance', 1000, 'cooperative');
  const siloed = simulate(rules, 'balance', 1000, 'siloed');

  it('cooperative play wins at least 25 points of win rate more than siloed play', () => {
    expect(cooperative.winRate - siloed.winRate).toBeGreaterThanOrEqual(0.25);
    expect(cooperative.winRate - siloed.winRate).toBeGreaterThanOrEqual((rules.scenario.expectedCooperationMargin ?? 25) / 100);
  });

  it('neither policy wins always or never: choices matter', () => {
    for (const s of [cooperative, siloed]) {
      expect(s.winRate).toBeGreaterThan(0);
      expect(s.winRate).toBeLessThan(1);
    }
  });
});
