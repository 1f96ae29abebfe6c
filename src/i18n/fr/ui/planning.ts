import type { Translation } from '../../catalogue';
import type { planning as en } from '../../en/ui/planning';
import { formatter } from '../../format';

const f = formatter('fr');
const nb = '\u00a0';
const pa = (n: number) => `${f.num(n)}${nb}PA`;
const lower = (s: string) => s.toLowerCase();
const q = (s: string) => `\u00ab${nb}${s}${nb}\u00bb`;

export const planning: Translation<typeof en> = {
  playedBy: (team) => `Joué par ${team}`,
  apOf: (left, total) => `${left} sur ${total}`,
  apLeftWords: (left) => (left <= 1 ? 'point d’action restant' : 'points d’action restants'),
  privateBriefing: 'Point de situation privé de ce tour',
  privateObjective: 'Objectif propre',
  intelligence: (n) => `Renseignement détenu (${n})`,
  noIntelligence:
    'Aucun pour l’instant. D’autres rôles peuvent partager le leur\u00a0; les enquêtes peuvent en révéler davantage.',
  helps: (actions, bonus) => `Utile pour${nb}: ${actions} (${bonus})`,
  leaked: `Fuite${nb}: cette information n’aide plus.`,
  units: (n) => `Unités (${n})`,
  unitWhere: (district, readiness) => `${district}, disponibilité ${readiness}`,
  mandate: 'Mandat',
  constraints: 'Contraintes',
  trustTitle: 'Confiance avec les autres rôles',
  trustWith: (role) => `${role}${nb}:`,
  capabilities: 'Capacités',

  newOrder: 'Nouvel ordre',
  newOrderOrProposal: 'Nouvel ordre ou proposition',
  actionLabel: 'Action',
  chooseAction: 'Choisissez une action\u2026',
  actionOption: (action, cost) => `${action} \u2014 ${pa(cost)}`,
  shapes: {
    solo: 'Actions individuelles',
    joint: 'Actions conjointes (proposées aux partenaires)',
    share: 'Renseignement',
    move: 'Mouvements',
  },
  notAvailable: (label) => `${label} (indisponible)`,
  whyUnavailable: (n) =>
    `Pourquoi ${f.plural(n, { one: '# action est indisponible', other: '# actions sont indisponibles' })}`,
  labelled: (name) => `${name}${nb}:`,
  jointInRound1:
    'Les actions conjointes se proposent à l’étape 1, pour que les partenaires puissent répondre à l’étape 2.',
  needsAp: (cost, left) =>
    `Il faut ${f.plural(cost, { one: '# point d’action', other: '# points d’action' })}${nb}; il en reste ${left}.`,
  noFactToShare: 'Vous ne détenez aucune information qu’un autre rôle n’a pas.',
  noUnits: 'Vous n’avez aucune unité.',
  costs: (cost) => `Coût${nb}: ${pa(cost)}.`,
  costsJoint: (cost, partnerCost) =>
    `Coût${nb}: ${pa(cost)} (${pa(partnerCost)} pour chaque partenaire).`,
  districtLabel: 'District visé',
  chooseDistrict: 'Choisissez un district\u2026',
  districtsClosed: 'Districts indisponibles',
  invitePartners: 'Inviter des partenaires',
  partnersCrowd: 'Partenaires (cordon militaire, médiateurs civils)',
  postureLabel: 'Posture à adopter',
  factLabel: 'Information',
  chooseFact: 'Choisissez une information\u2026',
  shareWith: 'Partager avec',
  chooseRole: 'Choisissez un rôle\u2026',
  leakHint:
    'Partager avec un rôle envers qui votre confiance est inférieure à 50 peut provoquer une fuite.',
  unitLabel: 'Unité',
  chooseUnit: 'Choisissez une unité\u2026',
  unitOption: (unit, district) => `${unit} (${district})`,
  moveTo: 'Déplacer vers',
  chooseNeighbour: 'Choisissez un district voisin\u2026',
  missing: {
    action: 'Choisissez une action.',
    fact: 'Choisissez une information à partager.',
    recipient: 'Choisissez qui la reçoit.',
    unit: 'Choisissez une unité à déplacer.',
    destination: 'Choisissez sa destination.',
    district: 'Choisissez un district (ici ou sur la carte).',
    posture: 'Choisissez une posture.',
  },
  verbs: { order: 'Donner l’ordre', propose: 'Proposer', share: 'Partager', move: 'Déplacer' },
  ready: (left) => `Prêt${nb}: il restera ${pa(left)}.`,
  proposedNotice: (action, district) => `Proposition envoyée${nb}: ${lower(action)} (${district}).`,
  orderedNotice: (action) => `Ordre donné${nb}: ${lower(action)}.`,

  shareLabel: (fact, role) => `Partager ${q(fact)} avec ${role}`,
  moveLabel: (unit, district) => `Déplacer ${unit} vers ${district}`,
  orderLabel: (action, district) => `${action} (${district})`,
  withPosture: (posture) => `, ${lower(posture)}`,
  status: { pending: 'en attente', accepted: 'acceptée', declined: 'refusée' },
  yourOrders: (n) => `Vos ordres pour ce tour (${n})`,
  noOrders: 'Aucun ordre pour l’instant.',
  noPartners: 'aucun partenaire',
  cancel: 'Annuler',
  cancelLabel: (order) => `Annuler${nb}: ${order}`,
  withdraw: 'Retirer',

  proposalsToYou: 'Propositions reçues',
  proposalsToYouCount: (n) => `Propositions reçues (${n})`,
  noProposals: 'Aucun autre rôle ne vous a proposé d’action conjointe ce tour-ci.',
  proposes: '{lead} propose {action} ({district})',
  withPostureNamed: (posture) => `, posture${nb}: ${lower(posture)}`,
  alsoInvited: (roles) => `(également invités${nb}: ${roles})`,
  sentenceEnd: '.',
  costsYou: (n) => `Si vous acceptez, cela vous coûte ${pa(n)}.`,
  accept: 'Accepter',
  decline: 'Refuser',
  youAccepted: 'Vous avez accepté.',
  youDeclined: 'Vous avez refusé.',

  tabsLabel: 'Fiche du rôle et journal',
  roleCardTab: 'Fiche du rôle',
  logTab: (n) => `Journal (${n})`,
  ordersLabel: 'Ordres',
  round1Title: 'Planifier et proposer',
  round2Title: 'Répondre et valider',
  apLeft: (n) => `${pa(n)} ${n <= 1 ? 'restant' : 'restants'}`,
  round1Help:
    'Rédigez vos ordres, proposez des actions conjointes et partagez du renseignement. Les partenaires répondent à vos propositions à l’étape 2.',
  round2Help:
    'Répondez aux propositions reçues, ajustez vos ordres (annuler libère des points d’action), puis validez.',
  finishRound: `Terminé${nb}: passer l’écran`,
  commit: 'Valider nos ordres',
};
