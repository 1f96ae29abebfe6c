/**
 * The only source of randomness in a game: seedrandom's alea, whose state is saved in the
 * game state after every use, so a game resumes and replays exactly.
 */
import seedrandom from 'seedrandom';
import type { GameState } from './types';

export type RngState = GameState['rng'];

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [1, sides]. */
  die(sides: number): number;
  /** An integer in [0, n). */
  below(n: number): number;
  state(): RngState;
}

function wrap(prng: seedrandom.StatefulPRNG<seedrandom.State.Alea>): Rng {
  return {
    next: () => prng(),
    die: (sides) => Math.floor(prng() * sides) + 1,
    below: (n) => Math.floor(prng() * n),
    state: () => ({ ...prng.state() }),
  };
}

export function seedRng(seed: string): Rng {
  return wrap(seedrandom.alea(seed, { state: true }));
}

export function restoreRng(state: RngState): Rng {
  // A copy: alea copies fields out of the object, but the draft it may come from must stay
  // untouched.
  return wrap(seedrandom.alea('', { state: { ...state } }));
}

/** A generator made only when first drawn from: most commands and policy steps never roll. */
export function lazyRng(make: () => Rng): Rng & { used(): boolean } {
  let inner: Rng | undefined;
  const get = () => (inner ??= make());
  return {
    next: () => get().next(),
    die: (sides) => get().die(sides),
    below: (n) => get().below(n),
    state: () => get().state(),
    used: () => inner !== undefined,
  };
}
