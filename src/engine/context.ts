/**
 * What every resolution step works with: the rules, the state being changed (an immer draft
 * or a private copy) and the generator restored from it.
 */
import type { Rng } from './rng';
import type { Rules } from './rules';
import type { GameState } from './types';

export interface Ctx {
  rules: Rules;
  s: GameState;
  rng: Rng;
}

/** Enough to read a game without changing it. */
export type Reader = Pick<Ctx, 'rules' | 's'>;
