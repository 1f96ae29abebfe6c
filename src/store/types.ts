/**
 * What one window's store holds: which screen is up, where the players are in the turn, the
 * scenario being set up, the game (a mirror of the authority's, read-only here), and the
 * window's own choices (selection, drafts, filters, language, open panels). DOM-free.
 */
import type { Command, PolicyId, Posture, RoleId, Rules, SavedGame } from '../engine';
import type { Game, Seating, Timer } from '../authority';
import type { Locale } from '../i18n/locale';
import type { LocalText, Scenario } from '../format';
import type { Said } from './notices';
import type {
  Lobby,
  RoleSeating,
  SeatInfo,
  SeatRequest,
  SeatStatus,
  SessionSummary,
} from '../net/protocol';
import type { SaveProblem } from './saves';
import type { BundledSource } from './library';
import type { BundledScenario, PendingMap, Problem, ScenarioSummary } from './scenarios';
import type { PinState } from './pin';
import type { Display } from './display';

export type Screen =
  | 'start'
  | 'join'
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
export const PLAY_SCREENS: readonly Screen[] = [
  'briefing',
  'handover',
  'planning',
  'report',
  'end',
  'debrief',
];

/**
 * Which window this is: the main one (the projector, the teams' screens), or the facilitator's
 * console opened in a second window (`?view=console`), which shows only the console, the
 * debrief and the replay, and never moves the main window's screen.
 */
export type WindowMode = 'main' | 'console';

/** The part of `localStorage` the session uses; tests pass a Map-backed one. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Setup {
  file: string;
  /** The scenario's text when it came from a file (kept with the autosave); null when bundled. */
  text: string | null;
  scenario: Scenario;
  rules: Rules;
  warnings: Problem[];
  seed: string;
  seats: Seating;
  /** The facilitator PIN as typed (digits, or empty for none); the game keeps only its hash. */
  pin: string;
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

export const EMPTY_DRAFT: Draft = {
  action: '',
  district: '',
  partners: [],
  posture: '',
  fact: '',
  to: '',
  asset: '',
};

export interface LogFilter {
  turn: number | 'all';
  role: RoleId | 'all';
  district: string | 'all';
}

export const START_FILTER: LogFilter = { turn: 'all', role: 'all', district: 'all' };

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

/**
 * A confirmation or an error at the top of the screen; `text` is worded when shown
 * (`say(L, text)`), so it follows the language.
 */
export interface Notice {
  tone: 'info' | 'error';
  text: Said;
}

/** What the autosave holds, for the start screen's "Resume"; `title` null when unreadable. */
export interface AutosaveSummary {
  title: LocalText | null;
  turn: number;
  position: Position;
}

export interface SessionState extends Position {
  bundled: ScenarioSummary[];
  /**
   * Problems of the last scenario file that failed to load; `map` when it waits for the Tiled
   * map it names (the problems panel then offers to add just the map).
   */
  scenarioProblems: {
    source: string;
    problems: Problem[];
    warnings: Problem[];
    map?: PendingMap | null;
  } | null;
  setup: Setup | null;
  /** The game in play, as the authority last made it; changed only through the authority. */
  game: Game | null;
  indicator: string;
  selected: string | null;
  hover: string | null;
  logFilter: LogFilter;
  draft: Draft;
  notice: Notice | null;
  saveProblem: SaveProblem | null;
  autosave: AutosaveSummary | null;
  /** The last refusal of `dispatch` (an engine message, mostly): word it with `say`. */
  lastProblem: Said | null;
  mode: WindowMode;
  /** The screen "Back" leaves the console or the replay for. */
  returnTo: Screen;
  /** The game's planning timer, as the authority last made it. */
  timer: Timer | null;
  /** The replay stepper: which turn, and its start or its end. */
  replayTurn: number;
  replayEdge: 'start' | 'end';
  whatIf: WhatIfSetup | null;
  /** The language this window speaks; each window keeps its own. */
  locale: Locale;
  /** Standard, or large text for a projector; each window keeps its own. */
  display: Display;
  /**
   * Where the autosave goes: IndexedDB (on disk when a write completes), localStorage (on disk
   * some seconds later), or nowhere.
   */
  storageKind: StorageKind;
  /** Autosave writes made but not yet on disk: the status bar says "Saving…" meanwhile. */
  saving: boolean;
  /** A bundled scenario is being fetched for what was asked (choose, resume, import). */
  loading: boolean;
  /** This window's seat in a session on a host (networked play); null in one-screen play. */
  net: NetState | null;
  /** The facilitator PIN of one-screen play: the game's lock, the wrong tries, the dialog. */
  pin: PinState;
}

/** How far a device on a host got: the code, the seat, and what the host last said. */
export interface NetState {
  /** Whether the socket to the host is open now. */
  connected: boolean;
  /** `resuming`: a seat kept from before a reload, asked back; `admin`: the host's admin page. */
  stage: 'code' | 'seat' | 'waiting' | 'resuming' | 'seated' | 'admin';
  /** The session's code, once typed or read from the address. */
  code: string;
  lobby: Lobby | null;
  seat: SeatInfo | null;
  started: boolean;
  roles: RoleSeating[];
  /** The facilitator's: who is connected where, and the claims to approve. */
  seats: SeatStatus[];
  requests: SeatRequest[];
  /** The page's commands the host has not answered yet. */
  pending: number;
  /** Why the host last refused what this device sent. */
  refusal: Said | null;
  /** Why this device lost its seat, until it joins again. */
  revoked: 'freed' | 'moved' | 'refused' | 'policy' | null;
  /** The host's boot id at the last welcome: a new one means the host restarted. */
  bootId: string | null;
  /** The host's addresses (`http://IP:PORT/`), for the facilitator to give the teams. */
  addresses: string[];
  /** The admin page's: the host's sessions, and the one just made with its facilitator secret. */
  sessions: SessionSummary[];
  created: { session: SessionSummary; secret: string } | null;
}

export type StorageKind = 'indexeddb' | 'localstorage' | 'none';

export interface SessionOptions {
  storage?: StorageLike | null;
  /** Bundled scenarios handed in loaded (tests, the Node tools). */
  bundled?: BundledScenario[];
  /** Bundled scenarios handed in by their heads, loaded when a game needs one (the page). */
  library?: BundledSource[];
  /** Suggests a seed; the engine itself never draws random numbers. */
  randomSeed?: () => string;
  mode?: WindowMode;
  /** The clock of the planning timer (epoch ms); tests pass a fake one. */
  now?: () => number;
  /** The language to speak when none was chosen before (the browser's preferred one). */
  locale?: Locale;
  /** What `storage` is, for the status bar's words (localStorage when not said). */
  storageKind?: StorageKind;
}

/** What windows share: the game as a save, its seating, and its hash to check the replay by. */
export interface SharedGame {
  save: SavedGame;
  hash: string;
  seats: Seating;
  bundledFile: string | null;
  scenarioText: string | null;
}
