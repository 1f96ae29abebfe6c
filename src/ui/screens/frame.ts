/** The frame around every in-game screen: the top bar with the exercise tools, notices, and the status bar. */
import { seatName, timerLeft } from '../../store/session';
import { downloadText, h } from '../dom';
import { saveProblemPanel, scenarioProblemsPanel } from '../components';
import type { ScreenContext } from '../context';
import type { SessionStore } from '../../store/session';

function exportButton(session: SessionStore): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'btn btn-quiet btn-small',
      id: 'tool-export',
      'data-testid': 'export-save',
      onclick: () => {
        const out = session.exportSave();
        if (out) downloadText(out.filename, out.text);
      },
    },
    '\u2913 Export save',
  );
}

export function topBar(ctx: ScreenContext, opts: { title?: string } = {}): HTMLElement {
  const { session, s } = ctx;
  const g = s.game!;
  const sc = g.rules.scenario;
  const where: string[] = [];
  if (s.screen === 'planning' && s.active) where.push(seatName(g, s.active));
  if (s.screen === 'planning' || s.screen === 'handover') where.push(s.round === 1 ? 'Round 1: plan and propose' : 'Round 2: answer and commit');
  if (s.screen === 'report') where.push(`Report on turn ${s.reportTurn}`);
  if (s.screen === 'briefing') where.push('Briefing');
  if (s.screen === 'debrief') where.push('Debrief');
  if (s.screen === 'end') where.push('The end');
  if (s.screen === 'console') where.push('Facilitator console');
  if (s.screen === 'replay') where.push(s.whatIf ? `What-if from turn ${s.whatIf.turn}` : 'Replay');
  const saveInput = h('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'sr-only',
    id: 'game-save-file',
    tabindex: '-1',
    'aria-hidden': 'true',
    'data-testid': 'game-import-save-input',
    onchange: (ev: Event) => ctx.readFileInput(ev.target as HTMLInputElement, 'save'),
  });
  const ended = g.state.status === 'ended';
  // The planning timer is for planning: it is not shown once the exercise has ended.
  const timer = s.timer && s.timer.seconds > 0 && !ended ? s.timer : null;
  const status = h(
    'div',
    { class: 'live-status' },
    g.state.paused && !ended ? h('span', { class: 'paused-pill', 'data-testid': 'paused', role: 'status' }, 'Paused by the facilitator') : null,
    timer
      ? h(
          'span',
          { class: `timer-pill${timer.endsAt !== null ? ' running' : ''}`, 'data-timer': 'on', 'data-testid': 'timer', role: 'timer', 'aria-label': 'Planning time left' },
          timerText(timerLeft(timer, Date.now())),
        )
      : null,
  );
  if (s.mode === 'console') {
    const nav = (screen: 'console' | 'debrief' | 'replay', label: string, go: () => void) =>
      h('button', { type: 'button', class: `btn btn-small${s.screen === screen ? ' btn-on' : ' btn-quiet'}`, id: `nav-${screen}`, 'data-testid': `nav-${screen}`, 'aria-pressed': String(s.screen === screen), onclick: go }, label);
    return h(
      'header',
      { class: 'topbar', role: 'banner' },
      h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '\u25c8'), h('span', null, 'Mandate'), h('span', { class: 'brand-title' }, opts.title ?? sc.title)),
      h('div', { class: 'where', 'aria-live': 'polite' }, h('span', { class: 'turn-pill' }, ended ? 'Ended' : `Turn ${g.state.turn} of ${sc.turns}`), h('span', { class: 'where-item' }, 'Console window, in step with the main window'), status),
      h(
        'nav',
        { class: 'tools', 'aria-label': 'Console window' },
        nav('console', 'Console', () => session.closeConsole()),
        nav('debrief', 'Debrief', () => session.openDebrief()),
        nav('replay', 'Replay', () => session.openReplay()),
        exportButton(session),
      ),
    );
  }
  return h(
    'header',
    { class: 'topbar', role: 'banner' },
    h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '\u25c8'), h('span', null, 'Mandate'), h('span', { class: 'brand-title' }, opts.title ?? sc.title)),
    h(
      'div',
      { class: 'where', 'aria-live': 'polite' },
      h('span', { class: 'turn-pill' }, ended ? 'Ended' : `Turn ${g.state.turn} of ${sc.turns}`),
      where.map((w) => h('span', { class: 'where-item' }, w)),
      status,
    ),
    h(
      'nav',
      { class: 'tools', 'aria-label': 'Exercise tools' },
      s.screen === 'console'
        ? null
        : h('button', { type: 'button', class: 'btn btn-small btn-quiet', id: 'tool-console', 'data-testid': 'open-console', onclick: () => session.openConsole() }, '\u2637 Console'),
      h(
        'button',
        { type: 'button', class: `btn btn-small${s.facilitator ? ' btn-on' : ' btn-quiet'}`, id: 'tool-facilitator', 'data-testid': 'facilitator-toggle', 'aria-pressed': String(s.facilitator), onclick: () => session.toggleFacilitator() },
        s.facilitator ? '\u2714 Facilitator view' : 'Facilitator view',
      ),
      exportButton(session),
      saveInput,
      h('button', { type: 'button', class: 'btn btn-quiet btn-small', id: 'tool-import', 'data-testid': 'import-save', onclick: () => saveInput.click() }, '\u2912 Import save'),
      ended ? null : h('button', { type: 'button', class: 'btn btn-quiet btn-small', id: 'tool-end', 'data-testid': 'end-exercise', onclick: () => ctx.openEndDialog() }, 'End exercise'),
      h('button', { type: 'button', class: 'btn btn-quiet btn-small', id: 'tool-exit', onclick: () => session.exitToStart() }, '\u2190 Start screen'),
    ),
  );
}

/** "Planning 04:59", or "Time is up" at zero: what the projector shows. */
export function timerText(ms: number): string {
  if (ms <= 0) return 'Time is up';
  const total = Math.ceil(ms / 1000);
  return `Planning ${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function statusBar(ctx: ScreenContext): HTMLElement {
  const g = ctx.s.game!;
  const committed = g.state.roles.filter((r) => r.committed).length;
  return h(
    'footer',
    { class: 'statusbar', role: 'contentinfo' },
    h('span', null, ctx.s.autosave ? '\u2714 Saved in this browser after every move' : 'Not saved in this browser'),
    h('span', null, `Seed ${g.seed}`),
    h('span', null, `${g.commands.length} commands \u00b7 ${committed} of ${g.state.roles.length} roles committed`),
    h('span', { 'data-testid': 'turn', 'data-turn': String(g.state.turn) }, `Turn ${g.state.turn}`),
    h('span', { 'data-testid': 'state-hash', 'data-state-hash': g.hash, title: 'The state hash: the same game always has the same hash' }, `State ${g.hash}`),
  );
}

/** The notice (a confirmation, or an error until dismissed). */
function noticeLine(ctx: ScreenContext): HTMLElement | null {
  const { s, session } = ctx;
  if (!s.notice) return null;
  return h(
    'div',
    { class: `notice notice-${s.notice.tone}`, role: s.notice.tone === 'error' ? 'alert' : 'status', 'data-testid': 'notice' },
    h('span', null, s.notice.text),
    h('button', { type: 'button', class: 'btn btn-quiet btn-small', id: 'notice-close', 'aria-label': 'Dismiss the message', onclick: () => session.clearNotice() }, '\u2715'),
  );
}

/** The notice on the start and set-up screens, which have no game frame. */
export function floatingNotice(ctx: ScreenContext): HTMLElement {
  return h('div', { class: 'notices', 'aria-live': 'assertive', 'data-testid': 'notices' }, noticeLine(ctx));
}

export function notices(ctx: ScreenContext): HTMLElement {
  const { s, session } = ctx;
  return h(
    'div',
    { class: 'notices', 'aria-live': 'assertive', 'data-testid': 'notices' },
    s.saveProblem ? saveProblemPanel(s.saveProblem, () => session.dismissSaveProblem()) : null,
    // A new version of the game's scenario that does not validate (development): the game goes on.
    scenarioProblemsPanel(ctx),
    s.screen !== 'planning' ? noticeLine(ctx) : null,
  );
}

export function gameFrame(ctx: ScreenContext, main: HTMLElement, opts: { title?: string } = {}): HTMLElement {
  return h('div', { class: `screen screen-game screen-${ctx.s.screen}` }, topBar(ctx, opts), notices(ctx), main, statusBar(ctx));
}
