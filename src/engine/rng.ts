/**
 * The only source of randomness in a game: seedrandom's alea, whose state is saved in the
 * game state after every use, so a game resumes and replays exactly.
 *
 * Classes rather than objects of closures: a generator is made for every command and every
 * policy step, and a class's methods are made once.
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

type Alea = seedrandom.StatefulPRNG<seedrandom.State.Alea>;

class AleaRng implements Rng {
  constructor(private readonly prng: Alea) {}
  next(): number {
    return this.prng();
  }
  die(sides: number): number {
    return Math.floor(this.prng() * sides) + 1;
  }
  below(n: number): number {
    return Math.floor(this.prng() * n);
  }
  state(): RngState {
    return { ...this.prng.state() };
  }
}

export function seedRng(seed: string): Rng {
  return new AleaRng(seedrandom.alea(seed, { state: true }));
}

export function restoreRng(state: RngState): Rng {
  // A copy: alea copies fields out of the object, but the draft it may come from must stay
  // untouched.
  return new AleaRng(seedrandom.alea('', { state: { ...state } }));
}

/** A generator made only when first drawn from: most commands and policy steps never roll. */
export class LazyRng implements Rng {
  private inner: Rng | undefined;
  constructor(private readonly make: () => Rng) {}
  private get rng(): Rng {
    return (this.inner ??= this.make());
  }
  next(): number {
    return this.rng.next();
  }
  die(sides: number): number {
    return this.rng.die(sides);
  }
  below(n: number): number {
    return this.rng.below(n);
  }
  state(): RngState {
    return this.rng.state();
  }
  used(): boolean {
    return this.inner !== undefined;
  }
}
