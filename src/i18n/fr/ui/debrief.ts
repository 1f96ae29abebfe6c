import type { Translation } from '../../catalogue';
import type { debrief as en } from '../../en/ui/debrief';
import { formatter } from '../../format';
import { names } from '../../names';

const f = formatter('fr');
/** An incident at its place, said once when its title names the place already. */
const at = (title: string, district: string) =>
  names(title, district) ? title : `${title} (${district})`;
const nb = '\u00a0';
const q = (s: string) => `\u00ab${nb}${s}${nb}\u00bb`;
const actions = (n: number) => f.plural(n, { one: '# action', other: '# actions' });

export const debrief: Translation<typeof en> = {
  nav: {
    overview: 'Présentation',
    objectives: 'Objectifs',
    timeline: 'Chronologie',
    charts: 'Graphiques',
    moments: 'Moments clés',
    coordination: 'Coordination entre composantes',
    facts: 'Qui savait quoi, et quand',
    roles: 'Points forts et axes d’amélioration',
    questions: 'Questions pour la discussion',
    notes: 'Notes de l’animateur',
    evaluation: 'Évaluation',
    plan: 'Plan d’amélioration',
    log: 'Le journal complet',
  },
  navLabel: 'Parties du bilan',

  eyebrow: 'Analyse après action',
  title: (title) => `Bilan de l’exercice ${q(title)}`,
  meta: (done, total, seed, hash) =>
    `${f.plural(done, { one: '# tour joué', other: '# tours joués' })} sur ${f.num(total)} \u00b7 graine ${seed} \u00b7 état ${hash}`,
  metaOnHost: (done, total) =>
    `${f.plural(done, { one: '# tour joué', other: '# tours joués' })} sur ${f.num(total)}`,
  openReplay: '\u25b6 Revoir tour par tour',
  backConsole: '\u2190 Retour à la console',
  backResults: '\u2190 Résultats',
  backExercise: '\u2190 Retour à l’exercice',
  exportsLabel: 'Exporter le bilan',
  exportIn: 'Exporter en',
  exportInHint: 'La langue du rapport et du CSV exportés\u00a0; l’écran garde la sienne.',
  exportMarkdown: '\u2913 Rapport (Markdown)',
  exportJson: '\u2913 Journal complet (partie JSON)',
  exportCsv: '\u2913 Indicateurs (CSV)',
  print: 'Imprimer ou enregistrer en PDF',
  printWholeLog: 'Inclure le journal complet',
  seat: (role, team) => `${role} (${team})`,

  overviewTitle: 'Présentation de l’exercice',
  accomplished: '\u2714 Mission accomplie',
  notAccomplished: '\u2716 Mission non accomplie',
  inProgress: 'Exercice en cours',
  score: 'Score',
  scoreOf: (win) => `sur 100 (${f.num(win)} pour réussir)`,
  scoreSoFar: (win) => `pour l’instant, sur 100 (${f.num(win)} pour réussir)`,
  result: 'Résultat',
  ended: (reason) => `Fin${nb}: ${reason}.`,
  turnOf: (turn, turns) => `Tour ${turn} sur ${turns}`,
  turnsPlayed: 'Tours joués',
  playedOf: (done, total) => `${f.num(done)} sur ${f.num(total)}`,
  seed: (seed) => `Graine ${seed}`,
  jointActions: 'Actions conjointes',
  jointOf: (count, total) => `${f.num(count)} sur ${actions(total)}`,
  incidentsResolved: 'Incidents résolus',
  failedCount: (n) => `${f.num(n)} en échec`,
  theExercise: 'L’exercice',
  learningObjectives: 'Objectifs pédagogiques',

  objectivesTitle: 'Objectifs\u00a0: atteints ou non, et les éléments probants',
  objectivesLede: (done, total) =>
    `Objectifs de la mission atteints${nb}: ${f.num(done)} sur ${f.num(total)}. Ouvrez une entrée pour voir son tirage et ce qu’elle a changé.`,
  met: '\u2714 Atteint',
  notMet: '\u2716 Non atteint',
  nowTarget: (value, target) => `Actuellement ${f.num(value)}${nb}; cible${nb}: ${target}`,
  points: (n) => f.plural(n, { one: '# point', other: '# points' }),
  evidence: 'Éléments du journal',
  noEvidence: 'Aucune action n’a, à elle seule, fait bouger cet indicateur.',
  turnDot: (turn) => `Tour ${turn} \u00b7 `,
  entryMissing: 'L’entrée ne figure pas dans le journal.',
  noRoll: 'Pas de tirage\u00a0: rien n’a été laissé au hasard.',
  rating: 'Évaluation de l’animateur',
  quoted: (text) => q(text),
  privateTitle: 'Objectifs propres des rôles',
  colRole: 'Rôle',
  colObjective: 'Objectif',
  colNow: 'Actuel',
  colResult: 'Résultat',
  colRating: 'Évaluation',

  timelineTitle: 'Chronologie des décisions et de leurs résultats',
  nothingYet: 'Rien ne s’est encore passé.',
  turn: (turn) => `Tour ${turn}`,
  succeeded: 'réussite',
  failed: 'échec',
  kinds: {
    briefing: 'point de situation',
    inject: 'événement',
    event: 'événement aléatoire',
    order: 'ordre',
    share: 'renseignement partagé',
    leak: 'fuite',
    move: 'déplacement',
    joint: 'action conjointe',
    solo: 'action individuelle',
    incident: 'incident signalé',
    drift: 'évolution des indicateurs',
    objective: 'objectif',
    facilitator: 'intervention de l’animateur',
    end: 'fin de l’exercice',
    message: 'message entre équipes',
  },
  facilitatorNote: (note) => `\u270e Animateur${nb}: ${note}`,
  overruled: 'annulé par l’animateur',
  overruledNote: (reason) => `Annulé par l’animateur${nb}: ${reason}`,

  chartsTitle: 'Indicateurs et confiance au fil des tours',
  higherBetter: (name) => `${name} (plus c’est haut, mieux c’est)`,
  lowerBetter: (name) => `${name} (plus c’est bas, mieux c’est)`,
  indicatorsFor: 'Indicateurs pour',
  wholeArea: 'Toute la zone de la mission (moyenne)',
  indicatorsIn: (district) => `Indicateurs (${district})`,
  indicatorsAverage: 'Indicateurs, moyenne de tous les districts',
  chartIn: (district) => `Indicateurs par tour (${district})`,
  chartAverage: 'Moyenne de chaque indicateur sur toute la zone de la mission, par tour',
  axisTurn: 'Tour',
  axisValue: 'Valeur (échelle 0\u2013100)',
  trustTitle: 'Confiance entre chaque paire de rôles',
  chartTrust: 'Confiance entre chaque paire de rôles, par tour',
  axisTrust: 'Confiance (échelle 0\u2013100)',

  momentsTitle:
    'Moments clés\u00a0: les plus grandes variations et les décisions qui les ont causées',
  noMoments: 'Pas encore de grande variation.',
  swing: (n) => `Variation ${f.num(n)}`,
  why: (why) => `Pourquoi${nb}: ${why}`,

  coordinationTitle: 'Coordination entre composantes',
  jointCount: (n) => f.plural(n, { one: '# conjointe', other: '# conjointes' }),
  soloCount: (n) => f.plural(n, { one: '# individuelle', other: '# individuelles' }),
  lapsedCount: (n) =>
    f.plural(n, { one: '# proposition caduque', other: '# propositions caduques' }),
  intelShared: 'Renseignement partagé',
  leaks: (n) => f.plural(n, { one: '# fuite', other: '# fuites' }),
  intelHeld: 'Renseignement retenu',
  intelHeldNote: 'renseignements jamais parvenus à un rôle qui en aurait eu besoin',
  incidents: 'Incidents',
  resolvedFailed: 'résolus / en échec',
  responseTime: 'Délai de réponse',
  responseTimeNote: 'tours, en moyenne, entre l’ouverture d’un incident et sa clôture',
  heldTitle: 'Incidents que le renseignement retenu aurait changés',
  noHeld:
    'Aucun\u00a0: aucun incident n’a échoué pendant qu’un rôle retenait un renseignement utile.',
  turnColon: (turn) => `Tour ${turn}${nb}: `,

  factsTitle: 'Qui savait quoi, et quand',
  factsLede:
    'Pour chaque renseignement\u00a0: qui le détenait à chaque tour (\u25cf détenu, \u25c9 reçu ce tour-là), quand il a été partagé, les incidents qu’il concernait (\u26a0 ouvert, \u2714 résolu, \u2716 en échec) et à qui il n’est jamais parvenu.',
  heldOn: (turn) => `détenu au tour ${turn}`,
  notHeldOn: (turn) => `non détenu au tour ${turn}`,
  turnShort: (turn) => `T${turn}`,
  incidentsRow: 'Incidents',
  holder: (role, turn, how) => `${role}${nb}: dès le tour ${turn} (${how})`,
  shared: (turn, from, to) => `Tour ${turn}${nb}: partagé par ${from} avec ${to}`,
  itLeaked: ' \u2014 il a fuité',
  incidentLine: (title, district, opened, status) =>
    `\u26a0 ${at(title, district)}${nb}: ouvert au tour ${opened}, ${status}`,
  incidentLineClosed: (title, district, opened, status, closed) =>
    `\u26a0 ${at(title, district)}${nb}: ouvert au tour ${opened}, ${status} au tour ${closed}`,
  neverReached: `Jamais parvenu à${nb}: {roles}, dont il aurait servi les actions.`,

  rolesTitle: 'Points forts et axes d’amélioration',
  strengths: 'Points forts',
  improvements: 'Axes d’amélioration',
  noneStoodOut: 'Rien de marquant.',

  questionsTitle: 'Questions pour la discussion',
  fromScenario: 'Du scénario',
  fromGame: 'De cette partie',

  notesTitle: 'Annotations et décisions de l’animateur',
  annotations: (n) => f.plural(n, { one: '# annotation', other: '# annotations' }),
  noAnnotations:
    'Aucune annotation. Les entrées du journal s’annotent depuis la console de l’animateur.',
  annotationOn: (turn, title) => `Tour ${turn}, sur ${q(title)}`,
  actionsTitle: 'Interventions de l’animateur\u00a0: événements, ajustements, annulations, pauses',
  none: 'Aucune.',
  releasedTitle: 'Événements déclenchés par l’animateur',

  evaluationTitle: 'Évaluation',
  evaluationLede:
    'Pour chaque objectif\u00a0: son critère, le résultat que montre le journal et l’évaluation de l’animateur avec ses notes. L’évaluation peut se faire en cours de jeu (dans la console) ou ici, après.',
  colCriterion: 'Critère',
  colRatingNotes: 'Évaluation et notes',
  resultValue: (result, value) => `${result} (${f.num(value)})`,
  changeRating: 'Modifier l’évaluation',
  rateIt: 'Évaluer',

  planTitle: 'Plan d’amélioration',
  planLede:
    'Actions correctives avec un responsable et une échéance\u00a0; elles figurent dans le rapport Markdown et dans la sauvegarde.',
  logTitle: 'Le journal complet',
  logLede: (why) =>
    `Toutes les entrées sont désormais visibles de tous, y compris celles réservées aux équipes. Filtrez par tour, rôle ou district\u00a0; ouvrez ${q(why)} pour voir les tirages.`,
};
