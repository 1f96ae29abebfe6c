import type { Translation } from '../../catalogue';
import type { common as en } from '../../en/ui/common';

export const common: Translation<typeof en> = {
  turn: (n) => `Turno ${n}`,
  turnOf: (n, of) => `Turno ${n} de ${of}`,
  map: 'Mapa',
  dismiss: 'Cerrar',
  back: '\u2190 Volver',
  openSaveFile: 'Abrir un archivo de partida\u2026',
  ap: (n) => `${n} PA`,
  languageEveryone: 'Idioma \u00b7 Language \u00b7 Langue',
  language: 'Idioma',
};
