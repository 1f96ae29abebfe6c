/**
 * Games that come in whole: a save file imported, the autosave resumed; and the save file
 * exported. Every one goes through the authority's parser (`parseIncomingGame`, the engine's
 * `parseSave`), the one lookup of rules by hash, and a replay before it is played.
 */
import { keptSeats, parseSeating, type Seating, type Timer } from '../authority';
import { validators } from './checks';
import type { GameState, SavedGame } from '../engine';
import type { Lang } from '../i18n';
import { parsePosition, readAutosave, type AutosaveDoc } from './autosave';
import type { Kit } from './kit';
import { notice, type NoticeMsg, type Said } from './notices';
import { findRules, type RulesFound } from './rulesByHash';
import { readSaveText, replaySave, saveFileText } from './saves';
import { checkBundled } from './rulesByHash';
import { MAX_KEPT_BYTES } from '../format';
import { defaultSeats } from './seatNames';
import { freshPin, NO_PIN, readKeptPin, type KeptPin } from './pin';
import { EMPTY_DRAFT, PLAY_SCREENS, type Screen, type SessionState } from './types';

export interface SaveFileActions {
  /**
   * The save file: the commands and the seating. With `log`, also the whole log worded in that
   * language for people reading the file (the debrief's JSON export); see `saveFileText`.
   */
  exportSave(options?: { log?: Lang }): { filename: string; text: string } | null;
  importSaveText(text: string, filename: string): boolean;
  resumeAutosave(): boolean;
  dismissSaveProblem(): void;
}

/** The scenarios in use in this window, as places a save's rules may be found. */
export function rulesInUse(s: SessionState): (RulesFound | null)[] {
  const g = s.game;
  const setup = s.setup;
  return [
    g && { rules: g.rules, bundledFile: g.bundledFile, scenarioText: g.scenarioText },
    setup && {
      rules: setup.rules,
      bundledFile: setup.text === null ? setup.file : null,
      scenarioText: setup.text,
    },
  ];
}

type OpenedDoc =
  | {
      ok: true;
      found: RulesFound;
      save: SavedGame;
      replayed: { state: GameState; hash: string };
      seats: Seating;
      timer: Timer | null;
    }
  | { ok: false; path: string; message: NoticeMsg };

/**
 * An autosave document, checked by the one parser, its rules found by hash (or the scenario
 * kept in it) and its commands replayed; or why not, by JSON path.
 */
function openDoc(
  kit: Kit,
  doc: Partial<AutosaveDoc>,
  known: (RulesFound | null)[] = [],
): OpenedDoc {
  const fail = (path: string, message: NoticeMsg): OpenedDoc => ({ ok: false, path, message });
  const parsed = validators().parseIncomingGame(doc, doc.position?.timer);
  if (!parsed.ok) return fail(parsed.path, notice('resumeFailed', parsed.message));
  const { save, bundledFile, scenarioText } = parsed.game;
  const found = findRules(save.scenarioHash, {
    known,
    bundled: kit.bundled().filter((b) => b.file === bundledFile),
    text: scenarioText,
    textSource: 'the saved scenario',
  });
  if (!found) {
    // Say why: the scenario kept with the game is no longer valid, the bundled one is gone, or
    // it has changed since.
    if (scenarioText) {
      const c = validators().checkScenarioText(
        scenarioText,
        'the saved scenario',
        undefined,
        MAX_KEPT_BYTES,
      );
      if (!c.ok) {
        return fail(
          '$.scenarioText',
          notice('resumeScenarioInvalid', c.problems[0]?.message ?? ''),
        );
      }
    } else {
      const b = kit.bundled().find((x) => x.file === bundledFile);
      if (!b || !checkBundled(b).ok) {
        return fail('$.bundledFile', notice('resumeBundledMissing', JSON.stringify(bundledFile)));
      }
    }
    return fail('$.save.scenarioHash', notice('resumeScenarioChanged'));
  }
  const { rules } = found;
  const replayed = replaySave(rules, save);
  if (!replayed.ok) {
    return fail(`$.save${replayed.path.slice(1)}`, notice('resumeFailed', replayed.message));
  }
  const seats = keptSeats(rules, parsed.game.seats, defaultSeats(kit.lang(rules.scenario), rules));
  return { ok: true, found, save, replayed, seats, timer: parsed.game.timer };
}

/** The autosave document a text holds, when it holds one (a file downloaded from the problems panel). */
function autosaveIn(text: string): Partial<AutosaveDoc> | null {
  if (!/^\s*\{/.test(text)) return null;
  try {
    const v = JSON.parse(text) as Partial<AutosaveDoc> | null;
    return v && typeof v === 'object' && v.format === 'mandate-autosave' ? v : null;
  } catch {
    return null;
  }
}

export function saveFileActions(kit: Kit): SaveFileActions {
  const { get, set } = kit;

  /** Plays a game that came in whole, at the briefing of its turn (or its end), and says so. */
  function enter(
    found: RulesFound,
    save: SavedGame,
    replayed: { state: GameState; hash: string },
    seats: Seating,
    filename: string,
    pin: KeptPin,
  ): true {
    const { state, hash } = replayed;
    kit.set((d) => {
      d.pin = freshPin(pin);
    });
    kit.play({
      ...found,
      seed: save.seed,
      seats,
      played: { commands: save.commands, state, hash },
    });
    set((d) => {
      d.screen = state.status === 'ended' ? 'end' : 'briefing';
      d.round = 1;
      d.active = null;
      d.saveProblem = null;
      d.setup = null;
      d.selected = null;
      d.draft = { ...EMPTY_DRAFT };
      d.notice = { tone: 'info', text: notice('saveLoaded', filename, state.turn, hash) };
    });
    return true;
  }

  return {
    exportSave(options = {}) {
      const g = get().game;
      if (!g) return null;
      const safeId =
        g.rules.scenario.id.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'scenario';
      return {
        filename: `mandate-${safeId}-turn${g.state.turn}.json`,
        text: saveFileText(g, options.log),
      };
    },

    importSaveText(text, filename) {
      const fail = (path: string, message: Said): false => {
        set((d) => {
          d.saveProblem = { path, message, text, filename };
        });
        return false;
      };
      // What the problems panel offers for download when the autosave cannot be resumed is the
      // autosave itself: it imports as the game it holds.
      const doc = autosaveIn(text);
      if (doc) {
        const opened = openDoc(kit, doc, rulesInUse(get()));
        if (!opened.ok) return fail(opened.path, opened.message);
        // The autosave, downloaded when it could not be resumed: its PIN comes with it.
        const pin = { ...readKeptPin(doc.pin), changedAt: kit.now() };
        return enter(opened.found, opened.save, opened.replayed, opened.seats, filename, pin);
      }
      const read = readSaveText(text);
      if (!read.ok) return fail(read.path, read.message);
      const save = read.save;
      const found = findRules(save.scenarioHash, {
        bundled: kit.bundled(),
        known: rulesInUse(get()),
      });
      if (!found) {
        return fail(
          '$.scenarioHash',
          notice('saveUnknownScenario', save.scenarioId, save.scenarioHash),
        );
      }
      const { rules } = found;
      const replayed = replaySave(rules, save);
      if (!replayed.ok) return fail(replayed.path, replayed.message);
      // The seating comes from the file's `app.seats` when it seats every role; otherwise the
      // roles keep the seats of the game on this screen when it is the same scenario, or go to
      // teams.
      const current = get().game;
      const seats =
        parseSeating(rules, save.app?.seats) ??
        (current && current.rules.scenarioHash === rules.scenarioHash
          ? current.seats
          : defaultSeats(kit.lang(rules.scenario), rules));
      // A save file carries no PIN: the game it brings starts without one, like a new game (and
      // so a facilitator who forgot the PIN can export the save and import it).
      return enter(found, save, replayed, seats, filename, { ...NO_PIN, changedAt: kit.now() });
    },

    resumeAutosave() {
      const stored = readAutosave(kit.storage);
      if (!stored) return false;
      // The framing sentence follows the language; the detail (a JSON path's message) stays.
      const fail = (path: string, message: NoticeMsg): false => {
        set((d) => {
          d.saveProblem = { path, message, text: stored.raw, filename: 'mandate-autosave.json' };
          d.screen = 'start';
        });
        return false;
      };
      const doc = stored.doc;
      if (!doc) return fail('$', notice('resumeNotAutosave'));
      const opened = openDoc(kit, doc);
      if (!opened.ok) return fail(opened.path, opened.message);
      const { found, save, replayed, seats, timer } = opened;
      const rules = found.rules;
      const p = parsePosition(doc.position);
      const state = replayed.state;
      const pin = readKeptPin(doc.pin);
      // The wrong tries and the wait stay: going through the start screen does not reset them.
      set((d) => {
        d.pin.kept = pin;
        d.pin.asking = null;
      });
      // With a PIN, a reload asks again: the main window comes back to the game, not the console.
      const locked = pin.lock !== null && kit.mode === 'main';
      kit.play(
        {
          ...found,
          seed: save.seed,
          seats,
          played: { commands: save.commands, state, hash: replayed.hash },
          timer,
        },
        kit.mode === 'main',
      );
      set((d) => {
        // A reload during a team's planning comes back to its hand-over screen, not its orders.
        const at: Screen =
          p.screen === 'planning'
            ? 'handover'
            : p.screen === 'start' || p.screen === 'setup'
              ? 'briefing'
              : p.screen;
        const stays: Screen[] = ['debrief', 'report', 'console', 'replay'];
        d.screen = state.status === 'ended' && !stays.includes(at) ? 'end' : at;
        if (locked && d.screen === 'console')
          d.screen = state.status === 'ended' ? 'end' : 'briefing';
        d.round = p.round === 2 ? 2 : 1;
        d.active = p.active && rules.roleIndex.has(p.active) ? p.active : null;
        if (d.screen === 'handover' && !d.active) d.screen = 'briefing';
        d.reportTurn = p.reportTurn || state.turn;
        d.reportIndex = p.reportIndex || 0;
        d.facilitator = !!p.facilitator && !locked;
        d.setup = null;
        d.saveProblem = null;
        d.draft = { ...EMPTY_DRAFT };
        if (kit.mode === 'console') d.screen = 'console';
        const known =
          PLAY_SCREENS.includes(d.screen) || d.screen === 'console' || d.screen === 'replay';
        if (!known) d.screen = 'briefing';
        d.returnTo = PLAY_SCREENS.includes(d.screen)
          ? d.screen
          : state.status === 'ended'
            ? 'end'
            : 'briefing';
      });
      return true;
    },

    dismissSaveProblem() {
      set((d) => {
        d.saveProblem = null;
      });
    },
  };
}
