/** Interface strings: map, the map panel and what the map canvas says (English, the reference every
 * language follows). */
import { formatter } from '../../format';

const f = formatter('en');

export const map = {
  details: 'District details',
  resetView: 'Reset view',
  loading: 'Loading the map\u2026',
  /**
   * A quiet line under the map: the renderer in use and why it was picked (a slow map on a
   * machine without GPU acceleration is explained by it).
   */
  drawnWith: {
    hardwareGl: 'Drawn with WebGL',
    askedWebgl: 'Drawn with WebGL, as asked in the address',
    askedCanvas: 'Drawn with Canvas, as asked in the address',
    softwareGl: 'Drawn with Canvas (software WebGL would be slow here)',
    noWebgl: 'Drawn with Canvas (WebGL is not available here)',
  },
  failed: (why: string) =>
    `The map could not be drawn here (${why}). Everything else works: use the district list below.`,
  /** The canvas' accessible description. */
  canvasLabel: (n: number, indicator: string) =>
    `Map of ${f.plural(n, { one: '# district', other: '# districts' })} shaded by ${indicator}. Drag to pan, wheel to zoom, double-click to reset.`,
  shadeBy: 'Shade by',
  /** The legend's ends: whether 0 or 100 is good for the mission. */
  ends: { good: 'good', bad: 'bad' },
  legendLabel: (indicator: string, low: string, high: string) =>
    `${indicator}: 0 is ${low}, 100 is ${high}`,
  district: 'District',
  choose: 'Choose\u2026',
  pointAt: 'Point at a district on the map, or choose one:',
  population: (n: number) => `Population ${f.num(n)}`,
  units: (n: number) => f.plural(n, { one: '# unit', other: '# units' }),
  noUnits: 'No units here.',
  openIncidents: (n: number) => f.plural(n, { one: '# open incident', other: '# open incidents' }),
  turnsLeft: (n: number) => `${f.plural(n, { one: '# turn', other: '# turns' })} left`,
  none: 'None.',
};
