import type { Translation } from '../../catalogue';
import type { setup as en } from '../../en/ui/setup';
import { formatter } from '../../format';

const f = formatter('fr');
const nb = '\u00a0';

export const setup: Translation<typeof en> = {
  eyebrow: 'Préparer l’exercice',
  readSetting: 'Lire le contexte',
  objectives: 'Objectifs pédagogiques',
  warnings: (n) =>
    `${f.plural(n, { one: '# avertissement', other: '# avertissements' })} sur ce scénario`,
  formLabel: 'Équipes et graine',
  whoPlays: 'Qui joue quel rôle',
  whoPlaysHelp:
    'Chaque équipe planifie à son tour sur cet écran. Un rôle sans équipe est joué par l’ordinateur\u00a0: deux équipes peuvent ainsi jouer un scénario à trois rôles.',
  apPerTurn: (n) =>
    `${f.plural(n, { one: '# point d’action', other: '# points d’action' })} par tour`,
  playedBy: 'Joué par',
  aTeam: 'Une équipe devant cet écran',
  policies: {
    cooperative: `Ordinateur${nb}: coopératif (partage, propose, accepte)`,
    siloed: `Ordinateur${nb}: cloisonné (agit seul)`,
    random: `Ordinateur${nb}: aléatoire`,
  },
  teamName: 'Nom de l’équipe',
  computerPlays:
    'L’ordinateur joue ce rôle avec ce que sa fiche permet\u00a0; ses coups sont enregistrés comme ceux d’une équipe.',
  seedTitle: 'Graine',
  seedLabel: 'Graine (la même graine et les mêmes ordres donnent la même partie)',
  newSeed: 'Nouvelle graine',
  facilitatorView: `Vue animateur${nb}: afficher toutes les entrées du journal, y compris les entrées privées de chaque équipe`,
  pinLabel: 'Code PIN de l’animateur (facultatif)',
  pinHelp: `Empêche les équipes d’ouvrir la console${nb}: de 4 à 12 chiffres, demandés avant d’ouvrir la console ou la vue animateur.`,
  replacesSave: (title, turn) =>
    `Commencer remplace la partie sauvegardée dans ce navigateur (${title}, tour ${turn}). Pour la conserver, exportez-la d’abord depuis sa barre supérieure.`,
  start: 'Commencer l’exercice',
  orContinue: `Ou reprenez une partie de ce scénario à partir d’un fichier de sauvegarde${nb}:`,
};
