/**
 * The actions that need something the first screen did not carry (a bundled scenario's whole
 * text and the validators, a language's catalogue), and which: such an action runs at once when it is loaded, else
 * once it is, while the window says it is loading; when it cannot be loaded the window says why
 * and the action does nothing.
 */
import { loadCatalogue, type Locale } from '../i18n';
import { loadChecks } from './checks';
import type { Kit } from './kit';
import { readAutosave } from './autosave';
import type { Need } from './library';
import { notice, type Said } from './notices';
import { jsonOf, scenarioIdOf } from './scenarios';
import type { SharedGame } from './types';

/** What each deferred action waits for, from its arguments: null when it need not wait. */
export interface Needs {
  chooseBundled(file: string): Waiting;
  openScenarioText(text: string): Waiting;
  addScenarioMap(): Waiting;
  importSaveText(text: string): Waiting;
  resumeAutosave(): Waiting;
  setLocale(locale: Locale): Waiting;
}

/** A loading to wait for (true once done, false when it failed and was said), or none. */
export type Waiting = Promise<boolean> | null;

export type Deferred = keyof Needs;

/** The actions of `A` named in `K`, answering now or, once loaded, later. */
export type MaybeLater<A, K extends keyof A> = {
  [P in keyof A]: P extends K
    ? A[P] extends (...args: infer X) => infer R
      ? (...args: X) => R | Promise<R>
      : A[P]
    : A[P];
};

/** The bundled scenarios of this id (a scenario's hash covers its id: no other can be it). */
function withId(kit: Kit, id: string | undefined): Need {
  return kit.library
    .summaries()
    .filter((s) => s.id === id)
    .map((s) => s.file);
}

/** The bundled scenarios a save file may be played on: the one an autosave names, or by id. */
function saveNeeds(kit: Kit, text: string): Need {
  const v = jsonOf(text) as
    | { bundledFile?: unknown; scenarioId?: unknown; save?: { scenarioId?: unknown } }
    | null
    | undefined;
  if (typeof v?.bundledFile === 'string') return [v.bundledFile];
  const id = v?.scenarioId ?? v?.save?.scenarioId;
  return typeof id === 'string' ? withId(kit, id) : [];
}

/** The bundled scenario an autosave names, if it names one. */
function autosaveNeeds(kit: Kit): Need {
  const file = readAutosave(kit.storage)?.doc?.bundledFile;
  return typeof file === 'string' ? [file] : [];
}

export function needsOf(kit: Kit, loads: LoadingActions): Needs {
  return {
    chooseBundled: (file) => loads.loadScenarios([file]),
    // A file or a save may be a bundled scenario by its hash: one of those of its id, if any.
    openScenarioText: (text) => loads.loadScenarios(withId(kit, scenarioIdOf(text))),
    addScenarioMap: () =>
      loads.loadScenarios(
        withId(kit, scenarioIdOf(kit.get().scenarioProblems?.map?.scenarioText ?? '')),
      ),
    importSaveText: (text) => loads.loadScenarios(saveNeeds(kit, text)),
    resumeAutosave: () => loads.loadScenarios(autosaveNeeds(kit)),
    setLocale: (locale) => loads.loadLanguage(locale),
  };
}

/** What a game from another window needs loaded before it can be taken. */
export function sharedGameNeeds(game: unknown): Need {
  const file = (game as Partial<SharedGame> | null)?.bundledFile;
  return typeof file === 'string' ? [file] : [];
}

export interface LoadingActions {
  /** Loads the bundled scenarios `need` names, and the validators that check what comes in. */
  loadScenarios(need: Need): Waiting;
  /** Loads a language's catalogue. */
  loadLanguage(locale: Locale): Waiting;
}

/** Both loadings (null when there is none). */
function both(a: Promise<void> | null, b: Promise<void> | null): Promise<void> | null {
  if (!a || !b) return a ?? b;
  return Promise.all([a, b]).then(() => undefined);
}

/** The window shows it is loading meanwhile; a failure becomes its notice. */
function tracked(kit: Kit, loading: Promise<void> | null, failed: (why: string) => Said): Waiting {
  if (!loading) return null;
  kit.set((d) => {
    d.loading = true;
  });
  return loading.then(
    () => {
      kit.set((d) => {
        d.loading = false;
      });
      return true;
    },
    (e: unknown) => {
      kit.set((d) => {
        d.loading = false;
        d.notice = { tone: 'error', text: failed(e instanceof Error ? e.message : String(e)) };
      });
      return false;
    },
  );
}

export function loadingActions(kit: Kit): LoadingActions {
  return {
    loadScenarios: (need) =>
      tracked(kit, both(kit.library.load(need), loadChecks()), (why) =>
        notice('scenarioLoadFailed', why),
      ),
    loadLanguage: (locale) =>
      tracked(kit, loadCatalogue(locale), (why) => notice('languageLoadFailed', why)),
  };
}

/** `run` at once when nothing is `waiting`; else once it is done (`failed` when it failed). */
export function afterLoading<R>(waiting: Waiting, run: () => R, failed: R): R | Promise<R> {
  if (!waiting) return run();
  return waiting.then((ok) => (ok ? run() : failed));
}
