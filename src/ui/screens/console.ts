/**
 * The facilitator's console: the god's-eye view (every role's orders, proposals and
 * intelligence, every district, open incidents), the master events list of injects, custom
 * injects, the planning timer, pause, rewind, rulings (overrule, adjust, annotate), evaluation,
 * and the end of the exercise. Every change to the game is a command through `dispatch`; the
 * timer alone is UI state. Shown as a screen of the main window or alone in a second window.
 */
import { canSee, type GameState, type LogEntry, type Rules } from '../../engine';
import type { InjectDef, Metric } from '../../scenario/types';
import { seatName, timerLeft, type Game } from '../../store/session';
import { entryView, roleBadge } from '../components';
import type { ConsoleTab, ScreenContext } from '../context';
import { h, type Child } from '../dom';
import { improvementPlan, ratingForm, ratingPill } from '../evaluation';
import { choice, forget, formValue, numberInput, textArea, textInput } from '../forms';
import { districtName, indicatorName, listWords, plural, roleName } from '../text';
import { gameFrame } from './frame';
import { orderLabel, STATUS_WORDS } from './planning';
import { debriefOf } from './debrief';
import { indicatorColour } from '../../scenes/palette';

/** "03:05" for a number of milliseconds. */
export function clock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const m = Math.floor(total / 60);
  const sec = total % 60;
  return `${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}`;
}

function metricWords(rules: Rules, m: Metric): string {
  const where = (ids?: string[]) => (ids ? ` in ${listWords(ids.map((d) => districtName(rules, d)))}` : '');
  switch (m.kind) {
    case 'average':
      return `average ${indicatorName(rules, m.indicator).toLowerCase()}${where(m.districts)}`;
    case 'max':
      return `${indicatorName(rules, m.indicator).toLowerCase()}${m.districts ? where(m.districts) : ' in any district'}`;
    case 'min':
      return `lowest ${indicatorName(rules, m.indicator).toLowerCase()}${where(m.districts)}`;
    case 'counter':
      return m.counter.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    case 'pairTrust':
      return `trust between ${roleName(rules, m.roles[0])} and ${roleName(rules, m.roles[1])}`;
    case 'averageTrust':
      return 'average trust between roles';
  }
}

export function triggerWords(rules: Rules, inj: InjectDef): string {
  const t = inj.trigger;
  if ('turn' in t) return `Scripted for turn ${t.turn}`;
  return `When ${metricWords(rules, t.condition.metric)} is ${t.condition.comparison === 'atLeast' ? 'at least' : 'at most'} ${t.condition.value}${t.from && t.from > 1 ? `, from turn ${t.from}` : ''}`;
}

export type InjectStatus = { kind: 'fired' | 'scheduled' | 'skipped' | 'pending'; text: string };

export function injectStatus(state: GameState, inj: InjectDef): InjectStatus {
  if (state.firedInjects.includes(inj.id)) {
    const e = state.log.find((x) => x.kind === 'inject' && x.title === `${inj.sender}: ${inj.title}`);
    const released = e?.detail?.includes('released by the facilitator');
    return { kind: 'fired', text: e ? `Fired on turn ${e.turn}${released ? ', released by you' : ''}` : 'Fired' };
  }
  const sched = state.scheduledInjects.find((x) => x.inject === inj.id);
  if (sched && sched.turn === 0) return { kind: 'skipped', text: 'Skipped: it will not fire' };
  if (sched) return { kind: 'scheduled', text: `Scheduled for turn ${sched.turn}` };
  return { kind: 'pending', text: 'To come' };
}

function recipientsWords(rules: Rules, inj: InjectDef): string {
  return inj.recipients === 'all' ? 'Everyone' : listWords(inj.recipients.map((r) => roleName(rules, r)));
}

// ---------------------------------------------------------------- controls

function timerControls(ctx: ScreenContext): HTMLElement {
  const { session, s } = ctx;
  const t = s.timer && s.timer.seconds > 0 ? s.timer : null;
  const running = !!t && t.endsAt !== null;
  const left = t ? timerLeft(t, Date.now()) : 0;
  return h(
    'form',
    {
      class: 'timer-box',
      'aria-label': 'Planning timer',
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        const minutes = Number(formValue(ctx, 'timer-minutes', '10').replace(',', '.'));
        if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 240) {
          session.notify('Set the timer in minutes, from 1 to 240.', 'error');
          return;
        }
        session.setTimer(Math.round(minutes * 60));
        session.startTimer();
      },
    },
    h('span', { class: 'timer-label' }, 'Planning timer'),
    h('span', { class: `timer-readout${t ? '' : ' muted'}`, 'data-timer': t ? 'on' : 'off', 'data-testid': 'console-timer' }, t ? clock(left) : '--:--'),
    h('label', { class: 'field field-inline' }, h('span', { class: 'sr-only' }, 'Minutes'), numberInput(ctx, 'timer-minutes', { min: '1', max: '240', step: '1', class: 'minutes', 'data-testid': 'timer-minutes' }, '10'), h('span', { class: 'muted' }, 'min')),
    h('button', { type: 'submit', class: 'btn btn-small', id: 'timer-set', 'data-testid': 'timer-set' }, 'Start'),
    t && running ? h('button', { type: 'button', class: 'btn btn-small', id: 'timer-pause', 'data-testid': 'timer-pause', onclick: () => session.pauseTimer() }, 'Hold') : null,
    t && !running && left > 0 ? h('button', { type: 'button', class: 'btn btn-small', id: 'timer-resume', onclick: () => session.startTimer() }, 'Go on') : null,
    t ? h('button', { type: 'button', class: 'btn btn-small btn-quiet', id: 'timer-clear', onclick: () => session.clearTimer() }, 'Clear') : null,
  );
}

function controls(ctx: ScreenContext, g: Game): HTMLElement {
  const { session, s } = ctx;
  const st = g.state;
  const ended = st.status === 'ended';
  const committed = st.roles.filter((r) => r.committed).length;
  const status = ended ? 'The exercise has ended' : st.paused ? 'Paused: the teams cannot commit' : `Planning: ${committed} of ${st.roles.length} roles committed`;
  const turns = Array.from({ length: st.turn }, (_, i) => i + 1);
  return h(
    'div',
    { class: 'console-controls' },
    h(
      'div',
      { class: 'console-title' },
      h('p', { class: 'eyebrow' }, `Turn ${st.turn} of ${g.rules.scenario.turns}`),
      h('h1', { id: 'screen-title', tabindex: '-1' }, 'Facilitator console'),
      h('p', { class: `console-status${st.paused ? ' paused' : ''}`, 'data-testid': 'console-status' }, status),
    ),
    timerControls(ctx),
    h(
      'div',
      { class: 'console-buttons', role: 'group', 'aria-label': 'Run the exercise' },
      ended
        ? null
        : st.paused
          ? h('button', { type: 'button', class: 'btn btn-on', id: 'console-resume', 'data-testid': 'console-resume', onclick: () => session.dispatch({ type: 'resume' }) }, '\u25b6 Resume')
          : h('button', { type: 'button', class: 'btn', id: 'console-pause', 'data-testid': 'console-pause', onclick: () => session.dispatch({ type: 'pause' }) }, 'Pause'),
      h(
        'div',
        { class: 'rewind' },
        h('label', { class: 'sr-only', for: 'rewind-turn' }, 'Turn to rewind to'),
        choice(ctx, 'rewind-turn', turns.map((t): [string, string] => [String(t), `Start of turn ${t}`]), { 'data-testid': 'rewind-turn' }, String(Math.max(1, st.turn - 1))),
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'rewind',
            'data-testid': 'rewind',
            onclick: async () => {
              const turn = Number(formValue(ctx, 'rewind-turn', String(Math.max(1, st.turn - 1))));
              const after = g.commands.length;
              const ok = await ctx.confirm(
                `Rewind to the start of turn ${turn}?`,
                `Everything done since the start of turn ${turn} is undone: orders, resolutions, injects, rulings. The log keeps a note of the rewind, and the commands stay in the save (${plural(after, 'command')} so far), so it can be replayed.`,
                `Rewind to turn ${turn}`,
              );
              if (!ok) return;
              const p = session.dispatch({ type: 'rewind', turn });
              if (p) session.notify(p, 'error');
              else {
                forget(ctx, 'rewind-turn');
                session.notify(`Rewound to the start of turn ${turn}.`);
              }
            },
          },
          '\u27f2 Rewind\u2026',
        ),
      ),
      ended ? null : h('button', { type: 'button', class: 'btn btn-danger', id: 'console-end', 'data-testid': 'console-end', onclick: () => ctx.openEndDialog() }, 'End exercise'),
      s.mode === 'main'
        ? h(
            'button',
            {
              type: 'button',
              class: 'btn',
              id: 'open-console-window',
              'data-testid': 'open-console-window',
              title: 'Opens the console in its own window, for the laptop screen, while this one shows the projector view',
              onclick: () => {
                const w = window.open('?view=console', 'mandate-console', 'popup,width=1366,height=860');
                if (w) session.closeConsole();
                else session.notify('The browser blocked the new window. Allow pop-ups for this page, or use the console here.', 'error');
              },
            },
            '\u2197 Second window',
          )
        : null,
      s.mode === 'main' ? h('button', { type: 'button', class: 'btn btn-quiet', id: 'console-back', 'data-testid': 'console-back', onclick: () => session.closeConsole() }, '\u2190 Back to the exercise') : null,
    ),
  );
}

// ---------------------------------------------------------------- overview

function teamCard(g: Game, role: string): HTMLElement {
  const { rules, state } = g;
  const rs = state.roles.find((r) => r.id === role)!;
  const card = rules.role(role);
  const orders = state.orders.filter((o) => o.role === role);
  const led = state.proposals.filter((p) => p.lead === role);
  const toMe = state.proposals.filter((p) => p.partners.includes(role));
  const facts = rs.knows.map((f) => rules.factById.get(f)).filter((f) => f !== undefined);
  const ended = state.status === 'ended';
  return h(
    'article',
    { class: `team-card${rs.committed ? ' committed' : ''}`, 'data-testid': 'team-card', 'data-role': role },
    h(
      'div',
      { class: 'team-head' },
      roleBadge(rules, role, { large: true }),
      h('div', null, h('h3', null, card.name), h('p', { class: 'muted' }, seatName(g, role))),
      h('span', { class: `team-state${rs.committed ? ' good' : ''}` }, ended ? '' : rs.committed ? '\u2714 Committed' : '\u270e Planning', h('span', { class: 'muted' }, ` \u00b7 ${rs.apLeft} of ${card.actionPoints} AP left`)),
    ),
    h('h4', null, `${rs.committed ? 'Committed' : 'Draft'} orders (${orders.length + led.length})`),
    orders.length + led.length === 0
      ? h('p', { class: 'muted' }, 'None yet.')
      : h(
          'ul',
          { class: 'team-orders' },
          orders.map((o) => h('li', null, orderLabel(rules, o))),
          led.map((p) =>
            h(
              'li',
              null,
              `${rules.actionById.get(p.action)?.name ?? p.action} in ${districtName(rules, p.district)}${p.posture ? `, ${p.posture}` : ''} `,
              p.partners.length ? p.partners.map((r, i) => h('span', { class: `status status-${p.responses[i]}` }, roleBadge(rules, r), ` ${STATUS_WORDS[p.responses[i] ?? 'pending']} `)) : h('span', { class: 'muted' }, '(no partners)'),
            ),
          ),
        ),
    toMe.length
      ? h(
          'div',
          null,
          h('h4', null, `Proposals to it (${toMe.length})`),
          h('ul', { class: 'team-orders' }, toMe.map((p) => h('li', null, roleBadge(rules, p.lead), ` ${rules.actionById.get(p.action)?.name ?? p.action} in ${districtName(rules, p.district)}: `, h('span', { class: `status status-${p.responses[p.partners.indexOf(role)]}` }, STATUS_WORDS[p.responses[p.partners.indexOf(role)] ?? 'pending'])))),
        )
      : null,
    h('h4', null, `Intelligence held (${facts.length})`),
    facts.length ? h('ul', { class: 'team-facts' }, facts.map((f) => h('li', null, f.title, state.compromised.includes(f.id) ? h('span', { class: 'warn' }, ' \u26a0 leaked') : null))) : h('p', { class: 'muted' }, 'None.'),
  );
}

function valueCell(rules: Rules, indicator: number, v: number): HTMLElement {
  const def = rules.indicators[indicator]!;
  return h('td', { class: 'num ind-cell' }, h('span', { class: 'swatch', style: { background: indicatorColour(v, def.goodWhen) }, 'aria-hidden': 'true' }), String(v));
}

function districtsTable(g: Game): HTMLElement {
  const { rules, state } = g;
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'results districts-table', 'data-testid': 'console-districts' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, 'District'),
          rules.indicators.map((i) => h('th', { scope: 'col', class: 'num', title: `${i.name}: ${i.goodWhen === 'high' ? 'higher' : 'lower'} is better` }, i.name, h('span', { class: 'sr-only' }, i.goodWhen === 'high' ? ' (higher is better)' : ' (lower is better)'), h('span', { class: 'dir', 'aria-hidden': 'true' }, i.goodWhen === 'high' ? ' \u2191' : ' \u2193'))),
          h('th', { scope: 'col' }, 'Units'),
          h('th', { scope: 'col' }, 'Open incidents'),
        ),
      ),
      h(
        'tbody',
        null,
        rules.scenario.districts.map((d, di) => {
          const values = state.districts[di]?.values ?? [];
          const units = state.assets.filter((a) => a.location === d.id);
          const incidents = state.incidents.filter((i) => i.status === 'open' && i.district === d.id);
          return h(
            'tr',
            null,
            h('th', { scope: 'row' }, d.name),
            values.map((v, i) => valueCell(rules, i, v)),
            h('td', { class: 'units-cell' }, units.length ? units.map((u) => roleBadge(rules, u.role)) : h('span', { class: 'muted' }, '\u2014')),
            h('td', null, incidents.length ? incidents.map((i) => h('span', { class: 'incident-tag' }, `\u26a0 ${i.def.title} (${plural(i.turnsLeft, 'turn')} left)`)) : h('span', { class: 'muted' }, '\u2014')),
          );
        }),
      ),
    ),
  );
}

function intelligenceTable(g: Game): HTMLElement {
  const { rules, state } = g;
  return h(
    'table',
    { class: 'results', 'data-testid': 'console-intelligence' },
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Fact'), h('th', { scope: 'col' }, 'Held by'), h('th', { scope: 'col' }, 'Would help, not held'))),
    h(
      'tbody',
      null,
      rules.scenario.intelligence.map((f) => {
        const holders = state.roles.filter((r) => r.knows.includes(f.id)).map((r) => r.id);
        const lacking = rules.scenario.roles.filter((r) => !holders.includes(r.id) && f.helps.some((a) => r.capabilities.includes(a))).map((r) => r.id);
        return h(
          'tr',
          null,
          h('td', null, h('strong', null, f.title), f.district ? h('span', { class: 'muted' }, ` \u00b7 ${districtName(rules, f.district)}`) : null, state.compromised.includes(f.id) ? h('span', { class: 'warn' }, ' \u26a0 leaked') : null),
          h('td', null, holders.length ? holders.map((r) => roleBadge(rules, r)) : h('span', { class: 'muted' }, 'nobody yet')),
          h('td', null, lacking.length ? lacking.map((r) => roleBadge(rules, r)) : h('span', { class: 'muted' }, '\u2014')),
        );
      }),
    ),
  );
}

function trustList(g: Game): HTMLElement {
  const { rules, state } = g;
  return h(
    'ul',
    { class: 'trust trust-pairs' },
    state.trust.map((t) =>
      h('li', null, roleBadge(rules, t.a), ' ', roleBadge(rules, t.b), h('span', null, ` ${rules.role(t.a).short}\u2013${rules.role(t.b).short}: `), h('strong', null, String(t.value)), h('span', { class: 'meter', 'aria-hidden': 'true' }, h('span', { style: { width: `${t.value}%` } }))),
    ),
  );
}

function overviewTab(g: Game): Child[] {
  return [
    h('section', { class: 'console-panel', 'aria-labelledby': 'teams-title' }, h('h2', { id: 'teams-title' }, 'Every role\u2019s orders, proposals and intelligence'), h('div', { class: 'team-grid' }, g.rules.scenario.roles.map((r) => teamCard(g, r.id)))),
    h('section', { class: 'console-panel', 'aria-labelledby': 'districts-title' }, h('h2', { id: 'districts-title' }, 'Every district'), districtsTable(g)),
    h(
      'div',
      { class: 'console-two' },
      h('section', { class: 'console-panel', 'aria-labelledby': 'intel-title' }, h('h2', { id: 'intel-title' }, 'All intelligence and who holds it'), intelligenceTable(g)),
      h('section', { class: 'console-panel', 'aria-labelledby': 'trust-title' }, h('h2', { id: 'trust-title' }, 'Trust between the roles'), trustList(g)),
    ),
  ];
}

// ---------------------------------------------------------------- injects

function injectRow(ctx: ScreenContext, g: Game, inj: InjectDef): HTMLElement {
  const { session } = ctx;
  const { rules, state } = g;
  const st = injectStatus(state, inj);
  const open = st.kind !== 'fired' && state.status !== 'ended';
  const turns = Array.from({ length: Math.max(0, rules.scenario.turns - state.turn) }, (_, i) => state.turn + 1 + i);
  const schedId = `schedule-${inj.id}-turn`;
  const go = (p: string | null, done: string) => (p ? session.notify(p, 'error') : session.notify(done));
  return h(
    'li',
    { class: `inject inject-${st.kind}`, 'data-testid': 'inject', 'data-inject': inj.id, 'data-status': st.kind },
    h(
      'div',
      { class: 'inject-main' },
      h('div', { class: 'inject-head' }, h('span', { class: `inject-status status-${st.kind}` }, st.kind === 'fired' ? '\u2714 ' : st.kind === 'skipped' ? '\u2716 ' : st.kind === 'scheduled' ? '\u2192 ' : '\u2026 ', st.text), h('h3', null, inj.title)),
      h(
        'dl',
        { class: 'inject-facts' },
        h('div', null, h('dt', null, 'From'), h('dd', null, inj.sender)),
        h('div', null, h('dt', null, 'To'), h('dd', null, recipientsWords(rules, inj))),
        h('div', null, h('dt', null, 'Trigger'), h('dd', null, triggerWords(rules, inj))),
        h('div', { class: 'wide' }, h('dt', null, 'Expected response'), h('dd', null, inj.expectedResponse)),
        h('div', { class: 'wide' }, h('dt', null, 'Tests'), h('dd', null, inj.objectiveTested)),
      ),
      h('details', { class: 'inject-text', 'data-key': `inj-text-${inj.id}` }, h('summary', null, 'The message'), h('p', null, inj.text)),
    ),
    open
      ? h(
          'div',
          { class: 'inject-actions' },
          h('button', { type: 'button', class: 'btn btn-small btn-primary', id: `release-${inj.id}`, 'data-testid': `release-${inj.id}`, onclick: () => go(session.dispatch({ type: 'releaseInject', inject: inj.id }), `Released: ${inj.title}.`) }, 'Release now'),
          turns.length
            ? h(
                'div',
                { class: 'schedule' },
                h('label', { class: 'sr-only', for: schedId }, `Turn to schedule \u201c${inj.title}\u201d for`),
                choice(ctx, schedId, turns.map((t): [string, string] => [String(t), `Turn ${t}`]), { class: 'select-small' }, String(turns[0])),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn btn-small',
                    id: `schedule-${inj.id}`,
                    'data-testid': `schedule-${inj.id}`,
                    onclick: () => {
                      const turn = Number(formValue(ctx, schedId, String(turns[0])));
                      go(session.dispatch({ type: 'scheduleInject', inject: inj.id, turn }), `Scheduled for turn ${turn}: ${inj.title}.`);
                    },
                  },
                  'Schedule',
                ),
              )
            : null,
          st.kind === 'skipped'
            ? null
            : h('button', { type: 'button', class: 'btn btn-small btn-quiet', id: `skip-${inj.id}`, 'data-testid': `skip-${inj.id}`, onclick: () => go(session.dispatch({ type: 'skipInject', inject: inj.id }), `Skipped: ${inj.title}.`) }, 'Skip'),
        )
      : null,
  );
}

function customInject(ctx: ScreenContext, g: Game): HTMLElement {
  const { session } = ctx;
  const { rules } = g;
  const rows = [1, 2, 3];
  const indicatorOptions: [string, string][] = [['', 'No change'], ...rules.indicators.map((i): [string, string] => [i.id, i.name])];
  return h(
    'form',
    {
      class: 'console-panel custom-inject',
      'aria-labelledby': 'ci-title-h',
      'data-testid': 'custom-inject',
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        const title = formValue(ctx, 'ci-title').trim();
        const text = formValue(ctx, 'ci-text').trim();
        const district = formValue(ctx, 'ci-district', rules.scenario.districts[0]!.id);
        const reason = formValue(ctx, 'ci-reason').trim();
        const changes = rows
          .map((r) => ({ indicator: formValue(ctx, `ci-ind-${r}`), delta: Number(formValue(ctx, `ci-delta-${r}`) || '0') }))
          .filter((c) => c.indicator && c.delta !== 0);
        const problem = !title
          ? 'Give the inject a title.'
          : !reason
            ? 'State why: the reason goes into the log and the debrief.'
            : changes.length === 0
              ? 'Choose at least one indicator to change, by a whole number other than 0.'
              : changes.some((c) => !Number.isInteger(c.delta) || Math.abs(c.delta) > 100)
                ? 'A change is a whole number from \u2212100 to 100.'
                : null;
        if (problem) {
          session.notify(problem, 'error');
          return;
        }
        const why = `Custom inject \u201c${title}\u201d${text ? ` (${text})` : ''}: ${reason}`;
        for (const c of changes) {
          const p = session.dispatch({ type: 'adjust', district, indicator: c.indicator, delta: c.delta, reason: why });
          if (p) {
            session.notify(p, 'error');
            return;
          }
        }
        forget(ctx, 'ci-title', 'ci-text', 'ci-reason', ...rows.flatMap((r) => [`ci-ind-${r}`, `ci-delta-${r}`]));
        session.notify(`Custom inject \u201c${title}\u201d: ${plural(changes.length, 'change')} in ${districtName(rules, district)}.`);
      },
    },
    h('h2', { id: 'ci-title-h' }, 'Write a custom inject'),
    h('p', { class: 'muted' }, 'Made of what a scenario\u2019s injects may do to a district: indicator changes. Each change is logged with the title and your reason, and counts in the debrief.'),
    h('label', { class: 'field' }, h('span', null, 'Title'), textInput(ctx, 'ci-title', { maxlength: '120', placeholder: 'e.g. Market traders strike', 'data-testid': 'ci-title' })),
    h('label', { class: 'field' }, h('span', null, 'Message to the teams (optional)'), textArea(ctx, 'ci-text', { maxlength: '600', rows: '2' })),
    h('label', { class: 'field' }, h('span', null, 'District'), choice(ctx, 'ci-district', rules.scenario.districts.map((d): [string, string] => [d.id, d.name]), { 'data-testid': 'ci-district' })),
    h(
      'fieldset',
      { class: 'field ci-changes' },
      h('legend', null, 'Changes'),
      rows.map((r) =>
        h(
          'div',
          { class: 'ci-row' },
          h('label', { class: 'sr-only', for: `ci-ind-${r}` }, `Indicator ${r}`),
          choice(ctx, `ci-ind-${r}`, indicatorOptions, { 'data-testid': `ci-ind-${r}` }),
          h('label', { class: 'sr-only', for: `ci-delta-${r}` }, `Change ${r}`),
          numberInput(ctx, `ci-delta-${r}`, { min: '-100', max: '100', step: '1', placeholder: '\u00b10', class: 'delta-input', 'data-testid': `ci-delta-${r}` }),
        ),
      ),
    ),
    h('label', { class: 'field' }, h('span', null, 'Reason (required)'), textInput(ctx, 'ci-reason', { maxlength: '300', placeholder: 'e.g. to test the civilian response', 'data-testid': 'ci-reason' })),
    h('button', { type: 'submit', class: 'btn btn-primary', id: 'ci-submit', 'data-testid': 'ci-submit' }, 'Send the inject'),
  );
}

function injectsTab(ctx: ScreenContext, g: Game): Child[] {
  const injects = g.rules.scenario.injects;
  const order = { pending: 0, scheduled: 1, skipped: 2, fired: 3 } as const;
  const rows = injects.map((inj, i) => ({ inj, i, st: injectStatus(g.state, inj) }));
  rows.sort((a, b) => order[a.st.kind] - order[b.st.kind] || a.i - b.i);
  return [
    h(
      'div',
      { class: 'console-two wide-left' },
      h(
        'section',
        { class: 'console-panel', 'aria-labelledby': 'mel-title' },
        h('h2', { id: 'mel-title' }, 'Master events list'),
        h('p', { class: 'muted' }, `${plural(injects.length, 'inject')}: ${rows.filter((r) => r.st.kind === 'fired').length} fired, ${rows.filter((r) => r.st.kind === 'scheduled').length} scheduled, ${rows.filter((r) => r.st.kind === 'skipped').length} skipped, ${rows.filter((r) => r.st.kind === 'pending').length} to come.`),
        h('ul', { class: 'injects', 'data-testid': 'injects' }, rows.map((r) => injectRow(ctx, g, r.inj))),
      ),
      customInject(ctx, g),
    ),
  ];
}

// ---------------------------------------------------------------- log and rulings

function rulingForms(ctx: ScreenContext, g: Game, e: LogEntry): HTMLElement | null {
  const { session } = ctx;
  const overruled = g.state.overruled.includes(e.id);
  const canOverrule = !overruled && e.effects.some((x) => 'before' in x);
  const notes = g.state.annotations.filter((a) => a.entry === e.id);
  const noteId = `annotate-${e.id}-note`;
  const reasonId = `overrule-${e.id}-reason`;
  return h(
    'div',
    { class: 'rulings' },
    overruled ? h('p', { class: 'overruled-tag' }, '\u2716 Overruled by the facilitator') : null,
    notes.map((n) => h('p', { class: 'annotation' }, `\u270e ${n.note}`)),
    h(
      'div',
      { class: 'ruling-forms' },
      h(
        'details',
        { class: 'ruling', 'data-key': `annotate-${e.id}` },
        h('summary', { 'data-testid': `annotate-${e.id}` }, '\u270e Annotate'),
        h(
          'form',
          {
            onsubmit: (ev: Event) => {
              ev.preventDefault();
              const note = formValue(ctx, noteId).trim();
              if (!note) return session.notify('Write the note first.', 'error');
              const p = session.dispatch({ type: 'annotate', entry: e.id, note });
              if (p) return session.notify(p, 'error');
              forget(ctx, noteId);
              (ev.target as HTMLElement).closest('details')?.removeAttribute('open');
              session.notify('Annotation kept for the debrief.');
            },
          },
          h('label', { class: 'sr-only', for: noteId }, `Note on \u201c${e.title}\u201d`),
          textArea(ctx, noteId, { maxlength: '2000', rows: '2', placeholder: 'A note for the debrief', 'data-testid': noteId }),
          h('button', { type: 'submit', class: 'btn btn-small', id: `annotate-${e.id}-save`, 'data-testid': `annotate-${e.id}-save` }, 'Save note'),
        ),
      ),
      canOverrule
        ? h(
            'details',
            { class: 'ruling', 'data-key': `overrule-${e.id}` },
            h('summary', { 'data-testid': `overrule-${e.id}` }, '\u2716 Overrule'),
            h(
              'form',
              {
                onsubmit: (ev: Event) => {
                  ev.preventDefault();
                  const reason = formValue(ctx, reasonId).trim();
                  if (!reason) return session.notify('State a reason for overruling: it goes into the log.', 'error');
                  const p = session.dispatch({ type: 'overrule', entry: e.id, reason });
                  if (p) return session.notify(p, 'error');
                  forget(ctx, reasonId);
                  session.notify(`Overruled: ${e.title}`);
                },
              },
              h('p', { class: 'hint' }, 'Undoes what this entry changed, as of now; later changes stand.'),
              h('label', { class: 'sr-only', for: reasonId }, `Reason for overruling \u201c${e.title}\u201d`),
              textInput(ctx, reasonId, { maxlength: '300', placeholder: 'Reason (required)', 'data-testid': reasonId }),
              h('button', { type: 'submit', class: 'btn btn-small btn-danger', id: `overrule-${e.id}-save`, 'data-testid': `overrule-${e.id}-save` }, 'Overrule'),
            ),
          )
        : null,
    ),
  );
}

function adjustForms(ctx: ScreenContext, g: Game): HTMLElement {
  const { session } = ctx;
  const { rules } = g;
  return h(
    'div',
    { class: 'adjust-forms' },
    h(
      'form',
      {
        class: 'console-panel',
        'aria-labelledby': 'adj-title',
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          const delta = Number(formValue(ctx, 'adj-delta'));
          const reason = formValue(ctx, 'adj-reason').trim();
          if (!Number.isInteger(delta) || delta === 0) return session.notify('The change is a whole number other than 0.', 'error');
          const p = session.dispatch({ type: 'adjust', district: formValue(ctx, 'adj-district', rules.scenario.districts[0]!.id), indicator: formValue(ctx, 'adj-indicator', rules.indicators[0]!.id), delta, reason });
          if (p) return session.notify(p, 'error');
          forget(ctx, 'adj-delta', 'adj-reason');
          session.notify('Adjusted; the reason is in the log.');
        },
      },
      h('h2', { id: 'adj-title' }, 'Adjust an indicator'),
      h('label', { class: 'field' }, h('span', null, 'District'), choice(ctx, 'adj-district', rules.scenario.districts.map((d): [string, string] => [d.id, d.name]))),
      h('div', { class: 'field-row' }, h('label', { class: 'field' }, h('span', null, 'Indicator'), choice(ctx, 'adj-indicator', rules.indicators.map((i): [string, string] => [i.id, i.name]))), h('label', { class: 'field' }, h('span', null, 'Change'), numberInput(ctx, 'adj-delta', { min: '-100', max: '100', class: 'delta-input', placeholder: '\u00b10' }))),
      h('label', { class: 'field' }, h('span', null, 'Reason (required)'), textInput(ctx, 'adj-reason', { maxlength: '300', placeholder: 'Why, for the log' })),
      h('button', { type: 'submit', class: 'btn', id: 'adj-submit' }, 'Adjust'),
    ),
    h(
      'form',
      {
        class: 'console-panel',
        'aria-labelledby': 'adjt-title',
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          const pair = formValue(ctx, 'adjt-pair', `${rules.pairs[0]![0]}|${rules.pairs[0]![1]}`).split('|') as [string, string];
          const delta = Number(formValue(ctx, 'adjt-delta'));
          const reason = formValue(ctx, 'adjt-reason').trim();
          if (!Number.isInteger(delta) || delta === 0) return session.notify('The change is a whole number other than 0.', 'error');
          const p = session.dispatch({ type: 'adjustTrust', roles: pair, delta, reason });
          if (p) return session.notify(p, 'error');
          forget(ctx, 'adjt-delta', 'adjt-reason');
          session.notify('Trust adjusted; the reason is in the log.');
        },
      },
      h('h2', { id: 'adjt-title' }, 'Adjust trust between two roles'),
      h('label', { class: 'field' }, h('span', null, 'Pair'), choice(ctx, 'adjt-pair', rules.pairs.map(([a, b]): [string, string] => [`${a}|${b}`, `${roleName(rules, a)} \u2013 ${roleName(rules, b)}`]))),
      h('label', { class: 'field' }, h('span', null, 'Change'), numberInput(ctx, 'adjt-delta', { min: '-100', max: '100', class: 'delta-input', placeholder: '\u00b10' })),
      h('label', { class: 'field' }, h('span', null, 'Reason (required)'), textInput(ctx, 'adjt-reason', { maxlength: '300', placeholder: 'Why, for the log' })),
      h('button', { type: 'submit', class: 'btn', id: 'adjt-submit' }, 'Adjust trust'),
    ),
  );
}

function logTab(ctx: ScreenContext, g: Game): Child[] {
  const { state, rules } = g;
  const defaultTurn = state.history.length >= 1 && state.status !== 'ended' ? Math.min(state.turn, state.history.length) : state.turn;
  const turn = ctx.local.consoleTurn === 'current' ? defaultTurn : Math.min(ctx.local.consoleTurn, state.turn);
  const entries = state.log.filter((e) => e.turn === turn && e.kind !== 'briefing' && canSee(e, 'facilitator'));
  return [
    h(
      'div',
      { class: 'console-two wide-left' },
      h(
        'section',
        { class: 'console-panel', 'aria-labelledby': 'rulings-title' },
        h(
          'div',
          { class: 'panel-head' },
          h('h2', { id: 'rulings-title' }, `Turn ${turn}: outcomes to rule on`),
          h(
            'label',
            { class: 'field field-inline' },
            h('span', null, 'Turn'),
            h(
              'select',
              {
                id: 'console-log-turn',
                'data-testid': 'console-log-turn',
                onchange: (ev: Event) => {
                  ctx.local.consoleTurn = Number((ev.target as HTMLSelectElement).value);
                  ctx.rerender();
                },
              },
              Array.from({ length: state.turn }, (_, i) => state.turn - i).map((t) => h('option', { value: String(t), selected: t === turn }, `Turn ${t}`)),
            ),
          ),
        ),
        h('p', { class: 'muted' }, 'Annotate any entry for the debrief. Overruling undoes what an entry changed and logs your reason.'),
        entries.length === 0 ? h('p', { class: 'muted' }, 'Nothing in the log for this turn yet.') : null,
        h('div', { class: 'console-log', 'data-scroll-key': `console-log-${turn}` }, entries.map((e) => h('div', { class: 'ruled-entry', 'data-testid': 'console-entry', 'data-entry': String(e.id) }, entryView(rules, e, { showTurn: false }), rulingForms(ctx, g, e)))),
      ),
      adjustForms(ctx, g),
    ),
  ];
}

// ---------------------------------------------------------------- evaluation

function evaluationTab(ctx: ScreenContext, g: Game): Child[] {
  const d = debriefOf(g.rules, g.state);
  const row = (o: (typeof d.objectives)[number]) =>
    h(
      'li',
      { class: 'eval-row', 'data-testid': 'eval-row', 'data-objective': o.id },
      h('div', { class: 'eval-what' }, o.role ? [roleBadge(g.rules, o.role), ' '] : null, h('strong', null, o.description), h('span', { class: 'muted' }, ` \u00b7 target ${o.target}, now ${o.value} `), h('span', { class: `result-pill small ${o.met ? 'good' : 'bad'}` }, o.met ? '\u2714 met' : '\u2716 not met')),
      h('div', { class: 'eval-now' }, ratingPill(o.evaluation), o.evaluation?.note ? h('span', { class: 'muted' }, ` \u201c${o.evaluation.note}\u201d`) : null),
      ratingForm(ctx, o.id, o.description, o.evaluation),
    );
  return [
    h(
      'section',
      { class: 'console-panel', 'aria-labelledby': 'eval-title' },
      h('h2', { id: 'eval-title' }, 'Rate each objective'),
      h('p', { class: 'muted' }, 'P performed without challenges \u00b7 S with some challenges \u00b7 M with major challenges \u00b7 U unable to be performed. Rate now or after the exercise; the latest rating counts.'),
      h('h3', null, 'Mission objectives'),
      h('ul', { class: 'eval-list' }, d.objectives.map(row)),
      h('h3', null, 'Private objectives'),
      h('ul', { class: 'eval-list' }, d.privateObjectives.map(row)),
    ),
    h('section', { class: 'console-panel', 'aria-labelledby': 'plan-title' }, h('h2', { id: 'plan-title' }, 'Improvement plan'), improvementPlan(ctx, g.rules, g.state.improvements, { editable: true })),
  ];
}

// ---------------------------------------------------------------- screen

export function consoleScreen(ctx: ScreenContext): HTMLElement {
  const { s } = ctx;
  const g = s.game!;
  const pending = g.rules.scenario.injects.filter((i) => injectStatus(g.state, i).kind !== 'fired').length;
  const tabs: [ConsoleTab, string][] = [
    ['overview', 'God\u2019s-eye view'],
    ['injects', `Injects (${pending} to come)`],
    ['log', 'Log and rulings'],
    ['evaluation', `Evaluation (${g.state.evaluations.length} rated)`],
  ];
  const tab = ctx.local.consoleTab;
  const body = tab === 'overview' ? overviewTab(g) : tab === 'injects' ? injectsTab(ctx, g) : tab === 'log' ? logTab(ctx, g) : evaluationTab(ctx, g);
  return gameFrame(
    ctx,
    h(
      'main',
      { class: 'console', id: 'main', 'data-testid': 'console' },
      controls(ctx, g),
      h(
        'div',
        { class: 'tabs console-tabs', role: 'tablist', 'aria-label': 'Console sections' },
        tabs.map(([id, label]) =>
          h(
            'button',
            {
              type: 'button',
              role: 'tab',
              id: `console-tab-${id}`,
              'data-testid': `console-tab-${id}`,
              'aria-selected': String(tab === id),
              'aria-controls': 'console-body',
              onclick: () => {
                ctx.local.consoleTab = id;
                ctx.rerender();
              },
            },
            label,
          ),
        ),
      ),
      h('div', { class: 'console-body', id: 'console-body', role: 'tabpanel', 'aria-labelledby': `console-tab-${tab}`, 'data-scroll-key': `console-${tab}` }, body),
    ),
  );
}

