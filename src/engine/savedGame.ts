/**
 * A saved game as the engine writes it (its parser, with zod, is `save.ts`, loaded apart).
 */
import type { Command, SavedGame } from './types';

/** The largest save file read: a whole exercise with every message is far smaller. */
export const MAX_SAVE_BYTES = 20 * 1024 * 1024;

export function makeSave(
  scenarioId: string,
  scenarioHash: string,
  seed: string,
  commands: readonly Command[],
): SavedGame {
  return {
    format: 'mandate-save',
    version: 1,
    scenarioHash,
    scenarioId,
    seed,
    commands: [...commands],
  };
}
