import type { Translation } from '../../catalogue';
import type { components as en } from '../../en/ui/components';
import { formatter } from '../../format';

const f = formatter('fr');
const nb = '\u00a0';

export const components: Translation<typeof en> = {
  effectTone: { good: 'mieux', bad: 'moins bien', neutral: 'changement' },
  rollCaption: 'Comment la probabilité a été calculée',
  baseChance: 'Probabilité de base',
  chance: 'Probabilité',
  rolled: (roll, chance, outcome) =>
    `Tirage de ${roll} contre ${chance} (${roll <= chance ? `${roll}${nb}\u2264${nb}${chance}` : `${roll}${nb}>${nb}${chance}`})${nb}: ${outcome}.`,
  privateSeenBy: (roles) => `Privé${nb}: visible par ${roles}`,
  why: `Pourquoi${nb}?`,
  effects: 'Effets',
  noValuesChanged: 'Aucune valeur n’a changé.',

  log: 'Journal',
  filterLog: 'Filtrer le journal',
  turnFilter: 'Par tour',
  roleFilter: 'Par rôle',
  districtFilter: 'Par district',
  allTurns: 'Tous les tours',
  allRoles: 'Tous les rôles',
  allDistricts: 'Tous les districts',
  showing: (shown, total) =>
    `${shown} sur ${f.plural(total, { one: '# entrée affichée', other: '# entrées affichées' })}`,
  logEntries: 'Entrées du journal',
  nothingMatches: 'Aucune entrée ne correspond à ces filtres.',

  addMapMissing:
    'Ajoutez la carte seule, et {source} s’ouvrira avec les contours de ses districts tirés de celle-ci ({file}).',
  addMapOther:
    'Ouvrez une autre carte pour ce scénario, et {source} s’ouvrira avec les contours de ses districts tirés de celle-ci ({file}).',
  addMapButton: 'Ajouter le fichier de carte\u2026',
  openAnotherMapButton: 'Ouvrir un autre fichier de carte\u2026',
  cannotBeUsed: (source) => `${source} ne peut pas être utilisé`,
  problemsToFix: (n) =>
    `${f.plural(n, { one: '# problème à corriger', other: '# problèmes à corriger' })}. Chacun indique sa place dans le fichier par un chemin JSON.`,
  problems: 'Problèmes',
  fix: (suggestion) => `Correction${nb}: ${suggestion}`,
  warnings: (n) => f.plural(n, { one: '# avertissement', other: '# avertissements' }),

  saveCannotOpen: 'Cette sauvegarde ne peut pas être ouverte',
  saveWhere: `Où${nb}: {path} dans {file}`,
  nothingElseChanged: `Rien d’autre n’a changé${nb}: la partie en cours est toujours là.`,
  downloadFound: 'Télécharger ce qui a été trouvé',
};
