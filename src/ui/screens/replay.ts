/**
 * The replay stepper and the what-if branch. The stepper rebuilds the state at the start or the
 * end of any turn with the engine's `replay` and shows it on the map beside that turn's log. From
 * any resolved turn a branch can be played: one team's orders of that turn changed, the rest
 * played on with the same seed (rules in src/store/whatif.ts, said on screen), and the two
 * outcomes set side by side. The branch lives in this view only; the real game is untouched.
 * Everything it says comes from `ctx.L` (the `replay` catalogue; both games' debriefs are built in
 * the window's language).
 */
import {
  applyCommand,
  commandProblem,
  POLICY_IDS,
  type Command,
  type GameState,
  type LogEntry,
  type PolicyId,
  type Rules,
} from '../../engine';
import { stateAtEnd, stateAtStart, timeline, type Timeline } from '../../store/history';
import type { Lang } from '../../i18n';
import { seatName, type Game, type WhatIfSetup } from '../../store';
import { playBranch, recordedOrders, type Branch } from '../../store/whatif';
import { lineChart, turnLabels } from '../charts';
import { entryView } from '../components';
import type { ScreenContext } from '../context';
import { h, type Child } from '../dom';
import { actionName, districtName, roleName, roleShort } from '../text';
import { debriefOf } from './debrief';
import { gameFrame } from './frame';
import { orderBuilder, orderLabel } from './planning';

const timelines = new WeakMap<GameState, Timeline>();
const states = new WeakMap<GameState, Map<string, GameState>>();

export function timelineOf(g: Game): Timeline {
  let tl = timelines.get(g.state);
  if (!tl) {
    tl = timeline(g.rules, g.seed, g.commands);
    timelines.set(g.state, tl);
  }
  return tl;
}

function stateAt(g: Game, turn: number, edge: 'start' | 'end'): GameState {
  let m = states.get(g.state);
  if (!m) {
    m = new Map();
    states.set(g.state, m);
  }
  const key = `${turn}:${edge}`;
  let st = m.get(key);
  if (!st) {
    const tl = timelineOf(g);
    st =
      edge === 'start'
        ? stateAtStart(g.rules, g.seed, tl, turn)
        : stateAtEnd(g.rules, g.seed, tl, turn);
    m.set(key, st);
  }
  return st;
}

function highlightOf(entries: LogEntry[]): string[] {
  return [...new Set(entries.map((e) => e.district).filter((d): d is string => !!d))];
}

function stepperScreen(ctx: ScreenContext, g: Game): HTMLElement {
  const { session, s, L } = ctx;
  const t = L.ui.replay;
  const tl = timelineOf(g);
  const last = g.state.turn;
  const turn = Math.min(Math.max(1, s.replayTurn), last);
  const edge = s.replayEdge;
  const state = stateAt(g, turn, edge);
  const entries = tl.final.log.filter(
    (e) => e.turn === turn && e.kind !== 'briefing' && (edge === 'end' || e.phase === 'briefing'),
  );
  const map = ctx.map();
  map.render(s, { viewer: 'facilitator', highlighted: highlightOf(entries), state });
  const pos = (turn - 1) * 2 + (edge === 'end' ? 1 : 0);
  const go = (p: number) => session.replayGo(Math.floor(p / 2) + 1, p % 2 === 0 ? 'start' : 'end');
  const maxPos = (last - 1) * 2 + 1;
  const resolved = turn <= tl.resolved;
  const score = state.history.at(-1)?.score;
  const panel = h(
    'aside',
    {
      class: 'col col-report replay-panel',
      'aria-labelledby': 'screen-title',
      'data-testid': 'replay',
    },
    h(
      'div',
      { class: 'report-head' },
      h('p', { class: 'eyebrow' }, t.eyebrow),
      h(
        'h1',
        { id: 'screen-title', tabindex: '-1' },
        edge === 'start' ? t.turnStart(turn) : resolved ? t.turnEnd(turn) : t.turnNow(turn),
      ),
      h(
        'p',
        {
          class: 'muted',
          'data-testid': 'replay-position',
          'data-turn': String(turn),
          'data-edge': edge,
        },
        edge === 'start'
          ? t.atStart
          : resolved
            ? score === undefined
              ? t.afterResolution
              : t.afterResolutionScore(score)
            : t.stillPlayed,
      ),
      h(
        'div',
        { class: 'stepper', role: 'group', 'aria-label': t.stepLabel },
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            id: 'replay-prev',
            'data-testid': 'replay-prev',
            disabled: pos <= 0,
            'aria-keyshortcuts': 'ArrowLeft',
            onclick: () => go(pos - 1),
          },
          t.prev,
        ),
        h(
          'label',
          { class: 'field field-inline' },
          h('span', { class: 'sr-only' }, t.turnLabel),
          h(
            'select',
            {
              id: 'replay-turn',
              'data-testid': 'replay-turn',
              onchange: (ev: Event) =>
                session.replayGo(Number((ev.target as HTMLSelectElement).value)),
            },
            Array.from({ length: last }, (_, i) => i + 1).map((n) =>
              h('option', { value: String(n), selected: n === turn }, L.ui.common.turn(n)),
            ),
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            id: 'replay-next',
            'data-testid': 'replay-next',
            disabled: pos >= maxPos,
            'aria-keyshortcuts': 'ArrowRight',
            onclick: () => go(pos + 1),
          },
          t.next,
        ),
      ),
      h(
        'div',
        { class: 'edge-toggle', role: 'group', 'aria-label': t.edgeLabel },
        (['start', 'end'] as const).map((e) =>
          h(
            'button',
            {
              type: 'button',
              class: `btn btn-small${edge === e ? ' btn-on' : ' btn-quiet'}`,
              id: `replay-${e}`,
              'aria-pressed': String(edge === e),
              onclick: () => session.replayGo(turn, e),
            },
            e === 'start' ? t.startOfTurn : t.endOfTurn,
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'col-scroll report-list', 'data-scroll-key': `replay-${turn}-${edge}` },
      entries.length === 0 ? h('p', { class: 'muted' }, t.nothingHere) : null,
      entries.map((e) => entryView(L, g.rules, e, { showTurn: false })),
    ),
    h(
      'div',
      { class: 'col-foot replay-foot' },
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-primary',
          id: 'open-whatif',
          'data-testid': 'open-whatif',
          disabled: !resolved,
          title: resolved ? undefined : t.branchNeedsResolved,
          onclick: () => session.setWhatIf({ turn }),
        },
        t.branchFrom(turn),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-quiet',
          id: 'replay-back',
          'data-testid': 'replay-back',
          onclick: () => (s.mode === 'console' ? session.closeConsole() : session.openDebrief()),
        },
        s.mode === 'console' ? t.backConsole : t.backDebrief,
      ),
    ),
  );
  return gameFrame(
    ctx,
    h(
      'main',
      { class: 'report-grid', id: 'main' },
      h('section', { class: 'col col-center', 'aria-label': t.mapLabel }, map.el),
      panel,
    ),
  );
}

// ---------------------------------------------------------------- what-if

function commandLabel(L: Lang, rules: Rules, c: Command): string {
  if (c.type === 'order')
    return orderLabel(L, rules, {
      id: 0,
      role: c.role,
      action: c.action,
      district: c.district,
      ...(c.fact ? { fact: c.fact } : {}),
      ...(c.to ? { to: c.to } : {}),
      ...(c.asset ? { asset: c.asset } : {}),
    });
  if (c.type === 'propose') {
    const what = `${L.ui.planning.orderLabel(actionName(L, c.action), districtName(L, rules, c.district))}${c.posture ? L.ui.planning.withPosture(L.word({ ref: 'posture', id: c.posture })) : ''}`;
    return c.partners.length
      ? L.ui.replay.proposalWith(what, L.f.list(c.partners.map((p) => roleShort(L, rules, p))))
      : L.ui.replay.proposalAlone(what);
  }
  return c.type;
}

/** The start-of-turn state with the new orders so far applied: what the builder checks against. */
function scratchState(g: Game, w: WhatIfSetup): GameState {
  let st = stateAt(g, w.turn, 'start');
  for (const c of w.orders) {
    if (commandProblem({ rules: g.rules, s: st }, c) === null) st = applyCommand(g.rules, st, c);
  }
  return st;
}

function branchKey(g: Game, w: WhatIfSetup): string {
  return `${g.hash}|${JSON.stringify(w)}`;
}

function whatIfSetup(ctx: ScreenContext, g: Game, w: WhatIfSetup): HTMLElement {
  const { session, s, L } = ctx;
  const t = L.ui.replay;
  const { rules } = g;
  const tl = timelineOf(g);
  const recorded = recordedOrders(tl, w.turn, w.role);
  const parts: Child[] = [];
  parts.push(
    h(
      'label',
      { class: 'field' },
      h('span', null, t.whichTeam),
      h(
        'select',
        {
          id: 'whatif-role',
          'data-testid': 'whatif-role',
          onchange: (ev: Event) => {
            const role = (ev.target as HTMLSelectElement).value;
            session.setWhatIf({
              role,
              orders: w.mode === 'orders' ? recordedOrders(tl, w.turn, role) : [],
            });
            session.setDraft({
              action: '',
              district: '',
              partners: [],
              posture: '',
              fact: '',
              to: '',
              asset: '',
            });
          },
        },
        rules.scenario.roles.map((r) =>
          h(
            'option',
            { value: r.id, selected: r.id === w.role },
            t.roleSeat(L.text(r.name), seatName(L, g, r.id)),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'recorded' },
      h('h3', null, t.whatTheyDid(w.turn)),
      recorded.length
        ? h(
            'ul',
            null,
            recorded.map((c) => h('li', null, commandLabel(L, rules, c))),
          )
        : h('p', { class: 'muted' }, t.noOrders),
    ),
    h(
      'fieldset',
      { class: 'field' },
      h('legend', null, t.theirOrders(w.turn)),
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'radio',
          name: 'whatif-mode',
          id: 'whatif-mode-policy',
          'data-testid': 'whatif-mode-policy',
          checked: w.mode === 'policy',
          onchange: () => session.setWhatIf({ mode: 'policy' }),
        }),
        h('span', null, t.byPolicy),
      ),
      h(
        'select',
        {
          id: 'whatif-policy',
          'data-testid': 'whatif-policy',
          disabled: w.mode !== 'policy',
          'aria-label': t.policyLabel,
          onchange: (ev: Event) =>
            session.setWhatIf({ policy: (ev.target as HTMLSelectElement).value as PolicyId }),
        },
        POLICY_IDS.map((p) => h('option', { value: p, selected: p === w.policy }, t.policies[p])),
      ),
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'radio',
          name: 'whatif-mode',
          id: 'whatif-mode-orders',
          'data-testid': 'whatif-mode-orders',
          checked: w.mode === 'orders',
          onchange: () =>
            session.setWhatIf({ mode: 'orders', orders: w.orders.length ? w.orders : recorded }),
        }),
        h('span', null, t.newOrdersHere),
      ),
    ),
  );
  if (w.mode === 'orders') {
    const scratch = scratchState(g, w);
    parts.push(
      h(
        'div',
        { class: 'orders-list' },
        h('h3', null, t.newOrders(w.orders.length)),
        w.orders.length
          ? h(
              'ul',
              null,
              w.orders.map((c, i) =>
                h(
                  'li',
                  { class: 'order', 'data-testid': 'whatif-order' },
                  h('span', { class: 'order-text' }, commandLabel(L, rules, c)),
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'btn btn-quiet btn-small',
                      id: `whatif-remove-${i}`,
                      onclick: () =>
                        session.setWhatIf({ orders: w.orders.filter((_, j) => j !== i) }),
                    },
                    t.remove,
                  ),
                ),
              ),
            )
          : h('p', { class: 'muted' }, t.noneThatTurn),
      ),
      orderBuilder(L, {
        rules,
        state: scratch,
        role: w.role,
        round: 1,
        draft: s.draft,
        selected: s.selected,
        title: t.addOrder,
        setDraft: (d) => session.setDraft(d),
        selectDistrict: (id) => session.selectDistrict(id),
        submit: (cmd) => {
          const p = commandProblem({ rules, s: scratch }, cmd);
          if (p) {
            session.notify(p, 'error');
            return p;
          }
          session.setWhatIf({ orders: [...w.orders, cmd] });
          return null;
        },
        done: (_cmd, name) => session.notify(t.added(name)),
      }),
    );
  }
  parts.push(
    h(
      'label',
      { class: 'field' },
      h('span', null, t.laterTurns),
      h(
        'select',
        {
          id: 'whatif-later',
          'data-testid': 'whatif-later',
          onchange: (ev: Event) =>
            session.setWhatIf({
              later: (ev.target as HTMLSelectElement).value as WhatIfSetup['later'],
            }),
        },
        h('option', { value: 'recorded', selected: w.later === 'recorded' }, t.asRecorded),
        POLICY_IDS.map((p) =>
          h('option', { value: p, selected: w.later === p }, t.everyRoleBy(t.policyNames[p])),
        ),
      ),
    ),
  );
  return h(
    'aside',
    { class: 'col whatif-setup', 'aria-labelledby': 'screen-title' },
    h(
      'div',
      { class: 'col-scroll', 'data-scroll-key': 'whatif-setup' },
      h('p', { class: 'eyebrow' }, t.whatIfEyebrow),
      h('h1', { id: 'screen-title', tabindex: '-1' }, t.whatIfTitle(w.turn)),
      parts,
      h(
        'details',
        { class: 'whatif-rules', 'data-key': 'whatif-rules', open: true },
        h('summary', null, t.rulesTitle),
        h(
          'ul',
          null,
          h('li', null, t.ruleBefore(w.turn)),
          h('li', null, t.ruleTurn(w.turn)),
          h('li', null, t.ruleLater),
          h('li', null, t.ruleKept),
          h('li', null, t.ruleStops),
        ),
      ),
    ),
    h(
      'div',
      { class: 'col-foot replay-foot' },
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-primary',
          id: 'whatif-play',
          'data-testid': 'whatif-play',
          onclick: () => {
            try {
              const value = playBranch(g.rules, g.seed, tl, {
                turn: w.turn,
                role: w.role,
                replace:
                  w.mode === 'orders'
                    ? { kind: 'orders', commands: w.orders }
                    : { kind: 'policy', policy: w.policy },
                later: w.later,
              });
              ctx.local.branch = { key: branchKey(g, w), value };
              ctx.rerender();
            } catch (e) {
              session.notify(t.branchFailed(e instanceof Error ? e.message : String(e)), 'error');
            }
          },
        },
        t.play,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-quiet',
          id: 'whatif-close',
          'data-testid': 'whatif-close',
          onclick: () => session.setWhatIf(null),
        },
        t.backReplay,
      ),
    ),
  );
}

function diffCell(L: Lang, real: number, branch: number, goodWhen: 'high' | 'low'): HTMLElement {
  const d = branch - real;
  if (d === 0) return h('td', { class: 'num muted' }, L.f.signed(0));
  const good = d > 0 === (goodWhen === 'high');
  return h(
    'td',
    { class: `num delta ${good ? 'good' : 'bad'}` },
    `${good ? '\u25b2' : '\u25bc'} ${L.f.signed(d)}`,
  );
}

function outcomeCard(L: Lang, title: string, state: GameState, testId: string): HTMLElement {
  const t = L.ui.replay;
  const o = state.outcome;
  const score = o?.score ?? state.history.at(-1)?.score ?? 0;
  return h(
    'div',
    { class: 'figure outcome-card', 'data-testid': testId },
    h('span', { class: 'figure-label' }, title),
    h('strong', { class: 'figure-value' }, L.f.num(score)),
    h(
      'span',
      { class: 'figure-note' },
      o
        ? o.won
          ? t.outOf100Accomplished
          : t.outOf100NotAccomplished
        : t.outOf100SoFar(state.history.length),
    ),
  );
}

function whatIfResults(ctx: ScreenContext, g: Game, w: WhatIfSetup, branch: Branch): HTMLElement {
  const { L } = ctx;
  const t = L.ui.replay;
  const { rules } = g;
  const tl = timelineOf(g);
  const real = debriefOf(rules, tl.final, L);
  const alt = debriefOf(rules, branch.state, L);
  const metric = ctx.local.whatIfMetric;
  const ind = real.charts.indicators.findIndex((i) => i.id === metric);
  // Indicators from the start; the score from turn 1 (it is taken when a turn is resolved).
  const realSeries =
    ind >= 0 ? real.charts.mission[ind]!.values : tl.final.history.map((x) => x.score);
  const altSeries =
    ind >= 0 ? alt.charts.mission[ind]!.values : branch.state.history.map((x) => x.score);
  const points = Math.max(realSeries.length, altSeries.length);
  const labels =
    ind >= 0
      ? turnLabels(L, points)
      : Array.from({ length: points }, (_, i) => L.ui.charts.turnShort(i + 1));
  const who = roleName(L, rules, w.role);
  const change =
    w.mode === 'policy'
      ? t.changePolicy(who, t.policyNames[w.policy], w.turn)
      : t.changeOrders(who, w.orders.length, w.turn);
  const later = w.later === 'recorded' ? t.laterRecorded : t.laterPolicy(t.policyNames[w.later]);
  return h(
    'section',
    {
      class: 'col whatif-results',
      'aria-labelledby': 'whatif-results-title',
      'data-testid': 'whatif-results',
    },
    h(
      'div',
      { class: 'col-scroll', 'data-scroll-key': 'whatif-results' },
      h('h2', { id: 'whatif-results-title' }, t.sideBySide),
      h(
        'p',
        { class: 'muted' },
        `${t.summary(change, later)} ${branch.skipped ? t.skipped(branch.skipped) : t.allApplied}`,
      ),
      h(
        'div',
        { class: 'side-by-side' },
        outcomeCard(L, t.realGame, tl.final, 'real-outcome'),
        outcomeCard(L, t.whatIf, branch.state, 'branch-outcome'),
      ),
      h(
        'table',
        { class: 'results compare', 'data-testid': 'whatif-objectives' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, t.objective),
            h('th', { scope: 'col', class: 'num' }, t.real),
            h('th', { scope: 'col', class: 'num' }, t.whatIf),
          ),
        ),
        h(
          'tbody',
          null,
          real.objectives.map((o, i) => {
            const b = alt.objectives[i]!;
            return h(
              'tr',
              null,
              h('td', null, o.description),
              h(
                'td',
                { class: `num result ${o.met ? 'good' : 'bad'}` },
                `${L.f.num(o.value)} ${o.met ? '\u2714' : '\u2716'}`,
              ),
              h(
                'td',
                { class: `num result ${b.met ? 'good' : 'bad'}` },
                `${L.f.num(b.value)} ${b.met ? '\u2714' : '\u2716'}`,
              ),
            );
          }),
        ),
      ),
      h(
        'table',
        { class: 'results compare', 'data-testid': 'whatif-indicators' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, t.averageAll),
            h('th', { scope: 'col', class: 'num' }, t.real),
            h('th', { scope: 'col', class: 'num' }, t.whatIf),
            h('th', { scope: 'col', class: 'num' }, t.difference),
          ),
        ),
        h(
          'tbody',
          null,
          real.charts.indicators.map((i, k) => {
            const a = real.charts.mission[k]!.values.at(-1) ?? 0;
            const b = alt.charts.mission[k]!.values.at(-1) ?? 0;
            return h(
              'tr',
              null,
              h(
                'td',
                null,
                i.goodWhen === 'high'
                  ? L.ui.debrief.higherBetter(i.name)
                  : L.ui.debrief.lowerBetter(i.name),
              ),
              h('td', { class: 'num' }, L.f.num(a)),
              h('td', { class: 'num' }, L.f.num(b)),
              diffCell(L, a, b, i.goodWhen),
            );
          }),
        ),
      ),
      h(
        'div',
        { class: 'chart-controls' },
        h(
          'label',
          { class: 'field field-inline' },
          h('span', null, t.chart),
          h(
            'select',
            {
              id: 'whatif-metric',
              'data-testid': 'whatif-metric',
              onchange: (ev: Event) => {
                ctx.local.whatIfMetric = (ev.target as HTMLSelectElement).value;
                ctx.rerender();
              },
            },
            h('option', { value: 'score', selected: ind < 0 }, t.score),
            real.charts.indicators.map((i) =>
              h('option', { value: i.id, selected: i.id === metric }, t.average(i.name)),
            ),
          ),
        ),
      ),
      lineChart(L, {
        title: t.chartTitle(ind >= 0 ? real.charts.indicators[ind]!.name : t.score),
        series: [
          { label: t.realGame, values: realSeries },
          { label: t.whatIf, values: altSeries },
        ],
        xLabels: labels,
        xTitle: L.ui.debrief.axisTurn,
        yTitle: ind >= 0 ? t.axisAverage : t.axisScore,
        yMin: 0,
        yMax: 100,
        fit: true,
        styles: [0, 1],
        testId: 'whatif-chart',
        legendBelow: true,
        width: 640,
        height: 300,
      }),
      h('p', { class: 'muted' }, t.hashes(branch.hash, g.hash)),
    ),
  );
}

function whatIfScreen(ctx: ScreenContext, g: Game, w: WhatIfSetup): HTMLElement {
  const t = ctx.L.ui.replay;
  const stored = ctx.local.branch;
  const branch = stored && stored.key === branchKey(g, w) ? (stored.value as Branch) : null;
  const results = branch
    ? whatIfResults(ctx, g, w, branch)
    : h(
        'section',
        { class: 'col whatif-results empty', 'aria-label': t.outcomes },
        h(
          'div',
          { class: 'col-scroll' },
          h('h2', null, t.sideBySide),
          h('p', { class: 'lede' }, stored ? t.choicesChanged : t.chooseFirst),
        ),
      );
  return gameFrame(
    ctx,
    h('main', { class: 'whatif-grid', id: 'main' }, whatIfSetup(ctx, g, w), results),
  );
}

export function replayScreen(ctx: ScreenContext): HTMLElement {
  const g = ctx.s.game!;
  const w = ctx.s.whatIf;
  return w ? whatIfScreen(ctx, g, w) : stepperScreen(ctx, g);
}
