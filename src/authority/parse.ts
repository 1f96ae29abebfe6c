/**
 * The one parser for every path a whole game comes in by: the autosave, a save file, another
 * window's message, and the host's log. Each field is checked here before anything uses it;
 * the seats, which need the scenario's roles, are checked against them by `parseSeating` or
 * `keptSeats` once the rules are known. Refusals name the JSON path; nothing is thrown.
 */
import type { SavedGame } from '../engine';
import { parseSaveValue } from '../engine/save';
import { MAX_KEPT_BYTES } from '../format';
import type { GameOrigin } from './game';
import { parseTimer, type Timer } from './timer';

const BUNDLED_FILE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\.json$/;

export interface IncomingGame extends GameOrigin {
  save: SavedGame;
  /** As found: check it against the scenario's roles (`parseSeating`, `keptSeats`). */
  seats: unknown;
  /** A timer that is not one is dropped, not refused: the game matters, the clock less. */
  timer: Timer | null;
}

export type ParsedGame =
  { ok: true; game: IncomingGame } | { ok: false; path: string; message: string };

function fail(path: string, message: string): ParsedGame {
  return { ok: false, path, message };
}

/**
 * `value`: an object with `save` (the engine's save), `bundledFile` and `scenarioText`
 * (where its scenario comes from) and `seats`; `timer`: the timer that came with it (the
 * autosave keeps it in its position, a window's message beside the game).
 */
export function parseIncomingGame(value: unknown, timer?: unknown): ParsedGame {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return fail('$', 'expected an object');
  }
  const v = value as Record<string, unknown>;
  const save = parseSaveValue(v.save ?? null);
  if (!save.ok) return fail(`$.save${save.path.slice(1)}`, save.message);
  const bundledFile = v.bundledFile ?? null;
  if (
    bundledFile !== null &&
    (typeof bundledFile !== 'string' || !BUNDLED_FILE.test(bundledFile))
  ) {
    return fail('$.bundledFile', 'expected the file name of a bundled scenario, or null');
  }
  const scenarioText = v.scenarioText ?? null;
  if (scenarioText !== null && typeof scenarioText !== 'string') {
    return fail('$.scenarioText', 'expected the scenario as text, or null');
  }
  if (typeof scenarioText === 'string' && scenarioText.length > MAX_KEPT_BYTES) {
    return fail('$.scenarioText', `the scenario is larger than ${MAX_KEPT_BYTES / 1024 / 1024} MB`);
  }
  if (bundledFile === null && scenarioText === null) {
    return fail('$.bundledFile', 'neither a bundled scenario nor the scenario text is given');
  }
  return {
    ok: true,
    game: { save: save.save, seats: v.seats, timer: parseTimer(timer), bundledFile, scenarioText },
  };
}
