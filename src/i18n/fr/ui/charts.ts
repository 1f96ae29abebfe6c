import type { Translation } from '../../catalogue';
import type { charts as en } from '../../en/ui/charts';

export const charts: Translation<typeof en> = {
  legend: 'Légende',
  showNumbers: 'Afficher les chiffres',
  start: 'Début',
  turnShort: (turn) => `T${turn}`,
  values: (label, values) => `${label}\u00a0: ${values}`,
  valueSeparator: '\u00a0; ',
  described: (title, series) => `${title}. ${series}`,
  legendItem: (label, style, last) =>
    `${label} (${style})${last ? `\u00a0: ${last} à la fin` : ''}`,
  styles: {
    circle: 'trait plein, cercles',
    square: 'tirets, carrés',
    triangle: 'pointillés, triangles',
    diamond: 'trait mixte, losanges',
    cross: 'tirets longs, croix',
    down: 'tirets courts, triangles pointe en bas',
    plus: 'trait point-point-tiret, signes plus',
    star: 'points fins, étoiles',
  },
};
