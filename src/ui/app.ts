/**
 * The app shell: renders the screen the store names, keeps focus, scroll and open disclosures
 * across re-renders, owns the map panel for the running game, and takes files from pickers and
 * drag-and-drop. Data flows one way: DOM event → store action → engine → new state → render.
 */
import type { Rules } from '../engine';
import type { RendererChoice } from '../scenes/mapContract';
import type { SessionState, SessionStore } from '../store';
import type { ScreenContext } from './context';
import { h, mount } from './dom';
import { makeLang, type Lang } from '../i18n';
import { MapPanel } from './mapPanel';
import { planningScreen } from './screens/planning';
import { setupScreen } from './screens/setup';
import { startScreen } from './screens/start';
import { briefingScreen, endScreen, handoverScreen, reportScreen } from './screens/turn';
import { consoleScreen } from './screens/console';
import { debriefScreen } from './screens/debrief';
import { replayScreen } from './screens/replay';
import { timerText } from './screens/frame';
import { notice, timerLeft } from '../store';
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

export function startApp(
  root: HTMLElement,
  session: SessionStore,
  opts: AppOptions,
): { destroy(): void } {
  let map: MapPanel | null = null;
  let mapRules: Rules | null = null;
  let last: { screen: string; active: string | null; reportIndex: number } | null = null;
  let scheduled = false;
  let lastNotice: SessionState['notice'] = null;
  let lastProblems: unknown = null;
  let lastLocale: string | null = null;
  const local: ScreenContext['local'] = {
    leftTab: 'card',
    consoleTab: 'overview',
    chartScope: 'mission',
    whatIfMetric: 'score',
    consoleTurn: 'current',
    forms: {},
    branch: null,
  };

  /** The window's language about the scenario on screen (the game's, or the one being set up). */
  const langOf = (s: SessionState): Lang =>
    makeLang(s.locale, s.game?.rules.scenario ?? s.setup?.scenario);

  const endDialog = buildEndDialog(session, langOf(session.getState()));
  document.body.appendChild(endDialog.el);
  const confirmDialog = buildConfirmDialog(langOf(session.getState()));
  document.body.appendChild(confirmDialog.el);

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
        session.openScenarioText(scenario.text, scenario.name, sorted.maps);
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
      if (pending) session.addScenarioMap(sorted.maps[0]!);
      else if (onStart) {
        const names = sorted.maps.map((m) => m.name).join(', ');
        session.refuseFile(names, 'scenario', notice('mapNotScenario'));
      }
    }
    const save = sorted.saves[0];
    if (save) session.importSaveText(save.text, save.name);
  }

  const ctxBase = {
    session,
    map(): MapPanel {
      const g = session.getState().game!;
      if (!map || mapRules !== g.rules) {
        map?.destroy();
        map = new MapPanel(session, opts.renderer);
        mapRules = g.rules;
      }
      return map;
    },
    readFileInput(input: HTMLInputElement, kind: 'scenario' | 'save' | 'map') {
      const files = Array.from(input.files ?? []);
      if (files.length) void readFiles(files, kind).finally(() => (input.value = ''));
    },
    local,
    rerender: () => render(),
    openEndDialog: () => endDialog.open(),
    confirm: (title: string, text: string, label: string) => confirmDialog.ask(title, text, label),
  };

  function build(s: SessionState, L: Lang): HTMLElement {
    const ctx: ScreenContext = { ...ctxBase, s, L };
    if (s.mode === 'console' && !s.game) return waitingScreen(L);
    if (!s.game && s.screen !== 'start' && s.screen !== 'setup') return startScreen(ctx);
    switch (s.screen) {
      case 'start':
        return startScreen(ctx);
      case 'setup':
        return s.setup ? setupScreen(ctx) : startScreen(ctx);
      case 'briefing':
        return briefingScreen(ctx);
      case 'handover':
        return s.active ? handoverScreen(ctx) : briefingScreen(ctx);
      case 'planning':
        return s.active ? planningScreen(ctx) : briefingScreen(ctx);
      case 'report':
        return reportScreen(ctx);
      case 'end':
        return endScreen(ctx);
      case 'debrief':
        return debriefScreen(ctx);
      case 'console':
        return consoleScreen(ctx);
      case 'replay':
        return replayScreen(ctx);
    }
  }

  function render(): void {
    scheduled = false;
    const s = session.getState();
    const active = document.activeElement as HTMLElement | null;
    const focusId = active && root.contains(active) && active.id ? active.id : null;
    const selection =
      (active instanceof HTMLInputElement && active.type === 'text') ||
      active instanceof HTMLTextAreaElement
        ? ([active.selectionStart ?? 0, active.selectionEnd ?? 0] as const)
        : null;
    const scrolls = new Map<string, number>();
    root
      .querySelectorAll<HTMLElement>('[data-scroll-key]')
      .forEach((el) => scrolls.set(el.dataset.scrollKey!, el.scrollTop));
    const opened = new Map<string, boolean>();
    root
      .querySelectorAll<HTMLDetailsElement>('details[data-key]')
      .forEach((el) => opened.set(el.dataset.key!, el.open));

    if ((s.screen === 'start' || s.screen === 'setup' || !s.game) && map) {
      map.destroy();
      map = null;
      mapRules = null;
    }
    const changed = !last || last.screen !== s.screen || last.active !== s.active;
    if (changed && s.screen === 'planning') local.leftTab = 'card';
    // The page speaks the window's language: screen readers pronounce it, the browser hyphenates
    // it.
    const L = langOf(s);
    if (document.documentElement.lang !== s.locale) document.documentElement.lang = s.locale;
    if (lastLocale !== s.locale) {
      endDialog.relabel(L);
      confirmDialog.relabel(L);
      lastLocale = s.locale;
    }
    mount(root, build(s, L));
    document.title =
      s.game && s.screen !== 'start' && s.screen !== 'setup'
        ? L.ui.app.documentTitle(L.text(s.game.rules.scenario.title))
        : 'Mandate';

    if (changed) {
      const title = root.querySelector<HTMLElement>('#screen-title');
      title?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    } else {
      root.querySelectorAll<HTMLDetailsElement>('details[data-key]').forEach((el) => {
        const was = opened.get(el.dataset.key!);
        if (was !== undefined && !(s.screen === 'report' && el.closest('.current'))) el.open = was;
      });
      root.querySelectorAll<HTMLElement>('[data-scroll-key]').forEach((el) => {
        const top = scrolls.get(el.dataset.scrollKey!);
        if (top !== undefined) el.scrollTop = top;
      });
      if (focusId) {
        const el = document.getElementById(focusId);
        if (el && !(el as HTMLButtonElement).disabled) {
          el.focus({ preventScroll: true });
          if (
            selection &&
            ((el instanceof HTMLInputElement && el.type === 'text') ||
              el instanceof HTMLTextAreaElement)
          )
            el.setSelectionRange(selection[0], selection[1]);
        }
      }
    }
    // A new problem report takes the focus, so it is seen and read out.
    const problems = s.scenarioProblems ?? s.saveProblem;
    if (problems && problems !== lastProblems) {
      const title = root.querySelector<HTMLElement>(
        '[data-testid=scenario-problems] h2, [data-testid=save-problem] h2',
      );
      if (title) {
        title.tabIndex = -1;
        title.focus({ preventScroll: true });
        title.scrollIntoView({ block: 'nearest' });
      }
    }
    lastProblems = problems;
    if (s.screen === 'report' && (changed || last?.reportIndex !== s.reportIndex)) {
      root.querySelector<HTMLElement>('.entry.current')?.scrollIntoView({ block: 'nearest' });
    }
    last = { screen: s.screen, active: s.active, reportIndex: s.reportIndex };
    // Confirmations fade on their own; errors stay until dismissed.
    if (s.notice && s.notice !== lastNotice && s.notice.tone === 'info') {
      const shown = s.notice;
      setTimeout(() => {
        if (session.getState().notice === shown) session.clearNotice();
      }, 5000);
    }
    lastNotice = s.notice;
  }

  const unsubscribe = session.subscribe((s, prev) => {
    const keys = Object.keys(s) as (keyof SessionState)[];
    if (!keys.some((k) => k !== 'hover' && s[k] !== prev[k])) return;
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(render);
    }
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
      // Half a turn at a time: the start of a turn, then its end.
      ev.preventDefault();
      const pos = (s.replayTurn - 1) * 2 + (s.replayEdge === 'end' ? 1 : 0) + delta;
      const max = (s.game.state.turn - 1) * 2 + 1;
      if (pos < 0 || pos > max) return;
      session.replayGo(Math.floor(pos / 2) + 1, pos % 2 === 0 ? 'start' : 'end');
    }
  };
  // The planning timer counts down on every screen that shows it, without re-rendering.
  const tick = setInterval(() => {
    const s = session.getState();
    const t = s.timer;
    if (!t || t.seconds <= 0) return;
    const left = timerLeft(t, Date.now());
    const L = langOf(s);
    root.querySelectorAll<HTMLElement>('[data-timer=on]').forEach((el) => {
      // The console's readout already says it is the planning time: the clock alone.
      const text = timerText(L, left, el.classList.contains('timer-readout'));
      if (el.textContent !== text) el.textContent = text;
      el.classList.toggle('time-up', left <= 0);
    });
  }, 250);
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
      clearInterval(tick);
      map?.destroy();
      endDialog.el.remove();
      confirmDialog.el.remove();
    },
  };
}

/** The console window before the main window has a game: it follows as soon as there is one. */
function waitingScreen(L: Lang): HTMLElement {
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

/**
 * A modal "Are you sure?" with the consequences in words; the answer comes back as a promise. Its
 * own labels follow the language (`relabel`); what it asks comes worded from the screen that asks.
 */
function buildConfirmDialog(L: Lang): {
  el: HTMLDialogElement;
  ask(title: string, text: string, label: string): Promise<boolean>;
  relabel(L: Lang): void;
} {
  const title = h('h2', { id: 'confirm-title' });
  const text = h('p', { id: 'confirm-text' });
  const yes = h('button', {
    type: 'submit',
    class: 'btn btn-danger',
    value: 'yes',
    id: 'confirm-yes',
    'data-testid': 'confirm-yes',
  });
  const no = h('button', {
    type: 'submit',
    class: 'btn btn-quiet',
    value: 'no',
    id: 'confirm-no',
    'data-testid': 'confirm-no',
  });
  const el: HTMLDialogElement = h(
    'dialog',
    {
      class: 'dialog',
      'aria-labelledby': 'confirm-title',
      'aria-describedby': 'confirm-text',
      'data-testid': 'confirm-dialog',
    },
    h('form', { method: 'dialog' }, title, text, h('div', { class: 'actions' }, no, yes)),
  );
  let resolve: ((v: boolean) => void) | null = null;
  el.addEventListener('close', () => {
    resolve?.(el.returnValue === 'yes');
    resolve = null;
  });
  const relabel = (l: Lang) => {
    no.textContent = l.ui.app.confirm.cancel;
    // An open question keeps its words; the next one is asked in the new language.
    if (!el.open) {
      title.textContent = l.ui.app.confirm.title;
      yes.textContent = l.ui.app.confirm.confirm;
    }
  };
  relabel(L);
  return {
    el,
    relabel,
    ask(t, body, label) {
      title.textContent = t;
      text.textContent = body;
      yes.textContent = label;
      el.returnValue = '';
      el.showModal();
      return new Promise((r) => (resolve = r));
    },
  };
}

/** "End the exercise now?", with the reason the log will keep; its words follow the language
 * (`relabel`). */
function buildEndDialog(
  session: SessionStore,
  L: Lang,
): { el: HTMLDialogElement; open(): void; relabel(L: Lang): void } {
  const reason = h('input', {
    type: 'text',
    id: 'end-reason',
    'data-testid': 'end-reason',
    maxlength: '200',
  });
  const title = h('h2', { id: 'end-title' });
  const text = h('p');
  const label = h('span');
  const keep = h('button', { type: 'submit', class: 'btn btn-quiet', value: 'cancel' });
  const end = h('button', {
    type: 'submit',
    class: 'btn btn-danger',
    value: 'end',
    'data-testid': 'confirm-end',
  });
  const dialog: HTMLDialogElement = h(
    'dialog',
    { class: 'dialog', 'aria-labelledby': 'end-title', 'data-testid': 'end-dialog' },
    h(
      'form',
      {
        method: 'dialog',
        onsubmit: (ev: Event) => {
          const submitter = (ev as SubmitEvent).submitter as HTMLButtonElement | null;
          if (submitter?.value !== 'end') return;
          ev.preventDefault();
          dialog.close();
          const p = session.endExercise(reason.value);
          if (p) session.notify(p, 'error');
        },
      },
      title,
      text,
      h('label', { class: 'field' }, label, reason),
      h('div', { class: 'actions' }, keep, end),
    ),
  );
  const relabel = (l: Lang) => {
    const t = l.ui.app.endDialog;
    title.textContent = t.title;
    text.textContent = t.text;
    label.textContent = t.reason;
    reason.placeholder = t.placeholder;
    keep.textContent = t.keepPlaying;
    end.textContent = t.end;
  };
  relabel(L);
  return {
    el: dialog,
    relabel,
    open() {
      reason.value = '';
      dialog.showModal();
    },
  };
}
