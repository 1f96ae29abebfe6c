/** The browser entry point: bundled font and styles, the session store, and the app shell. */
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles/app.css';
import './styles/net.css';
import './styles/display.css';
import './styles/planning-info.css';
import {
  AUTOSAVE_KEY,
  LOCALE_KEY,
  createSessionStore,
  readLocale,
  type StorageLike,
  type WindowMode,
} from './store';
import {
  localStorageFallback,
  openIndexedDbStorage,
  type BrowserStorage,
} from './store/browserStorage';
import { CHANNEL_NAME, connectStorage, connectSync } from './store/sync';
import { durableStorage, unavailableStorage } from './store/durable';
import { bundled } from './ui/bundled';
import { startApp } from './ui/app';
import { rendererFromUrl } from './scenes/rendererPick';
import { loadCatalogue, preferredLocale } from './i18n';
import type { Locale } from './i18n/locale';
import { connectToHost, detectHost, takeFragment, type HostInfo } from './ui/onHost';

/**
 * IndexedDB when the browser gives it (writes on disk when they complete), else the durable
 * wrapper over localStorage, else a storage that says every write failed.
 */
async function browserStorage(): Promise<BrowserStorage | StorageLike> {
  let local: StorageLike | null = null;
  let refused: unknown = null;
  try {
    const probe = '__mandate_probe__';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    local = durableStorage(window.localStorage);
  } catch (e) {
    refused = e;
  }
  // `?storage=local`: the localStorage fallback on purpose, to compare what a crash loses.
  const forced = new URLSearchParams(window.location.search).get('storage') === 'local';
  const idb = forced
    ? null
    : await openIndexedDbStorage(window.indexedDB, local, [AUTOSAVE_KEY, LOCALE_KEY]);
  if (idb) return idb;
  return local ? localStorageFallback(local) : unavailableStorage(refused);
}

function randomSeed(): string {
  const words = [
    'amber',
    'beacon',
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
    'willow',
  ];
  const n = new Uint32Array(2);
  crypto.getRandomValues(n);
  return `${words[n[0]! % words.length]}-${String(n[1]! % 10000).padStart(4, '0')}`;
}

/**
 * A page a host served: its store follows the host (no autosave of a game of its own, no sync
 * between windows: each device is its own seat).
 */
async function bootOnHost(info: HostInfo, locale: Locale, storage: StorageLike): Promise<void> {
  const session = createSessionStore({ storage, library: bundled, randomSeed, locale });
  connectToHost(session, info, takeFragment());
  const root = document.getElementById('app');
  if (root) {
    root.replaceChildren();
    startApp(root, session, { renderer: rendererFromUrl(window.location.search) });
  }
}

async function boot(): Promise<void> {
  // `?view=console`: the facilitator's console in a second window, kept in step with the main one.
  const mode: WindowMode =
    new URLSearchParams(window.location.search).get('view') === 'console' ? 'console' : 'main';
  const storage = await browserStorage();
  const kind = 'kind' in storage ? storage.kind : 'none';
  // The window's language before its first screen (English is always there; a failed fetch
  // leaves the window in English, which says so in the console).
  const locale = readLocale(storage, preferredLocale(navigator.languages));
  const [host] = await Promise.all([
    detectHost(),
    loadCatalogue(locale)?.catch((e: unknown) => console.error(e)),
  ]);
  if (host) return bootOnHost(host, locale, storage);
  const session = createSessionStore({
    storage,
    storageKind: kind,
    library: bundled,
    randomSeed,
    mode,
    locale,
  });
  if ('watch' in storage)
    storage.watch((pending, failure) => session.storageSaving(pending, failure));
  // A reload in the middle of a game comes back to where the players were; a console window
  // opens on the game the main window saved.
  const saved = session.getState().autosave;
  // (Its scenario is fetched first; the page shows the boot screen of index.html meanwhile.)
  if (saved && (mode === 'console' || saved.position.screen !== 'start')) {
    // The game's screens come meanwhile: the game is what will be shown.
    void import('./ui/gameScreens');
    await session.resumeAutosave();
  }
  if (mode === 'console') session.dismissSaveProblem();

  // The windows of this browser share the game over a BroadcastChannel; without one, the
  // localStorage autosave's storage event carries it (IndexedDB raises no such event).
  const n = new Uint32Array(2);
  crypto.getRandomValues(n);
  const windowId = `${mode}-${Date.now().toString(36)}-${n[0]!.toString(36)}${n[1]!.toString(36)}`;
  if (typeof BroadcastChannel === 'function') {
    connectSync(session, new BroadcastChannel(CHANNEL_NAME), windowId, {
      initialClock: mode === 'console' ? -1 : 0,
    });
  } else if (kind === 'localstorage') {
    connectStorage(session, window, AUTOSAVE_KEY);
  }

  const root = document.getElementById('app');
  if (root) {
    root.replaceChildren(); // the boot line of index.html
    startApp(root, session, { renderer: rendererFromUrl(window.location.search) });
  }

  // Development only (`import.meta.hot` is undefined in the build, so none of this is in it):
  // saving a bundled scenario reloads it in the page, and so does saving MANDATE_SCENARIO's file.
  if (import.meta.hot) {
    import.meta.hot.accept('./ui/bundled', (next) => {
      const list = (next as { bundled?: unknown } | undefined)?.bundled;
      if (!Array.isArray(list)) return;
      void Promise.all([
        session.loadScenarios([]), // the validators, which check the new files
        ...(list as typeof bundled).map(async (b) => ({ file: b.file, json: await b.load() })),
      ]).then(([ok, ...loaded]) => ok !== false && session.reloadBundled(loaded));
    });
    const hot = import.meta.hot;
    void import('./ui/dev').then((dev) => dev.watchScenarioFile(hot, session));
  }
}

void boot();
