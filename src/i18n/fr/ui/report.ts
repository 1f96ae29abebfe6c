import type { Translation } from '../../catalogue';
import type { report as en } from '../../en/ui/report';
import { formatter } from '../../format';

const f = formatter('fr');
const fois = (n: number) => `${f.num(n)}\u00a0fois`;
const actions = (n: number) => f.plural(n, { one: '# action', other: '# actions' });
const q = (s: string) => `\u00ab\u00a0${s}\u00a0\u00bb`;

export const report: Translation<typeof en> = {
  atLeast: (value) => `au moins\u00a0${f.num(value)}`,
  atMost: (value) => `au plus\u00a0${f.num(value)}`,

  heldFromStart: 'connu dès le départ',

  modifier: (value, reason) => `${f.signed(value)} ${reason}`,
  rollWhy: (chance, base, modifiers, roll) =>
    `probabilité ${chance} (base ${base}${modifiers ? `\u00a0; ${modifiers}` : ''}), tirage ${roll}`,
  listSeparator: '\u00a0; ',

  mostSucceeded: (done, total) =>
    `La plupart de ses actions ont réussi (${f.num(done)} sur ${f.num(total)}).`,
  fewSucceeded: (done, total) =>
    `Moins de la moitié de ses actions ont réussi (${f.num(done)} sur ${f.num(total)})\u00a0: vérifier les unités sur place et le renseignement disponible avant d’agir.`,
  workedJointly: (count, total) =>
    `A travaillé en commun\u00a0: ${f.plural(count, { one: '# action conjointe', other: '# actions conjointes' })} sur ${f.num(total)}.`,
  rarelyJoint: (count, total) =>
    `A rarement agi en commun (${f.plural(count, { one: '# action conjointe', other: '# actions conjointes' })} sur ${f.num(total)}).`,
  sharedIntel: (n) => `A partagé du renseignement ${fois(n)}.`,
  heldBack: (fact, roles) =>
    `Détenait ${q(fact)} sans jamais le transmettre, alors qu’il aurait servi à\u00a0: ${roles}.`,
  actedAlone: (n) => `A agi seul dans le mandat d’une autre composante ${fois(n)}.`,
  privateMet: (description, value) =>
    `Objectif propre atteint\u00a0: ${description}\u00a0; résultat\u00a0: ${f.num(value)}.`,
  privateNotMet: (description, value) =>
    `Objectif propre non atteint\u00a0: ${description}\u00a0; résultat\u00a0: ${f.num(value)}.`,

  questionHeld: (holders, fact, incident, turn) =>
    `Avant l’échec de la réponse à ${q(incident)} (tour ${turn}), ${q(fact)} était déjà connu de\u00a0: ${holders}. Qu’est-ce qui a empêché de le partager\u00a0?`,
  questionSwing: (turn, title) =>
    `Le plus grand basculement a eu lieu au tour ${turn}\u00a0: ${title} Quelle décision y a conduit, et que referiez-vous ou changeriez-vous\u00a0?`,
  questionUnmet: (objective) => `Qu’aurait-il fallu pour atteindre ${q(objective)}\u00a0?`,
  questionLeaks:
    'Du renseignement a fuité pendant l’exercice. Comment aurait-on pu bâtir la confiance avant de le partager\u00a0?',
  questionJointShare: (percent) =>
    `Seulement ${f.percent(percent)} des actions ont été conjointes. Qu’est-ce qui a tenu les composantes à l’écart les unes des autres\u00a0?`,

  mdTitle: (title) => `Rapport après action\u00a0: ${title}`,
  mdExported: (date) => `Exporté le ${date}.`,
  mdSeed: (seed) => `Graine ${seed}`,
  mdTurnsPlayed: (done, total) =>
    `${f.plural(done, { one: '# tour joué', other: '# tours joués' })} sur ${f.num(total)}`,
  mdAccomplished: (score) => `score de ${f.num(score)} sur 100, mission accomplie`,
  mdNotAccomplished: (score) => `score de ${f.num(score)} sur 100, mission non accomplie`,
  mdInProgress: 'exercice en cours',
  mdEnded: (reason) => `Fin\u00a0: ${reason}.`,
  mdOverview: 'Présentation de l’exercice',
  mdLearningObjectives: 'Objectifs pédagogiques',
  mdObjectives: 'Objectifs',
  mdPrivateObjectives: 'Objectifs propres des rôles',
  mdColRole: 'Rôle',
  mdColObjective: 'Objectif',
  mdColTarget: 'Cible',
  mdColResult: 'Résultat',
  mdColMet: 'Atteint',
  mdColRating: 'Évaluation',
  mdYes: 'oui',
  mdNo: 'non',
  mdEvidenceFor: (objective) => `Éléments probants pour ${q(objective)}\u00a0:`,
  mdTurnItem: (turn, text) => `Tour ${turn}\u00a0: ${text}`,
  mdIndicators: 'Indicateurs au fil des tours',
  mdTrust: 'Confiance entre les rôles',
  mdStart: 'début',
  mdTurnShort: (turn) => `T${turn}`,
  mdKeyMoments: 'Moments clés',
  mdMoment: (turn, title, value) =>
    `Tour ${turn}\u00a0: ${title} Variation totale\u00a0: ${f.num(value)}.`,
  mdWhy: (why) => `Pourquoi\u00a0: ${why}.`,
  mdCoordination: 'Coordination entre composantes',
  mdJoint: (count, total, percent, n) =>
    `Actions conjointes\u00a0: ${f.num(count)} sur ${actions(total)} (${f.percent(percent)})\u00a0; ${f.plural(n, { one: '# proposition devenue caduque', other: '# propositions devenues caduques' })}.`,
  mdShared: (n) => `Renseignement partagé ${fois(n)}`,
  mdHeldFacts: (n) =>
    f.plural(n, {
      one: '# renseignement n’a jamais atteint un rôle qui en aurait eu besoin',
      other: '# renseignements n’ont jamais atteint un rôle qui en aurait eu besoin',
    }),
  mdLeaks: (n) => f.plural(n, { one: '# fuite', other: '# fuites' }),
  mdIncidents: (done, count, responseTime) =>
    `Incidents résolus\u00a0: ${f.num(done)}\u00a0; en échec\u00a0: ${f.num(count)}\u00a0; délai moyen de réponse\u00a0: ${responseTime}.`,
  mdTurnsDecimal: (turns, one) => `${turns}\u00a0${one ? 'tour' : 'tours'}`,
  mdHeldMattered: (turn, title) => `Le renseignement retenu a pesé au tour ${turn}\u00a0: ${title}`,
  mdWhoKnew: 'Qui savait quoi, et quand',
  mdHolder: (role, turn, how) => `${role} dès le tour ${turn} (${how})`,
  mdHolders: (holders) => `\u00a0: ${holders}.`,
  mdNeverReached: (roles) => `Jamais parvenu à\u00a0: ${roles}.`,
  mdRelatedIncident: (title, opened, status) =>
    `Incident lié\u00a0: ${title}, ouvert au tour ${opened}, ${status}.`,
  mdRelatedIncidentClosed: (title, opened, status, closed) =>
    `Incident lié\u00a0: ${title}, ouvert au tour ${opened}, ${status} au tour ${closed}.`,
  incidentStatus: { open: 'encore ouvert', resolved: 'résolu', failed: 'en échec' },
  mdStrengths: 'Points forts et axes d’amélioration',
  roleActions: (total, done, count) =>
    `${actions(total)}\u00a0: ${f.plural(done, { one: '# réussie', other: '# réussies' })}, ${f.plural(count, { one: '# conjointe', other: '# conjointes' })}`,
  roleShares: (given, received) => `partages donnés\u00a0: ${given}, reçus\u00a0: ${received}`,
  mdStrength: (text) => `Point fort\u00a0: ${text}`,
  mdToImprove: (text) => `À améliorer\u00a0: ${text}`,
  mdTimeline: 'Chronologie',
  mdTurn: (turn) => `Tour ${turn}`,
  mdFacilitatorNote: (note) => `Animateur\u00a0: ${note}`,
  mdOverruled: (reason) => `annulé par l’animateur\u00a0: ${reason}`,
  mdQuestions: 'Questions pour la discussion',
  mdNotes: 'Notes de l’animateur',
  mdNone: 'Aucune.',
  mdAnnotation: (turn, title, note) => `Tour ${turn}, sur ${q(title)}\u00a0: ${note}`,
  mdPlan: 'Plan d’amélioration',
  mdNoneRecorded: 'Aucune action enregistrée.',
  mdColAction: 'Action corrective',
  mdColOwner: 'Responsable',
  mdColDue: 'Échéance',

  csvTurn: 'tour',
  csvDistrict: 'code_district',
  csvName: 'nom',
  csvIndicator: (_id, name) => name,
};
