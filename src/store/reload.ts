/**
 * A new version of the scenario a game is played on (its file saved again, in development): what
 * becomes of the game. Pure, so the decision is tested without a dev server.
 *
 * - the new version does not validate: the game goes on untouched; its problems are shown;
 * - it is the same scenario (same hash): nothing to do;
 * - the recorded commands still apply to it: the same game, replayed on the new version;
 * - they do not (a role, district or action they name is gone, an order is no longer legal):
 *   the set-up screen of the new version, with the seed and seats of the game.
 */
import type { Command, GameState, Rules } from '../engine';
import type { Checked, Problem } from './scenarios';
import { replaySave, savedGame } from './saves';
import type { Said } from './notices';

export type Reload =
  | { kind: 'invalid'; problems: Problem[]; warnings: Problem[] }
  | { kind: 'same' }
  | { kind: 'replayed'; rules: Rules; state: GameState; hash: string; count: number }
  | { kind: 'setup'; checked: Extract<Checked, { ok: true }>; reason: NoLongerApplies };

/**
 * Why the recorded commands no longer apply: which command (1-based, 0 when the replay does not
 * name one) of how many, and why (worded when shown).
 */
export interface NoLongerApplies {
  command: number;
  commands: number;
  detail: Said;
}

export interface Played {
  rules: Rules;
  seed: string;
  commands: readonly Command[];
}

export function decideReload(game: Played, next: Checked): Reload {
  if (!next.ok) return { kind: 'invalid', problems: next.problems, warnings: next.warnings };
  if (next.rules.scenarioHash === game.rules.scenarioHash) return { kind: 'same' };
  const replayed = replaySave(next.rules, savedGame(next.rules, game.seed, game.commands));
  if (replayed.ok)
    return {
      kind: 'replayed',
      rules: next.rules,
      state: replayed.state,
      hash: replayed.hash,
      count: game.commands.length,
    };
  const at = /^\$\.commands\[(\d+)\]/.exec(replayed.path);
  return {
    kind: 'setup',
    checked: next,
    reason: {
      command: at ? Number(at[1]) + 1 : 0,
      commands: game.commands.length,
      detail: replayed.message,
    },
  };
}
