import { describe, expect, it } from 'vitest';
import { compileRules, newGame, applyCommandInPlace, CommandError } from '../../src/engine';
import { parseScenarioText } from '../../src/scenario/load';
import { loadScenario } from '../engine/helpers';
import { FUZZ_RUNS, Mutator, type Json } from './mutate';

const seeds: Json[] = [
  loadScenario('tests/fixtures/mini-scenario.json') as unknown as Json,
  loadScenario('scenarios/default.json') as unknown as Json,
];

describe('fuzzing the scenario loader', () => {
  it(
    `${FUZZ_RUNS} mutated and random inputs: no exception, every rejection has a path, every acceptance plays`,
    { timeout: 600_000 },
    () => {
      const m = new Mutator('scenario-fuzz');
      let accepted = 0;
      let rejected = 0;
      for (let i = 0; i < FUZZ_RUNS; i++) {
        // The small fixture most of the time: the large one costs more and adds little per run.
        const base = i % 10 === 0 ? seeds[1]! : seeds[0]!;
        let text = JSON.stringify(m.mutate(base));
        if (m.int(10) < 3) text = m.damageText(text);
        const result = parseScenarioText(text, `fuzz-${i}.json`);
        if (!result.ok) {
          rejected++;
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(p.path, p.message).toMatch(/^\$/);
          continue;
        }
        accepted++;
        // A scenario the validator accepts must never crash the engine.
        const rules = compileRules(result.scenario);
        const state = newGame(rules, `fuzz-${i}`);
        for (const role of rules.scenario.roles) {
          try {
            applyCommandInPlace(rules, state, { type: 'commit', role: role.id });
          } catch (e) {
            if (!(e instanceof CommandError)) throw e;
          }
        }
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(rejected).toBeGreaterThan(FUZZ_RUNS / 2);
      expect(accepted).toBeGreaterThan(0);
    },
  );
});
