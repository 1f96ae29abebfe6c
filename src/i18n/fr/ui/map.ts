import type { Translation } from '../../catalogue';
import type { map as en } from '../../en/ui/map';
import { formatter } from '../../format';

const f = formatter('fr');
const nb = '\u00a0';

export const map: Translation<typeof en> = {
  details: 'Détails du district',
  resetView: 'Recentrer',
  loading: 'Chargement de la carte\u2026',
  drawnWith: {
    hardwareGl: 'Carte dessinée avec WebGL',
    askedWebgl: 'Carte dessinée avec WebGL, comme demandé dans l’adresse',
    askedCanvas: 'Carte dessinée avec Canvas, comme demandé dans l’adresse',
    softwareGl: 'Carte dessinée avec Canvas (WebGL logiciel serait lent ici)',
    noWebgl: 'Carte dessinée avec Canvas (WebGL n’est pas disponible ici)',
  },
  failed: (why) =>
    `La carte n’a pas pu être dessinée ici (${why}). Tout le reste fonctionne${nb}: utilisez la liste des districts ci-dessous.`,
  canvasLabel: (districts, indicator) =>
    `Carte de ${f.plural(districts, { one: '# district', other: '# districts' })}, colorée selon l’indicateur ${indicator}. Faites glisser pour vous déplacer, utilisez la molette pour zoomer et double-cliquez pour recentrer.`,
  shadeBy: 'Couleur selon',
  ends: { good: 'bon', bad: 'mauvais' },
  legendLabel: (indicator, low, high) => `${indicator}${nb}: 0 est ${low}, 100 est ${high}`,
  district: 'Voir le district',
  choose: 'Choisir\u2026',
  pointAt: `Pointez un district sur la carte, ou choisissez-en un${nb}:`,
  population: (n) => `Population ${f.num(n)}`,
  units: (n) => f.plural(n, { one: '# unité', other: '# unités' }),
  noUnits: 'Aucune unité ici.',
  openIncidents: (n) => f.plural(n, { one: '# incident en cours', other: '# incidents en cours' }),
  turnsLeft: (n) => f.plural(n, { one: 'encore # tour', other: 'encore # tours' }),
  none: 'Aucun.',
};
