/**
 * The bundled scenarios, known first by their heads (what the start screen shows of them) and
 * loaded whole only when a game needs one, so the first screen downloads no scenario's full
 * text. Tests and the Node tools hand every scenario in loaded; the page hands in loaders.
 */
import { summarise, type BundledScenario, type ScenarioSummary } from './scenarios';

/** A bundled scenario as the build gives it: its head now, its whole text on request. */
export interface BundledSource {
  file: string;
  /** The fields of the scenario that `summarise` reads; nothing else is there. */
  head: unknown;
  load(): Promise<unknown>;
}

/** Which bundled scenarios an action needs loaded: some by file name, or every one. */
export type Need = readonly string[] | 'all';

export interface ScenarioLibrary {
  /** Every bundled scenario's summary, loaded or not, in the bundle's order. */
  summaries(): ScenarioSummary[];
  /** The loaded ones, in the bundle's order; the same objects from call to call. */
  loaded(): BundledScenario[];
  /** Null when what is needed is loaded already; else the loading (rejected with why). */
  load(need: Need): Promise<void> | null;
  /** Development: the bundled scenarios replaced by these, all loaded. */
  replace(list: BundledScenario[]): void;
}

interface Entry {
  file: string;
  head: unknown;
  loaded: BundledScenario | null;
  loading: Promise<void> | null;
  source: BundledSource | null;
}

export function createLibrary(
  loaded: readonly BundledScenario[] = [],
  sources: readonly BundledSource[] = [],
): ScenarioLibrary {
  const fromLoaded = (b: BundledScenario): Entry => ({
    file: b.file,
    head: b.json,
    loaded: b,
    loading: null,
    source: null,
  });
  let entries: Entry[] = [
    ...loaded.map(fromLoaded),
    ...sources.map((s): Entry => ({
      file: s.file,
      head: s.head,
      loaded: null,
      loading: null,
      source: s,
    })),
  ];

  function loadEntry(e: Entry): Promise<void> {
    e.loading ??= e.source!.load().then(
      (json) => {
        e.loaded = { file: e.file, json };
      },
      (error: unknown) => {
        // Asked again, it is fetched again: a network that failed once may not fail twice.
        e.loading = null;
        throw error;
      },
    );
    return e.loading;
  }

  return {
    summaries: () => entries.map((e) => summarise({ file: e.file, json: e.head })),
    loaded: () => entries.flatMap((e) => (e.loaded ? [e.loaded] : [])),
    load(need) {
      const wanted = entries.filter((e) => !e.loaded && (need === 'all' || need.includes(e.file)));
      if (wanted.length === 0) return null;
      return Promise.all(wanted.map(loadEntry)).then(() => undefined);
    },
    replace(list) {
      entries = list.map(fromLoaded);
    },
  };
}
