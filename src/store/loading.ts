/**
 * The actions that need a bundled scenario's whole text, and which: such an action runs at once
 * when its scenarios are loaded, else once they are, while the window says it is loading; when
 * they cannot be loaded it says why and the action does nothing.
 */
import type { Kit } from './kit';
import { readAutosave } from './autosave';
import type { Need } from './library';
import { notice } from './notices';
import type { SharedGame } from './types';

/** What each deferred action needs, from its arguments. */
export interface Needs {
  chooseBundled(file: string): Need;
  openScenarioText(): Need;
  addScenarioMap(): Need;
  importSaveText(): Need;
  resumeAutosave(): Need;
}

export type Deferred = keyof Needs;

/** The actions of `A` named in `K`, answering now or, once loaded, later. */
export type MaybeLater<A, K extends keyof A> = {
  [P in keyof A]: P extends K
    ? A[P] extends (...args: infer X) => infer R
      ? (...args: X) => R | Promise<R>
      : A[P]
    : A[P];
};

/** The bundled scenario an autosave names, if it names one. */
function autosaveNeeds(kit: Kit): Need {
  const file = readAutosave(kit.storage)?.doc?.bundledFile;
  return typeof file === 'string' ? [file] : [];
}

export function needsOf(kit: Kit): Needs {
  return {
    chooseBundled: (file) => [file],
    // A file or a save may be a bundled scenario by its hash, whichever it is.
    openScenarioText: () => 'all',
    addScenarioMap: () => 'all',
    importSaveText: () => 'all',
    resumeAutosave: () => autosaveNeeds(kit),
  };
}

/** What a game from another window needs loaded before it can be taken. */
export function sharedGameNeeds(game: unknown): Need {
  const file = (game as Partial<SharedGame> | null)?.bundledFile;
  return typeof file === 'string' ? [file] : [];
}

export interface LoadingActions {
  /**
   * Loads what `need` names: null when it is loaded already, else a promise that settles when
   * it is (true) or could not be (false, said as the window's notice).
   */
  loadScenarios(need: Need): Promise<boolean> | null;
}

export function loadingActions(kit: Kit): LoadingActions {
  return {
    loadScenarios(need) {
      const loading = kit.library.load(need);
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
            d.notice = {
              tone: 'error',
              text: notice('scenarioLoadFailed', e instanceof Error ? e.message : String(e)),
            };
          });
          return false;
        },
      );
    },
  };
}

/**
 * `run` at once when `need` is loaded; else after loading it (`failed` when it cannot be).
 * `run` is the action as the store wraps it, so it writes the autosave as any action does.
 */
export function afterLoading<R>(
  load: LoadingActions['loadScenarios'],
  need: Need,
  run: () => R,
  failed: R,
): R | Promise<R> {
  const loading = load(need);
  if (!loading) return run();
  return loading.then((ok) => (ok ? run() : failed));
}
