/**
 * The frame around every in-game screen (the top bar with the exercise tools, and the status bar),
 * the notice region every screen shares, and the map's place on a screen.
 */
import { say, seatName } from '../../store';
import type { SessionStore } from '../../store';
import { LOCALES, LOCALE_NAMES, isLocale, type Lang } from '../../i18n';
import { downloadText, filePicker, h, island, type View } from '../dom';
import { countdown } from '../components/countdown';
import { saveProblemPanel, scenarioProblemsPanel } from '../components/problems';
import type { ScreenContext } from '../context';
import type { MapOptions } from '../mapPanel';
import { navButton, netStatusBar, netTopBar } from './netFrame';
import { displaySwitch, toolsMenu } from './topBarTools';

/**
 * The language choice: each language named in itself; a change re-renders everything in it and
 * leaves the game as it is. `compact` is the top bar's; the start screen shows its label.
 */
export function languagePicker(
  ctx: ScreenContext,
  opts: { id: string; testid: string; compact?: boolean },
): View {
  const { session, L } = ctx;
  const select = h(
    'select',
    {
      id: opts.id,
      'data-testid': opts.testid,
      title: opts.compact ? L.ui.common.languageEveryone : null,
      value: L.locale,
      onchange: (ev: Event) => {
        const v = (ev.target as HTMLSelectElement).value;
        if (isLocale(v)) void session.setLocale(v);
      },
    },
    LOCALES.map((l) => h('option', { value: l, lang: l }, LOCALE_NAMES[l])),
  );
  return h(
    'label',
    { class: `field lang-picker${opts.compact ? ' lang-compact' : ''}`, for: opts.id },
    h(
      'span',
      { class: opts.compact ? 'sr-only' : 'lang-label' },
      opts.compact ? L.ui.common.language : L.ui.common.languageEveryone,
    ),
    select,
  );
}

function exportButton(L: Lang, session: SessionStore): View {
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
    `\u2913 ${L.ui.frame.exportSave}`,
  );
}

/** How this window reads: its language and the text size, side by side in every top bar. */
function viewChoices(ctx: ScreenContext): View {
  return h(
    'div',
    { class: 'view-choices' },
    languagePicker(ctx, { id: 'language-switch', testid: 'language-switch', compact: true }),
    displaySwitch(ctx),
  );
}

export function topBar(ctx: ScreenContext, opts: { title?: string } = {}): View {
  const { session, s, L } = ctx;
  const t = L.ui.frame;
  const g = s.game!;
  const sc = g.rules.scenario;
  const where: string[] = [];
  if (s.screen === 'planning' && s.active) where.push(seatName(L, g, s.active));
  if (!s.net && (s.screen === 'planning' || s.screen === 'handover'))
    where.push(s.round === 1 ? t.round1 : t.round2);
  if (s.screen === 'report') where.push(t.reportOn(s.reportTurn));
  if (s.screen === 'briefing') where.push(t.briefing);
  if (s.screen === 'debrief') where.push(t.debrief);
  if (s.screen === 'end') where.push(t.theEnd);
  if (s.screen === 'console') where.push(t.console);
  if (s.screen === 'replay') where.push(s.whatIf ? t.whatIfFrom(s.whatIf.turn) : t.replay);
  const saveInput = filePicker({
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
    g.state.paused && !ended
      ? h('span', { class: 'paused-pill', 'data-testid': 'paused', role: 'status' }, t.paused)
      : null,
    timer
      ? countdown({
          L,
          timer,
          clockOnly: false,
          className: `timer-pill${timer.endsAt !== null ? ' running' : ''}`,
          attrs: { 'data-testid': 'timer', role: 'timer', 'aria-label': t.timeLeft },
        })
      : null,
  );
  const brand = h(
    'div',
    { class: 'brand' },
    h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '\u25c8'),
    h('span', null, 'Mandate'),
    h('span', { class: 'brand-title' }, opts.title ?? L.text(sc.title)),
  );
  const turnPill = h(
    'span',
    { class: 'turn-pill' },
    ended ? t.ended : L.ui.common.turnOf(g.state.turn, sc.turns),
  );
  const language = viewChoices(ctx);
  if (s.net) return netTopBar(ctx, { brand, turnPill, status, language, where });
  if (s.mode === 'console') {
    const nav = (screen: 'console' | 'debrief' | 'replay', label: string, go: () => void) =>
      navButton(s.screen, screen, label, go);
    return h(
      'header',
      { class: 'topbar', role: 'banner' },
      brand,
      h(
        'div',
        { class: 'where', 'aria-live': 'polite' },
        turnPill,
        h('span', { class: 'where-item' }, t.consoleWindow),
        status,
      ),
      language,
      h(
        'nav',
        { class: 'tools', 'aria-label': t.consoleTools },
        nav('console', t.navConsole, () => session.closeConsole()),
        nav('debrief', t.navDebrief, () => session.openDebrief()),
        nav('replay', t.navReplay, () => session.openReplay()),
        exportButton(L, session),
      ),
    );
  }
  return h(
    'header',
    { class: 'topbar', role: 'banner' },
    brand,
    h(
      'div',
      { class: 'where', 'aria-live': 'polite' },
      turnPill,
      where.map((w) => h('span', { class: 'where-item' }, w)),
      // Folded into the menu, the facilitator view would be on unseen: a team must know it sees
      // everyone's secrets.
      s.facilitator
        ? h(
            'span',
            { class: 'facilitator-pill', 'data-testid': 'facilitator-on' },
            t.facilitatorView,
          )
        : null,
      status,
    ),
    // Beside the tools rather than among them: when the tools wrap to a row of their own (a
    // narrow window), the language stays on the first row, easy to find.
    language,
    h(
      'nav',
      { class: 'tools', 'aria-label': t.tools },
      s.screen === 'console'
        ? null
        : h(
            'button',
            {
              type: 'button',
              class: 'btn btn-small btn-quiet',
              id: 'tool-console',
              'data-testid': 'open-console',
              onclick: () => session.openConsole(),
            },
            `\u2637 ${t.openConsole}`,
          ),
      saveInput.input,
      toolsMenu(L, [
        h(
          'button',
          {
            type: 'button',
            class: `btn btn-small${s.facilitator ? ' btn-on' : ' btn-quiet'}`,
            id: 'tool-facilitator',
            'data-testid': 'facilitator-toggle',
            'aria-pressed': String(s.facilitator),
            onclick: () => session.toggleFacilitator(),
          },
          s.facilitator ? `\u2714 ${t.facilitatorView}` : t.facilitatorView,
        ),
        exportButton(L, session),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-quiet btn-small',
            id: 'tool-import',
            'data-testid': 'import-save',
            onclick: saveInput.open,
          },
          `\u2912 ${t.importSave}`,
        ),
        ended
          ? null
          : h(
              'button',
              {
                type: 'button',
                class: 'btn btn-quiet btn-small',
                id: 'tool-end',
                'data-testid': 'end-exercise',
                onclick: () => ctx.openEndDialog(),
              },
              t.endExercise,
            ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-quiet btn-small',
            id: 'tool-exit',
            onclick: () => session.exitToStart(),
          },
          `\u2190 ${t.startScreen}`,
        ),
      ]),
    ),
  );
}

/**
 * Whether the game is safe: "Saved" only once every write is on disk (IndexedDB), "Kept" where
 * the browser writes to disk later (localStorage), "Not saved" where it cannot keep anything.
 */
function saveStatus(ctx: ScreenContext): View {
  const { s } = ctx;
  const t = ctx.L.ui.frame;
  const words =
    s.storageKind === 'none' || !s.autosave
      ? t.notSaved
      : s.storageKind === 'localstorage'
        ? `\u2714 ${t.kept}`
        : s.saving
          ? t.saving
          : `\u2714 ${t.saved}`;
  return h(
    'span',
    {
      'data-testid': 'save-status',
      'data-saving': String(s.saving),
      'data-commands': String(s.game?.commands.length ?? 0),
    },
    words,
  );
}

export function statusBar(ctx: ScreenContext): View {
  if (ctx.s.net) return netStatusBar(ctx);
  const { L } = ctx;
  const t = L.ui.frame;
  const g = ctx.s.game!;
  const committed = g.state.roles.filter((r) => r.committed).length;
  return h(
    'footer',
    { class: 'statusbar', role: 'contentinfo' },
    saveStatus(ctx),
    h('span', null, t.seed(g.seed)),
    h('span', null, t.commandsCommitted(g.commands.length, committed, g.state.roles.length)),
    h(
      'span',
      { 'data-testid': 'turn', 'data-turn': String(g.state.turn) },
      L.ui.common.turn(g.state.turn),
    ),
    h(
      'span',
      { 'data-testid': 'state-hash', 'data-state-hash': g.hash, title: t.stateHashTitle },
      t.stateHash(g.hash),
    ),
  );
}

/** The notice (a confirmation, or an error until dismissed). */
function noticeLine(ctx: ScreenContext): View | null {
  const { s, session, L } = ctx;
  if (!s.notice) return null;
  return h(
    'div',
    {
      class: `notice notice-${s.notice.tone}`,
      role: s.notice.tone === 'error' ? 'alert' : 'status',
      'data-testid': 'notice',
    },
    h('span', null, say(L, s.notice.text)),
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-quiet btn-small',
        id: 'notice-close',
        'aria-label': L.ui.frame.dismissMessage,
        onclick: () => session.clearNotice(),
      },
      '\u2715',
    ),
  );
}

/**
 * The notice region: one element for the window's whole life, outside every screen, whose content
 * changes (a confirmation, an error until dismissed, the problems of a save or of a reloaded
 * scenario), so assistive technology announces each change. On the start and set-up screens the
 * problems have their own place in the page; the planning screen says its notices beside the order
 * builder.
 */
export function noticeRegion(ctx: ScreenContext, inGame: boolean): View {
  const { s, session, L } = ctx;
  return h(
    'div',
    { class: 'notices', 'aria-live': 'assertive', 'data-testid': 'notices' },
    inGame && s.saveProblem
      ? saveProblemPanel(L, s.saveProblem, () => session.dismissSaveProblem())
      : null,
    // A new version of the game's scenario that does not validate (development): the game goes on.
    inGame ? scenarioProblemsPanel(ctx) : null,
    s.screen !== 'planning' || !inGame ? noticeLine(ctx) : null,
  );
}

export function gameFrame(ctx: ScreenContext, main: View, opts: { title?: string } = {}): View {
  return h(
    'div',
    { class: `screen screen-game screen-${ctx.s.screen}` },
    topBar(ctx, opts),
    main,
    statusBar(ctx),
  );
}

/** The map panel in its column: given this screen's view of the game, placed without being
 * recreated. */
export function mapSection(ctx: ScreenContext, label: string, opts: MapOptions): View {
  const map = ctx.map();
  map.render(ctx.s, opts);
  return island('section', { class: 'col col-center', 'aria-label': label }, map.el);
}
