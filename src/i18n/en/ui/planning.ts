/** Interface strings: planning, a team's role card, order builder, proposals and orders (English,
 * the reference). */
import { formatter } from '../../format';

const f = formatter('en');
const apWords = (n: number) => `${f.num(n)} AP`;

export const planning = {
  // The role card.
  playedBy: (team: string) => `Played by ${team}`,
  /** "2 of 3", bold, before `apLeftWords`. */
  apOf: (left: number, total: number) => `${left} of ${total}`,
  apLeftWords: (left: number): string => (left === 1 ? 'action point left' : 'action points left'),
  privateBriefing: 'Private briefing this turn',
  privateObjective: 'Private objective',
  intelligence: (n: number) => `Intelligence you hold (${n})`,
  noIntelligence: 'None yet. Other roles may share theirs; investigations may find more.',
  /** `bonus` is signed ("+10"). */
  helps: (actions: string, bonus: string) => `Helps: ${actions} (${bonus})`,
  leaked: 'Leaked: it no longer helps.',
  units: (n: number) => `Units (${n})`,
  unitWhere: (district: string, readiness: number) => `in ${district}, readiness ${readiness}`,
  mandate: 'Mandate',
  constraints: 'Constraints',
  trustTitle: 'Trust with the other roles',
  trustWith: (role: string) => `${role}:`,
  capabilities: 'Capabilities',

  // The order builder.
  newOrder: 'New order',
  newOrderOrProposal: 'New order or proposal',
  actionLabel: 'Action',
  chooseAction: 'Choose an action\u2026',
  /** An action in the picker, under its kind's group: "Joint patrol — 2 AP". */
  actionOption: (action: string, cost: number) => `${action} \u2014 ${apWords(cost)}`,
  /** The picker's groups, by the kind of action. */
  shapes: {
    solo: 'Solo actions',
    joint: 'Joint actions (proposed to partners)',
    share: 'Intelligence',
    move: 'Movement',
  },
  notAvailable: (label: string) => `${label} (not available)`,
  whyUnavailable: (n: number) =>
    `Why ${f.plural(n, { one: '# action is', other: '# actions are' })} not available`,
  /** A name before its reason: "Patrol:". */
  labelled: (name: string) => `${name}:`,
  jointInRound1: 'Joint actions are proposed in round 1, so partners can answer in round 2.',
  needsAp: (cost: number, left: number) =>
    `Needs ${f.plural(cost, { one: '# action point', other: '# action points' })}; ${left} left.`,
  noFactToShare: 'You hold no fact that another role lacks.',
  noUnits: 'You have no units.',
  costs: (cost: number) => `Costs ${apWords(cost)}.`,
  /** `ap` is what each accepting partner pays. */
  costsJoint: (cost: number, ap: number) => `Costs ${apWords(cost)} (each partner ${apWords(ap)}).`,
  districtLabel: 'District',
  chooseDistrict: 'Choose a district\u2026',
  districtsClosed: 'Districts not available',
  invitePartners: 'Invite partners',
  partnersCrowd: 'Partners (military cordon, civilian mediators)',
  postureLabel: 'Posture',
  factLabel: 'Fact',
  chooseFact: 'Choose a fact\u2026',
  shareWith: 'Share with',
  chooseRole: 'Choose a role\u2026',
  leakHint: 'Sharing with a role you trust below 50 may leak.',
  unitLabel: 'Unit',
  chooseUnit: 'Choose a unit\u2026',
  unitOption: (unit: string, district: string) => `${unit} (in ${district})`,
  moveTo: 'Move to',
  chooseNeighbour: 'Choose a neighbouring district\u2026',
  /** What the draft still lacks, shown under the button. */
  missing: {
    action: 'Choose an action.',
    fact: 'Choose a fact to share.',
    recipient: 'Choose who receives it.',
    unit: 'Choose a unit to move.',
    destination: 'Choose where it goes.',
    district: 'Choose a district (here or on the map).',
    posture: 'Choose a posture.',
  },
  /** The builder's button, by the kind of action. */
  verbs: { order: 'Give order', propose: 'Propose', share: 'Share', move: 'Move' },
  ready: (left: number) => `Ready: ${apWords(left)} will be left.`,
  proposedNotice: (action: string, district: string) => `Proposed: ${action} in ${district}.`,
  orderedNotice: (action: string) => `Order given: ${action}.`,

  // Orders and proposals.
  shareLabel: (fact: string, role: string) => `Share \u201c${fact}\u201d with ${role}`,
  moveLabel: (unit: string, district: string) => `Move ${unit} to ${district}`,
  orderLabel: (action: string, district: string) => `${action} in ${district}`,
  withPosture: (posture: string) => `, ${posture.toLowerCase()}`,
  status: { pending: 'waiting', accepted: 'accepted', declined: 'declined' },
  yourOrders: (n: number) => `Your orders this turn (${n})`,
  noOrders: 'No orders yet.',
  noPartners: 'no partners',
  cancel: 'Cancel',
  cancelLabel: (order: string) => `Cancel: ${order}`,
  withdraw: 'Withdraw',

  // Proposals to this team.
  proposalsToYou: 'Proposals to you',
  proposalsToYouCount: (n: number) => `Proposals to you (${n})`,
  noProposals: 'No other role proposed a joint action to you this turn.',
  /** `{lead}` and `{action}` are shown in bold. */
  proposes: '{lead} proposes {action} in {district}',
  withPostureNamed: (posture: string) => `, posture ${posture.toLowerCase()}`,
  alsoInvited: (roles: string) => `(also invited: ${roles})`,
  sentenceEnd: '.',
  costsYou: (n: number) => `It costs you ${apWords(n)} if you accept.`,
  accept: 'Accept',
  decline: 'Decline',
  youAccepted: 'You accepted.',
  youDeclined: 'You declined.',

  // The screen.
  tabsLabel: 'Role card and log',
  roleCardTab: 'Role card',
  logTab: (n: number) => `Log (${n})`,
  ordersLabel: 'Orders',
  round1Title: 'Plan and propose',
  round2Title: 'Answer and commit',
  apLeft: (n: number) => `${apWords(n)} left`,
  round1Help:
    'Draft your orders, propose joint actions and share intelligence. Partners answer your proposals in round 2.',
  round2Help:
    'Answer the proposals addressed to you, adjust your orders (cancelling frees action points), then commit.',
  finishRound: 'Done: pass the screen on',
  commit: 'Commit our orders',
};
