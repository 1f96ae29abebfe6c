import type { Translation } from '../../catalogue';
import type { map as en } from '../../en/ui/map';
import { formatter } from '../../format';

const f = formatter('es');

export const map: Translation<typeof en> = {
  details: 'Detalles del distrito',
  resetView: 'Restablecer vista',
  loading: 'Cargando el mapa\u2026',
  drawnWith: {
    hardwareGl: 'Dibujado con WebGL',
    askedWebgl: 'Dibujado con WebGL, como se pide en la dirección',
    askedCanvas: 'Dibujado con Canvas, como se pide en la dirección',
    softwareGl: 'Dibujado con Canvas (WebGL por software sería lento aquí)',
    noWebgl: 'Dibujado con Canvas (WebGL no está disponible aquí)',
  },
  failed: (why) =>
    `No se pudo dibujar el mapa aquí (${why}). Todo lo demás funciona: use la lista de distritos de abajo.`,
  canvasLabel: (districts, indicator) =>
    `Mapa de ${f.plural(districts, { one: '# distrito', other: '# distritos' })} sombreado por ${indicator.toLowerCase()}. Arrastre para desplazar, use la rueda para ampliar y haga doble clic para restablecer.`,
  shadeBy: 'Sombrear por',
  ends: { good: 'bueno', bad: 'malo' },
  legendLabel: (indicator, low, high) => `${indicator}: 0 es ${low}, 100 es ${high}`,
  district: 'Distrito',
  choose: 'Elegir\u2026',
  pointAt: 'Señale un distrito en el mapa o elija uno:',
  population: (n) => `Población ${f.num(n)}`,
  units: (n) => f.plural(n, { one: '# unidad', other: '# unidades' }),
  noUnits: 'No hay unidades aquí.',
  openIncidents: (n) => f.plural(n, { one: '# incidente abierto', other: '# incidentes abiertos' }),
  turnsLeft: (n) => f.plural(n, { one: 'queda # turno', other: 'quedan # turnos' }),
  none: 'Ninguno.',
};
