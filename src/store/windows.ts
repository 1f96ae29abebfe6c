/**
 * The game as another window of this browser has it: what this window sends, and how it takes
 * one it is sent. Whatever arrives is checked by the authority's parser and replayed to the
 * hash it claims before it replaces anything; `sync.ts` decides which window's game wins.
 */
import { keptSeats, parseSeating, hashOf } from '../authority';
import { validators } from './checks';
import { replaySave, savedGame } from './saves';
import type { Kit } from './kit';
import { readAutosave } from './autosave';
import { followGame } from './navigation';
import { findRules } from './rulesByHash';
import { rulesInUse } from './saveFiles';
import { defaultSeats } from './seatNames';
import { takePin } from './pinActions';
import type { SharedGame } from './types';
import type { GameState } from '../engine';

export type Adopted = 'same' | 'adopted' | 'refused';

export interface WindowActions {
  /** The game as the other windows get it. */
  sharedGame(): SharedGame | null;
  /**
   * Takes the game another window has (its commands replayed here, only the new ones when they
   * extend ours). `hash` null: not checked (the autosave carries none).
   */
  adoptGame(g: unknown): Adopted;
  /** Reads the autosave another window wrote and takes its game, timer and PIN. */
  adoptAutosave(): Adopted | 'none';
}

const HASH = /^[0-9a-f]{16}$/;

export function windowActions(kit: Kit): WindowActions {
  const { get, set } = kit;

  function adoptGame(value: unknown): Adopted {
    const parsed = validators().parseIncomingGame(value);
    if (!parsed.ok) return 'refused';
    const claimed = (value as { hash?: unknown }).hash ?? null;
    if (claimed !== null && (typeof claimed !== 'string' || !HASH.test(claimed))) return 'refused';
    const { save } = parsed.game;
    const g = get().game;
    const sameGame = g && g.seed === save.seed && g.rules.scenarioHash === save.scenarioHash;
    if (sameGame && g.commands.length === save.commands.length && (claimed ?? g.hash) === g.hash) {
      return 'same';
    }
    const found = findRules(save.scenarioHash, {
      known: rulesInUse(get()).slice(0, 1),
      bundled: kit.bundled(),
      text: parsed.game.scenarioText,
      textSource: 'the scenario of the other window',
    });
    if (!found) return 'refused';
    const { rules } = found;
    // Commands that extend ours are applied one by one; anything else is replayed from the start.
    let state: GameState | null = null;
    if (g && g.rules === rules && g.seed === save.seed) {
      state = kit.authority()?.replayFrom(save.commands) ?? null;
    }
    // A game that does not go on from ours is another exercise, even on the same seed: a timer
    // belongs to its game, so this window's is not kept for it.
    const goesOn = state !== null;
    if (!state) {
      const replayed = replaySave(rules, save);
      if (!replayed.ok) return 'refused';
      state = replayed.state;
    }
    const hash = hashOf(state);
    if (claimed !== null && hash !== claimed) return 'refused';
    const seats =
      parseSeating(rules, parsed.game.seats) ??
      keptSeats(rules, g?.seats, defaultSeats(kit.lang(rules.scenario), rules));
    const before = g?.state;
    const another = !g || g.rules !== rules || g.seed !== save.seed;
    const timer = goesOn ? (kit.authority()?.timer() ?? null) : null;
    kit.play(
      {
        rules,
        seed: save.seed,
        seats,
        played: { commands: save.commands, state, hash },
        bundledFile: parsed.game.bundledFile,
        scenarioText: parsed.game.scenarioText,
        timer,
      },
      kit.mode === 'main',
    );
    const now = state;
    set((d) => {
      d.lastProblem = null;
      d.setup = null;
      if (kit.mode === 'console') {
        if (d.screen !== 'console' && d.screen !== 'debrief' && d.screen !== 'replay') {
          d.screen = 'console';
        }
        return;
      }
      const moved = another || !before || before.turn !== now.turn || before.status !== now.status;
      followGame(d, now, moved);
    });
    return 'adopted';
  }

  return {
    sharedGame() {
      const g = get().game;
      if (!g) return null;
      return {
        save: savedGame(g.rules, g.seed, g.commands),
        hash: g.hash,
        seats: g.seats,
        bundledFile: g.bundledFile,
        scenarioText: g.scenarioText,
      };
    },

    adoptGame,

    adoptAutosave() {
      const stored = readAutosave(kit.storage);
      if (!stored?.doc) return 'none';
      const doc = stored.doc;
      const result = adoptGame({ ...doc, hash: null });
      if (result !== 'refused') {
        kit.authority()?.adoptTimer(doc.position?.timer, kit.mode === 'main');
        takePin(kit, doc.pin, kit.mode === 'main');
      }
      return result;
    },
  };
}
