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
import {
  applyCommand,
  commandProblem,
  newGame,
  planStep,
  stateHash,
  type Command,
  type GameState,
  type PlanStep,
  type PolicyId,
  type Posture,
  type RoleId,
  type Rules,
} from '../engine';
import type { Scenario } from '../scenario/types';
import type { SavedGame } from '../engine';
import { checkScenarioText, checkScenarioValue, summarise, type BundledScenario, type Problem, type ScenarioSummary } from './scenarios';
import { readSaveText, readSaveValue, replaySave, savedGame, type SaveProblem, type Seat } from './saves';

export type { Seat, SaveProblem, BundledScenario, ScenarioSummary, Problem };

export type Screen = 'start' | 'setup' | 'briefing' | 'handover' | 'planning' | 'report' | 'end' | 'debrief';

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

export interface Game {
  rules: Rules;
  seed: string;
  commands: Command[];
  state: GameState;
  hash: string;
  seats: Record<RoleId, Seat>;
  /** Bundled scenario file, or null for one opened from a file (then `scenarioText` is kept). */
  bundledFile: string | null;
  scenarioText: string | null;
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
  title: string;
}

export interface Notice {
  tone: 'info' | 'error';
  text: string;
}

export interface SessionState extends Position {
  bundled: ScenarioSummary[];
  /** Problems of the last scenario file that failed to load. */
  scenarioProblems: { source: string; problems: Problem[]; warnings: Problem[] } | null;
  setup: Setup | null;
  game: Game | null;
  indicator: string;
  selected: string | null;
  hover: string | null;
  logFilter: LogFilter;
  draft: Draft;
  notice: Notice | null;
  saveProblem: SaveProblem | null;
  /** What the autosave holds, for the start screen's "Resume" button. */
  autosave: { title: string; turn: number; position: Position } | null;
  /** The last refusal of `dispatch`, in words. */
  lastProblem: string | null;
}

export interface SessionOptions {
  storage?: StorageLike | null;
  bundled?: BundledScenario[];
  /** Suggests a seed; the engine itself never draws random numbers. */
  randomSeed?: () => string;
}

export const EMPTY_DRAFT: Draft = { action: '', district: '', partners: [], posture: '', fact: '', to: '', asset: '' };
const START_FILTER: LogFilter = { turn: 'all', role: 'all', district: 'all' };

function defaultRandomSeed(): string {
  const words = ['amber', 'cedar', 'delta', 'ember', 'harbor', 'juniper', 'lumen', 'meridian', 'olive', 'quartz', 'sierra', 'tundra'];
  const w = words[Math.floor(Math.random() * words.length)]!;
  return `${w}-${String(Math.floor(Math.random() * 10000)).padStart(4, '0')}`;
}

export function defaultTeamName(rules: Rules, role: RoleId): string {
  const card = rules.role(role);
  const sameKind = rules.scenario.roles.filter((r) => r.kind === card.kind).length;
  const kind = card.kind.charAt(0).toUpperCase() + card.kind.slice(1);
  return sameKind > 1 ? `${card.short} team` : `${kind} team`;
}

export function defaultSeats(rules: Rules): Record<RoleId, Seat> {
  const seats: Record<RoleId, Seat> = {};
  for (const r of rules.scenario.roles) seats[r.id] = { kind: 'team', name: defaultTeamName(rules, r.id) };
  return seats;
}

/** The name the hand-over screen uses: the team's, or the role's when a policy plays it. */
export function seatName(game: Pick<Game, 'seats' | 'rules'>, role: RoleId): string {
  const seat = game.seats[role];
  return seat?.kind === 'team' ? seat.name : `${game.rules.role(role).name} (${seat?.policy ?? 'policy'})`;
}

export function humanRoles(game: Pick<Game, 'seats' | 'rules'>): RoleId[] {
  return game.rules.scenario.roles.map((r) => r.id).filter((id) => game.seats[id]?.kind !== 'policy');
}

export function policyRoles(game: Pick<Game, 'seats' | 'rules'>): RoleId[] {
  return game.rules.scenario.roles.map((r) => r.id).filter((id) => game.seats[id]?.kind === 'policy');
}

/** Log entries of a resolved turn, in the engine's resolution order. */
export function reportEntries(state: GameState, turn: number, viewer: RoleId | 'facilitator' | 'public') {
  return state.log.filter(
    (e) =>
      e.turn === turn &&
      e.phase !== 'briefing' &&
      e.phase !== 'facilitator' &&
      (viewer === 'facilitator' || e.visibleTo === 'all' || (viewer !== 'public' && e.visibleTo.includes(viewer))),
  );
}

export interface SessionActions {
  chooseBundled(file: string): boolean;
  openScenarioText(text: string, source: string): boolean;
  dismissScenarioProblems(): void;
  setSeed(seed: string): void;
  newSeed(): void;
  setSeat(role: RoleId, seat: Seat): void;
  startGame(): string | null;
  /** Applies a command if it is legal; returns the reason it is not, or null. */
  dispatch(cmd: Command): string | null;
  beginPlanning(): void;
  reveal(): void;
  finishRound(): void;
  commitActive(): string | null;
  reportGo(index: number): void;
  reportStep(delta: number): void;
  startNextTurn(): void;
  endExercise(reason: string): string | null;
  openDebrief(): void;
  closeDebrief(): void;
  exitToStart(): void;
  setIndicator(id: string): void;
  selectDistrict(id: string | null): void;
  hoverDistrict(id: string | null): void;
  setLogFilter(f: Partial<LogFilter>): void;
  toggleFacilitator(on?: boolean): void;
  setDraft(d: Partial<Draft>): void;
  notify(text: string, tone?: Notice['tone']): void;
  clearNotice(): void;
  exportSave(): { filename: string; text: string } | null;
  importSaveText(text: string, filename: string): boolean;
  resumeAutosave(): boolean;
  dismissSaveProblem(): void;
}

export type SessionStore = StoreApi<SessionState> & SessionActions;

export function createSessionStore(options: SessionOptions = {}): SessionStore {
  const storage = options.storage ?? null;
  const bundled = options.bundled ?? [];
  const randomSeed = options.randomSeed ?? defaultRandomSeed;

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
    })),
  );
  const get = store.getState;
  const set = store.setState as (fn: (s: SessionState) => void) => void;

  function readAutosave(): { raw: string; value: Autosave } | null {
    if (!storage) return null;
    let raw: string | null = null;
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
    if (!a.value) return { title: 'an unreadable saved game', turn: 0, position: startPosition() };
    return { title: a.value.title, turn: a.value.savedTurn, position: a.value.position };
  }

  function startPosition(): Position {
    return { screen: 'start', round: 1, active: null, reportTurn: 0, reportIndex: 0, facilitator: false };
  }

  function position(s: SessionState): Position {
    return { screen: s.screen, round: s.round, active: s.active, reportTurn: s.reportTurn, reportIndex: s.reportIndex, facilitator: s.facilitator };
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
        d.notice = { tone: 'error', text: `The game could not be saved in this browser (${e instanceof Error ? e.message : String(e)}). Export the save to keep it.` };
      });
    }
  }

  function setupFrom(file: string, text: string | null, checked: Extract<ReturnType<typeof checkScenarioValue>, { ok: true }>): void {
    set((d) => {
      d.setup = {
        file,
        text,
        scenario: checked.scenario,
        rules: checked.rules,
        warnings: checked.warnings,
        seed: randomSeed(),
        seats: defaultSeats(checked.rules),
      };
      d.scenarioProblems = null;
      d.screen = 'setup';
    });
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

  function apply(cmd: Command): { problem: string | null; resolved: boolean } {
    const g = get().game;
    if (!g) return { problem: 'No game is running.', resolved: false };
    const problem = commandProblem({ rules: g.rules, s: g.state }, cmd);
    if (problem) {
      set((d) => {
        d.lastProblem = problem;
      });
      return { problem, resolved: false };
    }
    const before = g.state;
    const next = applyCommand(g.rules, before, cmd);
    set((d) => {
      d.game!.state = next;
      d.game!.commands.push(cmd);
      d.game!.hash = stateHash(next);
      d.lastProblem = null;
    });
    persist();
    return { problem: null, resolved: next.turn !== before.turn || (next.status === 'ended' && before.status !== 'ended') };
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
    for (const cmd of record) if (apply(cmd).resolved) return true;
    return false;
  }

  function commitPolicies(): boolean {
    const g = get().game;
    if (!g) return false;
    for (const r of policyRoles(g)) {
      const now = get().game!.state;
      if (now.roles.find((x) => x.id === r)?.committed) continue;
      if (apply({ type: 'commit', role: r }).resolved) return true;
    }
    return false;
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

    openScenarioText(text, source) {
      const c = checkScenarioText(text, source);
      if (!c.ok) {
        set((d) => {
          d.scenarioProblems = { source, problems: c.problems, warnings: c.warnings };
        });
        return false;
      }
      // A file identical to a bundled scenario is treated as that one.
      const same = bundledByHash(c.rules.scenarioHash);
      setupFrom(same ? same.file : source, same ? null : text, c);
      return true;
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
      if (!setup) return 'Choose a scenario first.';
      const seed = setup.seed.trim();
      if (!seed) return 'Enter a seed: any word or number.';
      const humans = Object.values(setup.seats).filter((s) => s.kind === 'team');
      if (humans.length === 0) return 'Seat at least one team: every role is played by a policy.';
      if (humans.some((s) => s.kind === 'team' && !s.name.trim())) return 'Give every team a name.';
      const state = newGame(setup.rules, seed);
      set((d) => {
        d.game = {
          rules: setup.rules,
          seed,
          commands: [],
          state,
          hash: stateHash(state),
          seats: setup.seats,
          bundledFile: setup.text === null ? setup.file : null,
          scenarioText: setup.text,
        };
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
      if (!s.game || !s.active) return 'No team is planning.';
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
      return actions.dispatch({ type: 'endExercise', reason: reason.trim() || 'ended by the facilitator' });
    },

    openDebrief() {
      set((d) => {
        d.screen = 'debrief';
        d.logFilter = { ...START_FILTER };
      });
      persist();
    },

    closeDebrief() {
      set((d) => {
        d.screen = d.game?.state.status === 'ended' ? 'end' : 'briefing';
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

    exportSave() {
      const g = get().game;
      if (!g) return null;
      const file = savedGame(g.rules, g.seed, g.commands);
      const safeId = g.rules.scenario.id.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'scenario';
      return { filename: `mandate-${safeId}-turn${g.state.turn}.json`, text: `${JSON.stringify(file, null, 2)}\n` };
    },

    importSaveText(text, filename) {
      const fail = (path: string, message: string): false => {
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
          `This save is for a scenario this app does not have (${save.scenarioId}, hash ${save.scenarioHash}). Open that scenario file first, then import the save.`,
        );
      }
      const replayed = replaySave(rules, save);
      if (!replayed.ok) return fail(replayed.path, replayed.message);
      // A save file holds no seating: the roles keep the seats of the game on this screen when it
      // is the same scenario, and are played by teams otherwise.
      const current = get().game;
      const seats = current && current.rules.scenarioHash === rules.scenarioHash ? current.seats : defaultSeats(rules);
      const state = replayed.state;
      set((d) => {
        d.game = { rules: rules!, seed: save.seed, commands: [...save.commands], state, hash: replayed.hash, seats, bundledFile, scenarioText };
        d.screen = state.status === 'ended' ? 'end' : 'briefing';
        d.round = 1;
        d.active = null;
        d.saveProblem = null;
        d.setup = null;
        d.selected = null;
        d.draft = { ...EMPTY_DRAFT };
        d.notice = { tone: 'info', text: `Loaded ${filename}: turn ${state.turn}, state ${replayed.hash}.` };
      });
      persist();
      return true;
    },

    resumeAutosave() {
      const a = readAutosave();
      if (!a) return false;
      const fail = (path: string, message: string): false => {
        set((d) => {
          d.saveProblem = { path, message: `The saved game in this browser cannot be resumed: ${message}`, text: a.raw, filename: 'mandate-autosave.json' };
          d.screen = 'start';
        });
        return false;
      };
      const auto = a.value;
      if (!auto) return fail('$', 'it is not a Mandate autosave.');
      const read = readSaveValue(auto.save ?? null);
      if (!read.ok) return fail(`$.save${read.path.slice(1)}`, read.message);
      let rules: Rules;
      if (auto.scenarioText) {
        const c = checkScenarioText(auto.scenarioText, 'the saved scenario');
        if (!c.ok) return fail('$.scenarioText', `its scenario is no longer valid: ${c.problems[0]?.message ?? ''}`);
        rules = c.rules;
      } else {
        const b = auto.bundledFile ? findBundled(auto.bundledFile) : undefined;
        const c = b ? checkScenarioValue(b.json) : null;
        if (!c || !c.ok) return fail('$.bundledFile', `the bundled scenario ${JSON.stringify(auto.bundledFile)} is not in this version of the app.`);
        rules = c.rules;
      }
      if (rules.scenarioHash !== read.save.scenarioHash) {
        return fail('$.save.scenarioHash', 'the scenario has changed since the game was saved.');
      }
      const replayed = replaySave(rules, read.save);
      if (!replayed.ok) return fail(`$.save${replayed.path.slice(1)}`, replayed.message);
      const seats = defaultSeats(rules);
      for (const r of rules.scenario.roles) if (auto.seats?.[r.id]) seats[r.id] = auto.seats[r.id]!;
      const p = auto.position ?? startPosition();
      const state = replayed.state;
      set((d) => {
        d.game = {
          rules,
          seed: read.save.seed,
          commands: [...read.save.commands],
          state,
          hash: replayed.hash,
          seats,
          bundledFile: auto.scenarioText ? null : auto.bundledFile,
          scenarioText: auto.scenarioText,
        };
        // A reload during a team's planning comes back to its hand-over screen, not its orders.
        const screen: Screen = p.screen === 'planning' ? 'handover' : p.screen === 'start' || p.screen === 'setup' ? 'briefing' : p.screen;
        d.screen = state.status === 'ended' && screen !== 'debrief' && screen !== 'report' ? 'end' : screen;
        d.round = p.round === 2 ? 2 : 1;
        d.active = p.active && rules.roleIndex.has(p.active) ? p.active : null;
        if (d.screen === 'handover' && !d.active) d.screen = 'briefing';
        d.reportTurn = p.reportTurn || state.turn;
        d.reportIndex = p.reportIndex || 0;
        d.facilitator = !!p.facilitator;
        d.setup = null;
        d.saveProblem = null;
        d.draft = { ...EMPTY_DRAFT };
      });
      persist();
      return true;
    },

    dismissSaveProblem() {
      set((d) => {
        d.saveProblem = null;
      });
    },
  };

  return Object.assign(store, actions);
}
