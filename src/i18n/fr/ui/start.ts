import type { Translation } from '../../catalogue';
import type { start as en } from '../../en/ui/start';
import { formatter } from '../../format';

const f = formatter('fr');
const nb = '\u00a0';

export const start: Translation<typeof en> = {
  tagline: `Un simulateur d’exercices sur table pour les opérations de paix${nb}: équipes militaires, policières et civiles autour d’un même écran.`,
  loading: 'Chargement du scénario\u2026',
  chooseScenario: 'Choisir un scénario',
  turns: (n) => f.plural(n, { one: '# tour', other: '# tours' }),
  roles: (n) => f.plural(n, { one: '# rôle', other: '# rôles' }),
  objectives: (n) => `Objectifs pédagogiques (${n})`,
  offeredIn: (languages) => `En ${languages}`,
  otherLanguages: (n) =>
    `${f.plural(n, { one: '# scénario', other: '# scénarios' })} en d’autres langues uniquement`,
  setUp: 'Préparer cet exercice',
  filesAndSaves: 'Fichiers et parties sauvegardées',
  savedGame: 'Partie sauvegardée dans ce navigateur',
  savedAt: (title, turn) => `${title}, tour ${turn}.`,
  savedFound: 'Une partie sauvegardée a été trouvée.',
  resume: 'Reprendre la partie sauvegardée',
  openScenario: 'Ouvrir un fichier de scénario',
  openScenarioHelp:
    'Un scénario est un fichier JSON. Choisissez-le, ou déposez-le n’importe où sur cette page. S’il tire ses districts d’une carte Tiled, sélectionnez ou déposez les deux fichiers ensemble.',
  openScenarioButton: 'Ouvrir un fichier de scénario\u2026',
  howTitle: 'Déroulement d’un tour',
  howSteps: {
    briefing: {
      name: 'Point de situation.',
      text: 'Nouveaux événements et incidents, lus à toute la salle.',
    },
    plan: {
      name: 'Planifier et proposer.',
      text: 'Chaque équipe à son tour, derrière un écran de passation\u00a0: ordres, propositions conjointes, renseignement partagé.',
    },
    answer: {
      name: 'Répondre et valider.',
      text: 'Chaque équipe accepte ou refuse ce qu’on lui a proposé, ajuste ses ordres, puis les valide.',
    },
    report: {
      name: 'Compte rendu.',
      text: 'Chaque tirage avec sa probabilité, ses modificateurs et leurs raisons, pas à pas sur la carte.',
    },
    debrief: {
      name: 'Bilan.',
      text: 'À la fin\u00a0: le score, les objectifs et le journal complet.',
    },
  },
  openSaved: 'Ouvrir une partie sauvegardée',
  openSavedHelp: 'Un fichier de sauvegarde exporté depuis Mandate, sur cet ordinateur ou un autre.',
};
