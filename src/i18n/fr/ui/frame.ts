import type { Translation } from '../../catalogue';
import type { frame as en } from '../../en/ui/frame';
import { formatter } from '../../format';

const f = formatter('fr');
const nb = '\u00a0';

export const frame: Translation<typeof en> = {
  round1: `Étape 1${nb}: planifier et proposer`,
  round2: `Étape 2${nb}: répondre et valider`,
  reportOn: (turn) => `Compte rendu du tour ${turn}`,
  briefing: 'Point de situation',
  debrief: 'Bilan',
  theEnd: 'Fin',
  console: 'Console de l’animateur',
  whatIfFrom: (turn) => `Et si…${nb}? depuis le tour ${turn}`,
  replay: 'Relecture',
  paused: 'En pause (animateur)',
  timeLeft: 'Temps de planification restant',
  planningClock: (clock) => `Planification ${clock}`,
  timeUp: 'Temps écoulé',
  ended: 'Terminé',
  consoleWindow: 'Fenêtre de console, synchronisée avec la fenêtre principale',
  consoleTools: 'Fenêtre de console',
  navConsole: 'Console animateur',
  navDebrief: 'Bilan',
  navReplay: 'Relecture',
  tools: 'Outils de l’exercice',
  openConsole: 'Console animateur',
  facilitatorView: 'Vue animateur',
  exportSave: 'Exporter la sauvegarde',
  importSave: 'Importer une sauvegarde',
  endExercise: 'Terminer l’exercice',
  startScreen: 'Écran d’accueil',
  saved: 'Sauvegardé dans ce navigateur',
  saving: 'Sauvegarde dans ce navigateur…',
  kept: 'Conservé dans ce navigateur (une panne peut perdre les derniers coups\u00a0: exportez la partie pour être sûr)',
  notSaved: 'Non sauvegardé dans ce navigateur',
  seed: (seed) => `Graine ${seed}`,
  commandsCommitted: (commands, committed, roles) =>
    `${f.plural(commands, { one: '# commande', other: '# commandes' })} \u00b7 ${f.plural(committed, { one: `# rôle sur ${roles} a validé`, other: `# rôles sur ${roles} ont validé` })}`,
  stateHashTitle: `L’empreinte de l’état${nb}: une même partie a toujours la même empreinte`,
  stateHash: (hash) => `État ${hash}`,
  dismissMessage: 'Fermer le message',
  toolsMenu: 'Exercice',
  largeText: 'Grands caractères pour un projecteur',
};
