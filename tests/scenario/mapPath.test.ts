/**
 * `map.tiled.file` names a map beside the scenario or below it, nothing else: the schema refuses
 * other paths (so the browser does too), `npm run validate` and the development server never read
 * them, and no message shows anything of a file that is not a valid map.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/scenario/loadNode';
import { readWatched } from '../../src/scenario/watchedFile';
import { at, errors, fixture, validateChanged } from './helpers';

const SECRET = 'root:x:0:0:TOP-SECRET-LINE';

describe('the path of a Tiled map, in the schema', () => {
  it.each([
    ['../secret.tmj', /climbs out of the scenario's folder/],
    ['maps/../../secret.tmj', /climbs out of the scenario's folder/],
    ['/etc/passwd', /the path is absolute/],
    ['C:\\maps\\port.tmj', /backslash/],
    ['C:/maps/port.tmj', /names a drive or an address/],
    ['file:///etc/passwd', /names a drive or an address/],
    ['maps\\..\\..\\secret.tmj', /backslash/],
  ])('refuses %s at $.map.tiled.file', (file, why) => {
    const list = errors(validateChanged((s) => (s.map.tiled = { file, layer: 'districts' })));
    const found = at(list, '$.map.tiled.file');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(
      /^the Tiled map must be beside the scenario file or in a folder below it: /,
    );
    expect(found[0]!.message).toMatch(why);
  });

  it.each(['port.tmj', 'maps/port.tmj', './maps/port.tmj', 'maps/..old/port.tmj'])(
    'takes %s',
    (file) => {
      const list = errors(validateChanged((s) => (s.map.tiled = { file, layer: 'districts' })));
      expect(at(list, '$.map.tiled.file')).toEqual([]);
    },
  );
});

describe('the path of a Tiled map, on disk', () => {
  const root = mkdtempSync(join(tmpdir(), 'mandate-map-path-'));
  const folder = join(root, 'scenario');
  mkdirSync(join(folder, 'maps'), { recursive: true });
  writeFileSync(join(root, 'secret.tmj'), SECRET);
  writeFileSync(join(root, 'secret.json'), JSON.stringify({ password: SECRET }));
  symlinkSync(join(root, 'secret.tmj'), join(folder, 'maps', 'link.tmj'));
  writeFileSync(join(folder, 'notes.tmj'), SECRET);
  writeFileSync(join(folder, 'other.json'), JSON.stringify({ type: 'module', name: SECRET }));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const scenarioNaming = (file: string): string => {
    const s = fixture();
    s.map.tiled = { file, layer: 'districts' };
    const path = join(folder, 'scenario.json');
    writeFileSync(path, JSON.stringify(s));
    return path;
  };

  it.each([
    ['../secret.tmj', /climbs out/],
    [join(root, 'secret.tmj'), /absolute/],
    ['maps/link.tmj', /leads out of the scenario's folder \(through a symbolic link\)/],
  ])('%s is refused at $.map.tiled.file and never read', async (file, why) => {
    const result = await readScenarioFile(scenarioNaming(file));
    const problems = result.ok ? [] : result.problems;
    const found = problems.filter((p) => p.path === '$.map.tiled.file');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(why);
    expect(JSON.stringify(result)).not.toContain('TOP-SECRET');
    const watched = await readWatched(scenarioNaming(file));
    expect(watched.data.maps).toEqual([]);
    expect(watched.warning).toMatch(why);
    expect(JSON.stringify(watched)).not.toContain('TOP-SECRET');
  });

  it.each(['notes.tmj', 'other.json'])(
    'a file beside it that is not a Tiled map is refused without quoting it (%s)',
    async (file) => {
      const result = await readScenarioFile(scenarioNaming(file));
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain('TOP-SECRET');
      expect(JSON.stringify(result)).not.toContain('root:x');
      expect((result.ok ? [] : result.problems).map((p) => p.path)).toContain(`${file}: $`);
    },
  );
});
