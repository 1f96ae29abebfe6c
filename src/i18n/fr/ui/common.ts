import type { Translation } from '../../catalogue';
import type { common as en } from '../../en/ui/common';

export const common: Translation<typeof en> = {
  turn: (n) => `Tour ${n}`,
  turnOf: (n, of) => `Tour ${n} sur ${of}`,
  map: 'Carte',
  dismiss: 'Fermer',
  back: '\u2190 Retour',
  openSaveFile: 'Ouvrir un fichier de sauvegarde\u2026',
  ap: (n) => `${n}\u00a0PA`,
  languageEveryone: 'Langue \u00b7 Language \u00b7 Idioma',
  language: 'Langue',
};
