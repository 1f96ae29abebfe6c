/** How the exercise went: the timeline by turn, the indicator and trust charts, the key moments and
 * the coordination figures. */
import type { Debrief } from '../../../debrief/model';
import { decimal } from '../../../debrief/markdown';
import type { Lang } from '../../../i18n';
import type { Game } from '../../../store';
import { lineChart, turnLabels } from '../../charts';
import { roleBadge } from '../../components/entry';
import type { ScreenContext } from '../../context';
import { h, type View } from '../../dom';
import { timelineMark } from '../../model/debrief';
import { districtName } from '../../text';
import { figure, section } from './parts';

export function timeline(L: Lang, g: Game, d: Debrief): View {
  const t = L.ui.debrief;
  const rules = g.rules;
  return section(
    'db-timeline',
    t.timelineTitle,
    d.timeline.length === 0 ? h('p', { class: 'muted' }, t.nothingYet) : null,
    h(
      'ol',
      { class: 'timeline' },
      d.timeline.map((turn) =>
        h(
          'li',
          { key: turn.turn, class: 'tl-turn' },
          h('h3', null, t.turn(turn.turn)),
          h(
            'ul',
            { class: 'tl-items' },
            turn.items.map((i) => {
              const mark = timelineMark(i);
              const where = i.district ? districtName(L, rules, i.district) : '';
              // An overruled outcome no longer stands: it is marked so where it happened, not
              // as the success or failure the roll once was.
              const ruled = i.overruled !== undefined;
              const outcome = ruled || i.success === undefined ? null : i.success;
              return h(
                'li',
                {
                  class: `tl-item kind-${i.kind}${outcome === false ? ' failed' : ''}${ruled ? ' overruled' : ''}`,
                  'data-testid': 'tl-item',
                  'data-entry': String(i.entry),
                },
                h(
                  'span',
                  {
                    class: `tl-mark${outcome === null ? '' : outcome ? ' good' : ' bad'}`,
                    'data-testid': 'tl-mark',
                    'aria-label': ruled
                      ? t.overruled
                      : outcome === null
                        ? t.kinds[i.kind]
                        : outcome
                          ? t.succeeded
                          : t.failed,
                  },
                  mark,
                ),
                h(
                  'span',
                  { class: 'tl-badges' },
                  i.roles.map((r) => roleBadge(L, rules, r)),
                ),
                h(
                  'span',
                  { class: 'tl-title' },
                  i.title,
                  where && !i.title.includes(where)
                    ? h('span', { class: 'muted' }, ` \u00b7 ${where}`)
                    : null,
                ),
                i.overruled !== undefined
                  ? h('span', { class: 'tl-note tl-ruling' }, t.overruledNote(i.overruled))
                  : null,
                i.annotation
                  ? h('span', { class: 'tl-note' }, t.facilitatorNote(i.annotation))
                  : null,
              );
            }),
          ),
        ),
      ),
    ),
  );
}

export function charts(ctx: ScreenContext, d: Debrief): View {
  const { L } = ctx;
  const t = L.ui.debrief;
  const scope = ctx.local.chartScope;
  const district = d.charts.districts.find((x) => x.district === scope);
  const series = district ? district.series : d.charts.mission;
  const points = series[0]?.values.length ?? 1;
  const labels = turnLabels(L, points);
  const indicators = d.charts.indicators;
  const named = series.map((s, i) => ({
    label: indicators[i]?.goodWhen === 'low' ? t.lowerBetter(s.label) : t.higherBetter(s.label),
    values: s.values,
  }));
  return section(
    'db-charts',
    t.chartsTitle,
    h(
      'div',
      { class: 'chart-controls no-print' },
      h(
        'label',
        { class: 'field field-inline' },
        h('span', null, t.indicatorsFor),
        h(
          'select',
          {
            id: 'chart-scope',
            'data-testid': 'chart-scope',
            value: district ? district.district : 'mission',
            onchange: (ev: Event) => {
              ctx.local.chartScope = (ev.target as HTMLSelectElement).value;
              ctx.rerender();
            },
          },
          h('option', { value: 'mission' }, t.wholeArea),
          d.charts.districts.map((x) => h('option', { value: x.district }, x.name)),
        ),
      ),
    ),
    h('h3', null, district ? t.indicatorsIn(district.name) : t.indicatorsAverage),
    lineChart(L, {
      title: district ? t.chartIn(district.name) : t.chartAverage,
      series: named,
      xLabels: labels,
      xTitle: t.axisTurn,
      yTitle: t.axisValue,
      yMin: 0,
      yMax: 100,
      fit: true,
      testId: 'chart-indicators',
    }),
    h('h3', null, t.trustTitle),
    lineChart(L, {
      title: t.chartTrust,
      series: d.charts.trust,
      xLabels: labels,
      xTitle: t.axisTurn,
      yTitle: t.axisTrust,
      yMin: 0,
      yMax: 100,
      fit: true,
      testId: 'chart-trust',
    }),
  );
}

export function keyMoments(L: Lang, g: Game, d: Debrief): View {
  const t = L.ui.debrief;
  return section(
    'db-moments',
    t.momentsTitle,
    d.keyMoments.length === 0
      ? h('p', { class: 'muted' }, t.noMoments)
      : h(
          'ol',
          { class: 'moments' },
          d.keyMoments.map((k) =>
            h(
              'li',
              null,
              h(
                'div',
                { class: 'moment-head' },
                h('span', { class: 'swing' }, t.swing(k.swing)),
                h('span', { class: 'muted' }, t.turn(k.turn)),
                h(
                  'span',
                  { class: 'tl-badges' },
                  k.roles.map((r) => roleBadge(L, g.rules, r)),
                ),
              ),
              h('p', { class: 'moment-title' }, k.title),
              k.why ? h('p', { class: 'muted' }, t.why(k.why)) : null,
            ),
          ),
        ),
  );
}

export function coordination(L: Lang, d: Debrief): View {
  const t = L.ui.debrief;
  const c = d.coordination;
  return section(
    'db-coordination',
    t.coordinationTitle,
    h(
      'div',
      { class: 'figures' },
      figure(
        t.jointActions,
        L.f.percent(c.jointShare),
        `${t.jointCount(c.jointActions)}, ${t.soloCount(c.soloActions)}${L.ui.report.listSeparator}${t.lapsedCount(c.lapsedProposals)}`,
      ),
      figure(t.intelShared, L.f.num(c.factsShared), t.leaks(c.leaks)),
      figure(t.intelHeld, L.f.num(c.factsHeld), t.intelHeldNote, c.factsHeld ? 'bad' : undefined),
      figure(
        t.incidents,
        `${L.f.num(c.incidentsResolved)} / ${L.f.num(c.incidentsFailed)}`,
        t.resolvedFailed,
      ),
      figure(
        t.responseTime,
        c.responseTimeTenths === null ? '\u2014' : decimal(L, c.responseTimeTenths),
        t.responseTimeNote,
      ),
    ),
    h('h3', null, t.heldTitle),
    c.heldIntelIncidents.length === 0
      ? h('p', { class: 'muted' }, t.noHeld)
      : h(
          'ul',
          { class: 'held', 'data-testid': 'held-intel' },
          c.heldIntelIncidents.map((x) =>
            h('li', null, h('span', { class: 'muted' }, t.turnColon(x.turn)), x.title),
          ),
        ),
  );
}
