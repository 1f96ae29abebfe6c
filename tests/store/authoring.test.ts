/**
 * Scenario authoring in the session, without a browser: a scenario opened with the Tiled map it
 * names (and without it: which file to add, then just the map), and files sized up before they
 * are read.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sortFiles, type FileLike } from '../../src/store/files';
import { checkScenarioText, openScenario } from '../../src/store/scenarios';
import { createSessionStore } from '../../src/store/session';
import { bundled, memoryStorage } from './helpers';

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), 'utf8');
const riverside = fixture('tiled-scenario/riverside.json');
const riversideMap = fixture('tiled-scenario/maps/riverside.tmj');
const MISSING = 'This scenario takes its district shapes from maps/riverside.tmj: open it together with the scenario (select both files, or drop both)';

function session(storage = memoryStorage()) {
  return createSessionStore({ storage, bundled, randomSeed: () => 'authoring-seed' });
}

describe('a scenario that takes its shapes from a Tiled map', () => {
  it('opens with its map given beside it, keeps the shapes in the autosave, and resumes without the map', () => {
    const storage = memoryStorage();
    const s = session(storage);
    expect(s.openScenarioText(riverside, 'riverside.json', [{ name: 'riverside.tmj', text: riversideMap }])).toBe(true);
    const setup = s.getState().setup!;
    expect(setup.scenario.districts.every((d) => d.shape.length >= 3 && d.neighbours.length > 0)).toBe(true);
    // What the autosave will keep is the scenario as validated: it checks alone, to the same hash.
    const alone = checkScenarioText(setup.text!, 'kept');
    expect(alone.ok && alone.rules.scenarioHash).toBe(setup.rules.scenarioHash);
    expect(s.startGame()).toBeNull();
    expect(s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'harbour' })).toBeNull();
    const hash = s.getState().game!.hash;

    const again = session(storage);
    expect(again.resumeAutosave()).toBe(true);
    expect(again.getState().saveProblem).toBeNull();
    expect(again.getState().game!.hash).toBe(hash);
  });

  it('finds the map by its base name, then ignoring case', () => {
    expect(openScenario(riverside, 'riverside.json', [{ name: 'riverside.tmj', text: riversideMap }]).ok).toBe(true);
    expect(openScenario(riverside, 'riverside.json', [{ name: 'Riverside.TMJ', text: riversideMap }]).ok).toBe(true);
  });

  it('without its map names the file to add, lists nothing the map would give, and takes the map alone', () => {
    const s = session();
    expect(s.openScenarioText(riverside, 'riverside.json')).toBe(false);
    const p = s.getState().scenarioProblems!;
    expect(p.source).toBe('riverside.json');
    expect(p.problems).toEqual([expect.objectContaining({ path: '$.map.tiled.file', message: MISSING })]);
    expect(p.warnings).toEqual([]);
    expect(p.map).toMatchObject({ file: 'maps/riverside.tmj', missing: true, source: 'riverside.json' });

    // A map of another name opened with it is named in the message.
    s.openScenarioText(riverside, 'riverside.json', [{ name: 'town.tmj', text: riversideMap }]);
    expect(s.getState().scenarioProblems!.problems[0]!.message).toBe(`${MISSING} (town.tmj is not riverside.tmj)`);

    // A broken map: its problems, with paths into the map, and the map is still asked for.
    expect(s.addScenarioMap({ name: 'riverside.tmj', text: '{"orientation": "orthogonal"}' })).toBe(false);
    const broken = s.getState().scenarioProblems!;
    expect(broken.problems.every((x) => x.path.startsWith('maps/riverside.tmj: ') || x.path.startsWith('$.districts'))).toBe(true);
    expect(broken.map).toMatchObject({ missing: false });

    // Too large to be a map: refused, and the scenario still waits for its map.
    s.refuseFile('huge.tmj', 'map', 'the map is larger than 8 MB');
    expect(s.getState().scenarioProblems).toMatchObject({ source: 'riverside.json', problems: [{ path: 'huge.tmj: $' }], map: { file: 'maps/riverside.tmj' } });

    // The map picked on its own is taken whatever its name.
    expect(s.addScenarioMap({ name: 'my-copy.json', text: riversideMap })).toBe(true);
    expect(s.getState().screen).toBe('setup');
    expect(s.getState().setup!.scenario.id).toBe('riverside');
    expect(s.getState().scenarioProblems).toBeNull();
  });
});

/** A file that records whether it was read. */
function fakeFile(name: string, size: number, head = '', text = head): FileLike & { reads: string[] } {
  const reads: string[] = [];
  return {
    name,
    size,
    reads,
    text: async () => {
      reads.push('whole');
      return text;
    },
    slice: (start = 0, end = size) => ({
      text: async () => {
        reads.push(`bytes ${start}-${end}`);
        return head.slice(start, end);
      },
    }),
  };
}

describe('files sized up before they are read', () => {
  it('refuses a scenario over 2 MB and a save over 20 MB unread, with the loaders\u2019 words', async () => {
    const scenario = fakeFile('big.json', 2 * 1024 * 1024 + 1, '{"id": "big", ');
    const save = fakeFile('big-save.json', 20 * 1024 * 1024 + 1, '{"format": "mandate-save"');
    const map = fakeFile('big.tmj', 8 * 1024 * 1024 + 1);
    const sorted = await sortFiles([scenario, map], 'scenario');
    const saves = await sortFiles([save], 'save');
    expect(sorted.refused).toEqual([
      { name: 'big.json', kind: 'scenario', message: 'the file is larger than 2 MB; a scenario is far smaller' },
      { name: 'big.tmj', kind: 'map', message: 'the map is larger than 8 MB' },
    ]);
    expect(saves.refused).toEqual([{ name: 'big-save.json', kind: 'save', message: 'the file is larger than 20 MB; a save never is' }]);
    expect([...scenario.reads, ...map.reads, ...save.reads].filter((r) => r === 'whole')).toEqual([]);
    // At most the first bytes of a file past the scenario limit are looked at.
    expect(scenario.reads).toEqual(['bytes 0-512']);
    expect(save.reads).toEqual([]);
  });

  it('reads a dropped save or map larger than a scenario may be, and sorts small files by what they hold', async () => {
    const save = fakeFile('long-game.json', 3 * 1024 * 1024, '{\n  "format": "mandate-save",', '{"format": "mandate-save"}');
    const map = fakeFile('port.json', 3 * 1024 * 1024, '{ "compressionlevel": -1, "height": 15,', '{"layers": [], "orientation": "orthogonal"}');
    const small = [
      fakeFile('a.json', 30, '', '{"id": "a"}'),
      fakeFile('b.json', 60, '', '{"layers": [], "tiledversion": "1.10"}'),
      fakeFile('c.json', 30, '', '{"format": "mandate-save"}'),
    ];
    const sorted = await sortFiles([save, map, ...small], 'auto');
    expect(sorted.refused).toEqual([]);
    expect(sorted.saves.map((f) => f.name)).toEqual(['long-game.json', 'c.json']);
    expect(sorted.maps.map((f) => f.name)).toEqual(['port.json', 'b.json']);
    expect(sorted.scenarios.map((f) => f.name)).toEqual(['a.json']);
    // From the scenario picker, a save is taken as a scenario (and its problems listed).
    expect((await sortFiles([small[2]!], 'scenario')).scenarios.map((f) => f.name)).toEqual(['c.json']);
  });

  it('a refused save is reported with nothing to download', () => {
    const s = session();
    s.refuseFile('huge.json', 'save', 'the file is larger than 20 MB; a save never is');
    expect(s.getState().saveProblem).toEqual({ path: '$', message: 'the file is larger than 20 MB; a save never is', text: '', filename: 'huge.json' });
  });
});
