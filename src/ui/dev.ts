/**
 * Development only (imported by `main.ts` under `import.meta.hot`, so never in the built app):
 * the scenario file the dev server watches when started as `MANDATE_SCENARIO=path npm run dev`
 * (the plugin in vite.config.ts). The server sends the file, and the Tiled map it names, when the
 * page asks and whenever either is saved; the session opens it or reloads the game played on it.
 */
import { afterLoading, notice, type SessionStore } from '../store';
import type { NamedText } from '../store/scenarios';

/** The event the dev server sends, and the one the page asks with. */
export const SCENARIO_EVENT = 'mandate:scenario';
export const REQUEST_EVENT = 'mandate:scenario-request';

export interface WatchedScenario {
  /** The file's name, e.g. `my-exercise.json`. */
  name: string;
  /** Its text, or `error` when it cannot be read. */
  text?: string;
  error?: string;
  /** The Tiled map it names, when there is one and it could be read. */
  maps?: NamedText[];
}

type Hot = NonNullable<ImportMeta['hot']>;

export function watchScenarioFile(hot: Hot, session: SessionStore): void {
  hot.on(SCENARIO_EVENT, (data: WatchedScenario) => {
    if (typeof data?.name !== 'string') return;
    const text = data.text;
    if (typeof text === 'string') {
      // Every bundled scenario and the validators: the file may be one of them by its hash.
      const reload = () => session.reloadScenarioFile(data.name, text, data.maps ?? []);
      void afterLoading(session.loadScenarios('all'), reload, undefined);
    } else session.refuseFile(data.name, 'scenario', data.error ?? notice('fileCannotBeRead'));
  });
  hot.send(REQUEST_EVENT, {});
}
