/**
 * The large generated scenario (60 districts, 8 roles, 40 turns) validates cleanly, matches its
 * generator, plays to the end with every policy, saves, and replays to the same state hash.
 * Its speed is measured by `npm run bench`, never asserted here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  compileRules,
  gameSeed,
  makeSave,
  playGame,
  POLICY_IDS,
  replay,
  stateHash,
} from '../../src/engine';
import { parseSave } from '../../src/engine/save';
import { parseScenarioText } from '../../src/scenario/load';
import { formatScenario, makeLargeScenario } from '../../src/cli/make-large-scenario';

const file = fileURLToPath(new URL('../fixtures/large-scenario.json', import.meta.url));
const text = readFileSync(file, 'utf8');

describe('the large scenario', () => {
  const parsed = parseScenarioText(text, 'large-scenario.json');

  it('is what the generator writes, and validates with no error and no warning', () => {
    expect(
      formatScenario(makeLargeScenario()),
      'regenerate: npx tsx src/cli/make-large-scenario.ts',
    ).toBe(text);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    if (!parsed.ok) return;
    const sc = parsed.scenario;
    expect(sc.districts).toHaveLength(60);
    expect(sc.roles).toHaveLength(8);
    expect(sc.turns).toBe(40);
    for (const kind of ['military', 'police', 'civilian'])
      expect(sc.roles.filter((r) => r.kind === kind).length).toBeGreaterThanOrEqual(2);
    expect(new Set(sc.roles.map((r) => r.kind)).size).toBeGreaterThan(3);
    // Neighbours are mutual and share two corners exactly (the shapes tile the map).
    const byId = new Map(sc.districts.map((d) => [d.id, d]));
    for (const d of sc.districts) {
      for (const n of d.neighbours) {
        const other = byId.get(n)!;
        expect(other.neighbours).toContain(d.id);
        const shared = d.shape.filter(([x, y]) => other.shape.some(([u, v]) => u === x && v === y));
        expect(shared.length, `${d.id}–${n}`).toBe(2);
      }
    }
  });

  it.each(POLICY_IDS.map((p) => [p]))(
    'plays to the end with the %s policy, saves, and replays to the same hash',
    (policy) => {
      if (!parsed.ok) throw new Error('invalid');
      const rules = compileRules(parsed.scenario);
      const played = playGame(rules, gameSeed('large', 1), policy);
      expect(played.state.status).toBe('ended');
      expect(played.state.outcome).toBeDefined();
      const save = makeSave(
        rules.scenario.id,
        rules.scenarioHash,
        played.state.seed,
        played.commands,
      );
      const read = parseSave(JSON.stringify(save));
      if (!read.ok) throw new Error(`${read.path}: ${read.message}`);
      const { state } = replay(rules, read.save.seed, read.save.commands);
      expect(stateHash(state)).toBe(stateHash(played.state));
    },
  );
});
