/**
 * Line charts drawn as inline SVG, built like any other view (no chart library, no HTML parsing;
 * labels are text nodes). Lines are
 * told apart three ways, so colour is never the only cue: the Okabe–Ito colour-blind-safe
 * palette, a dash pattern, and a marker shape at every point; the legend repeats all three.
 * Axis labels are 16 units in a viewBox drawn about as wide as the chart shows, so they stay at or
 * above 14 px; the numbers are also in a table under "Show the numbers".
 */
import type { Lang } from '../i18n';
import { h, type View } from './dom';

export interface ChartSeries {
  label: string;
  values: number[];
}

export interface ChartOptions {
  /** Accessible name: what the chart shows. */
  title: string;
  series: ChartSeries[];
  /** One label per point: "Start", "T1", ... */
  xLabels: string[];
  xTitle?: string;
  yTitle?: string;
  yMin?: number;
  yMax?: number;
  /**
   * Narrow the y axis to the range the values use (within yMin–yMax), so close lines stand apart.
   */
  fit?: boolean;
  /** Style index of each series (defaults to its position). */
  styles?: number[];
  testId?: string;
  /** The legend under the chart rather than beside it (for narrow places). */
  legendBelow?: boolean;
  /** Drawing width in viewBox units; about the width it is shown at. */
  width?: number;
  height?: number;
}

/**
 * Dash patterns and marker shapes; the colours are CSS classes (`series-0` …) so print can darken
 * them. Each style is described in words by `L.ui.charts.styles[marker]` (the legend's tooltip).
 */
export const SERIES_STYLES: readonly {
  dash: string;
  marker: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'down' | 'plus' | 'star';
}[] = [
  { dash: '', marker: 'circle' },
  { dash: '12 6', marker: 'square' },
  { dash: '3 5', marker: 'triangle' },
  { dash: '14 5 3 5', marker: 'diamond' },
  { dash: '22 6', marker: 'cross' },
  { dash: '6 4', marker: 'down' },
  { dash: '3 4 3 4 12 4', marker: 'plus' },
  { dash: '1 6', marker: 'star' },
];

function marker(
  kind: (typeof SERIES_STYLES)[number]['marker'],
  x: number,
  y: number,
  r: number,
  cls: string,
): View {
  const pts = (list: [number, number][]) =>
    list.map(([a, b]) => `${(x + a).toFixed(1)},${(y + b).toFixed(1)}`).join(' ');
  switch (kind) {
    case 'circle':
      return h('circle', { cx: x, cy: y, r, class: cls });
    case 'square':
      return h('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, class: cls });
    case 'triangle':
      return h('polygon', {
        points: pts([
          [0, -r * 1.2],
          [r * 1.1, r * 0.8],
          [-r * 1.1, r * 0.8],
        ]),
        class: cls,
      });
    case 'down':
      return h('polygon', {
        points: pts([
          [0, r * 1.2],
          [r * 1.1, -r * 0.8],
          [-r * 1.1, -r * 0.8],
        ]),
        class: cls,
      });
    case 'diamond':
      return h('polygon', {
        points: pts([
          [0, -r * 1.3],
          [r * 1.1, 0],
          [0, r * 1.3],
          [-r * 1.1, 0],
        ]),
        class: cls,
      });
    case 'cross':
      return h('path', {
        d: `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`,
        class: `${cls} marker-stroke`,
      });
    case 'plus':
      return h('path', {
        d: `M${x - r * 1.2},${y}L${x + r * 1.2},${y}M${x},${y - r * 1.2}L${x},${y + r * 1.2}`,
        class: `${cls} marker-stroke`,
      });
    case 'star':
      return h('polygon', {
        points: pts(
          Array.from({ length: 10 }, (_, i): [number, number] => {
            const a = (Math.PI * i) / 5 - Math.PI / 2;
            const rr = i % 2 === 0 ? r * 1.4 : r * 0.6;
            return [Math.round(Math.cos(a) * rr * 10) / 10, Math.round(Math.sin(a) * rr * 10) / 10];
          }),
        ),
        class: cls,
      });
  }
}

/** A small line sample for the legend: the series' colour, dash and marker. */
export function legendSample(style: number): View {
  const st = SERIES_STYLES[style % SERIES_STYLES.length]!;
  const cls = `series-${style % SERIES_STYLES.length}`;
  return h(
    'svg',
    { width: 48, height: 18, viewBox: '0 0 48 18', 'aria-hidden': 'true', class: 'legend-sample' },
    h('line', {
      x1: 2,
      y1: 9,
      x2: 46,
      y2: 9,
      class: `chart-line ${cls}`,
      'stroke-dasharray': st.dash || 'none',
    }),
    marker(st.marker, 24, 9, 4.5, `chart-marker ${cls}`),
  );
}

function niceTicks(min: number, max: number): number[] {
  const span = max - min;
  const step =
    span <= 10
      ? 2
      : span <= 25
        ? 5
        : span <= 60
          ? 10
          : span <= 150
            ? 20
            : Math.ceil(span / 5 / 50) * 50;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max; v += step) out.push(v);
  return out;
}

/** A line chart with axes, gridlines, a legend and the numbers behind it, in `L`'s language and
 * number format. */
export function lineChart(L: Lang, o: ChartOptions): View {
  const t = L.ui.charts;
  const num = (v: number) => L.f.num(v);
  const valuesOf = (s: ChartSeries) => t.values(s.label, s.values.map(num).join(t.valueSeparator));
  const W = o.width ?? 600;
  const H = o.height ?? 330;
  const m = { left: 62, right: 18, top: 16, bottom: 66 };
  const all = o.series.flatMap((s) => s.values);
  // The range the values use, widened to tens with room around the lines, within the bounds given.
  const lo = Math.min(...all, Infinity);
  const hi = Math.max(...all, -Infinity);
  let yMin = o.yMin ?? Math.min(0, lo);
  let yMax = o.yMax ?? Math.max(100, hi);
  if (o.fit && Number.isFinite(lo) && Number.isFinite(hi)) {
    yMin = Math.max(yMin, Math.floor((lo - 5) / 10) * 10);
    yMax = Math.min(yMax, Math.ceil((hi + 5) / 10) * 10);
    while (yMax - yMin < 30) {
      if (yMin > (o.yMin ?? 0)) yMin -= 10;
      if (yMax - yMin < 30 && yMax < (o.yMax ?? 100)) yMax += 10;
      if (yMin <= (o.yMin ?? 0) && yMax >= (o.yMax ?? 100)) break;
    }
  }
  const n = Math.max(1, o.xLabels.length - 1);
  const px = (i: number) => m.left + ((W - m.left - m.right) * i) / n;
  const py = (v: number) =>
    m.top + (H - m.top - m.bottom) * (1 - (v - yMin) / Math.max(1, yMax - yMin));
  const styles = o.styles ?? o.series.map((_, i) => i);

  const grid: View[] = [];
  for (const tick of niceTicks(yMin, yMax)) {
    grid.push(
      h('line', { x1: m.left, x2: W - m.right, y1: py(tick), y2: py(tick), class: 'chart-grid' }),
      h(
        'text',
        { x: m.left - 10, y: py(tick) + 5, 'text-anchor': 'end', class: 'chart-tick' },
        num(tick),
      ),
    );
  }
  // Every x label when they fit, otherwise every second or third.
  const every = o.xLabels.length > 16 ? 3 : o.xLabels.length > 9 ? 2 : 1;
  o.xLabels.forEach((text, i) => {
    grid.push(
      h('line', {
        x1: px(i),
        x2: px(i),
        y1: H - m.bottom,
        y2: H - m.bottom + 6,
        class: 'chart-axis',
      }),
    );
    if (i % every !== 0 && i !== o.xLabels.length - 1) return;
    grid.push(
      h(
        'text',
        { x: px(i), y: H - m.bottom + 26, 'text-anchor': 'middle', class: 'chart-tick' },
        text,
      ),
    );
  });
  const axes = [
    h('line', { x1: m.left, x2: m.left, y1: m.top, y2: H - m.bottom, class: 'chart-axis' }),
    h('line', {
      x1: m.left,
      x2: W - m.right,
      y1: H - m.bottom,
      y2: H - m.bottom,
      class: 'chart-axis',
    }),
  ];
  if (o.xTitle) {
    axes.push(
      h(
        'text',
        { x: (m.left + W - m.right) / 2, y: H - 10, 'text-anchor': 'middle', class: 'chart-title' },
        o.xTitle,
      ),
    );
  }
  if (o.yTitle) {
    const mid = (m.top + H - m.bottom) / 2;
    axes.push(
      h(
        'text',
        {
          x: 18,
          y: mid,
          'text-anchor': 'middle',
          transform: `rotate(-90 18 ${mid})`,
          class: 'chart-title',
        },
        o.yTitle,
      ),
    );
  }

  const lines = o.series.map((s, si) => {
    const style = styles[si] ?? si;
    const st = SERIES_STYLES[style % SERIES_STYLES.length]!;
    const cls = `series-${style % SERIES_STYLES.length}`;
    const d = s.values
      .map((v, i) => `${i === 0 ? 'M' : 'L'}${px(i).toFixed(1)},${py(v).toFixed(1)}`)
      .join('');
    return h(
      'g',
      { class: 'chart-series', key: si },
      h(
        'path',
        {
          d,
          class: `chart-line ${cls}`,
          'stroke-dasharray': st.dash || 'none',
          'data-series': s.label,
        },
        h('title', null, valuesOf(s)),
      ),
      s.values.map((v, i) => marker(st.marker, px(i), py(v), 5, `chart-marker ${cls}`)),
    );
  });

  const figure = h(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      class: 'chart-svg',
      role: 'img',
      'aria-label': t.described(o.title, o.series.map(valuesOf).join('. ')),
      preserveAspectRatio: 'xMidYMid meet',
    },
    h('g', { class: 'chart-grid-g' }, grid),
    h('g', { class: 'chart-axes' }, axes),
    lines,
  );

  const legend = h(
    'ul',
    { class: 'chart-legend', 'aria-label': t.legend },
    o.series.map((s, si) => {
      const style = styles[si] ?? si;
      const last = s.values[s.values.length - 1];
      const marker = SERIES_STYLES[style % SERIES_STYLES.length]!.marker;
      return h(
        'li',
        { title: t.legendItem(s.label, t.styles[marker], last === undefined ? '' : num(last)) },
        legendSample(style),
        h('span', { class: 'legend-label' }, s.label),
        last === undefined ? null : h('span', { class: 'legend-value' }, num(last)),
      );
    }),
  );
  const table = h(
    'details',
    { class: 'chart-numbers' },
    h('summary', null, t.showNumbers),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'results compact' },
        h('caption', { class: 'sr-only' }, o.title),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, ''),
            o.xLabels.map((x) => h('th', { scope: 'col', class: 'num' }, x)),
          ),
        ),
        h(
          'tbody',
          null,
          o.series.map((s) =>
            h(
              'tr',
              null,
              h('th', { scope: 'row' }, s.label),
              s.values.map((v) => h('td', { class: 'num' }, num(v))),
            ),
          ),
        ),
      ),
    ),
  );
  return h(
    'figure',
    { class: `chart${o.legendBelow ? ' legend-below' : ''}`, 'data-testid': o.testId ?? null },
    h('div', { class: 'chart-body' }, h('div', { class: 'chart-svg-wrap' }, figure), legend),
    table,
  );
}

/** "Start", "T1", "T2" … for a series that begins before turn 1. */
export function turnLabels(L: Lang, points: number): string[] {
  return Array.from({ length: points }, (_, i) =>
    i === 0 ? L.ui.charts.start : L.ui.charts.turnShort(i),
  );
}
