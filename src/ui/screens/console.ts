/**
 * The facilitator's console: the god's-eye view (every role's orders, proposals and
 * intelligence, every district, open incidents), the master events list of injects, custom
 * injects, the planning timer, pause, rewind, rulings (overrule, adjust, annotate), evaluation,
 * and the end of the exercise. Every change to the game is a command through `dispatch`; the
 * timer alone is UI state. Shown as a screen of the main window or alone in a second window.
 * Everything it says comes from `ctx.L` (the `facilitator` catalogue, scenario text through
 * `L.text`, the engine's messages through `L.msg`).
 */
import {
  canSee,
  describeMetric,
  RATINGS,
  type GameState,
  type LogEntry,
  type Rules,
} from '../../engine';
import type { Lang } from '../../i18n';
import type { InjectDef } from '../../format';
import { releasedByFacilitator } from '../../debrief/model';
import { notice, seatName, timerLeft, type Game, type Said } from '../../store';
import { entryView, roleBadge } from '../components';
import type { ConsoleTab, ScreenContext } from '../context';
import { h, type Child } from '../dom';
import { improvementPlan, ratingForm, ratingPill, ratingShort } from '../evaluation';
import { choice, forget, formValue, numberInput, textArea, textInput } from '../forms';
import { actionName, districtName, indicatorName, roleName } from '../text';
import { gameFrame } from './frame';
import { orderLabel, statusWord } from './planning';
import { debriefOf } from './debrief';
import { indicatorColour } from '../../scenes/palette';

/** "03:05" for a number of milliseconds. */
export function clock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const m = Math.floor(total / 60);
  const sec = total % 60;
  return `${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}`;
}

/** When an inject fires, in words: "Scripted for turn 3", "When the highest tension in Market is at
 * least 60". */
export function triggerWords(L: Lang, rules: Rules, inj: InjectDef): string {
  const t = L.ui.facilitator;
  const trigger = inj.trigger;
  if ('turn' in trigger) return t.scripted(trigger.turn);
  const metric = L.msg(describeMetric(rules, trigger.condition.metric));
  const from = trigger.from && trigger.from > 1 ? trigger.from : 0;
  return trigger.condition.comparison === 'atLeast'
    ? t.whenAtLeast(metric, trigger.condition.value, from)
    : t.whenAtMost(metric, trigger.condition.value, from);
}

export type InjectStatus = { kind: 'fired' | 'scheduled' | 'skipped' | 'pending'; text: string };

export function injectStatus(L: Lang, state: GameState, inj: InjectDef): InjectStatus {
  const t = L.ui.facilitator;
  if (state.firedInjects.includes(inj.id)) {
    const e = state.log.find((x) => x.kind === 'inject' && x.inject === inj.id);
    return {
      kind: 'fired',
      text: e ? (releasedByFacilitator(e) ? t.firedReleased(e.turn) : t.firedOn(e.turn)) : t.fired,
    };
  }
  const sched = state.scheduledInjects.find((x) => x.inject === inj.id);
  if (sched && sched.turn === 0) return { kind: 'skipped', text: t.skipped };
  if (sched) return { kind: 'scheduled', text: t.scheduledFor(sched.turn) };
  return { kind: 'pending', text: t.toCome };
}

function recipientsWords(L: Lang, rules: Rules, inj: InjectDef): string {
  return inj.recipients === 'all'
    ? L.ui.facilitator.everyone
    : L.f.list(inj.recipients.map((r) => roleName(L, rules, r)));
}

// ---------------------------------------------------------------- controls

function timerControls(ctx: ScreenContext): HTMLElement {
  const { session, s, L } = ctx;
  const t = L.ui.facilitator;
  const timer = s.timer && s.timer.seconds > 0 ? s.timer : null;
  const running = !!timer && timer.endsAt !== null;
  const left = timer ? timerLeft(timer, Date.now()) : 0;
  return h(
    'form',
    {
      class: 'timer-box',
      'aria-label': t.timer,
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        const minutes = Number(formValue(ctx, 'timer-minutes', '10').replace(',', '.'));
        if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 240) {
          session.notify(t.timerRange, 'error');
          return;
        }
        session.setTimer(Math.round(minutes * 60));
        session.startTimer();
      },
    },
    h('span', { class: 'timer-label' }, t.timer),
    h(
      'span',
      {
        class: `timer-readout${timer ? '' : ' muted'}`,
        'data-timer': timer ? 'on' : 'off',
        'data-testid': 'console-timer',
      },
      timer ? clock(left) : '--:--',
    ),
    h(
      'label',
      { class: 'field field-inline' },
      h('span', { class: 'sr-only' }, t.minutes),
      numberInput(
        ctx,
        'timer-minutes',
        { min: '1', max: '240', step: '1', class: 'minutes', 'data-testid': 'timer-minutes' },
        '10',
      ),
      h('span', { class: 'muted' }, t.min),
    ),
    h(
      'button',
      { type: 'submit', class: 'btn btn-small', id: 'timer-set', 'data-testid': 'timer-set' },
      t.timerStart,
    ),
    timer && running
      ? h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            id: 'timer-pause',
            'data-testid': 'timer-pause',
            onclick: () => session.pauseTimer(),
          },
          t.timerHold,
        )
      : null,
    timer && !running && left > 0
      ? h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            id: 'timer-resume',
            onclick: () => session.startTimer(),
          },
          t.timerGoOn,
        )
      : null,
    timer
      ? h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small btn-quiet',
            id: 'timer-clear',
            onclick: () => session.clearTimer(),
          },
          t.timerClear,
        )
      : null,
  );
}

function controls(ctx: ScreenContext, g: Game): HTMLElement {
  const { session, s, L } = ctx;
  const t = L.ui.facilitator;
  const st = g.state;
  const ended = st.status === 'ended';
  const committed = st.roles.filter((r) => r.committed).length;
  const status = ended
    ? t.statusEnded
    : st.paused
      ? t.statusPaused
      : t.statusPlanning(committed, st.roles.length);
  const turns = Array.from({ length: st.turn }, (_, i) => i + 1);
  const rewind = async (): Promise<void> => {
    const turn = Number(formValue(ctx, 'rewind-turn', String(Math.max(1, st.turn - 1))));
    const after = g.commands.length;
    const ok = await ctx.confirm(
      t.rewindTitle(turn),
      t.rewindText(turn, after),
      t.rewindConfirm(turn),
    );
    if (!ok) return;
    const p = session.dispatch({ type: 'rewind', turn });
    if (p) session.notify(p, 'error');
    else {
      forget(ctx, 'rewind-turn');
      session.notify(notice('rewound', turn));
    }
  };
  return h(
    'div',
    { class: 'console-controls' },
    h(
      'div',
      { class: 'console-title' },
      h('p', { class: 'eyebrow' }, L.ui.common.turnOf(st.turn, g.rules.scenario.turns)),
      h('h1', { id: 'screen-title', tabindex: '-1' }, t.title),
      h(
        'p',
        { class: `console-status${st.paused ? ' paused' : ''}`, 'data-testid': 'console-status' },
        status,
      ),
    ),
    timerControls(ctx),
    h(
      'div',
      { class: 'console-buttons', role: 'group', 'aria-label': t.runLabel },
      ended
        ? null
        : st.paused
          ? h(
              'button',
              {
                type: 'button',
                class: 'btn btn-on',
                id: 'console-resume',
                'data-testid': 'console-resume',
                onclick: () => session.dispatch({ type: 'resume' }),
              },
              t.resume,
            )
          : h(
              'button',
              {
                type: 'button',
                class: 'btn',
                id: 'console-pause',
                'data-testid': 'console-pause',
                onclick: () => session.dispatch({ type: 'pause' }),
              },
              t.pause,
            ),
      h(
        'div',
        { class: 'rewind' },
        h('label', { class: 'sr-only', for: 'rewind-turn' }, t.rewindTurnLabel),
        choice(
          ctx,
          'rewind-turn',
          turns.map((n): [string, string] => [String(n), t.startOfTurn(n)]),
          { 'data-testid': 'rewind-turn' },
          String(Math.max(1, st.turn - 1)),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'rewind',
            'data-testid': 'rewind',
            onclick: () => void rewind(),
          },
          t.rewind,
        ),
      ),
      ended
        ? null
        : h(
            'button',
            {
              type: 'button',
              class: 'btn btn-danger',
              id: 'console-end',
              'data-testid': 'console-end',
              onclick: () => ctx.openEndDialog(),
            },
            t.end,
          ),
      s.mode === 'main'
        ? h(
            'button',
            {
              type: 'button',
              class: 'btn',
              id: 'open-console-window',
              'data-testid': 'open-console-window',
              title: t.secondWindowTitle,
              onclick: () => {
                const w = window.open(
                  '?view=console',
                  'mandate-console',
                  'popup,width=1366,height=860',
                );
                if (w) session.closeConsole();
                else session.notify(t.popupBlocked, 'error');
              },
            },
            t.secondWindow,
          )
        : null,
      s.mode === 'main'
        ? h(
            'button',
            {
              type: 'button',
              class: 'btn btn-quiet',
              id: 'console-back',
              'data-testid': 'console-back',
              onclick: () => session.closeConsole(),
            },
            t.back,
          )
        : null,
    ),
  );
}

// ---------------------------------------------------------------- overview

function teamCard(L: Lang, g: Game, role: string): HTMLElement {
  const t = L.ui.facilitator;
  const { rules, state } = g;
  const rs = state.roles.find((r) => r.id === role)!;
  const card = rules.role(role);
  const orders = state.orders.filter((o) => o.role === role);
  const led = state.proposals.filter((p) => p.lead === role);
  const toMe = state.proposals.filter((p) => p.partners.includes(role));
  const facts = rs.knows.map((f) => rules.factById.get(f)).filter((f) => f !== undefined);
  const ended = state.status === 'ended';
  const proposalLabel = (p: (typeof state.proposals)[number]) =>
    `${L.ui.planning.orderLabel(actionName(L, p.action), districtName(L, rules, p.district))}${p.posture ? L.ui.planning.withPosture(L.word({ ref: 'posture', id: p.posture })) : ''}`;
  return h(
    'article',
    {
      class: `team-card${rs.committed ? ' committed' : ''}`,
      'data-testid': 'team-card',
      'data-role': role,
    },
    h(
      'div',
      { class: 'team-head' },
      roleBadge(L, rules, role, { large: true }),
      h(
        'div',
        null,
        h('h3', null, L.text(card.name)),
        h('p', { class: 'muted' }, seatName(L, g, role)),
      ),
      h(
        'span',
        { class: `team-state${rs.committed ? ' good' : ''}` },
        ended ? '' : rs.committed ? t.committed : t.planning,
        h('span', { class: 'muted' }, ` \u00b7 ${t.apLeft(rs.apLeft, card.actionPoints)}`),
      ),
    ),
    h(
      'h4',
      null,
      rs.committed
        ? t.committedOrders(orders.length + led.length)
        : t.draftOrders(orders.length + led.length),
    ),
    orders.length + led.length === 0
      ? h('p', { class: 'muted' }, t.noneYet)
      : h(
          'ul',
          { class: 'team-orders' },
          orders.map((o) => h('li', null, orderLabel(L, rules, o))),
          led.map((p) =>
            h(
              'li',
              null,
              `${proposalLabel(p)} `,
              p.partners.length
                ? p.partners.map((r, i) =>
                    h(
                      'span',
                      { class: `status status-${p.responses[i]}` },
                      roleBadge(L, rules, r),
                      ` ${statusWord(L, p.responses[i] ?? 'pending')} `,
                    ),
                  )
                : h('span', { class: 'muted' }, t.noPartners),
            ),
          ),
        ),
    toMe.length
      ? h(
          'div',
          null,
          h('h4', null, t.proposalsToIt(toMe.length)),
          h(
            'ul',
            { class: 'team-orders' },
            toMe.map((p) => {
              const answer = p.responses[p.partners.indexOf(role)] ?? 'pending';
              return h(
                'li',
                null,
                roleBadge(L, rules, p.lead),
                ` ${t.proposalTo(proposalLabel(p))} `,
                h('span', { class: `status status-${answer}` }, statusWord(L, answer)),
              );
            }),
          ),
        )
      : null,
    h('h4', null, t.intelHeld(facts.length)),
    facts.length
      ? h(
          'ul',
          { class: 'team-facts' },
          facts.map((f) =>
            h(
              'li',
              null,
              L.text(f.title),
              state.compromised.includes(f.id)
                ? h('span', { class: 'warn' }, ` \u26a0 ${t.leaked}`)
                : null,
            ),
          ),
        )
      : h('p', { class: 'muted' }, t.none),
  );
}

function valueCell(L: Lang, rules: Rules, indicator: number, v: number): HTMLElement {
  const def = rules.indicators[indicator]!;
  return h(
    'td',
    { class: 'num ind-cell' },
    h('span', {
      class: 'swatch',
      style: { background: indicatorColour(v, def.goodWhen) },
      'aria-hidden': 'true',
    }),
    L.f.num(v),
  );
}

function districtsTable(L: Lang, g: Game): HTMLElement {
  const t = L.ui.facilitator;
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
          h('th', { scope: 'col' }, t.district),
          rules.indicators.map((i) => {
            const name = indicatorName(L, rules, i.id);
            const better = i.goodWhen === 'high' ? t.higherBetter : t.lowerBetter;
            return h(
              'th',
              { scope: 'col', class: 'num', title: t.indicatorTitle(name, better) },
              name,
              h('span', { class: 'sr-only' }, ` (${better})`),
              h(
                'span',
                { class: 'dir', 'aria-hidden': 'true' },
                i.goodWhen === 'high' ? ' \u2191' : ' \u2193',
              ),
            );
          }),
          h('th', { scope: 'col' }, t.units),
          h('th', { scope: 'col' }, t.openIncidents),
        ),
      ),
      h(
        'tbody',
        null,
        rules.scenario.districts.map((d, di) => {
          const values = state.districts[di]?.values ?? [];
          const units = state.assets.filter((a) => a.location === d.id);
          const incidents = state.incidents.filter(
            (i) => i.status === 'open' && i.district === d.id,
          );
          return h(
            'tr',
            null,
            h('th', { scope: 'row' }, L.text(d.name)),
            values.map((v, i) => valueCell(L, rules, i, v)),
            h(
              'td',
              { class: 'units-cell' },
              units.length
                ? units.map((u) => roleBadge(L, rules, u.role))
                : h('span', { class: 'muted' }, '\u2014'),
            ),
            h(
              'td',
              null,
              incidents.length
                ? incidents.map((i) =>
                    h(
                      'span',
                      { class: 'incident-tag' },
                      `\u26a0 ${t.incidentLeft(L.text(i.def.title), i.turnsLeft)}`,
                    ),
                  )
                : h('span', { class: 'muted' }, '\u2014'),
            ),
          );
        }),
      ),
    ),
  );
}

function intelligenceTable(L: Lang, g: Game): HTMLElement {
  const t = L.ui.facilitator;
  const { rules, state } = g;
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'results', 'data-testid': 'console-intelligence' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, t.fact),
          h('th', { scope: 'col' }, t.heldBy),
          h('th', { scope: 'col' }, t.wouldHelp),
        ),
      ),
      h(
        'tbody',
        null,
        rules.scenario.intelligence.map((f) => {
          const holders = state.roles.filter((r) => r.knows.includes(f.id)).map((r) => r.id);
          const lacking = rules.scenario.roles
            .filter(
              (r) => !holders.includes(r.id) && f.helps.some((a) => r.capabilities.includes(a)),
            )
            .map((r) => r.id);
          return h(
            'tr',
            null,
            h(
              'td',
              null,
              h('strong', null, L.text(f.title)),
              f.district
                ? h('span', { class: 'muted' }, ` \u00b7 ${districtName(L, rules, f.district)}`)
                : null,
              state.compromised.includes(f.id)
                ? h('span', { class: 'warn' }, ` \u26a0 ${t.leaked}`)
                : null,
            ),
            h(
              'td',
              null,
              holders.length
                ? holders.map((r) => roleBadge(L, rules, r))
                : h('span', { class: 'muted' }, t.nobodyYet),
            ),
            h(
              'td',
              null,
              lacking.length
                ? lacking.map((r) => roleBadge(L, rules, r))
                : h('span', { class: 'muted' }, '\u2014'),
            ),
          );
        }),
      ),
    ),
  );
}

function trustList(L: Lang, g: Game): HTMLElement {
  const { rules, state } = g;
  return h(
    'ul',
    { class: 'trust trust-pairs' },
    state.trust.map((t) =>
      h(
        'li',
        null,
        roleBadge(L, rules, t.a),
        ' ',
        roleBadge(L, rules, t.b),
        h(
          'span',
          null,
          ` ${L.ui.facilitator.pair(L.text(rules.role(t.a).short), L.text(rules.role(t.b).short))} `,
        ),
        h('strong', null, L.f.num(t.value)),
        h(
          'span',
          { class: 'meter', 'aria-hidden': 'true' },
          h('span', { style: { width: `${t.value}%` } }),
        ),
      ),
    ),
  );
}

function overviewTab(L: Lang, g: Game): Child[] {
  const t = L.ui.facilitator;
  return [
    h(
      'section',
      { class: 'console-panel', 'aria-labelledby': 'teams-title' },
      h('h2', { id: 'teams-title' }, t.teamsTitle),
      h(
        'div',
        { class: 'team-grid' },
        g.rules.scenario.roles.map((r) => teamCard(L, g, r.id)),
      ),
    ),
    h(
      'section',
      { class: 'console-panel', 'aria-labelledby': 'districts-title' },
      h('h2', { id: 'districts-title' }, t.districtsTitle),
      districtsTable(L, g),
    ),
    h(
      'div',
      { class: 'console-two' },
      h(
        'section',
        { class: 'console-panel', 'aria-labelledby': 'intel-title' },
        h('h2', { id: 'intel-title' }, t.intelTitle),
        intelligenceTable(L, g),
      ),
      h(
        'section',
        { class: 'console-panel', 'aria-labelledby': 'trust-title' },
        h('h2', { id: 'trust-title' }, t.trustTitle),
        trustList(L, g),
      ),
    ),
  ];
}

// ---------------------------------------------------------------- injects

function injectRow(ctx: ScreenContext, g: Game, inj: InjectDef): HTMLElement {
  const { session, L } = ctx;
  const t = L.ui.facilitator;
  const { rules, state } = g;
  const st = injectStatus(L, state, inj);
  const open = st.kind !== 'fired' && state.status !== 'ended';
  const turns = Array.from(
    { length: Math.max(0, rules.scenario.turns - state.turn) },
    (_, i) => state.turn + 1 + i,
  );
  const schedId = `schedule-${inj.id}-turn`;
  const title = L.text(inj.title);
  const go = (p: Said | null, done: string) =>
    p ? session.notify(p, 'error') : session.notify(done);
  return h(
    'li',
    {
      class: `inject inject-${st.kind}`,
      'data-testid': 'inject',
      'data-inject': inj.id,
      'data-status': st.kind,
    },
    h(
      'div',
      { class: 'inject-main' },
      h(
        'div',
        { class: 'inject-head' },
        h(
          'span',
          { class: `inject-status status-${st.kind}` },
          st.kind === 'fired'
            ? '\u2714 '
            : st.kind === 'skipped'
              ? '\u2716 '
              : st.kind === 'scheduled'
                ? '\u2192 '
                : '\u2026 ',
          st.text,
        ),
        h('h3', null, title),
      ),
      h(
        'dl',
        { class: 'inject-facts' },
        h('div', null, h('dt', null, t.from), h('dd', null, L.text(inj.sender))),
        h('div', null, h('dt', null, t.to), h('dd', null, recipientsWords(L, rules, inj))),
        h('div', null, h('dt', null, t.trigger), h('dd', null, triggerWords(L, rules, inj))),
        h(
          'div',
          { class: 'wide' },
          h('dt', null, t.expectedResponse),
          h('dd', null, L.text(inj.expectedResponse)),
        ),
        h(
          'div',
          { class: 'wide' },
          h('dt', null, t.tests),
          h('dd', null, L.text(inj.objectiveTested)),
        ),
      ),
      h(
        'details',
        { class: 'inject-text', 'data-key': `inj-text-${inj.id}` },
        h('summary', null, t.message),
        h('p', null, L.text(inj.text)),
      ),
    ),
    open
      ? h(
          'div',
          { class: 'inject-actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn-small btn-primary',
              id: `release-${inj.id}`,
              'data-testid': `release-${inj.id}`,
              onclick: () =>
                go(session.dispatch({ type: 'releaseInject', inject: inj.id }), t.released(title)),
            },
            t.release,
          ),
          turns.length
            ? h(
                'div',
                { class: 'schedule' },
                h('label', { class: 'sr-only', for: schedId }, t.scheduleLabel(title)),
                choice(
                  ctx,
                  schedId,
                  turns.map((n): [string, string] => [String(n), L.ui.common.turn(n)]),
                  { class: 'select-small' },
                  String(turns[0]),
                ),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn btn-small',
                    id: `schedule-${inj.id}`,
                    'data-testid': `schedule-${inj.id}`,
                    onclick: () => {
                      const turn = Number(formValue(ctx, schedId, String(turns[0])));
                      go(
                        session.dispatch({ type: 'scheduleInject', inject: inj.id, turn }),
                        t.scheduled(turn, title),
                      );
                    },
                  },
                  t.schedule,
                ),
              )
            : null,
          st.kind === 'skipped'
            ? null
            : h(
                'button',
                {
                  type: 'button',
                  class: 'btn btn-small btn-quiet',
                  id: `skip-${inj.id}`,
                  'data-testid': `skip-${inj.id}`,
                  onclick: () =>
                    go(
                      session.dispatch({ type: 'skipInject', inject: inj.id }),
                      t.skippedNotice(title),
                    ),
                },
                t.skip,
              ),
        )
      : null,
  );
}

function customInject(ctx: ScreenContext, g: Game): HTMLElement {
  const { session, L } = ctx;
  const t = L.ui.facilitator;
  const { rules } = g;
  const rows = [1, 2, 3];
  const indicatorOptions: [string, string][] = [
    ['', t.noChange],
    ...rules.indicators.map((i): [string, string] => [i.id, indicatorName(L, rules, i.id)]),
  ];
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
          .map((r) => ({
            indicator: formValue(ctx, `ci-ind-${r}`),
            delta: Number(formValue(ctx, `ci-delta-${r}`) || '0'),
          }))
          .filter((c) => c.indicator && c.delta !== 0);
        const problem = !title
          ? t.ciNoTitle
          : !reason
            ? t.ciNoReason
            : changes.length === 0
              ? t.ciNoChange
              : changes.some((c) => !Number.isInteger(c.delta) || Math.abs(c.delta) > 100)
                ? t.ciBadChange
                : null;
        if (problem) {
          session.notify(problem, 'error');
          return;
        }
        // The reason goes into the log as written, in the language the facilitator works in.
        const why = t.ciReason(title, text, reason);
        for (const c of changes) {
          const p = session.dispatch({
            type: 'adjust',
            district,
            indicator: c.indicator,
            delta: c.delta,
            reason: why,
          });
          if (p) {
            session.notify(p, 'error');
            return;
          }
        }
        forget(
          ctx,
          'ci-title',
          'ci-text',
          'ci-reason',
          ...rows.flatMap((r) => [`ci-ind-${r}`, `ci-delta-${r}`]),
        );
        session.notify(t.ciSent(title, changes.length, districtName(L, rules, district)));
      },
    },
    h('h2', { id: 'ci-title-h' }, t.ciTitle),
    h('p', { class: 'muted' }, t.ciLede),
    h(
      'label',
      { class: 'field' },
      h('span', null, t.ciTitleLabel),
      textInput(ctx, 'ci-title', {
        maxlength: '120',
        placeholder: t.ciTitlePlaceholder,
        'data-testid': 'ci-title',
      }),
    ),
    h(
      'label',
      { class: 'field' },
      h('span', null, t.ciText),
      textArea(ctx, 'ci-text', { maxlength: '600', rows: '2' }),
    ),
    h(
      'label',
      { class: 'field' },
      h('span', null, t.inDistrict),
      choice(
        ctx,
        'ci-district',
        rules.scenario.districts.map((d): [string, string] => [d.id, L.text(d.name)]),
        { 'data-testid': 'ci-district' },
      ),
    ),
    h(
      'fieldset',
      { class: 'field ci-changes' },
      h('legend', null, t.ciChanges),
      rows.map((r) =>
        h(
          'div',
          { class: 'ci-row' },
          h('label', { class: 'sr-only', for: `ci-ind-${r}` }, t.ciIndicatorN(r)),
          choice(ctx, `ci-ind-${r}`, indicatorOptions, { 'data-testid': `ci-ind-${r}` }),
          h('label', { class: 'sr-only', for: `ci-delta-${r}` }, t.ciChangeN(r)),
          numberInput(ctx, `ci-delta-${r}`, {
            min: '-100',
            max: '100',
            step: '1',
            placeholder: '\u00b10',
            class: 'delta-input',
            'data-testid': `ci-delta-${r}`,
          }),
        ),
      ),
    ),
    h(
      'label',
      { class: 'field' },
      h('span', null, t.reasonRequired),
      textInput(ctx, 'ci-reason', {
        maxlength: '300',
        placeholder: t.ciReasonPlaceholder,
        'data-testid': 'ci-reason',
      }),
    ),
    h(
      'button',
      { type: 'submit', class: 'btn btn-primary', id: 'ci-submit', 'data-testid': 'ci-submit' },
      t.ciSend,
    ),
  );
}

function injectsTab(ctx: ScreenContext, g: Game): Child[] {
  const { L } = ctx;
  const t = L.ui.facilitator;
  const injects = g.rules.scenario.injects;
  const order = { pending: 0, scheduled: 1, skipped: 2, fired: 3 } as const;
  const rows = injects.map((inj, i) => ({ inj, i, st: injectStatus(L, g.state, inj) }));
  rows.sort((a, b) => order[a.st.kind] - order[b.st.kind] || a.i - b.i);
  const count = (k: InjectStatus['kind']) => rows.filter((r) => r.st.kind === k).length;
  return [
    h(
      'div',
      { class: 'console-two wide-left' },
      h(
        'section',
        { class: 'console-panel', 'aria-labelledby': 'mel-title' },
        h('h2', { id: 'mel-title' }, t.melTitle),
        h(
          'p',
          { class: 'muted' },
          t.melSummary(
            t.melTotal(injects.length),
            [
              t.melFired(count('fired')),
              t.melScheduled(count('scheduled')),
              t.melSkipped(count('skipped')),
              t.melToCome(count('pending')),
            ].join(', '),
          ),
        ),
        h(
          'ul',
          { class: 'injects', 'data-testid': 'injects' },
          rows.map((r) => injectRow(ctx, g, r.inj)),
        ),
      ),
      customInject(ctx, g),
    ),
  ];
}

// ---------------------------------------------------------------- log and rulings

function rulingForms(ctx: ScreenContext, g: Game, e: LogEntry): HTMLElement | null {
  const { session, L } = ctx;
  const t = L.ui.facilitator;
  const overruled = g.state.overruled.includes(e.id);
  const canOverrule = !overruled && e.effects.some((x) => 'before' in x);
  const notes = g.state.annotations.filter((a) => a.entry === e.id);
  const noteId = `annotate-${e.id}-note`;
  const reasonId = `overrule-${e.id}-reason`;
  const title = L.msg(e.title);
  return h(
    'div',
    { class: 'rulings' },
    overruled ? h('p', { class: 'overruled-tag' }, t.overruledTag) : null,
    notes.map((n) => h('p', { class: 'annotation' }, `\u270e ${n.note}`)),
    h(
      'div',
      { class: 'ruling-forms' },
      h(
        'details',
        { class: 'ruling', 'data-key': `annotate-${e.id}` },
        h('summary', { 'data-testid': `annotate-${e.id}` }, t.annotate),
        h(
          'form',
          {
            onsubmit: (ev: Event) => {
              ev.preventDefault();
              const note = formValue(ctx, noteId).trim();
              if (!note) return session.notify(t.noteFirst, 'error');
              const p = session.dispatch({ type: 'annotate', entry: e.id, note });
              if (p) return session.notify(p, 'error');
              forget(ctx, noteId);
              (ev.target as HTMLElement).closest('details')?.removeAttribute('open');
              session.notify(t.noteKept);
            },
          },
          h('label', { class: 'sr-only', for: noteId }, t.noteOn(title)),
          textArea(ctx, noteId, {
            maxlength: '2000',
            rows: '2',
            placeholder: t.notePlaceholder,
            'data-testid': noteId,
          }),
          h(
            'button',
            {
              type: 'submit',
              class: 'btn btn-small',
              id: `annotate-${e.id}-save`,
              'data-testid': `annotate-${e.id}-save`,
            },
            t.saveNote,
          ),
        ),
      ),
      canOverrule
        ? h(
            'details',
            { class: 'ruling', 'data-key': `overrule-${e.id}` },
            h('summary', { 'data-testid': `overrule-${e.id}` }, `\u2716 ${t.overrule}`),
            h(
              'form',
              {
                onsubmit: (ev: Event) => {
                  ev.preventDefault();
                  const reason = formValue(ctx, reasonId).trim();
                  if (!reason) return session.notify(t.overruleNeedsReason, 'error');
                  const p = session.dispatch({ type: 'overrule', entry: e.id, reason });
                  if (p) return session.notify(p, 'error');
                  forget(ctx, reasonId);
                  session.notify(t.overruled(title));
                },
              },
              h('p', { class: 'hint' }, t.overruleHint),
              h('label', { class: 'sr-only', for: reasonId }, t.overruleReasonFor(title)),
              textInput(ctx, reasonId, {
                maxlength: '300',
                placeholder: t.reasonPlaceholder,
                'data-testid': reasonId,
              }),
              h(
                'button',
                {
                  type: 'submit',
                  class: 'btn btn-small btn-danger',
                  id: `overrule-${e.id}-save`,
                  'data-testid': `overrule-${e.id}-save`,
                },
                t.overrule,
              ),
            ),
          )
        : null,
    ),
  );
}

function adjustForms(ctx: ScreenContext, g: Game): HTMLElement {
  const { session, L } = ctx;
  const t = L.ui.facilitator;
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
          if (!Number.isInteger(delta) || delta === 0)
            return session.notify(t.wholeNumber, 'error');
          const p = session.dispatch({
            type: 'adjust',
            district: formValue(ctx, 'adj-district', rules.scenario.districts[0]!.id),
            indicator: formValue(ctx, 'adj-indicator', rules.indicators[0]!.id),
            delta,
            reason,
          });
          if (p) return session.notify(p, 'error');
          forget(ctx, 'adj-delta', 'adj-reason');
          session.notify(t.adjusted);
        },
      },
      h('h2', { id: 'adj-title' }, t.adjustTitle),
      h(
        'label',
        { class: 'field' },
        h('span', null, t.inDistrict),
        choice(
          ctx,
          'adj-district',
          rules.scenario.districts.map((d): [string, string] => [d.id, L.text(d.name)]),
        ),
      ),
      h(
        'div',
        { class: 'field-row' },
        h(
          'label',
          { class: 'field' },
          h('span', null, t.indicator),
          choice(
            ctx,
            'adj-indicator',
            rules.indicators.map((i): [string, string] => [i.id, indicatorName(L, rules, i.id)]),
          ),
        ),
        h(
          'label',
          { class: 'field' },
          h('span', null, t.change),
          numberInput(ctx, 'adj-delta', {
            min: '-100',
            max: '100',
            class: 'delta-input',
            placeholder: '\u00b10',
          }),
        ),
      ),
      h(
        'label',
        { class: 'field' },
        h('span', null, t.reasonRequired),
        textInput(ctx, 'adj-reason', { maxlength: '300', placeholder: t.whyForLog }),
      ),
      h('button', { type: 'submit', class: 'btn', id: 'adj-submit' }, t.adjust),
    ),
    h(
      'form',
      {
        class: 'console-panel',
        'aria-labelledby': 'adjt-title',
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          const pair = formValue(
            ctx,
            'adjt-pair',
            `${rules.pairs[0]![0]}|${rules.pairs[0]![1]}`,
          ).split('|') as [string, string];
          const delta = Number(formValue(ctx, 'adjt-delta'));
          const reason = formValue(ctx, 'adjt-reason').trim();
          if (!Number.isInteger(delta) || delta === 0)
            return session.notify(t.wholeNumber, 'error');
          const p = session.dispatch({ type: 'adjustTrust', roles: pair, delta, reason });
          if (p) return session.notify(p, 'error');
          forget(ctx, 'adjt-delta', 'adjt-reason');
          session.notify(t.trustAdjusted);
        },
      },
      h('h2', { id: 'adjt-title' }, t.adjustTrustTitle),
      h(
        'label',
        { class: 'field' },
        h('span', null, t.pairLabel),
        choice(
          ctx,
          'adjt-pair',
          rules.pairs.map(([a, b]): [string, string] => [
            `${a}|${b}`,
            t.pair(roleName(L, rules, a), roleName(L, rules, b)),
          ]),
        ),
      ),
      h(
        'label',
        { class: 'field' },
        h('span', null, t.change),
        numberInput(ctx, 'adjt-delta', {
          min: '-100',
          max: '100',
          class: 'delta-input',
          placeholder: '\u00b10',
        }),
      ),
      h(
        'label',
        { class: 'field' },
        h('span', null, t.reasonRequired),
        textInput(ctx, 'adjt-reason', { maxlength: '300', placeholder: t.whyForLog }),
      ),
      h('button', { type: 'submit', class: 'btn', id: 'adjt-submit' }, t.adjustTrust),
    ),
  );
}

function logTab(ctx: ScreenContext, g: Game): Child[] {
  const { L } = ctx;
  const t = L.ui.facilitator;
  const { state, rules } = g;
  const defaultTurn =
    state.history.length >= 1 && state.status !== 'ended'
      ? Math.min(state.turn, state.history.length)
      : state.turn;
  const turn =
    ctx.local.consoleTurn === 'current' ? defaultTurn : Math.min(ctx.local.consoleTurn, state.turn);
  const entries = state.log.filter(
    (e) => e.turn === turn && e.kind !== 'briefing' && canSee(e, 'facilitator'),
  );
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
          h('h2', { id: 'rulings-title' }, t.rulingsTitle(turn)),
          h(
            'label',
            { class: 'field field-inline' },
            h('span', null, t.turnLabel),
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
              Array.from({ length: state.turn }, (_, i) => state.turn - i).map((n) =>
                h('option', { value: String(n), selected: n === turn }, L.ui.common.turn(n)),
              ),
            ),
          ),
        ),
        h('p', { class: 'muted' }, t.rulingsLede),
        entries.length === 0 ? h('p', { class: 'muted' }, t.nothingThisTurn) : null,
        h(
          'div',
          { class: 'console-log', 'data-scroll-key': `console-log-${turn}` },
          entries.map((e) =>
            h(
              'div',
              { class: 'ruled-entry', 'data-testid': 'console-entry', 'data-entry': String(e.id) },
              entryView(L, rules, e, { showTurn: false }),
              rulingForms(ctx, g, e),
            ),
          ),
        ),
      ),
      adjustForms(ctx, g),
    ),
  ];
}

// ---------------------------------------------------------------- evaluation

function evaluationTab(ctx: ScreenContext, g: Game): Child[] {
  const { L } = ctx;
  const t = L.ui.facilitator;
  const d = debriefOf(g.rules, g.state, L);
  const row = (o: (typeof d.objectives)[number]) =>
    h(
      'li',
      { class: 'eval-row', 'data-testid': 'eval-row', 'data-objective': o.id },
      h(
        'div',
        { class: 'eval-what' },
        o.role ? [roleBadge(L, g.rules, o.role), ' '] : null,
        h('strong', null, o.description),
        h('span', { class: 'muted' }, ` \u00b7 ${t.targetNow(o.target, o.value)} `),
        h(
          'span',
          { class: `result-pill small ${o.met ? 'good' : 'bad'}` },
          o.met ? t.met : t.notMet,
        ),
      ),
      h(
        'div',
        { class: 'eval-now' },
        ratingPill(L, o.evaluation),
        o.evaluation?.note
          ? h('span', { class: 'muted' }, ` ${L.ui.debrief.quoted(o.evaluation.note)}`)
          : null,
      ),
      ratingForm(ctx, o.id, o.description, o.evaluation),
    );
  const scale = RATINGS.map(
    (r) => `${ratingShort(L, r)} ${L.vocab.ratings[r].toLocaleLowerCase(L.locale)}`,
  ).join(' \u00b7 ');
  return [
    h(
      'section',
      { class: 'console-panel', 'aria-labelledby': 'eval-title' },
      h('h2', { id: 'eval-title' }, t.rateTitle),
      h('p', { class: 'muted' }, t.rateLede(scale)),
      h('h3', null, t.missionObjectives),
      h('ul', { class: 'eval-list' }, d.objectives.map(row)),
      h('h3', null, t.privateObjectives),
      h('ul', { class: 'eval-list' }, d.privateObjectives.map(row)),
    ),
    h(
      'section',
      { class: 'console-panel', 'aria-labelledby': 'plan-title' },
      h('h2', { id: 'plan-title' }, t.planTitle),
      improvementPlan(ctx, g.rules, g.state.improvements, { editable: true }),
    ),
  ];
}

// ---------------------------------------------------------------- screen

export function consoleScreen(ctx: ScreenContext): HTMLElement {
  const { s, L } = ctx;
  const t = L.ui.facilitator;
  const g = s.game!;
  const pending = g.rules.scenario.injects.filter(
    (i) => injectStatus(L, g.state, i).kind !== 'fired',
  ).length;
  const tabs: [ConsoleTab, string][] = [
    ['overview', t.tabOverview],
    ['injects', t.tabInjects(pending)],
    ['log', t.tabLog],
    ['evaluation', t.tabEvaluation(g.state.evaluations.length)],
  ];
  const tab = ctx.local.consoleTab;
  const body =
    tab === 'overview'
      ? overviewTab(L, g)
      : tab === 'injects'
        ? injectsTab(ctx, g)
        : tab === 'log'
          ? logTab(ctx, g)
          : evaluationTab(ctx, g);
  return gameFrame(
    ctx,
    h(
      'main',
      { class: 'console', id: 'main', 'data-testid': 'console' },
      controls(ctx, g),
      h(
        'div',
        { class: 'tabs console-tabs', role: 'tablist', 'aria-label': t.tabsLabel },
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
      h(
        'div',
        {
          class: 'console-body',
          id: 'console-body',
          role: 'tabpanel',
          'aria-labelledby': `console-tab-${tab}`,
          'data-scroll-key': `console-${tab}`,
        },
        body,
      ),
    ),
  );
}
