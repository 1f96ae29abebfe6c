/**
 * Recorded games: for a few hundred seeds, the hash of the commands the policies chose, of the
 * whole log and of the final state, as the engine produced them before it was made faster. Any
 * change to a policy's choice, a roll, a log explanation or the state shows here, game by game.
 * If a rule is meant to change, regenerate the record with `npx vitest run -u tests/engine/golden`
 * and say why in the commit.
 */
import { describe, expect, it } from 'vitest';
import {
  advance,
  compileRules,
  gameSeed,
  hashJson,
  openLine,
  playGame,
  POLICY_IDS,
  stateHash,
  type Rules,
  type Seating,
} from '../../src/engine';
import { loadScenario } from './helpers';

/** Every policy in turn, and every fourth game a different policy per role. */
function seatingFor(rules: Rules, i: number): Seating {
  if (i % 4 !== 3) return POLICY_IDS[i % POLICY_IDS.length]!;
  return Object.fromEntries(
    rules.scenario.roles.map((r, j) => [r.id, POLICY_IDS[(i + j) % POLICY_IDS.length]!]),
  );
}

function record(file: string, games: number): string[] {
  const rules = compileRules(loadScenario(file));
  const out: string[] = [];
  for (let i = 0; i < games; i++) {
    const seating = seatingFor(rules, i);
    const { state, commands } = playGame(rules, gameSeed('golden', i), seating);
    const who = typeof seating === 'string' ? seating : 'mixed';
    out.push(
      `${i} ${who}: commands ${hashJson(commands)} log ${hashJson(state.log)} state ${stateHash(state)}`,
    );
  }
  return out;
}

const PLAN: [string, number][] = [
  ['scenarios/default.json', 300],
  ['scenarios/tutorial.json', 40],
  ['scenarios/organised-crime.json', 40],
  ['scenarios/election-capital.json', 40],
  ['scenarios/divided-town.json', 40],
  ['tests/fixtures/mini-scenario.json', 40],
  ['tests/fixtures/large-scenario.json', 4],
];

describe('recorded games', () => {
  it('every policy plays the same commands to the same log and state as recorded', async () => {
    const recorded = Object.fromEntries(PLAN.map(([file, n]) => [file, record(file, n)]));
    await expect(`${JSON.stringify(recorded, null, 1)}\n`).toMatchFileSnapshot(
      '../fixtures/golden-games.json',
    );
  });

  it('the app’s pure path plays them to the same states, frozen, leaving each state as it was', () => {
    for (const [file, games] of [
      ['scenarios/default.json', 12],
      ['tests/fixtures/large-scenario.json', 1],
    ] as const) {
      const rules = compileRules(loadScenario(file));
      for (let i = 0; i < games; i++) {
        const played = playGame(rules, gameSeed('golden', i), seatingFor(rules, i));
        let line = openLine(rules, played.state.seed);
        const first = line.state;
        const before = stateHash(first);
        for (const cmd of played.commands) line = advance(rules, line, cmd);
        expect(stateHash(line.state)).toBe(stateHash(played.state));
        expect(stateHash(first)).toBe(before);
        expect(Object.isFrozen(line.state.log.at(-1))).toBe(true);
        expect(Object.isFrozen(line.state.districts[0]!.values)).toBe(true);
      }
    }
  });
});
