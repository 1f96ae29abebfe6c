/**
 * Saved games: the engine's `SavedGame` (scenario hash, seed, commands), read with the engine's
 * own parser and replayed. A file from elsewhere may be anything; every refusal names the JSON
 * path of what is wrong, and the caller keeps the text so the user can download what was found.
 */
import {
  makeSave,
  replay,
  ReplayError,
  stateHash,
  type Command,
  type GameState,
  type Rules,
  type SavedGame,
} from '../engine';
import type { Seating } from '../authority';
import { worded, type Lang } from '../i18n';
import { validators } from './checks';
import { notice, type Said } from './notices';

export interface SaveProblem {
  /**
   * What went wrong, in a sentence: worded when shown (`say(L, message)`), so its framing follows
   * the language; the engine's own detail about the file (a JSON path's message) stays English.
   */
  message: Said;
  /** JSON path in the file, e.g. `$.commands[12]`. */
  path: string;
  /** The text that was found, offered for download. */
  text: string;
  filename: string;
}

export type ReadSave = { ok: true; save: SavedGame } | { ok: false; path: string; message: string };

/** Checks the shape of a save file's text with the engine's parser. Does not replay it. */
export function readSaveText(text: string): ReadSave {
  return validators().parseSave(text);
}

/** The same for a value already parsed (the save inside an autosave). */
export function readSaveValue(value: unknown): ReadSave {
  return validators().parseSaveValue(value);
}

/** `message`: why, worded when shown (the command refused and the engine's reason, in the reader's
 * language). */
export type Replayed =
  { ok: true; state: GameState; hash: string } | { ok: false; path: string; message: Said };

/** Replays a save's commands on its scenario; a command that fails is named by its path. */
export function replaySave(rules: Rules, save: SavedGame): Replayed {
  try {
    const { state } = replay(rules, save.seed, save.commands);
    return { ok: true, state, hash: stateHash(state) };
  } catch (e) {
    if (e instanceof ReplayError)
      return { ok: false, path: e.path, message: notice('commandRefused', e.command, e.problem) };
    return {
      ok: false,
      path: '$.commands',
      message: notice('replayFailed', e instanceof Error ? e.message : String(e)),
    };
  }
}

export function savedGame(rules: Rules, seed: string, commands: readonly Command[]): SavedGame {
  return makeSave(rules.scenario.id, rules.scenarioHash, seed, commands);
}

/** A played game, as the save file is written from it. */
export interface SaveSource {
  rules: Rules;
  seed: string;
  commands: readonly Command[];
  seats: Seating;
  hash: string;
  state: GameState;
}

/**
 * The save file's text: the commands and the seating (an import seats the same teams); with
 * `log`, also the whole log worded in that language for people reading the file (the debrief's
 * JSON export), which makes it ten times larger. A replay ignores the log and rebuilds its own.
 */
export function saveFileText(g: SaveSource, log?: Lang): string {
  const app = { seats: g.seats, stateHash: g.hash };
  const file = {
    ...savedGame(g.rules, g.seed, g.commands),
    app: log ? { ...app, language: log.locale, log: worded(log, g.state.log) } : app,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
