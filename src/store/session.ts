/**
 * The session: which screen is up, the scenario and seating, the game (its commands and the
 * state the engine made of them) and the UI's own choices. DOM-free, so it runs in Node tests.
 *
 * Every change to the game goes through `dispatch`, which asks the engine whether the command is
 * legal, applies it with the engine's pure `applyCommand`, appends it to the command list and
 * autosaves. Roles played by a policy act through the same `dispatch`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import { freeze } from 'immer';
import {
  applyCommand,
  commandProblem,
  isPolicyId,
  newGame,
  planStep,
  replay,
  stateHash,
  type Command,
  type GameState,
  type PlanStep,
  type PolicyId,
  type Posture,
  type RoleId,
  type Rules,
} from '../engine';
import { isLocale, type Locale } from '../i18n/locale';
import { humanise, LOCALES, makeLang, worded, type Lang } from '../i18n';
import type { LocalText, Scenario } from '../format';
import type { SavedGame } from '../engine';
import {
  checkScenarioText,
  checkScenarioValue,
  openScenario,
  scenarioIdOf,
  summarise,
  type BundledScenario,
  type Checked,
  type NamedText,
  type Opened,
  type PendingMap,
  type Problem,
  type ScenarioSummary,
} from './scenarios';
import {
  readSaveText,
  readSaveValue,
  replaySave,
  savedGame,
  type SaveProblem,
  type Seat,
} from './saves';
import { decideReload, keptSeats } from './reload';
import { DurableStorageError } from './durable';
import { notice, say, type NoticeMsg, type Said } from './notices';

export type { Seat, SaveProblem, BundledScenario, ScenarioSummary, Problem, NamedText, PendingMap };
export { notice, say, type Said, type NoticeMsg } from './notices';

export type Screen =
  | 'start'
  | 'setup'
  | 'briefing'
  | 'handover'
  | 'planning'
  | 'report'
  | 'end'
  | 'debrief'
  | 'console'
  | 'replay';

/** The screens of the game itself, where "Back" from the console or the replay returns. */
const PLAY_SCREENS: readonly Screen[] = [
  'briefing',
  'handover',
  'planning',
  'report',
  'end',
  'debrief',
];

/**
 * Which window this is: the main one (the projector, the teams' screens), or the facilitator's
 * console opened in a second window (`?view=console`), which shows only the console, the debrief
 * and the replay, and never moves the main window's screen.
 */
export type WindowMode = 'main' | 'console';

/**
 * The planning timer the facilitator sets and the projector counts down. UI state, not game
 * state: it is no command and never enters the state hash; it is kept in the autosave's position.
 * Running: `endsAt` (epoch ms). Paused or set: `left` (ms). `seconds` is what it was set to.
 */
export interface Timer {
  seconds: number;
  endsAt: number | null;
  left: number | null;
  /** When it was last changed (epoch ms): the latest change wins between windows. */
  changedAt: number;
}

/** Milliseconds left on a timer at `now`. */
export function timerLeft(t: Timer, now: number): number {
  if (t.endsAt !== null) return Math.max(0, t.endsAt - now);
  return Math.max(0, t.left ?? t.seconds * 1000);
}

/** The part of `localStorage` the session uses; tests pass a Map-backed one. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const AUTOSAVE_KEY = 'mandate.autosave';

export interface Setup {
  file: string;
  /** The scenario's text when it came from a file (kept with the autosave); null when bundled. */
  text: string | null;
  scenario: Scenario;
  rules: Rules;
  warnings: Problem[];
  seed: string;
  seats: Record<RoleId, Seat>;
}

/**
 * The game in progress. Made by `makeGame` only, and replaced whole on every change (never changed
 * field by field in a draft): its `hash` is computed on first read and remembered for its state.
 */
export interface Game {
  rules: Rules;
  seed: string;
  commands: Command[];
  state: GameState;
  /** `stateHash(state)`, computed when first read. */
  readonly hash: string;
  seats: Record<RoleId, Seat>;
  /** Bundled scenario file, or null for one opened from a file (then `scenarioText` is kept). */
  bundledFile: string | null;
  scenarioText: string | null;
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
 * A frozen game whose `hash` is computed when first read (the hash of a late state of a long game
 * costs more than applying a command). `hash`, when the caller already has it, is remembered.
 * The fields are frozen here, as immer would freeze them; the game itself is frozen so immer
 * never walks it (which would read the hash).
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

export interface Draft {
  action: string;
  district: string;
  partners: RoleId[];
  posture: Posture | '';
  fact: string;
  to: RoleId | '';
  asset: string;
}

export interface LogFilter {
  turn: number | 'all';
  role: RoleId | 'all';
  district: string | 'all';
}

/** Where the players are in the turn; saved with every autosave so a reload comes back here. */
export interface Position {
  screen: Screen;
  round: 1 | 2;
  active: RoleId | null;
  reportTurn: number;
  reportIndex: number;
  facilitator: boolean;
  timer?: Timer | null;
}

export interface Autosave {
  format: 'mandate-autosave';
  version: 1;
  save: SavedGame;
  bundledFile: string | null;
  scenarioText: string | null;
  seats: Record<RoleId, Seat>;
  position: Position;
  savedTurn: number;
  /** The scenario's title, as the scenario has it (any language it is written in). */
  title: LocalText;
}

/** What windows share: the game as a save, its seating, and its hash to check the replay by. */
export interface SharedGame {
  save: SavedGame;
  hash: string;
  seats: Record<RoleId, Seat>;
  bundledFile: string | null;
  scenarioText: string | null;
}

/** What the what-if panel has chosen; the branch itself is computed by `playBranch`. */
export interface WhatIfSetup {
  turn: number;
  role: RoleId;
  mode: 'orders' | 'policy';
  policy: PolicyId;
  /** The new orders of the role for that turn (orders mode). */
  orders: Command[];
  later: 'recorded' | PolicyId;
}

/** A confirmation or an error at the top of the screen; `text` is worded when shown (`say(L,
 * text)`), so it follows the language. */
export interface Notice {
  tone: 'info' | 'error';
  text: Said;
}

export interface SessionState extends Position {
  bundled: ScenarioSummary[];
  /**
   * Problems of the last scenario file that failed to load; `map` when it waits for the Tiled map
   * it names (the problems panel then offers to add just the map).
   */
  scenarioProblems: {
    source: string;
    problems: Problem[];
    warnings: Problem[];
    map?: PendingMap | null;
  } | null;
  setup: Setup | null;
  game: Game | null;
  indicator: string;
  selected: string | null;
  hover: string | null;
  logFilter: LogFilter;
  draft: Draft;
  notice: Notice | null;
  saveProblem: SaveProblem | null;
  /** What the autosave holds, for the start screen's "Resume" button; `title` null when it cannot
   * be read. */
  autosave: { title: LocalText | null; turn: number; position: Position } | null;
  /** The last refusal of `dispatch` (an engine message, mostly): word it with `say(L,
   * lastProblem)`. */
  lastProblem: Said | null;
  mode: WindowMode;
  /** The screen "Back" leaves the console or the replay for. */
  returnTo: Screen;
  timer: Timer | null;
  /** The replay stepper: which turn, and its start or its end. */
  replayTurn: number;
  replayEdge: 'start' | 'end';
  whatIf: WhatIfSetup | null;
  /** The language this window speaks; each window keeps its own (the console may be in English
   * while the teams play in Spanish). */
  locale: Locale;
}

export interface SessionOptions {
  storage?: StorageLike | null;
  bundled?: BundledScenario[];
  /** Suggests a seed; the engine itself never draws random numbers. */
  randomSeed?: () => string;
  mode?: WindowMode;
  /** The clock of the planning timer (epoch ms); tests pass a fake one. */
  now?: () => number;
  /** The language to speak when none was chosen before (the browser's preferred one). */
  locale?: Locale;
}

export const LOCALE_KEY = 'mandate.locale';

export const EMPTY_DRAFT: Draft = {
  action: '',
  district: '',
  partners: [],
  posture: '',
  fact: '',
  to: '',
  asset: '',
};
const START_FILTER: LogFilter = { turn: 'all', role: 'all', district: 'all' };

function defaultRandomSeed(): string {
  const words = [
    'amber',
    'cedar',
    'delta',
    'ember',
    'harbor',
    'juniper',
    'lumen',
    'meridian',
    'olive',
    'quartz',
    'sierra',
    'tundra',
  ];
  const w = words[Math.floor(Math.random() * words.length)]!;
  return `${w}-${String(Math.floor(Math.random() * 10000)).padStart(4, '0')}`;
}

/**
 * A team's name until the facilitator types one, in `L`'s language: "Military team", or the
 * role's short name when several roles share its kind ("UNPOL team"). The set-up screen offers
 * it; once the game starts it is the team's name like any typed one, and is never translated.
 */
export function defaultTeamName(L: Lang, rules: Rules, role: RoleId): string {
  const card = rules.role(role);
  const t = L.ui.app.seats;
  const sameKind = rules.scenario.roles.filter((r) => r.kind === card.kind).length;
  if (sameKind > 1) return t.team(L.text(card.short));
  return t.kindTeam[card.kind as keyof typeof t.kindTeam] ?? t.team(humanise(card.kind));
}

export function defaultSeats(L: Lang, rules: Rules): Record<RoleId, Seat> {
  const seats: Record<RoleId, Seat> = {};
  for (const r of rules.scenario.roles)
    seats[r.id] = { kind: 'team', name: defaultTeamName(L, rules, r.id) };
  return seats;
}

/**
 * A team's name as typed. A name nobody typed (the default "Police team", in any language) is
 * worded in the reader's language, so a switch mid-game does not leave "Equipo policial" on a
 * French screen.
 */
export function teamName(L: Lang, rules: Rules, role: RoleId, name: string): string {
  const isDefault = LOCALES.some(
    (l) => defaultTeamName(makeLang(l, rules.scenario), rules, role) === name,
  );
  return isDefault ? defaultTeamName(L, rules, role) : name;
}

/** The name the hand-over screen uses: the team's, or the role's when a policy plays it ("Police
 * (cooperative)"). */
export function seatName(L: Lang, game: Pick<Game, 'seats' | 'rules'>, role: RoleId): string {
  const seat = game.seats[role];
  if (seat?.kind === 'team') return teamName(L, game.rules, role, seat.name);
  const policies = L.ui.app.seats.policies;
  const policy = seat ? (policies[seat.policy as keyof typeof policies] ?? seat.policy) : '';
  return L.ui.app.seats.played(L.text(game.rules.role(role).name), policy);
}

export function humanRoles(game: Pick<Game, 'seats' | 'rules'>): RoleId[] {
  return game.rules.scenario.roles
    .map((r) => r.id)
    .filter((id) => game.seats[id]?.kind !== 'policy');
}

export function policyRoles(game: Pick<Game, 'seats' | 'rules'>): RoleId[] {
  return game.rules.scenario.roles
    .map((r) => r.id)
    .filter((id) => game.seats[id]?.kind === 'policy');
}

/** Log entries of a resolved turn, in the engine's resolution order. */
export function reportEntries(
  state: GameState,
  turn: number,
  viewer: RoleId | 'facilitator' | 'public',
) {
  return state.log.filter(
    (e) =>
      e.turn === turn &&
      e.phase !== 'briefing' &&
      e.phase !== 'facilitator' &&
      (viewer === 'facilitator' ||
        e.visibleTo === 'all' ||
        (viewer !== 'public' && e.visibleTo.includes(viewer))),
  );
}

/** The seating a file carries (`app.seats`), when it seats every role of the scenario soundly. */
export function seatsFrom(rules: Rules, value: unknown): Record<RoleId, Seat> | null {
  if (!value || typeof value !== 'object') return null;
  const rec = value as Record<string, unknown>;
  const seats: Record<RoleId, Seat> = {};
  for (const r of rules.scenario.roles) {
    if (!Object.hasOwn(rec, r.id)) return null;
    const seat = rec[r.id] as { kind?: unknown; name?: unknown; policy?: unknown } | null;
    if (
      seat?.kind === 'team' &&
      typeof seat.name === 'string' &&
      seat.name.trim() &&
      seat.name.length <= 100
    )
      seats[r.id] = { kind: 'team', name: seat.name };
    else if (seat?.kind === 'policy' && typeof seat.policy === 'string' && isPolicyId(seat.policy))
      seats[r.id] = { kind: 'policy', policy: seat.policy };
    else return null;
  }
  return Object.values(seats).some((x) => x.kind === 'team') ? seats : null;
}

/** A timer read from a file or another window, when it is one. */
export function validTimer(value: unknown): Timer | null {
  if (!value || typeof value !== 'object') return null;
  const t = value as Record<string, unknown>;
  const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  if (!num(t.seconds) || !num(t.changedAt)) return null;
  if (t.endsAt !== null && !num(t.endsAt)) return null;
  if (t.left !== null && !num(t.left)) return null;
  return {
    seconds: t.seconds as number,
    endsAt: t.endsAt as number | null,
    left: t.left as number | null,
    changedAt: t.changedAt as number,
  };
}

/** Why the autosave could not be written, as a notice: by the durable storage's reason, else the
 * error's own words. */
function saveFailure(e: unknown): NoticeMsg {
  if (e instanceof DurableStorageError) {
    if (e.reason === 'quota') return notice('saveFailedFull');
    if (e.reason === 'verify') return notice('saveFailedVerify');
    if (e.detail) return notice('saveFailedUnavailable', e.detail);
  }
  return notice('saveFailed', e instanceof Error ? e.message : String(e));
}

function sameCommand(a: Command, b: Command): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface SessionActions {
  chooseBundled(file: string): boolean;
  /**
   * Opens a scenario file; `maps`: the files opened with it, among which the Tiled map it names
   * (`map.tiled.file`) is looked for by its base name.
   */
  openScenarioText(text: string, source: string, maps?: NamedText[]): boolean;
  /** The Tiled map the scenario in the problems panel waits for, picked on its own. */
  addScenarioMap(map: NamedText): boolean;
  /** A file refused before it was read (larger than such a file can be), with the loader's words.
   * */
  refuseFile(name: string, kind: 'scenario' | 'save' | 'map', message: Said): void;
  /**
   * Development: the bundled scenarios as they are now (a file in scenarios/ was saved). A game
   * on a changed one is replayed on the new version, or set up again when its commands no longer
   * apply; a new version that does not validate leaves the game as it was and lists its problems.
   */
  reloadBundled(list: BundledScenario[]): void;
  /**
   * Development: a scenario file the dev server watches (MANDATE_SCENARIO), as it is now, with
   * the map it names. A game of the same scenario id is reloaded as for `reloadBundled`; on the
   * start screen, or the set-up screen of that file, it opens.
   */
  reloadScenarioFile(name: string, text: string, maps?: NamedText[]): void;
  dismissScenarioProblems(): void;
  setSeed(seed: string): void;
  newSeed(): void;
  setSeat(role: RoleId, seat: Seat): void;
  /** Starts the game set up; returns what is missing (worded with `say`), or null. */
  startGame(): NoticeMsg | null;
  /** Applies a command if it is legal; returns the reason it is not (the engine's `Msg`, mostly;
   * word it with `say`), or null. */
  dispatch(cmd: Command): Said | null;
  beginPlanning(): void;
  reveal(): void;
  finishRound(): void;
  commitActive(): Said | null;
  reportGo(index: number): void;
  reportStep(delta: number): void;
  startNextTurn(): void;
  /** Ends the exercise; an empty reason is recorded as "ended by the facilitator" in this window's
   * language. */
  endExercise(reason: string): Said | null;
  openDebrief(): void;
  closeDebrief(): void;
  exitToStart(): void;
  setIndicator(id: string): void;
  /** Switches this window's language and remembers it; the game itself is untouched. */
  setLocale(locale: Locale): void;
  selectDistrict(id: string | null): void;
  hoverDistrict(id: string | null): void;
  setLogFilter(f: Partial<LogFilter>): void;
  toggleFacilitator(on?: boolean): void;
  setDraft(d: Partial<Draft>): void;
  /** Shows a notice: a sentence already worded, or a message worded when shown (`notice(...)`, an
   * engine `Msg`). */
  notify(text: Said, tone?: Notice['tone']): void;
  clearNotice(): void;
  /**
   * The save file: the commands, and for its readers the seating and the whole log worded in
   * `L`'s language (this window's by default). A replay ignores the log and rebuilds its own.
   */
  exportSave(L?: Lang): { filename: string; text: string } | null;
  importSaveText(text: string, filename: string): boolean;
  resumeAutosave(): boolean;
  dismissSaveProblem(): void;
  /** The facilitator's console as a screen of this window; "Back" returns where the game was. */
  openConsole(): void;
  /** Leaves the console or the replay for the screen the game was on. */
  closeConsole(): void;
  /** The replay stepper, at a turn (the last resolved one by default). */
  openReplay(turn?: number): void;
  replayGo(turn: number, edge?: 'start' | 'end'): void;
  setWhatIf(p: Partial<WhatIfSetup> | null): void;
  setTimer(seconds: number): void;
  startTimer(): void;
  pauseTimer(): void;
  clearTimer(): void;
  /** Takes another window's timer if it changed later than ours. */
  adoptTimer(t: Timer | null | undefined): boolean;
  /** The game as the other windows get it. */
  sharedGame(): SharedGame | null;
  /**
   * Takes the game another window has (its commands replayed here, incrementally when they extend
   * ours). `hash` null: not checked (the autosave carries none).
   */
  adoptGame(g: Omit<SharedGame, 'hash'> & { hash: string | null }): 'same' | 'adopted' | 'refused';
  /** Reads the autosave another window wrote and takes its game and timer (the `storage` event's
   * path). */
  adoptAutosave(): 'same' | 'adopted' | 'refused' | 'none';
}

export type SessionStore = StoreApi<SessionState> & SessionActions;

/** When the game jumps (a rewind, another window, a reloaded scenario) the room goes back to the
 * turn's briefing, or to the end. */
function toTurnStart(d: SessionState, ended: boolean, turn: number): void {
  d.screen = ended ? 'end' : 'briefing';
  d.round = 1;
  d.active = null;
  d.draft = { ...EMPTY_DRAFT };
  d.reportTurn = turn;
  d.reportIndex = 0;
}

export function createSessionStore(options: SessionOptions = {}): SessionStore {
  const storage = options.storage ?? null;
  let bundled = options.bundled ?? [];
  const randomSeed = options.randomSeed ?? defaultRandomSeed;
  const mode: WindowMode = options.mode ?? 'main';
  const now = options.now ?? (() => Date.now());

  /** The language chosen before in this browser, else the one the options suggest. */
  function readLocale(): Locale {
    let stored: string | null = null;
    try {
      stored = storage?.getItem(LOCALE_KEY) ?? null;
    } catch {
      // Storage may refuse to be read (private mode); the suggested language is as good.
    }
    return isLocale(stored) ? stored : (options.locale ?? 'en');
  }

  const store = createStore<SessionState>()(
    immer(() => ({
      screen: 'start' as Screen,
      round: 1 as 1 | 2,
      active: null,
      reportTurn: 0,
      reportIndex: 0,
      facilitator: false,
      bundled: bundled.map(summarise),
      scenarioProblems: null,
      setup: null,
      game: null,
      indicator: 'security',
      selected: null,
      hover: null,
      logFilter: { ...START_FILTER },
      draft: { ...EMPTY_DRAFT },
      notice: null,
      saveProblem: null,
      autosave: readAutosaveSummary(),
      lastProblem: null,
      mode,
      returnTo: 'briefing' as Screen,
      timer: null,
      replayTurn: 1,
      replayEdge: 'end' as const,
      whatIf: null,
      locale: readLocale(),
    })),
  );
  const get = store.getState;
  const set = store.setState as (fn: (s: SessionState) => void) => void;
  /** This window's language, for what the session words at once (default team names, a file's
   * problems). */
  const lang = (scenario?: Scenario): Lang => makeLang(get().locale, scenario);

  function readAutosave(): { raw: string; value: Autosave } | null {
    if (!storage) return null;
    let raw: string | null;
    try {
      raw = storage.getItem(AUTOSAVE_KEY);
    } catch {
      return null;
    }
    if (!raw) return null;
    try {
      const value = JSON.parse(raw) as Autosave;
      if (value && value.format === 'mandate-autosave') return { raw, value };
    } catch {
      /* reported by resumeAutosave */
    }
    return { raw, value: null as unknown as Autosave };
  }

  function readAutosaveSummary(): SessionState['autosave'] {
    const a = readAutosave();
    if (!a) return null;
    if (!a.value) return { title: null, turn: 0, position: startPosition() };
    return { title: a.value.title, turn: a.value.savedTurn, position: a.value.position };
  }

  function startPosition(): Position {
    return {
      screen: 'start',
      round: 1,
      active: null,
      reportTurn: 0,
      reportIndex: 0,
      facilitator: false,
      timer: null,
    };
  }

  function position(s: SessionState): Position {
    if (mode === 'console') {
      // The console window keeps the main window's place in the autosave; only the timer is its
      // own.
      const stored = readAutosave()?.value?.position;
      const base = stored ?? { ...startPosition(), screen: 'briefing' as Screen };
      return { ...base, timer: s.timer };
    }
    return {
      screen: s.screen,
      round: s.round,
      active: s.active,
      reportTurn: s.reportTurn,
      reportIndex: s.reportIndex,
      facilitator: s.facilitator,
      timer: s.timer,
    };
  }

  function persist(): void {
    const s = get();
    const g = s.game;
    if (!storage || !g) return;
    const save = savedGame(g.rules, g.seed, g.commands);
    const auto: Autosave = {
      format: 'mandate-autosave',
      version: 1,
      save,
      bundledFile: g.bundledFile,
      scenarioText: g.scenarioText,
      seats: g.seats,
      position: position(s),
      savedTurn: g.state.turn,
      title: g.rules.scenario.title,
    };
    try {
      storage.setItem(AUTOSAVE_KEY, JSON.stringify(auto));
      set((d) => {
        d.autosave = { title: auto.title, turn: auto.savedTurn, position: auto.position };
      });
    } catch (e) {
      set((d) => {
        d.notice = { tone: 'error', text: saveFailure(e) };
      });
    }
  }

  /** The set-up screen of a scenario; `keep`: the seed and seats to carry over (a new version of
   * it). */
  function setupFrom(
    file: string,
    text: string | null,
    checked: Extract<Checked, { ok: true }>,
    keep?: { seed: string; seats: Record<RoleId, Seat> },
  ): void {
    const fresh = defaultSeats(lang(checked.scenario), checked.rules);
    set((d) => {
      d.setup = {
        file,
        text,
        scenario: checked.scenario,
        rules: checked.rules,
        warnings: checked.warnings,
        seed: keep?.seed ?? randomSeed(),
        seats: keep ? keptSeats(checked.rules, keep.seats, fresh) : fresh,
      };
      d.scenarioProblems = null;
      d.screen = 'setup';
    });
  }

  /** Lists a scenario file's problems where they are seen: the start screen, or the game's frame.
   * */
  function showScenarioProblems(
    source: string,
    found: { problems: Problem[]; warnings: Problem[]; map?: PendingMap | null },
  ): void {
    set((d) => {
      d.scenarioProblems = {
        source,
        problems: found.problems,
        warnings: found.warnings,
        map: found.map ?? null,
      };
      if (d.screen === 'setup') d.screen = 'start';
    });
  }

  /** Opens a checked scenario file on the set-up screen (as the bundled one it equals, if it does).
   * */
  function setupOpened(
    source: string,
    opened: Extract<Opened, { ok: true }>,
    keep?: { seed: string; seats: Record<RoleId, Seat> },
  ): void {
    const same = bundledByHash(opened.checked.rules.scenarioHash);
    setupFrom(same ? same.file : source, same ? null : opened.text, opened.checked, keep);
  }

  /**
   * A new version of the scenario of the game in memory (development). See `decideReload`.
   * `label`: the file, for the messages; `origin`: where the new version comes from.
   */
  function reloadGame(
    label: string,
    next: Checked,
    origin: { bundledFile: string | null; scenarioText: string | null },
  ): void {
    const g = get().game;
    if (!g) return;
    const decision = decideReload(g, next);
    switch (decision.kind) {
      case 'same':
        // Back to the version the game is on (after a version with problems): nothing to replay.
        if (get().scenarioProblems?.source === label) {
          set((d) => {
            d.scenarioProblems = null;
            d.notice = { tone: 'info', text: notice('reloadSame', label) };
          });
        }
        return;
      case 'invalid':
        showScenarioProblems(label, decision);
        set((d) => {
          d.notice = { tone: 'error', text: notice('reloadInvalid', label) };
        });
        return;
      case 'setup': {
        const { command, commands, detail } = decision.reason;
        if (mode === 'console') {
          // The main window sets the new version up; the console keeps showing the game until then.
          set((d) => {
            d.notice = {
              tone: 'error',
              text: notice('reloadSetUpElsewhere', command, commands, detail),
            };
          });
          return;
        }
        const keep = { seed: g.seed, seats: g.seats };
        setupFrom(
          origin.bundledFile ?? label,
          origin.bundledFile ? null : origin.scenarioText,
          decision.checked,
          keep,
        );
        set((d) => {
          d.notice = { tone: 'error', text: notice('reloadSetUp', command, commands, detail) };
        });
        return;
      }
      case 'replayed': {
        const { rules, state } = decision;
        const before = g.state;
        const seats = keptSeats(rules, g.seats, defaultSeats(lang(rules.scenario), rules));
        set((d) => {
          d.game = makeGame(
            {
              ...fieldsOf(g),
              rules,
              state,
              seats,
              bundledFile: origin.bundledFile,
              scenarioText: origin.scenarioText,
            },
            decision.hash,
          );
          d.scenarioProblems = null;
          d.notice = { tone: 'info', text: notice('reloadReplayed', decision.count) };
          if (d.active && !rules.roleIndex.has(d.active)) d.active = null;
          const moved = before.turn !== state.turn || before.status !== state.status;
          const playing = (
            ['briefing', 'handover', 'planning', 'report', 'end'] as Screen[]
          ).includes(d.screen);
          if (
            playing &&
            (moved || ((d.screen === 'handover' || d.screen === 'planning') && !d.active))
          ) {
            toTurnStart(d, state.status === 'ended', state.turn);
          }
          if (d.selected && !rules.districtIndex.has(d.selected)) d.selected = null;
          if (d.hover && !rules.districtIndex.has(d.hover)) d.hover = null;
          if (!rules.indicatorIndex.has(d.indicator)) d.indicator = 'security';
          if (d.whatIf && !rules.roleIndex.has(d.whatIf.role)) d.whatIf = null;
          if (
            moved &&
            (d.returnTo === 'planning' || d.returnTo === 'handover' || d.returnTo === 'report')
          )
            d.returnTo = state.status === 'ended' ? 'end' : 'briefing';
        });
        persist();
        return;
      }
    }
  }

  function findBundled(file: string): BundledScenario | undefined {
    return bundled.find((b) => b.file === file);
  }

  /** The rules of a bundled scenario whose hash is `hash`, if any. */
  function bundledByHash(hash: string): { file: string; rules: Rules } | null {
    for (const b of bundled) {
      const c = checkScenarioValue(b.json);
      if (c.ok && c.rules.scenarioHash === hash) return { file: b.file, rules: c.rules };
    }
    return null;
  }

  /**
   * Applies commands in order, each if it is legal (a refused one is skipped, as a policy's plan
   * may hold one that an earlier command made moot), up to the first that resolves the turn or
   * ends the game. The store changes, and the autosave is written, once for all of them, so a
   * policy's dozen moves cost one render, one autosave and one state hash. `problem`: the last
   * command's refusal, if it was refused.
   */
  function applyAll(cmds: readonly Command[]): { problem: Said | null; resolved: boolean } {
    const g = get().game;
    if (!g) return { problem: notice('noGame'), resolved: false };
    let state = g.state;
    const done: Command[] = [];
    let problem: Said | null = null;
    let resolved = false;
    for (const cmd of cmds) {
      problem = commandProblem({ rules: g.rules, s: state }, cmd);
      if (problem) continue;
      let next: GameState;
      try {
        // A rewind goes back along the game's line of play, which a bare state does not have
        // (`applyCommand` refuses it): the replay rebuilds it, in one pass over the commands.
        next =
          cmd.type === 'rewind'
            ? replay(g.rules, g.seed, [...g.commands, ...done, cmd]).state
            : applyCommand(g.rules, state, cmd);
      } catch (e) {
        problem = e instanceof Error ? e.message : String(e);
        continue;
      }
      const before = state;
      state = next;
      done.push(cmd);
      if (next.turn !== before.turn || (next.status === 'ended' && before.status !== 'ended')) {
        resolved = true;
        break;
      }
    }
    const last = problem;
    set((d) => {
      if (done.length > 0)
        d.game = makeGame({ ...fieldsOf(g), state, commands: [...g.commands, ...done] });
      d.lastProblem = last;
    });
    if (done.length > 0) persist();
    return { problem, resolved };
  }

  function apply(cmd: Command): { problem: Said | null; resolved: boolean } {
    return applyAll([cmd]);
  }

  function showReport(turn: number): void {
    set((d) => {
      d.screen = 'report';
      d.notice = null;
      d.reportTurn = turn;
      d.reportIndex = 0;
      d.active = null;
      d.round = 1;
      d.selected = null;
      d.draft = { ...EMPTY_DRAFT };
    });
    persist();
  }

  function handOver(role: RoleId, round: 1 | 2): void {
    set((d) => {
      d.screen = 'handover';
      d.notice = null;
      d.active = role;
      d.round = round;
      d.draft = { ...EMPTY_DRAFT };
      d.selected = null;
      d.logFilter = { ...START_FILTER };
    });
    persist();
  }

  /** Lets the policy-played roles take a planning step; returns true if that resolved the turn. */
  function runPolicies(step: PlanStep): boolean {
    const g = get().game;
    if (!g) return false;
    const roles = policyRoles(g).filter((r) => !g.state.roles.find((x) => x.id === r)?.committed);
    if (roles.length === 0) return false;
    const seating: Record<RoleId, PolicyId> = {};
    for (const r of roles) {
      const seat = g.seats[r];
      if (seat?.kind === 'policy') seating[r] = seat.policy;
    }
    const scratch = structuredClone(g.state) as GameState;
    const record: Command[] = [];
    planStep(g.rules, scratch, roles, seating, step, record);
    return applyAll(record).resolved;
  }

  function commitPolicies(): boolean {
    const g = get().game;
    if (!g) return false;
    const open = policyRoles(g).filter((r) => !g.state.roles.find((x) => x.id === r)?.committed);
    return applyAll(open.map((role): Command => ({ type: 'commit', role }))).resolved;
  }

  function nextHuman(after: RoleId | null): RoleId | null {
    const g = get().game!;
    const humans = humanRoles(g).filter((r) => !g.state.roles.find((x) => x.id === r)?.committed);
    if (after === null) return humans[0] ?? null;
    const order = g.rules.scenario.roles.map((r) => r.id);
    const i = order.indexOf(after);
    return humans.find((r) => order.indexOf(r) > i) ?? null;
  }

  function startRound2(): void {
    const turn = get().game!.state.turn;
    if (runPolicies('respond') || runPolicies('complete') || commitPolicies()) {
      showReport(turn);
      return;
    }
    const first = nextHuman(null);
    if (first) handOver(first, 2);
  }

  const actions: SessionActions = {
    chooseBundled(file) {
      const b = findBundled(file);
      if (!b) return false;
      const c = checkScenarioValue(b.json);
      if (!c.ok) {
        set((d) => {
          d.scenarioProblems = { source: file, problems: c.problems, warnings: c.warnings };
        });
        return false;
      }
      setupFrom(file, null, c);
      return true;
    },

    openScenarioText(text, source, maps = []) {
      const opened = openScenario(text, source, maps, undefined, lang());
      if (!opened.ok) {
        showScenarioProblems(source, opened);
        return false;
      }
      // A file identical to a bundled scenario is treated as that one.
      setupOpened(source, opened);
      return true;
    },

    addScenarioMap(map) {
      const pending = get().scenarioProblems?.map;
      if (!pending) return false;
      const opened = openScenario(pending.scenarioText, pending.source, [], map, lang());
      if (!opened.ok) {
        showScenarioProblems(pending.source, opened);
        return false;
      }
      setupOpened(pending.source, opened);
      return true;
    },

    refuseFile(name, kind, said) {
      if (kind === 'save') {
        set((d) => {
          d.saveProblem = { path: '$', message: said, text: '', filename: name };
        });
        return;
      }
      // A scenario's problems are listed as the validator lists them: worded now, in this window's
      // language.
      const message = say(lang(), said);
      const pending = get().scenarioProblems?.map;
      if (kind === 'map' && pending) {
        // The scenario still waits for its map: the panel keeps offering to add it.
        showScenarioProblems(pending.source, {
          problems: [{ path: `${name}: $`, message, severity: 'error' }],
          warnings: [],
          map: { ...pending, missing: false },
        });
        return;
      }
      showScenarioProblems(name, {
        problems: [{ path: '$', message, severity: 'error' }],
        warnings: [],
      });
    },

    reloadBundled(list) {
      const before = bundled;
      bundled = list;
      const changed = list
        .filter((b) => {
          const old = before.find((o) => o.file === b.file);
          return !old || JSON.stringify(old.json) !== JSON.stringify(b.json);
        })
        .map((b) => b.file);
      set((d) => {
        d.bundled = list.map(summarise);
      });
      const s = get();
      const g = s.game;
      if (
        g?.bundledFile &&
        changed.includes(g.bundledFile) &&
        s.screen !== 'start' &&
        s.screen !== 'setup'
      ) {
        const b = findBundled(g.bundledFile);
        const next: Checked = b
          ? checkScenarioValue(b.json)
          : {
              ok: false,
              problems: [
                {
                  path: '$',
                  message: lang().ui.notices.noLongerBundled(g.bundledFile),
                  severity: 'error',
                },
              ],
              warnings: [],
            };
        reloadGame(g.bundledFile, next, { bundledFile: g.bundledFile, scenarioText: null });
        return;
      }
      const setup = s.setup;
      if (s.screen === 'setup' && setup && setup.text === null && changed.includes(setup.file)) {
        const b = findBundled(setup.file);
        const c = b ? checkScenarioValue(b.json) : null;
        if (!c) return;
        if (!c.ok) showScenarioProblems(setup.file, c);
        else setupFrom(setup.file, null, c, { seed: setup.seed, seats: setup.seats });
      }
    },

    reloadScenarioFile(name, text, maps = []) {
      const opened = openScenario(text, name, maps, undefined, lang());
      const s = get();
      const g = s.game;
      const id = opened.ok ? opened.checked.scenario.id : scenarioIdOf(text);
      const playing = s.screen !== 'start' && s.screen !== 'setup';
      if (
        g &&
        playing &&
        g.bundledFile === null &&
        id !== undefined &&
        g.rules.scenario.id === id
      ) {
        const next: Checked = opened.ok
          ? opened.checked
          : { ok: false, problems: opened.problems, warnings: opened.warnings };
        reloadGame(name, next, {
          bundledFile: null,
          scenarioText: opened.ok ? opened.text : g.scenarioText,
        });
        return;
      }
      const setup = s.setup;
      const onIt = s.screen === 'setup' && setup?.file === name;
      if (s.screen !== 'start' && !onIt) return;
      if (!opened.ok) {
        showScenarioProblems(name, opened);
        return;
      }
      if (onIt && setup.rules.scenarioHash === opened.checked.rules.scenarioHash) return;
      setupOpened(name, opened, onIt ? { seed: setup.seed, seats: setup.seats } : undefined);
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
      const seed = randomSeed();
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
      const humans = Object.values(setup.seats).filter((s) => s.kind === 'team');
      if (humans.length === 0) return notice('seatATeam');
      if (humans.some((s) => s.kind === 'team' && !s.name.trim())) return notice('nameEveryTeam');
      const state = newGame(setup.rules, seed);
      set((d) => {
        d.game = makeGame({
          rules: setup.rules,
          seed,
          commands: [],
          state,
          seats: setup.seats,
          bundledFile: setup.text === null ? setup.file : null,
          scenarioText: setup.text,
        });
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
      persist();
      return null;
    },

    dispatch(cmd) {
      const turn = get().game?.state.turn ?? 0;
      const r = apply(cmd);
      if (r.problem || mode === 'console') return r.problem;
      if (cmd.type === 'rewind') {
        // Back to the briefing of that turn; the teams plan it again.
        const ended = get().game?.state.status === 'ended';
        set((d) => {
          toTurnStart(d, ended, cmd.turn);
          d.selected = null;
          d.returnTo = d.screen;
          d.notice = { tone: 'info', text: notice('rewound', cmd.turn) };
        });
        persist();
        return null;
      }
      if (r.resolved) {
        if (get().game?.state.status === 'ended' && cmd.type === 'endExercise') {
          set((d) => {
            d.screen = 'end';
          });
          persist();
        } else showReport(turn);
      }
      return r.problem;
    },

    beginPlanning() {
      const g = get().game;
      if (!g || g.state.status === 'ended') return;
      const turn = g.state.turn;
      if (runPolicies('propose')) {
        showReport(turn);
        return;
      }
      const first = nextHuman(null);
      if (first) handOver(first, 1);
      else startRound2();
    },

    reveal() {
      set((d) => {
        d.screen = 'planning';
      });
      persist();
    },

    finishRound() {
      const s = get();
      if (!s.game || s.screen !== 'planning') return;
      if (s.round === 2) {
        actions.commitActive();
        return;
      }
      const next = nextHuman(s.active);
      if (next) handOver(next, 1);
      else startRound2();
    },

    commitActive() {
      const s = get();
      if (!s.game || !s.active) return notice('noTeamPlanning');
      const role = s.active;
      const turn = s.game.state.turn;
      const r = apply({ type: 'commit', role });
      if (r.problem) return r.problem;
      if (r.resolved) {
        showReport(turn);
        return null;
      }
      const next = nextHuman(role) ?? nextHuman(null);
      if (next) handOver(next, 2);
      return null;
    },

    reportGo(index) {
      set((d) => {
        d.reportIndex = Math.max(0, index);
      });
      persist();
    },

    reportStep(delta) {
      actions.reportGo(get().reportIndex + delta);
    },

    startNextTurn() {
      const g = get().game;
      if (!g) return;
      set((d) => {
        d.screen = g.state.status === 'ended' ? 'end' : 'briefing';
        d.selected = null;
      });
      persist();
    },

    endExercise(reason) {
      // The reason is part of the game (its log), like text the facilitator typed: the default is
      // worded once, in this window's language, and kept as it is whatever language reads it later.
      return actions.dispatch({
        type: 'endExercise',
        reason: reason.trim() || lang().ui.notices.defaultEndReason,
      });
    },

    openDebrief() {
      set((d) => {
        if (PLAY_SCREENS.includes(d.screen) && d.screen !== 'debrief') d.returnTo = d.screen;
        d.screen = 'debrief';
        d.logFilter = { ...START_FILTER };
        d.whatIf = null;
      });
      if (mode === 'main') persist();
    },

    closeDebrief() {
      if (mode === 'console') {
        actions.closeConsole();
        return;
      }
      const ended = get().game?.state.status === 'ended';
      set((d) => {
        d.screen = ended ? 'end' : 'briefing';
      });
      persist();
    },

    exitToStart() {
      set((d) => {
        d.screen = 'start';
        d.setup = null;
        d.active = null;
      });
      persist();
    },

    setLocale(locale) {
      // Team names the set-up screen offered and nobody changed follow the language; typed ones
      // stay.
      const setup = get().setup;
      const renamed: Record<RoleId, string> = {};
      if (setup) {
        const before = lang(setup.scenario);
        const after = makeLang(locale, setup.scenario);
        for (const r of setup.rules.scenario.roles) {
          const seat = setup.seats[r.id];
          if (seat?.kind === 'team' && seat.name === defaultTeamName(before, setup.rules, r.id))
            renamed[r.id] = defaultTeamName(after, setup.rules, r.id);
        }
      }
      set((d) => {
        d.locale = locale;
        for (const [role, name] of Object.entries(renamed))
          d.setup!.seats[role] = { kind: 'team', name };
      });
      try {
        storage?.setItem(LOCALE_KEY, locale);
      } catch {
        // Not remembered across reloads, but switched: nothing else depends on it.
      }
    },

    setIndicator(id) {
      set((d) => {
        d.indicator = id;
      });
    },

    selectDistrict(id) {
      set((d) => {
        d.selected = id;
      });
    },

    hoverDistrict(id) {
      if (get().hover === id) return;
      set((d) => {
        d.hover = id;
      });
    },

    setLogFilter(f) {
      set((d) => {
        Object.assign(d.logFilter, f);
      });
    },

    toggleFacilitator(on) {
      set((d) => {
        d.facilitator = on ?? !d.facilitator;
      });
      persist();
    },

    setDraft(p) {
      set((d) => {
        Object.assign(d.draft, p);
      });
    },

    notify(text, tone = 'info') {
      set((d) => {
        d.notice = { tone, text };
      });
    },

    clearNotice() {
      set((d) => {
        d.notice = null;
      });
    },

    exportSave(L) {
      const g = get().game;
      if (!g) return null;
      // The seating travels so an import seats the same teams; the log is for people reading the
      // file.
      const words = L ?? makeLang(get().locale, g.rules.scenario);
      const file = {
        ...savedGame(g.rules, g.seed, g.commands),
        app: {
          seats: g.seats,
          stateHash: g.hash,
          language: words.locale,
          log: worded(words, g.state.log),
        },
      };
      const safeId =
        g.rules.scenario.id.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'scenario';
      return {
        filename: `mandate-${safeId}-turn${g.state.turn}.json`,
        text: `${JSON.stringify(file, null, 2)}\n`,
      };
    },

    importSaveText(text, filename) {
      const fail = (path: string, message: Said): false => {
        set((d) => {
          d.saveProblem = { path, message, text, filename };
        });
        return false;
      };
      const read = readSaveText(text);
      if (!read.ok) return fail(read.path, read.message);
      const save = read.save;
      let rules: Rules | null = null;
      let bundledFile: string | null = null;
      let scenarioText: string | null = null;
      const b = bundledByHash(save.scenarioHash);
      if (b) {
        rules = b.rules;
        bundledFile = b.file;
      } else if (get().game?.rules.scenarioHash === save.scenarioHash) {
        const g = get().game!;
        rules = g.rules;
        bundledFile = g.bundledFile;
        scenarioText = g.scenarioText;
      } else if (get().setup?.rules.scenarioHash === save.scenarioHash) {
        // The scenario file was opened first (it is on the set-up screen).
        const setup = get().setup!;
        rules = setup.rules;
        bundledFile = setup.text === null ? setup.file : null;
        scenarioText = setup.text;
      } else {
        return fail(
          '$.scenarioHash',
          notice('saveUnknownScenario', save.scenarioId, save.scenarioHash),
        );
      }
      const replayed = replaySave(rules, save);
      if (!replayed.ok) return fail(replayed.path, replayed.message);
      // The seating comes from the file's `app.seats` when it seats every role; otherwise the roles
      // keep the seats of the game on this screen when it is the same scenario, or go to teams.
      const current = get().game;
      const seats =
        seatsFrom(rules, save.app?.seats) ??
        (current && current.rules.scenarioHash === rules.scenarioHash
          ? current.seats
          : defaultSeats(lang(rules.scenario), rules));
      const state = replayed.state;
      set((d) => {
        d.game = makeGame(
          {
            rules: rules!,
            seed: save.seed,
            commands: [...save.commands],
            state,
            seats,
            bundledFile,
            scenarioText,
          },
          replayed.hash,
        );
        d.screen = state.status === 'ended' ? 'end' : 'briefing';
        d.round = 1;
        d.active = null;
        d.saveProblem = null;
        d.setup = null;
        d.selected = null;
        d.draft = { ...EMPTY_DRAFT };
        d.notice = {
          tone: 'info',
          text: notice('saveLoaded', filename, state.turn, replayed.hash),
        };
      });
      persist();
      return true;
    },

    resumeAutosave() {
      const a = readAutosave();
      if (!a) return false;
      // The framing sentence follows the language; the engine's detail (a JSON path's message)
      // stays as it is.
      const fail = (path: string, message: NoticeMsg): false => {
        set((d) => {
          d.saveProblem = { path, message, text: a.raw, filename: 'mandate-autosave.json' };
          d.screen = 'start';
        });
        return false;
      };
      const auto = a.value;
      if (!auto) return fail('$', notice('resumeNotAutosave'));
      const read = readSaveValue(auto.save ?? null);
      if (!read.ok)
        return fail(`$.save${read.path.slice(1)}`, notice('resumeFailed', read.message));
      let rules: Rules;
      if (auto.scenarioText) {
        const c = checkScenarioText(auto.scenarioText, 'the saved scenario');
        if (!c.ok)
          return fail(
            '$.scenarioText',
            notice('resumeScenarioInvalid', c.problems[0]?.message ?? ''),
          );
        rules = c.rules;
      } else {
        const b = auto.bundledFile ? findBundled(auto.bundledFile) : undefined;
        const c = b ? checkScenarioValue(b.json) : null;
        if (!c || !c.ok)
          return fail(
            '$.bundledFile',
            notice('resumeBundledMissing', JSON.stringify(auto.bundledFile)),
          );
        rules = c.rules;
      }
      if (rules.scenarioHash !== read.save.scenarioHash) {
        return fail('$.save.scenarioHash', notice('resumeScenarioChanged'));
      }
      const replayed = replaySave(rules, read.save);
      if (!replayed.ok)
        return fail(`$.save${replayed.path.slice(1)}`, notice('resumeFailed', replayed.message));
      const seats = defaultSeats(lang(rules.scenario), rules);
      for (const r of rules.scenario.roles) if (auto.seats?.[r.id]) seats[r.id] = auto.seats[r.id]!;
      const p = auto.position ?? startPosition();
      const timer = validTimer(p.timer);
      const state = replayed.state;
      set((d) => {
        d.game = makeGame(
          {
            rules,
            seed: read.save.seed,
            commands: [...read.save.commands],
            state,
            seats,
            bundledFile: auto.scenarioText ? null : auto.bundledFile,
            scenarioText: auto.scenarioText,
          },
          replayed.hash,
        );
        // A reload during a team's planning comes back to its hand-over screen, not its orders.
        const screen: Screen =
          p.screen === 'planning'
            ? 'handover'
            : p.screen === 'start' || p.screen === 'setup'
              ? 'briefing'
              : p.screen;
        d.screen =
          state.status === 'ended' &&
          !(['debrief', 'report', 'console', 'replay'] as Screen[]).includes(screen)
            ? 'end'
            : screen;
        d.round = p.round === 2 ? 2 : 1;
        d.active = p.active && rules.roleIndex.has(p.active) ? p.active : null;
        if (d.screen === 'handover' && !d.active) d.screen = 'briefing';
        d.reportTurn = p.reportTurn || state.turn;
        d.reportIndex = p.reportIndex || 0;
        d.facilitator = !!p.facilitator;
        d.setup = null;
        d.saveProblem = null;
        d.draft = { ...EMPTY_DRAFT };
        d.timer = timer;
        if (mode === 'console') d.screen = 'console';
        if (!PLAY_SCREENS.includes(d.screen) && d.screen !== 'console' && d.screen !== 'replay')
          d.screen = 'briefing';
        d.returnTo = PLAY_SCREENS.includes(d.screen)
          ? d.screen
          : state.status === 'ended'
            ? 'end'
            : 'briefing';
      });
      if (mode === 'main') persist();
      return true;
    },

    dismissSaveProblem() {
      set((d) => {
        d.saveProblem = null;
      });
    },

    openConsole() {
      if (!get().game) return;
      set((d) => {
        if (PLAY_SCREENS.includes(d.screen)) d.returnTo = d.screen;
        d.screen = 'console';
        d.notice = null;
      });
      persist();
    },

    closeConsole() {
      const g = get().game;
      if (!g) return;
      if (mode === 'console') {
        set((d) => {
          d.screen = 'console';
        });
        return;
      }
      set((d) => {
        let back = d.returnTo;
        // Planning or a hand-over of a turn that is no longer being played goes back to its
        // briefing.
        if (
          (back === 'planning' || back === 'handover') &&
          (!d.active || g.state.roles.find((r) => r.id === d.active)?.committed)
        )
          back = 'briefing';
        if (g.state.status === 'ended' && back !== 'debrief') back = 'end';
        d.screen = back;
      });
      persist();
    },

    openReplay(turn) {
      const g = get().game;
      if (!g) return;
      const last = Math.max(1, g.state.history.length);
      set((d) => {
        if (PLAY_SCREENS.includes(d.screen)) d.returnTo = d.screen;
        d.screen = 'replay';
        d.replayTurn = Math.min(Math.max(1, turn ?? last), Math.max(last, g.state.turn));
        d.replayEdge = 'end';
        d.whatIf = null;
        d.selected = null;
        d.notice = null;
      });
      if (mode === 'main') persist();
    },

    replayGo(turn, edge) {
      const g = get().game;
      if (!g) return;
      set((d) => {
        d.replayTurn = Math.min(Math.max(1, turn), g.state.turn);
        if (edge) d.replayEdge = edge;
        if (d.whatIf && d.whatIf.turn !== d.replayTurn) d.whatIf = null;
      });
    },

    setWhatIf(p) {
      const g = get().game;
      set((d) => {
        if (p === null || !g) {
          d.whatIf = null;
          return;
        }
        const base: WhatIfSetup = d.whatIf ?? {
          turn: d.replayTurn,
          role: g.rules.scenario.roles[0]!.id,
          mode: 'policy',
          policy: 'cooperative',
          orders: [],
          later: 'recorded',
        };
        d.whatIf = { ...base, ...p } as WhatIfSetup;
      });
    },

    setTimer(seconds) {
      const secs = Math.max(0, Math.min(24 * 3600, Math.round(seconds)));
      set((d) => {
        d.timer = { seconds: secs, endsAt: null, left: secs * 1000, changedAt: now() };
      });
      persist();
    },

    startTimer() {
      const t = get().timer;
      if (!t || t.seconds <= 0 || t.endsAt !== null) return;
      const at = now();
      set((d) => {
        d.timer = { ...t, endsAt: at + timerLeft(t, at), left: null, changedAt: at };
      });
      persist();
    },

    pauseTimer() {
      const t = get().timer;
      if (!t || t.endsAt === null) return;
      const at = now();
      set((d) => {
        d.timer = { ...t, endsAt: null, left: timerLeft(t, at), changedAt: at };
      });
      persist();
    },

    clearTimer() {
      set((d) => {
        d.timer = { seconds: 0, endsAt: null, left: null, changedAt: now() };
      });
      persist();
    },

    adoptTimer(t) {
      const timer = validTimer(t);
      if (!timer) return false;
      const mine = get().timer;
      if (mine && mine.changedAt >= timer.changedAt) return false;
      set((d) => {
        d.timer = timer;
      });
      if (mode === 'main') persist();
      return true;
    },

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

    adoptGame(shared) {
      const g = get().game;
      // What another window sends is checked like a save file before anything replays it.
      const read = readSaveValue(shared.save);
      if (!read.ok) return 'refused';
      const save = read.save;
      if (
        g &&
        g.seed === save.seed &&
        g.rules.scenarioHash === save.scenarioHash &&
        g.commands.length === save.commands.length &&
        (shared.hash === null || shared.hash === g.hash)
      ) {
        return 'same';
      }
      let rules: Rules | null = null;
      if (g && g.rules.scenarioHash === save.scenarioHash) rules = g.rules;
      else {
        const b = bundledByHash(save.scenarioHash);
        if (b) rules = b.rules;
        else if (shared.scenarioText) {
          const c = checkScenarioText(shared.scenarioText, 'the scenario of the other window');
          if (c.ok && c.rules.scenarioHash === save.scenarioHash) rules = c.rules;
        }
      }
      if (!rules) return 'refused';
      let state: GameState | null = null;
      // Commands that extend ours are applied one by one; anything else is replayed from the start.
      if (
        g &&
        g.rules === rules &&
        g.seed === save.seed &&
        g.commands.length <= save.commands.length &&
        g.commands.every((c, i) => sameCommand(c, save.commands[i]!))
      ) {
        try {
          let st = g.state;
          const added = save.commands.slice(g.commands.length);
          // A rewind needs the line of play: one replay of the whole list, however many it holds.
          if (added.some((c) => c.type === 'rewind'))
            st = replay(rules, save.seed, save.commands).state;
          else for (const cmd of added) st = applyCommand(rules, st, cmd);
          state = st;
        } catch {
          state = null;
        }
      }
      if (!state) {
        const replayed = replaySave(rules, save);
        if (!replayed.ok) return 'refused';
        state = replayed.state;
      }
      const hash = hashOf(state);
      if (shared.hash !== null && hash !== shared.hash) return 'refused';
      const seats =
        seatsFrom(rules, shared.seats) ?? g?.seats ?? defaultSeats(lang(rules.scenario), rules);
      const before = g?.state;
      const newGameHere = !g || g.rules !== rules || g.seed !== save.seed;
      const finalState = state;
      set((d) => {
        d.game = makeGame(
          {
            rules: rules!,
            seed: save.seed,
            commands: [...save.commands],
            state: finalState,
            seats,
            bundledFile: shared.bundledFile,
            scenarioText: shared.scenarioText,
          },
          hash,
        );
        d.lastProblem = null;
        d.setup = null;
        if (mode === 'console') {
          if (d.screen !== 'console' && d.screen !== 'debrief' && d.screen !== 'replay')
            d.screen = 'console';
          return;
        }
        const moved =
          newGameHere ||
          !before ||
          before.turn !== finalState.turn ||
          before.status !== finalState.status;
        if (
          d.screen === 'start' ||
          d.screen === 'setup' ||
          (moved && ['briefing', 'handover', 'planning', 'report'].includes(d.screen))
        ) {
          toTurnStart(d, finalState.status === 'ended', finalState.turn);
        } else if (moved && d.screen === 'end' && finalState.status !== 'ended')
          d.screen = 'briefing';
        if (
          moved &&
          (d.returnTo === 'planning' || d.returnTo === 'handover' || d.returnTo === 'report')
        )
          d.returnTo = finalState.status === 'ended' ? 'end' : 'briefing';
      });
      if (mode === 'main') persist();
      return 'adopted';
    },

    adoptAutosave() {
      const a = readAutosave();
      if (!a || !a.value) return 'none';
      const auto = a.value;
      const read = readSaveValue(auto.save ?? null);
      if (!read.ok) return 'refused';
      actions.adoptTimer(auto.position?.timer);
      return actions.adoptGame({
        save: read.save,
        hash: null,
        seats: auto.seats,
        bundledFile: auto.bundledFile,
        scenarioText: auto.scenarioText,
      });
    },
  };

  return Object.assign(store, actions);
}
