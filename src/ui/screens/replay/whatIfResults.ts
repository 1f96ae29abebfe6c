/** A played what-if branch beside the real game: score, objectives, mission-wide indicator
 * averages, and a chart of both lines. */
import type { GameState } from '../../../engine';
import type { Lang } from '../../../i18n';
import type { Game, WhatIfSetup } from '../../../store';
import type { Branch } from '../../../store/whatif';
import { lineChart, turnLabels } from '../../charts';
import type { ScreenContext } from '../../context';
import { h, type View } from '../../dom';
import { debriefOf } from '../../model/debrief';
import { timelineOf } from '../../model/history';
import { roleName } from '../../text';

function diffCell(L: Lang, real: number, branch: number, goodWhen: 'high' | 'low'): View {
  const d = branch - real;
  if (d === 0) return h('td', { class: 'num muted' }, L.f.signed(0));
  const good = d > 0 === (goodWhen === 'high');
  return h(
    'td',
    { class: `num delta ${good ? 'good' : 'bad'}` },
    `${good ? '\u25b2' : '\u25bc'} ${L.f.signed(d)}`,
  );
}

function outcomeCard(L: Lang, title: string, state: GameState, testId: string): View {
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

export function whatIfResults(ctx: ScreenContext, g: Game, w: WhatIfSetup, branch: Branch): View {
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
      { class: 'col-scroll' },
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
              value: ind >= 0 ? metric : 'score',
              onchange: (ev: Event) => {
                ctx.local.whatIfMetric = (ev.target as HTMLSelectElement).value;
                ctx.rerender();
              },
            },
            h('option', { value: 'score' }, t.score),
            real.charts.indicators.map((i) => h('option', { value: i.id }, t.average(i.name))),
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
