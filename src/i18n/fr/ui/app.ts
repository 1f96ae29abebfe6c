import type { Translation } from '../../catalogue';
import type { app as en } from '../../en/ui/app';
import { TEAM_NAMES } from '../../teamNames';

const nb = '\u00a0';

export const app: Translation<typeof en> = {
  loadingGame: 'Chargement de l\u2019exercice\u2026',
  waiting: {
    eyebrow: 'Console de l\u2019animateur',
    title: 'En attente d\u2019un exercice',
    lede: 'Lancez ou ouvrez un exercice dans la fenêtre principale de ce navigateur. Cette console le suit dès qu\u2019il commence.',
  },
  confirm: {
    title: `Confirmer cette action${nb}?`,
    confirm: 'Confirmer',
    cancel: 'Annuler',
  },
  endDialog: {
    title: `Terminer l\u2019exercice maintenant${nb}?`,
    text: 'Les objectifs sont évalués en l\u2019état. Le motif est inscrit au journal.',
    reason: 'Motif',
    placeholder: `p.${nb}ex. le temps est écoulé pour aujourd\u2019hui`,
    keepPlaying: 'Continuer à jouer',
    end: 'Terminer l\u2019exercice',
  },
  documentTitle: (scenario) => `Mandate \u2014 ${scenario}`,
  seats: {
    kindTeam: TEAM_NAMES.fr.kindTeam,
    team: TEAM_NAMES.fr.team,
    played: (role, policy) => `${role} (${policy})`,
    policies: { cooperative: 'jeu coopératif', siloed: 'jeu cloisonné', random: 'jeu aléatoire' },
  },
};
