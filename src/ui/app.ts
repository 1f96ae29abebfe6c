/**
 * The app shell: renders the screen the store names, keeps focus, scroll and open disclosures
 * across re-renders, owns the map panel for the running game, and takes files from pickers and
 * drag-and-drop. Data flows one way: DOM event → store action → engine → new state → render.
 */
import type { Rules } from '../engine';
import type { RendererChoice } from '../scenes/mapContract';
import type { SessionState, SessionStore } from '../store/session';
import type { ScreenContext } from './context';
import { h, mount } from './dom';
import { makeLang } from '../i18n';
import { MapPanel } from './mapPanel';
import { planningScreen } from './screens/planning';
import { setupScreen } from './screens/setup';
import { startScreen } from './screens/start';
import { briefingScreen, endScreen, handoverScreen, reportScreen } from './screens/turn';
import { consoleScreen } from './screens/console';
import { debriefScreen } from './screens/debrief';
import { replayScreen } from './screens/replay';
import { timerText } from './screens/frame';
import { timerLeft } from '../store/session';
import { sortFiles, type FileKind } from '../store/files';

export interface AppOptions {
  renderer: RendererChoice;
}

function isFormControl(t: EventTarget | null): boolean {
  return t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement;
}

export function startApp(root: HTMLElement, session: SessionStore, opts: AppOptions): { destroy(): void } {
  let map: MapPanel | null = null;
  let mapRules: Rules | null = null;
  let last: { screen: string; active: string | null; reportIndex: number } | null = null;
  let scheduled = false;
  let lastNotice: SessionState['notice'] = null;
  let lastProblems: unknown = null;
  const local: ScreenContext['local'] = { leftTab: 'card', consoleTab: 'overview', chartScope: 'mission', whatIfMetric: 'score', consoleTurn: 'current', forms: {}, branch: null };

  const endDialog = buildEndDialog(session);
  document.body.appendChild(endDialog);
  const confirmDialog = buildConfirmDialog();
  document.body.appendChild(confirmDialog.el);

  /**
   * Files from a picker or a drop: a scenario with the Tiled map it names, the map a scenario
   * waits for, or a save. Each file's size is checked before it is read (`sortFiles`).
   */
  async function readFiles(files: File[], kind: FileKind): Promise<void> {
    if (files.length === 0) return;
    const sorted = await sortFiles(files, kind);
    for (const u of sorted.unreadable) session.notify(`${u.name} could not be read: ${u.message}`, 'error');
    for (const r of sorted.refused) session.refuseFile(r.name, r.kind, r.message);
    const s = session.getState();
    const onStart = s.screen === 'start' || s.screen === 'setup';
    const [scenario, ...others] = sorted.scenarios;
    if (scenario) {
      if (!onStart) session.notify('To open a scenario file, go back to the start screen first. A save file can be dropped here.', 'error');
      else {
        session.openScenarioText(scenario.text, scenario.name, sorted.maps);
        if (others.length) session.notify(`Opened ${scenario.name}, one scenario at a time: ${others.map((o) => o.name).join(', ')} not opened.`, 'error');
      }
    } else if (sorted.maps.length) {
      const pending = s.scenarioProblems?.map;
      if (pending) session.addScenarioMap(sorted.maps[0]!);
      else if (onStart) {
        const names = sorted.maps.map((m) => m.name).join(', ');
        session.refuseFile(names, 'scenario', 'this is a Tiled map, not a scenario: open it together with the scenario that names it in "map.tiled.file" (select both files, or drop both)');
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
    openEndDialog: () => {
      const input = endDialog.querySelector('input');
      if (input) input.value = '';
      endDialog.showModal();
    },
    confirm: (title: string, text: string, label: string) => confirmDialog.ask(title, text, label),
  };

  function build(s: SessionState): HTMLElement {
    const scenario = s.game?.rules.scenario ?? s.setup?.scenario;
    const ctx: ScreenContext = { ...ctxBase, s, L: makeLang(s.locale, scenario) };
    if (s.mode === 'console' && !s.game) return waitingScreen();
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
      (active instanceof HTMLInputElement && active.type === 'text') || active instanceof HTMLTextAreaElement ? [active.selectionStart ?? 0, active.selectionEnd ?? 0] as const : null;
    const scrolls = new Map<string, number>();
    root.querySelectorAll<HTMLElement>('[data-scroll-key]').forEach((el) => scrolls.set(el.dataset.scrollKey!, el.scrollTop));
    const opened = new Map<string, boolean>();
    root.querySelectorAll<HTMLDetailsElement>('details[data-key]').forEach((el) => opened.set(el.dataset.key!, el.open));

    if ((s.screen === 'start' || s.screen === 'setup' || !s.game) && map) {
      map.destroy();
      map = null;
      mapRules = null;
    }
    const changed = !last || last.screen !== s.screen || last.active !== s.active;
    if (changed && s.screen === 'planning') local.leftTab = 'card';
    mount(root, build(s));
    document.title = s.game && s.screen !== 'start' && s.screen !== 'setup' ? `Mandate \u2014 ${s.game.rules.scenario.title}` : 'Mandate';

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
          if (selection && ((el instanceof HTMLInputElement && el.type === 'text') || el instanceof HTMLTextAreaElement)) el.setSelectionRange(selection[0], selection[1]);
        }
      }
    }
    // A new problem report takes the focus, so it is seen and read out.
    const problems = s.scenarioProblems ?? s.saveProblem;
    if (problems && problems !== lastProblems) {
      const title = root.querySelector<HTMLElement>('[data-testid=scenario-problems] h2, [data-testid=save-problem] h2');
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
    const t = session.getState().timer;
    if (!t || t.seconds <= 0) return;
    const left = timerLeft(t, Date.now());
    root.querySelectorAll<HTMLElement>('[data-timer=on]').forEach((el) => {
      const text = el.classList.contains('timer-readout') ? timerText(left).replace(/^Planning /, '') : timerText(left);
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
      endDialog.remove();
      confirmDialog.el.remove();
    },
  };
}

/** The console window before the main window has a game: it follows as soon as there is one. */
function waitingScreen(): HTMLElement {
  return h(
    'main',
    { class: 'handover', id: 'main' },
    h(
      'section',
      { class: 'handover-card', 'aria-labelledby': 'screen-title', 'data-testid': 'console-waiting' },
      h('p', { class: 'eyebrow' }, 'Facilitator console'),
      h('h1', { id: 'screen-title', tabindex: '-1' }, 'Waiting for an exercise'),
      h('p', { class: 'lede' }, 'Start or open an exercise in the main window of this browser. This console follows it as soon as it begins.'),
    ),
  );
}

/** A modal "Are you sure?" with the consequences in words; the answer comes back as a promise. */
function buildConfirmDialog(): { el: HTMLDialogElement; ask(title: string, text: string, label: string): Promise<boolean> } {
  const title = h('h2', { id: 'confirm-title' }, 'Are you sure?');
  const text = h('p', { id: 'confirm-text' });
  const yes = h('button', { type: 'submit', class: 'btn btn-danger', value: 'yes', id: 'confirm-yes', 'data-testid': 'confirm-yes' }, 'Confirm');
  const el: HTMLDialogElement = h(
    'dialog',
    { class: 'dialog', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-text', 'data-testid': 'confirm-dialog' },
    h('form', { method: 'dialog' }, title, text, h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn btn-quiet', value: 'no', id: 'confirm-no', 'data-testid': 'confirm-no' }, 'Cancel'), yes)),
  );
  let resolve: ((v: boolean) => void) | null = null;
  el.addEventListener('close', () => {
    resolve?.(el.returnValue === 'yes');
    resolve = null;
  });
  return {
    el,
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

/** "End the exercise now?", with the reason the log will keep. */
function buildEndDialog(session: SessionStore): HTMLDialogElement {
  const reason = h('input', { type: 'text', id: 'end-reason', 'data-testid': 'end-reason', maxlength: '200', placeholder: 'e.g. time is up for today' });
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
      h('h2', { id: 'end-title' }, 'End the exercise now?'),
      h('p', null, 'The objectives are scored as they stand. The reason goes into the log.'),
      h('label', { class: 'field' }, h('span', null, 'Reason'), reason),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'btn btn-quiet', value: 'cancel' }, 'Keep playing'),
        h('button', { type: 'submit', class: 'btn btn-danger', value: 'end', 'data-testid': 'confirm-end' }, 'End the exercise'),
      ),
    ),
  );
  return dialog;
}
