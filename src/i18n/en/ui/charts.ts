/** Interface strings: charts, the line charts of the debrief and the what-if (English, the
 * reference). */
export const charts = {
  legend: 'Legend',
  showNumbers: 'Show the numbers',
  /** The first point of a series over turns, before turn 1. */
  start: 'Start',
  /** A turn on the chart's axis. */
  turnShort: (turn: number) => `T${turn}`,
  /** One series in words: "Security: 40, 45, 52". */
  values: (label: string, values: string) => `${label}: ${values}`,
  valueSeparator: ', ',
  /** The chart's accessible name: its title, then each series in words (joined with ". "). */
  described: (title: string, series: string) => `${title}. ${series}`,
  /** The legend entry's tooltip: the series, how its line is drawn, its last value. */
  legendItem: (label: string, style: string, last: string) =>
    `${label} (${style})${last ? `: ${last} at the end` : ''}`,
  styles: {
    circle: 'solid line, circles',
    square: 'dashed line, squares',
    triangle: 'dotted line, triangles',
    diamond: 'dash-dot line, diamonds',
    cross: 'long dashes, crosses',
    down: 'short dashes, down triangles',
    plus: 'dot-dot-dash line, plus signs',
    star: 'fine dots, stars',
  },
};
