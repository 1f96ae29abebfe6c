import { describe, expect, it } from 'vitest';
import { makeSave, playGame, replay, ReplayError, gameSeed } from '../../src/engine';
import { parseSave } from '../../src/engine/save';
import { defaultRules, miniRules } from '../engine/helpers';
import { FUZZ_RUNS, Mutator, type Json } from './mutate';

describe('fuzzing the save importer', () => {
  it(
    `${FUZZ_RUNS} mutated and random saves: no exception, every rejection has a path`,
    { timeout: 600_000 },
    () => {
      const rules = miniRules();
      const big = defaultRules();
      const saves = [
        ...[0, 1, 2].map((i) => {
          const g = playGame(rules, gameSeed('save-fuzz', i), i === 0 ? 'cooperative' : 'random');
          return makeSave(rules.scenario.id, rules.scenarioHash, g.state.seed, g.commands);
        }),
      ];
      const bigGame = playGame(big, 'save-fuzz-big', 'cooperative');
      const bigSave = makeSave(
        big.scenario.id,
        big.scenarioHash,
        bigGame.state.seed,
        bigGame.commands,
      );
      const m = new Mutator('save-fuzz');
      let replayed = 0;
      let refused = 0;
      for (let i = 0; i < FUZZ_RUNS; i++) {
        const useBig = i % 50 === 0;
        let text = JSON.stringify(m.mutate((useBig ? bigSave : m.pick(saves)) as unknown as Json));
        if (m.int(10) < 3) text = m.damageText(text);
        const parsed = parseSave(text);
        if (!parsed.ok) {
          refused++;
          expect(parsed.path).toMatch(/^\$/);
          expect(parsed.message.length).toBeGreaterThan(0);
          continue;
        }
        const r = useBig ? big : rules;
        if (parsed.save.scenarioHash !== r.scenarioHash) {
          refused++;
          continue;
        }
        try {
          replay(r, parsed.save.seed, parsed.save.commands);
          replayed++;
        } catch (e) {
          if (!(e instanceof ReplayError)) throw e;
          expect(e.path).toMatch(/^\$\.commands\[\d+\]$/);
          refused++;
        }
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(refused).toBeGreaterThan(0);
      expect(replayed).toBeGreaterThan(0);
    },
  );
});
