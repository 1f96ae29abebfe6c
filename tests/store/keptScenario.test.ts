/**
 * An autosave the app wrote is always one it can read back: a scenario opened with its Tiled
 * map is kept with the map's shapes merged in, so it may be larger than a scenario file may be;
 * resuming it, another window taking it, and importing what the problems panel offers for
 * download all read it with the limit it was written under.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY, createSessionStore } from '../../src/store';
import { MAX_TEXT_BYTES } from '../../src/scenario/load';
import { bundled, memoryStorage } from './helpers';

const fixture = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), 'utf8');
const map = { name: 'riverside.tmj', text: fixture('tiled-scenario/maps/riverside.tmj') };

/** Riverside with descriptions long enough that the file is just under the scenario limit. */
function nearLimit(): string {
  const d = JSON.parse(fixture('tiled-scenario/riverside.json')) as {
    districts: { description?: string }[];
  };
  const base = JSON.stringify(d).length;
  const pad = Math.floor((MAX_TEXT_BYTES - 60 - base) / d.districts.length);
  for (const x of d.districts) x.description = 'x'.repeat(pad);
  return JSON.stringify(d);
}

function played(storage = memoryStorage()) {
  const s = createSessionStore({ storage, bundled, randomSeed: () => 'kept' });
  expect(s.openScenarioText(nearLimit(), 'big.json', [map])).toBe(true);
  // The control: what is kept (shapes merged in) is past the limit a scenario file is held to.
  expect(s.getState().setup!.text!.length).toBeGreaterThan(MAX_TEXT_BYTES);
  expect(s.startGame()).toBeNull();
  s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'harbour' });
  return { s, storage, hash: s.getState().game!.hash };
}

describe('a game on a scenario kept with its Tiled map', () => {
  it('resumes after a reload, with no problem shown', () => {
    const { storage, hash } = played();
    const again = createSessionStore({ storage, bundled });
    expect(again.resumeAutosave()).toBe(true);
    expect(again.getState().saveProblem).toBeNull();
    expect(again.getState().game!.hash).toBe(hash);
  });

  it('is taken by a console window opened on the autosave', () => {
    const { storage, hash } = played();
    const con = createSessionStore({ storage, bundled, mode: 'console' });
    expect(con.adoptAutosave()).toBe('adopted');
    expect(con.getState().game!.hash).toBe(hash);
  });

  it('imports from the autosave document the problems panel offers for download', () => {
    const { storage, hash } = played();
    const text = storage.getItem(AUTOSAVE_KEY)!;
    const other = createSessionStore({ storage: memoryStorage(), bundled });
    expect(other.importSaveText(text, 'mandate-autosave.json')).toBe(true);
    expect(other.getState().game!.hash).toBe(hash);
    // A damaged one is refused with its path, as any save is.
    const doc = JSON.parse(text) as { save: { commands: unknown[] } };
    doc.save.commands.push({ type: 'commit', role: 'nobody' });
    expect(other.importSaveText(JSON.stringify(doc), 'bad.json')).toBe(false);
    expect(other.getState().saveProblem?.path).toBe('$.save.commands[1]');
  });
});
