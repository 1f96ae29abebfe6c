/**
 * One window's session: its store (zustand vanilla + immer) and the actions composed from the
 * parts of `src/store`, each a function of the shared kit. Every change to the game goes
 * through the game authority the kit holds; the store mirrors it and keeps what belongs to
 * this window alone.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import { readAutosave, summarise as summariseAutosave } from './autosave';
import { devReloadActions, type DevReloadActions } from './devReload';
import { makeKit, positionOf } from './kit';
import { createLibrary, type ScenarioLibrary } from './library';
import {
  afterLoading,
  loadingActions,
  needsOf,
  type Deferred,
  type LoadingActions,
  type MaybeLater,
  type Waiting,
} from './loading';
import { displayActions, readDisplay, type DisplayActions } from './display';
import { localeActions, readLocale, type LocaleActions } from './locale';
import { openingActions, type OpeningActions } from './opening';
import { networkActions, type NetworkActions } from './network';
import { panelActions, type PanelActions } from './panels';
import { freshPin } from './pin';
import { pinActions, windowLocked, type PinActions } from './pinActions';
import { saveFileActions, type SaveFileActions } from './saveFiles';
import { timerActions, type TimerActions } from './timerActions';
import { turnFlowActions, type TurnFlowActions } from './turnFlow';
import {
  EMPTY_DRAFT,
  START_FILTER,
  type Position,
  type SessionOptions,
  type SessionState,
} from './types';
import { viewActions, type ViewActions } from './view';
import { windowActions, type WindowActions } from './windows';

export type SessionActions = OpeningActions &
  DevReloadActions &
  TurnFlowActions &
  PanelActions &
  ViewActions &
  LocaleActions &
  DisplayActions &
  SaveFileActions &
  TimerActions &
  WindowActions &
  LoadingActions &
  NetworkActions &
  PinActions;

export type SessionStore = StoreApi<SessionState> & MaybeLater<SessionActions, Deferred>;

/** A seed from words people can read out; the app's entry passes one from a real random source. */
function defaultRandomSeed(): string {
  const words = ['amber', 'cedar', 'delta', 'ember', 'harbor', 'juniper', 'lumen', 'olive'];
  const n = Math.floor(Math.random() * words.length * 10000);
  return `${words[n % words.length]}-${String(Math.floor(n / words.length)).padStart(4, '0')}`;
}

function initialState(options: SessionOptions, library: ScenarioLibrary): SessionState {
  const storage = options.storage ?? null;
  return {
    screen: 'start',
    round: 1,
    active: null,
    reportTurn: 0,
    reportIndex: 0,
    facilitator: false,
    bundled: library.summaries(),
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
    autosave: summariseAutosave(readAutosave(storage)),
    lastProblem: null,
    mode: options.mode ?? 'main',
    returnTo: 'briefing',
    timer: null,
    replayTurn: 1,
    replayEdge: 'end',
    whatIf: null,
    locale: readLocale(storage, options.locale),
    display: readDisplay(storage),
    storageKind: storage ? (options.storageKind ?? 'localstorage') : 'none',
    saving: false,
    loading: false,
    net: null,
    pin: freshPin(),
  };
}

const samePosition = (a: Position, b: Position) =>
  a.screen === b.screen &&
  a.round === b.round &&
  a.active === b.active &&
  a.reportTurn === b.reportTurn &&
  a.reportIndex === b.reportIndex &&
  a.facilitator === b.facilitator;

export function createSessionStore(options: SessionOptions = {}): SessionStore {
  const library = createLibrary(options.bundled, options.library);
  const store = createStore<SessionState>()(immer(() => initialState(options, library)));
  const kit = makeKit(store, options, options.randomSeed ?? defaultRandomSeed, library);
  // The autosave follows the players: the authority writes it when the game changes, and this
  // one subscriber when only where the players are changed. Setting up another game is not a
  // place in this one, so it is not written.
  store.subscribe((s, prev) => {
    if (s.screen === 'setup' || samePosition(positionOf(s), positionOf(prev))) return;
    kit.writePosition();
  });
  // A console window whose game has a PIN asks for it as soon as it has the game (or the PIN
  // arrives); once cancelled, its locked screen asks again on a click.
  store.subscribe((s, prev) => {
    if (!windowLocked(s) || windowLocked(prev) || s.pin.asking) return;
    kit.set((d) => {
      d.pin.asking = { purpose: 'window', refused: null };
    });
  });
  const actions: SessionActions = {
    ...openingActions(kit),
    ...devReloadActions(kit),
    ...turnFlowActions(kit),
    ...panelActions(kit),
    ...viewActions(kit),
    ...localeActions(kit),
    ...displayActions(kit),
    ...saveFileActions(kit),
    ...timerActions(kit),
    ...windowActions(kit),
    ...loadingActions(kit),
    ...networkActions(kit),
    ...pinActions(kit),
  };
  // Each action writes the autosave at most once, however many changes it makes.
  for (const key of Object.keys(actions) as (keyof SessionActions)[]) {
    const action = actions[key] as (...args: unknown[]) => unknown;
    (actions as unknown as Record<string, unknown>)[key] = (...args: unknown[]) =>
      kit.autosave.hold(() => action(...args));
  }
  // Those that need a scenario or a language loaded wait for it (see loading.ts).
  const needs = needsOf(kit, actions);
  const deferred: MaybeLater<SessionActions, Deferred> = { ...actions };
  for (const key of Object.keys(needs) as Deferred[]) {
    const action = actions[key] as (...args: unknown[]) => unknown;
    const waitFor = needs[key] as (...args: unknown[]) => Waiting;
    const failed = key === 'setLocale' ? undefined : false;
    (deferred as unknown as Record<string, unknown>)[key] = (...args: unknown[]) =>
      afterLoading(waitFor(...args), () => action(...args), failed);
  }
  return Object.assign(store, deferred);
}
