import type { Translation } from '../../catalogue';
import type { turn as en } from '../../en/ui/turn';
import { formatter } from '../../format';

const f = formatter('fr');
const nb = '\u00a0';
const lowerFirst = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;
/** "à l’équipe militaire" for a name that starts with "Équipe", "à Bleu" otherwise. */
const toTeam = (name: string) =>
  /^[ée]quipe\b/i.test(name) ? `à l’${lowerFirst(name)}` : `à ${name}`;
/** "l’équipe militaire" for a name that starts with "Équipe", the bare name otherwise. */
const theTeam = (name: string) => (/^[ée]quipe\b/i.test(name) ? `l’${lowerFirst(name)}` : name);

export const turn: Translation<typeof en> = {
  briefing: 'Point de situation',
  situation: 'La situation',
  newThisTurn: 'Nouveau ce tour-ci',
  nothingNew: 'Rien de nouveau en public ce tour-ci',
  privateWaiting: (counts) =>
    `Des messages privés attendent sur l’écran de chaque équipe${nb}: ${counts}.`,
  openIncidents: (n) => f.plural(n, { one: '# incident en cours', other: '# incidents en cours' }),
  incidentWhere: (district, turnsLeft) =>
    `(${district}), ${f.plural(turnsLeft, { one: 'encore # tour', other: 'encore # tours' })}.`,
  planningOrder: 'Ordre de planification',
  playedByComputer: (roles) => `Joués par l’ordinateur${nb}: ${roles}.`,
  beginPlanning: (team) => `Commencer la planification${nb}: ${team} d’abord`,
  computerPlans: 'Laisser l’ordinateur planifier',

  round1of2: `Étape 1 sur 2${nb}: planifier et proposer`,
  round2of2: `Étape 2 sur 2${nb}: répondre et valider`,
  passTo: (team) => `Passez l’écran ${toTeam(team)}`,
  lookAway: `Autres équipes, merci de détourner le regard${nb}: l’écran suivant montre le renseignement et les ordres de cette équipe.`,
  weAre: (team) => `Nous sommes ${theTeam(team)}${nb}: afficher notre écran`,

  resolution: 'Résolution',
  reportTitle: (turn) => `Compte rendu du tour ${turn}`,
  entries: (n) => f.plural(n, { one: '# entrée', other: '# entrées' }),
  succeeded: (succeeded, rolls) =>
    `${f.plural(succeeded, { one: `# tirage réussi sur ${rolls}`, other: `# tirages réussis sur ${rolls}` })}`,
  hiddenPrivate: (n) =>
    `${f.plural(n, { one: '# privée', other: '# privées' })}, dans les journaux des équipes`,
  stepThrough: 'Parcourir le compte rendu pas à pas',
  previous: 'Précédent',
  next: 'Suivant',
  position: (i, n) => `${i} sur ${n}`,
  nothingToReport: 'Rien à signaler',
  seeEnd: 'Voir comment l’exercice s’est terminé',
  startTurn: (turn) => `Commencer le tour ${turn}`,

  notEnded: 'L’exercice n’est pas terminé.',
  over: 'L’exercice est terminé',
  accomplished: 'Mission accomplie',
  notAccomplished: 'Mission non accomplie',
  scoreOf: (winScore) => `sur 100 (le succès exige ${winScore})`,
  endedBecause: (reason) => `Motif de la fin${nb}: ${reason}.`,
  missionObjectives: 'Objectifs de la mission',
  privateObjectives: 'Objectifs propres',
  colObjective: 'Objectif',
  colNow: 'Actuel',
  colPoints: 'Points',
  colResult: 'Résultat',
  colRole: 'Rôle',
  met: 'Atteint',
  notMet: 'Non atteint',
  openDebrief: 'Ouvrir le bilan',
  newExercise: 'Nouvel exercice',
};
