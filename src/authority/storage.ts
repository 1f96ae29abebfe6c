/**
 * What the authority persists, and the small interface it persists through: the browser's
 * storage in the page, a database on a host. A write is handed the whole record and the
 * commands appended since the last write, so an append-only log needs only the latter.
 */
import type { Command, SavedGame } from '../engine';
import type { LocalText } from '../format';
import type { GameOrigin } from './game';
import type { Seating } from './seats';
import type { Timer } from './timer';

export interface GameRecord extends GameOrigin {
  /** The engine's save: scenario hash, seed and every command. */
  save: SavedGame;
  seats: Seating;
  timer: Timer | null;
  /** The scenario's title as the scenario has it, for lists of games. */
  title: LocalText;
  /** The turn the game stands at. */
  turn: number;
}

export interface GameStorage {
  /**
   * Keeps the game as it now stands. `appended`: the commands added since the last write
   * (every command when the game is new). Throws, or rejects, when it could not; a promise
   * resolves once the write is durable.
   */
  write(record: GameRecord, appended: readonly Command[]): void | Promise<void>;
}

/** A storage that keeps every write in memory, for tests and for games nobody keeps. */
export function memoryStorage(): GameStorage & { writes: GameRecord[]; last(): GameRecord | null } {
  const writes: GameRecord[] = [];
  return {
    writes,
    last: () => writes[writes.length - 1] ?? null,
    write(record) {
      writes.push(structuredClone(record));
    },
  };
}
