/**
 * What the parts of the session share: the store's state, the window's options, the language,
 * and the game in play, held by its authority. Each part (`opening`, `turnFlow`, `saveFiles`,
 * `windows`...) is a function of a kit returning its actions, so no part is a closure over
 * the others.
 */
import type { StoreApi } from 'zustand/vanilla';
import { createAuthority, type Authority, type AuthorityOptions } from '../authority';
import { makeLang, type Lang } from '../i18n';
import type { Scenario } from '../format';
import type { Link } from '../net/link';
import { autosaveWriter, type AutosaveWriter } from './autosave';
import { saveFailure } from './notices';
import { createLibrary, type ScenarioLibrary } from './library';
import type { BundledScenario } from './scenarios';
import type { Position, SessionOptions, SessionState, StorageLike, WindowMode } from './types';

export interface Kit {
  get(): SessionState;
  set(fn: (d: SessionState) => void): void;
  readonly mode: WindowMode;
  readonly storage: StorageLike | null;
  now(): number;
  randomSeed(): string;
  /** The bundled scenarios loaded so far, as they are now (development reloads replace them). */
  bundled(): BundledScenario[];
  readonly library: ScenarioLibrary;
  /** This window's language, about `scenario` when given (its names, for default team names). */
  lang(scenario?: Scenario): Lang;
  authority(): Authority | null;
  /** The window's link to a host (networked play): the host is then the authority. */
  link(): Link | null;
  attachLink(link: Link): Link;
  /**
   * Puts a game in play (or none): a new authority on it, written to the autosave through the
   * window's writer at once (unless `persist` is false: a console window taking the main
   * window's game) and after every change, and mirrored into the store.
   */
  play(options: PlayOptions | null, persist?: boolean): void;
  /** Writes the autosave because the players moved; a failure becomes the window's notice. */
  writePosition(): void;
  /** Writes the autosave because the PIN kept with the game changed; the same on failure. */
  writeKept(): void;
  readonly autosave: AutosaveWriter;
}

export type PlayOptions = Omit<AuthorityOptions, 'storage' | 'now' | 'onSaveError'>;

export function positionOf(s: SessionState): Position {
  return {
    screen: s.screen,
    round: s.round,
    active: s.active,
    reportTurn: s.reportTurn,
    reportIndex: s.reportIndex,
    facilitator: s.facilitator,
  };
}

export function makeKit(
  store: StoreApi<SessionState>,
  options: SessionOptions,
  randomSeed: () => string,
  library: ScenarioLibrary = createLibrary(options.bundled, options.library),
): Kit {
  const storage = options.storage ?? null;
  const mode: WindowMode = options.mode ?? 'main';
  const now = options.now ?? (() => Date.now());
  let authority: Authority | null = null;
  let link: Link | null = null;
  let unsubscribe: (() => void) | null = null;
  const get = store.getState;
  const set = store.setState as (fn: (s: SessionState) => void) => void;

  function saveFailed(e: unknown): void {
    set((d) => {
      d.notice = { tone: 'error', text: saveFailure(e) };
    });
  }

  const autosave = autosaveWriter({
    storage,
    mode,
    position: () => positionOf(get()),
    record: () => authority?.record() ?? null,
    pin: () => get().pin.kept,
    onWritten: (summary) =>
      set((d) => {
        d.autosave = summary;
      }),
    onError: (e) => saveFailed(e),
  });

  function play(o: PlayOptions | null, persist = true): void {
    unsubscribe?.();
    unsubscribe = null;
    authority = null;
    if (!o) {
      set((d) => {
        d.game = null;
      });
      return;
    }
    const next = createAuthority({
      ...o,
      // One-screen play: the planning timer follows the turns and pauses of the game.
      timerFollowsGame: true,
      storage: autosave,
      now,
      onSaveError: saveFailed,
    });
    authority = next;
    set((d) => {
      d.game = next.game();
      d.timer = next.timer();
    });
    unsubscribe = next.subscribe((game, timer) =>
      set((d) => {
        d.game = game;
        d.timer = timer;
      }),
    );
    if (persist) next.persist();
  }

  return {
    get,
    set,
    mode,
    storage,
    now,
    randomSeed,
    bundled: () => library.loaded(),
    library,
    lang: (scenario) => makeLang(get().locale, scenario),
    authority: () => authority,
    link: () => link,
    attachLink: (l) => {
      play(null);
      return (link = l);
    },
    play,
    autosave,
    writePosition() {
      try {
        autosave.writePosition();
      } catch (e) {
        saveFailed(e);
      }
    },
    writeKept() {
      try {
        autosave.writeKept();
      } catch (e) {
        saveFailed(e);
      }
    },
  };
}
