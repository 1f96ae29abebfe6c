/**
 * A game as everyone outside the authority sees it: a frozen snapshot, replaced whole on every
 * change. Its `hash` is computed when first read and remembered for its state, because the
 * hash of a late state of a long game costs more than applying a command.
 */
import { freeze } from 'immer';
import { stateHash, type Command, type GameState, type Rules } from '../engine';
import type { Seating } from './seats';

/** Where the scenario came from: a file bundled with the app, or text kept with the game. */
export interface GameOrigin {
  bundledFile: string | null;
  /** The scenario's text when it did not come bundled (kept so the game can be resumed). */
  scenarioText: string | null;
}

export interface Game extends GameOrigin {
  rules: Rules;
  seed: string;
  commands: Command[];
  state: GameState;
  /** `stateHash(state)`, computed when first read. */
  readonly hash: string;
  seats: Seating;
}

export type GameFields = Omit<Game, 'hash'>;

const hashes = new WeakMap<GameState, string>();

/** The state hash of a state, computed once per state object. */
export function hashOf(state: GameState): string {
  let hash = hashes.get(state);
  if (hash === undefined) {
    hash = stateHash(state);
    hashes.set(state, hash);
  }
  return hash;
}

/**
 * A frozen game. `hash`, when the caller already has it, is remembered. The fields are frozen
 * as immer would freeze them; the game itself is frozen so immer never walks it (which would
 * read the hash).
 */
export function makeGame(fields: GameFields, hash?: string): Game {
  if (hash !== undefined) hashes.set(fields.state, hash);
  const game = {} as Game;
  for (const [key, value] of Object.entries(fields)) {
    Object.defineProperty(game, key, { value: freeze(value, true), enumerable: true });
  }
  Object.defineProperty(game, 'hash', { get: () => hashOf(game.state), enumerable: true });
  return Object.freeze(game);
}

/** A game's fields without its hash (spreading a game would compute the hash). */
export function fieldsOf(g: Game): GameFields {
  return {
    rules: g.rules,
    seed: g.seed,
    commands: g.commands,
    state: g.state,
    seats: g.seats,
    bundledFile: g.bundledFile,
    scenarioText: g.scenarioText,
  };
}
