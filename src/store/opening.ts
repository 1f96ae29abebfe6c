/**
 * Choosing a scenario and setting up the game: the bundled ones, files a user opens (with the
 * Tiled map they name), the seed and the seats, and the start of the game.
 */
import { newGame, type RoleId } from '../engine';
import { clearTimer, keptSeats, type Seat, type Seating } from '../authority';
import { notice, say, type NoticeMsg, type Said } from './notices';
import type { Kit } from './kit';
import { checkBundled, findRules } from './rulesByHash';
import { validators } from './checks';
import {
  type Checked,
  type NamedText,
  type Opened,
  type PendingMap,
  type Problem,
} from './scenarios';
import { defaultSeats } from './seatNames';
import { freshPin, isPinShape, lockFor } from './pin';
import { EMPTY_DRAFT, START_FILTER } from './types';

export interface OpeningActions {
  chooseBundled(file: string): boolean;
  /**
   * Opens a scenario file; `maps`: the files opened with it, among which the Tiled map it names
   * (`map.tiled.file`) is looked for by its base name.
   */
  openScenarioText(text: string, source: string, maps?: NamedText[]): boolean;
  /** The Tiled map the scenario in the problems panel waits for, picked on its own. */
  addScenarioMap(map: NamedText): boolean;
  /** A file refused before it was read (larger than such a file can be), with the loader's words. */
  refuseFile(name: string, kind: 'scenario' | 'save' | 'map', message: Said): void;
  dismissScenarioProblems(): void;
  setSeed(seed: string): void;
  newSeed(): void;
  setSeat(role: RoleId, seat: Seat): void;
  /** Starts the game set up; returns what is missing (worded with `say`), or null. */
  startGame(): NoticeMsg | null;
}

type Found = { problems: Problem[]; warnings: Problem[]; map?: PendingMap | null };
type Keep = { seed: string; seats: Seating };

/** The set-up screen of a scenario; `keep`: the seed and seats to carry over (a new version of it). */
export function setupFrom(
  kit: Kit,
  file: string,
  text: string | null,
  checked: Extract<Checked, { ok: true }>,
  keep?: Keep,
): void {
  const fresh = defaultSeats(kit.lang(checked.scenario), checked.rules);
  const seed = keep?.seed ?? kit.randomSeed();
  kit.set((d) => {
    d.setup = {
      file,
      text,
      scenario: checked.scenario,
      rules: checked.rules,
      warnings: checked.warnings,
      seed,
      seats: keep ? keptSeats(checked.rules, keep.seats, fresh) : fresh,
      pin: '',
    };
    d.scenarioProblems = null;
    d.screen = 'setup';
  });
}

/** Lists a scenario file's problems where they are seen: the start screen, or the game's frame. */
export function showScenarioProblems(kit: Kit, source: string, found: Found): void {
  kit.set((d) => {
    d.scenarioProblems = {
      source,
      problems: found.problems,
      warnings: found.warnings,
      map: found.map ?? null,
    };
    if (d.screen === 'setup') d.screen = 'start';
  });
}

/** Opens a checked scenario file on the set-up screen (as the bundled one it equals, if it does). */
export function setupOpened(
  kit: Kit,
  source: string,
  opened: Extract<Opened, { ok: true }>,
  keep?: Keep,
): void {
  const same = findRules(opened.checked.rules.scenarioHash, { bundled: kit.bundled() });
  if (same?.bundledFile) setupFrom(kit, same.bundledFile, null, opened.checked, keep);
  else setupFrom(kit, source, opened.text, opened.checked, keep);
}

export function openingActions(kit: Kit): OpeningActions {
  const { get, set } = kit;
  return {
    chooseBundled(file) {
      const b = kit.bundled().find((x) => x.file === file);
      if (!b) return false;
      const c = checkBundled(b);
      if (!c.ok) {
        set((d) => {
          d.scenarioProblems = { source: file, problems: c.problems, warnings: c.warnings };
        });
        return false;
      }
      setupFrom(kit, file, null, c);
      return true;
    },

    openScenarioText(text, source, maps = []) {
      const opened = validators().openScenario(text, source, maps, undefined, kit.lang());
      if (!opened.ok) {
        showScenarioProblems(kit, source, opened);
        return false;
      }
      setupOpened(kit, source, opened);
      return true;
    },

    addScenarioMap(map) {
      const pending = get().scenarioProblems?.map;
      if (!pending) return false;
      const opened = validators().openScenario(
        pending.scenarioText,
        pending.source,
        [],
        map,
        kit.lang(),
      );
      if (!opened.ok) {
        showScenarioProblems(kit, pending.source, opened);
        return false;
      }
      setupOpened(kit, pending.source, opened);
      return true;
    },

    refuseFile(name, kind, said) {
      if (kind === 'save') {
        set((d) => {
          d.saveProblem = { path: '$', message: said, text: '', filename: name };
        });
        return;
      }
      // A scenario's problems are listed as the validator lists them: worded now.
      const message = say(kit.lang(), said);
      const pending = get().scenarioProblems?.map;
      if (kind === 'map' && pending) {
        // The scenario still waits for its map: the panel keeps offering to add it.
        showScenarioProblems(kit, pending.source, {
          problems: [{ path: `${name}: $`, message, severity: 'error' }],
          warnings: [],
          map: { ...pending, missing: false },
        });
        return;
      }
      showScenarioProblems(kit, name, {
        problems: [{ path: '$', message, severity: 'error' }],
        warnings: [],
      });
    },

    dismissScenarioProblems() {
      set((d) => {
        d.scenarioProblems = null;
      });
    },

    setSeed(seed) {
      set((d) => {
        if (d.setup) d.setup.seed = seed;
      });
    },

    newSeed() {
      const seed = kit.randomSeed();
      set((d) => {
        if (d.setup) d.setup.seed = seed;
      });
    },

    setSeat(role, seat) {
      set((d) => {
        if (d.setup) d.setup.seats[role] = seat;
      });
    },

    startGame() {
      const setup = get().setup;
      if (!setup) return notice('chooseScenario');
      const seed = setup.seed.trim();
      if (!seed) return notice('enterSeed');
      const teams = Object.values(setup.seats).filter((s) => s.kind === 'team');
      if (teams.length === 0) return notice('seatATeam');
      if (teams.some((s) => !s.name.trim())) return notice('nameEveryTeam');
      if (setup.pin && !isPinShape(setup.pin)) return notice('pinDigits');
      // A new game starts with the set-up's PIN, or none: never the last game's.
      const lock = setup.pin ? lockFor(setup.pin) : null;
      set((d) => {
        d.pin = freshPin({ lock, changedAt: kit.now() });
        if (d.setup) d.setup.pin = '';
      });
      kit.play({
        rules: setup.rules,
        seed,
        seats: setup.seats,
        played: { commands: [], state: newGame(setup.rules, seed) },
        bundledFile: setup.text === null ? setup.file : null,
        scenarioText: setup.text,
        // A timer of its own, cleared now: it is the latest change, so another window drops the
        // last game's timer for it rather than handing that one back.
        timer: clearTimer(kit.now()),
      });
      set((d) => {
        d.screen = 'briefing';
        d.round = 1;
        d.active = null;
        d.reportTurn = 0;
        d.reportIndex = 0;
        d.indicator = 'security';
        d.selected = null;
        d.logFilter = { ...START_FILTER };
        d.draft = { ...EMPTY_DRAFT };
        d.saveProblem = null;
        d.notice = null;
      });
      return null;
    },
  };
}
