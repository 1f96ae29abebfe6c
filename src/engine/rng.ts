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

/**
 * alea's generator, stepped exactly as seedrandom's `alea` steps it, on a state of its own:
 * restoring one from a saved state (once per command that rolls) costs no seeding.
 * `tests/engine/rng.test.ts` checks it against seedrandom's number for number.
 */
class AleaRng implements Rng {
  private c: number;
  private s0: number;
  private s1: number;
  private s2: number;
  constructor(state: RngState) {
    // Fields copied out: the state it comes from (perhaps a draft) stays untouched.
    this.c = state.c;
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
  }
  next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    return (this.s2 = t - (this.c = t | 0));
  }
  die(sides: number): number {
    return Math.floor(this.next() * sides) + 1;
  }
  below(n: number): number {
    return Math.floor(this.next() * n);
  }
  state(): RngState {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }
}

export function seedRng(seed: string): Rng {
  return new AleaRng(seedrandom.alea(seed, { state: true }).state());
}

export function restoreRng(state: RngState): Rng {
  return new AleaRng(state);
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
