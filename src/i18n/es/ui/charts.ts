import type { Translation } from '../../catalogue';
import type { charts as en } from '../../en/ui/charts';

export const charts: Translation<typeof en> = {
  legend: 'Leyenda',
  showNumbers: 'Ver las cifras',
  start: 'Inicio',
  turnShort: (turn) => `T${turn}`,
  values: (label, values) => `${label}: ${values}`,
  valueSeparator: '; ',
  described: (title, series) => `${title}. ${series}`,
  legendItem: (label, style, last) => `${label} (${style})${last ? `: ${last} al final` : ''}`,
  styles: {
    circle: 'línea continua, círculos',
    square: 'línea discontinua, cuadrados',
    triangle: 'línea de puntos, triángulos',
    diamond: 'línea de trazo y punto, rombos',
    cross: 'trazos largos, aspas',
    down: 'trazos cortos, triángulos invertidos',
    plus: 'línea de punto, punto y trazo, signos más',
    star: 'puntos finos, estrellas',
  },
};
