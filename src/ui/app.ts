/**
 * The app shell: renders the screen the store names with preact, in place, after every change;
 * owns the map panel for the running game; takes files from pickers and drag-and-drop. Data flows
 * one way: DOM event → store action → engine → new state → render.
 *
 * Nodes survive renders, so focus, caret, selection, scroll positions and open disclosures stay as
 * the person left them, whoever changed the game (this window, or another through the sync). A new
 * screen (or another team's planning) is a new tree: its title takes the focus and the page goes
 * back to the top.
 */
import { Fragment, h as preactH, render as renderInto } from 'preact';
import type { Rules } from '../engine';
import type { RendererChoice } from '../scenes/mapContract';
import type { SessionState, SessionStore } from '../store';
import type { ScreenContext } from './context';
import { h, type View } from './dom';
import { makeLang, type Lang } from '../i18n';
import { buildConfirmDialog, buildEndDialog } from './dialogs';
import { buildPinDialog } from './pinDialog';
import type * as GameScreens from './gameScreens';
import type { MapPanel } from './mapPanel';
import { fromPosition, replayPosition } from './model/history';
import { startScreen } from './screens/start';
import { joinScreen } from './screens/join';
import { adminScreen } from './screens/admin';
import { noticeRegion } from './screens/frame';
import { lockedScreen } from './screens/locked';
import { notice, windowLocked } from '../store';
import { sortFiles, type FileKind } from '../store/files';

export interface AppOptions {
  renderer: RendererChoice;
}

function isFormControl(t: EventTarget | null): boolean {
  return (
    t instanceof HTMLInputElement ||
    t instanceof HTMLSelectElement ||
    t instanceof HTMLTextAreaElement
  );
}

/** The screen to show, and whether it is inside the game frame (the notice region then also
 * carries the problem panels). */
interface Shown {
  view: View;
  inGame: boolean;
}

export function startApp(
  root: HTMLElement,
  session: SessionStore,
  opts: AppOptions,
): { destroy(): void } {
  let map: MapPanel | null = null;
  let mapRules: Rules | null = null;
  let lastKey: string | null = null;
  let lastReportIndex = -1;
  let scheduled = false;
  let lastNotice: SessionState['notice'] = null;
  let lastProblems: unknown = null;
  let lastLocale: string | null = null;
  /** The game's screens, a chunk of their own: null until they are loaded. */
  let screens: typeof GameScreens | null = null;
  let screensLoading: Promise<void> | null = null;
  const local: ScreenContext['local'] = {
    leftTab: 'card',
    consoleTab: 'overview',
    chartScope: 'mission',
    whatIfMetric: 'score',
    consoleTurn: 'current',
    forms: {},
    branch: null,
    setupError: null,
    choosing: null,
  };

  /** The window's language about the scenario on screen (the game's, or the one being set up). */
  const langOf = (s: SessionState): Lang =>
    makeLang(s.locale, s.game?.rules.scenario ?? s.setup?.scenario);

  const endDialog = buildEndDialog(session, langOf(session.getState()));
  document.body.appendChild(endDialog.el);
  const confirmDialog = buildConfirmDialog(langOf(session.getState()));
  document.body.appendChild(confirmDialog.el);
  const pinDialog = buildPinDialog(session, langOf(session.getState()));
  document.body.appendChild(pinDialog.el);

  /**
   * Files from a picker or a drop: a scenario with the Tiled map it names, the map a scenario
   * waits for, or a save. Each file's size is checked before it is read (`sortFiles`).
   */
  async function readFiles(files: File[], kind: FileKind): Promise<void> {
    if (files.length === 0) return;
    const sorted = await sortFiles(files, kind);
    for (const u of sorted.unreadable)
      session.notify(notice('fileUnreadable', u.name, u.message), 'error');
    for (const r of sorted.refused) session.refuseFile(r.name, r.kind, r.message);
    const s = session.getState();
    const onStart = s.screen === 'start' || s.screen === 'setup';
    const [scenario, ...others] = sorted.scenarios;
    if (scenario) {
      if (!onStart) session.notify(notice('scenarioFromStart'), 'error');
      else {
        void session.openScenarioText(scenario.text, scenario.name, sorted.maps);
        if (others.length)
          session.notify(
            notice(
              'oneScenarioAtATime',
              scenario.name,
              others.map((o) => o.name),
            ),
            'error',
          );
      }
    } else if (sorted.maps.length) {
      const pending = s.scenarioProblems?.map;
      if (pending) void session.addScenarioMap(sorted.maps[0]!);
      else if (onStart) {
        const names = sorted.maps.map((m) => m.name).join(', ');
        session.refuseFile(names, 'scenario', notice('mapNotScenario'));
      }
    }
    const save = sorted.saves[0];
    if (save) void session.importSaveText(save.text, save.name);
  }

  const ctxBase = {
    session,
    map(): MapPanel {
      const g = session.getState().game!;
      if (!map || mapRules !== g.rules) {
        map?.destroy();
        map = new screens!.MapPanel(session, opts.renderer);
        mapRules = g.rules;
      }
      return map;
    },
    readFileInput(input: HTMLInputElement, kind: 'scenario' | 'save' | 'map') {
      const files = Array.from(input.files ?? []);
      if (files.length) void readFiles(files, kind).finally(() => (input.value = ''));
    },
    local,
    rerender: () => schedule(),
    openEndDialog: () => endDialog.open(),
    confirm: (title: string, text: string, label: string) => confirmDialog.ask(title, text, label),
  };

  /**
   * The game's screens, or null while they load (asked for as soon as a game is on its way: a
   * scenario being fetched, a game to show). A failure is said, and asked for again next time.
   */
  function gameScreens(): typeof GameScreens | null {
    if (screens) return screens;
    screensLoading ??= import('./gameScreens').then(
      (m) => {
        screens = m;
        schedule();
      },
      (e: unknown) => {
        screensLoading = null;
        session.notify(
          notice('screensLoadFailed', e instanceof Error ? e.message : String(e)),
          'error',
        );
      },
    );
    return null;
  }

  function build(ctx: ScreenContext): Shown {
    const { s } = ctx;
    const bare = (view: View): Shown => ({ view, inGame: false });
    const game = (view: View): Shown => ({ view, inGame: true });
    if (s.loading) gameScreens();
    if (s.mode === 'console' && !s.game) return bare(waitingScreen(ctx.L));
    if (windowLocked(s)) return bare(lockedScreen(ctx));
    // On a host: the join screen until the seat has a game to show (the game's screens come
    // meanwhile).
    if (s.net?.stage === 'seated') gameScreens();
    if (s.net?.stage === 'admin') return bare(adminScreen(ctx));
    if (s.net && (s.screen === 'join' || !s.game)) return bare(joinScreen(ctx));
    if (!s.game && s.screen !== 'start' && s.screen !== 'setup') return bare(startScreen(ctx));
    if (s.screen === 'start') return bare(startScreen(ctx));
    const loaded = gameScreens();
    if (!loaded) return bare(loadingScreen(ctx.L));
    const {
      setupScreen,
      briefingScreen,
      handoverScreen,
      planningScreen,
      reportScreen,
      endScreen,
      debriefScreen,
      consoleScreen,
      replayScreen,
    } = loaded;
    switch (s.screen) {
      case 'setup':
        return bare(s.setup ? setupScreen(ctx) : startScreen(ctx));
      case 'briefing':
        return game(briefingScreen(ctx));
      case 'handover':
        return game(s.active ? handoverScreen(ctx) : briefingScreen(ctx));
      case 'planning':
        return game(s.active ? planningScreen(ctx) : briefingScreen(ctx));
      case 'report':
        return game(reportScreen(ctx));
      case 'end':
        return game(endScreen(ctx));
      case 'debrief':
        return game(debriefScreen(ctx));
      case 'console':
        return game(consoleScreen(ctx));
      case 'replay':
        return game(replayScreen(ctx));
      case 'join':
        return bare(joinScreen(ctx));
    }
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(render);
  }

  function render(): void {
    scheduled = false;
    const s = session.getState();
    if ((s.screen === 'start' || s.screen === 'setup' || !s.game) && map) {
      map.destroy();
      map = null;
      mapRules = null;
    }
    // The page speaks the window's language: screen readers pronounce it, the browser hyphenates
    // it.
    const L = langOf(s);
    if (document.documentElement.lang !== s.locale) document.documentElement.lang = s.locale;
    // Large text for a projector is the root's font size (display.css): every screen grows with it,
    // and the dialogs outside the render root too.
    if (document.documentElement.dataset.display !== s.display)
      document.documentElement.dataset.display = s.display;
    if (lastLocale !== s.locale) {
      endDialog.relabel(L);
      confirmDialog.relabel(L);
      lastLocale = s.locale;
    }
    const ctx: ScreenContext = { ...ctxBase, s, L };
    const key = screenKey(s);
    const changed = key !== lastKey;
    if (changed && s.screen === 'planning') local.leftTab = 'card';
    const shown = build(ctx);
    // The notice region stands outside the screens, so it is one element for the window's life;
    // a screen of another key is mounted afresh.
    renderInto([noticeRegion(ctx, shown.inGame), preactH(Fragment, { key }, shown.view)], root);
    lastKey = key;
    document.title =
      s.game && s.screen !== 'start' && s.screen !== 'setup'
        ? L.ui.app.documentTitle(L.text(s.game.rules.scenario.title))
        : 'Mandate';

    if (changed) {
      root.querySelector<HTMLElement>('#screen-title')?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
    // After the screen's own focus: an open PIN dialog keeps it.
    pinDialog.show(s, L);
    // A new problem report takes the focus, so it is seen and read out.
    const problems = s.scenarioProblems ?? s.saveProblem;
    if (problems && problems !== lastProblems) {
      const title = root.querySelector<HTMLElement>(
        '[data-testid=scenario-problems] h2, [data-testid=save-problem] h2',
      );
      title?.focus({ preventScroll: true });
      title?.scrollIntoView({ block: 'nearest' });
    }
    lastProblems = problems;
    if (s.screen === 'report' && (changed || lastReportIndex !== s.reportIndex)) {
      root.querySelector<HTMLElement>('.entry.current')?.scrollIntoView({ block: 'nearest' });
    }
    lastReportIndex = s.reportIndex;
    // Confirmations fade on their own; errors stay until dismissed.
    if (s.notice && s.notice !== lastNotice && s.notice.tone === 'info') {
      const shownNotice = s.notice;
      setTimeout(() => {
        if (session.getState().notice === shownNotice) session.clearNotice();
      }, 5000);
    }
    lastNotice = s.notice;
  }

  const unsubscribe = session.subscribe((s, prev) => {
    const keys = Object.keys(s) as (keyof SessionState)[];
    if (keys.some((k) => k !== 'hover' && s[k] !== prev[k])) schedule();
  });

  const onKey = (ev: KeyboardEvent) => {
    const s = session.getState();
    if (isFormControl(ev.target) || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    if (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft') return;
    const delta = ev.key === 'ArrowRight' ? 1 : -1;
    if (s.screen === 'report') {
      ev.preventDefault();
      session.reportStep(delta);
    } else if (s.screen === 'replay' && !s.whatIf && s.game) {
      ev.preventDefault();
      const pos = replayPosition(s.replayTurn, s.replayEdge) + delta;
      if (pos < 0 || pos > replayPosition(s.game.state.turn, 'end')) return;
      const to = fromPosition(pos);
      session.replayGo(to.turn, to.edge);
    }
  };
  const onDragOver = (ev: DragEvent) => {
    if (!ev.dataTransfer?.types.includes('Files')) return;
    ev.preventDefault();
    document.body.classList.add('dragging');
  };
  const onDragLeave = (ev: DragEvent) => {
    if (ev.relatedTarget === null) document.body.classList.remove('dragging');
  };
  const onDrop = (ev: DragEvent) => {
    document.body.classList.remove('dragging');
    const files = Array.from(ev.dataTransfer?.files ?? []);
    if (files.length === 0) return;
    ev.preventDefault();
    void readFiles(files, 'auto');
  };
  document.addEventListener('keydown', onKey);
  window.addEventListener('dragover', onDragOver);
  window.addEventListener('dragleave', onDragLeave);
  window.addEventListener('drop', onDrop);
  render();

  return {
    destroy() {
      unsubscribe();
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
      renderInto(null, root);
      map?.destroy();
      endDialog.el.remove();
      confirmDialog.el.remove();
      pinDialog.destroy();
    },
  };
}

/**
 * Which screen the store names: a change is a new screen. The team is part of it, so nothing one
 * team opened, typed or scrolled on its planning screen is left for the next.
 */
function screenKey(s: SessionState): string {
  const screen = s.game || s.screen === 'setup' || s.net ? s.screen : 'start';
  return `${screen}|${s.active ?? ''}${windowLocked(s) ? '|locked' : ''}`;
}

/** The console window before the main window has a game: it follows as soon as there is one. */
/** While the game's screens load: a moment on a classroom network, said as such. */
function loadingScreen(L: Lang): View {
  return h(
    'main',
    { class: 'handover', id: 'main', 'aria-busy': 'true' },
    h(
      'section',
      { class: 'handover-card', 'aria-labelledby': 'screen-title' },
      h('h1', { id: 'screen-title', tabindex: '-1', role: 'status' }, L.ui.app.loadingGame),
    ),
  );
}

function waitingScreen(L: Lang): View {
  const t = L.ui.app.waiting;
  return h(
    'main',
    { class: 'handover', id: 'main' },
    h(
      'section',
      {
        class: 'handover-card',
        'aria-labelledby': 'screen-title',
        'data-testid': 'console-waiting',
      },
      h('p', { class: 'eyebrow' }, t.eyebrow),
      h('h1', { id: 'screen-title', tabindex: '-1' }, t.title),
      h('p', { class: 'lede' }, t.lede),
    ),
  );
}
