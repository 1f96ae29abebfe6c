/**
 * Bundled scenarios known by their heads and loaded when a game needs one: the actions that need
 * one wait for it, the window says it is loading, and a scenario that cannot be fetched is said
 * as such and can be asked for again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioHead } from '../../src/format/scenarioHead';
import { createSessionStore } from '../../src/store';
import { createLibrary, type BundledSource } from '../../src/store/library';
import { summarise } from '../../src/store/scenarios';
import { en, memoryStorage } from './helpers';

const DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.includes('schema'));
const jsonOf = (file: string): unknown => JSON.parse(readFileSync(DIR + file, 'utf8'));

/** Sources whose loads wait until the test lets them go (or fail them). */
function gated(list: string[]) {
  const loads: string[] = [];
  const gates = new Map<string, { go: () => void; fail: (e: Error) => void }>();
  const sources: BundledSource[] = list.map((file) => ({
    file,
    head: scenarioHead(jsonOf(file)),
    load: () =>
      new Promise<unknown>((resolve, reject) => {
        loads.push(file);
        gates.set(file, { go: () => resolve(jsonOf(file)), fail: reject });
      }),
  }));
  return { sources, loads, gates };
}

describe('a bundled scenario by its head', () => {
  it.each(files)('%s: its card is the same from the head as from the whole file', (file) => {
    const json = jsonOf(file);
    const head = scenarioHead(json);
    expect(summarise({ file, json: head })).toEqual(summarise({ file, json }));
    // The head is a small part of the file: what the first screen no longer carries.
    expect(JSON.stringify(head).length).toBeLessThan(JSON.stringify(json).length / 3);
  });

  it('loads each scenario once however often it is asked for, and only those asked', async () => {
    const g = gated(['default.json', 'tutorial.json']);
    const library = createLibrary([], g.sources);
    expect(library.loaded()).toEqual([]);
    const first = library.load(['default.json']);
    const again = library.load(['default.json']);
    expect(g.loads).toEqual(['default.json']);
    g.gates.get('default.json')!.go();
    await Promise.all([first, again]);
    expect(library.loaded().map((b) => b.file)).toEqual(['default.json']);
    expect(library.load(['default.json'])).toBeNull();
    expect(library.summaries().map((s) => s.file)).toEqual(['default.json', 'tutorial.json']);
  });
});

describe('an action that needs a scenario not loaded yet', () => {
  it('waits for it, showing that it loads, then runs', async () => {
    const g = gated(['default.json']);
    const s = createSessionStore({ storage: memoryStorage(), library: g.sources });
    expect(s.getState().bundled.map((b) => b.id)).toEqual(['velmora']);
    const chosen = s.chooseBundled('default.json');
    expect(chosen).toBeInstanceOf(Promise);
    expect(s.getState().loading).toBe(true);
    expect(s.getState().screen).toBe('start');
    g.gates.get('default.json')!.go();
    expect(await chosen).toBe(true);
    expect(s.getState().loading).toBe(false);
    expect(s.getState().screen).toBe('setup');
    // Loaded now: the next choice runs at once.
    expect(s.chooseBundled('default.json')).toBe(true);
  });

  it('says why when it cannot be fetched, does nothing, and is fetched again when asked', async () => {
    const g = gated(['default.json']);
    const s = createSessionStore({ storage: memoryStorage(), library: g.sources });
    const chosen = s.chooseBundled('default.json');
    g.gates.get('default.json')!.fail(new Error('Failed to fetch dynamically imported module'));
    expect(await chosen).toBe(false);
    const st = s.getState();
    expect(st.loading).toBe(false);
    expect(st.screen).toBe('start');
    expect(st.notice?.tone).toBe('error');
    expect(en(st.notice!.text)).toMatch(/could not be loaded \(Failed to fetch/);
    const retried = s.chooseBundled('default.json');
    expect(g.loads).toEqual(['default.json', 'default.json']);
    g.gates.get('default.json')!.go();
    expect(await retried).toBe(true);
    expect(s.getState().screen).toBe('setup');
  });

  it('loads, for a file or a save, only the bundled scenarios of its id', async () => {
    const g = gated(['default.json', 'tutorial.json']);
    const s = createSessionStore({ storage: memoryStorage(), library: g.sources });
    const text = readFileSync(DIR + 'default.json', 'utf8');
    const opened = s.openScenarioText(text, 'my-copy.json');
    expect(g.loads).toEqual(['default.json']);
    g.gates.get('default.json')!.go();
    expect(await opened).toBe(true);
    // Still known for the bundled scenario it is, by its hash.
    expect(s.getState().setup?.file).toBe('default.json');
    expect(s.getState().setup?.text).toBeNull();
    // A save of another id loads nothing more, and is refused as unknown.
    const save = JSON.stringify({ format: 'mandate-save', version: 1, scenarioId: 'nowhere' });
    expect(s.importSaveText(save, 'x.json')).toBe(false);
    expect(g.loads).toEqual(['default.json']);
  });
});
