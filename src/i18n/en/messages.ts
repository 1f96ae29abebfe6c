/** The engine's messages in English: what the log says happened, and why. */
import type { MessageCatalogue } from '../catalogue';
import { formatter } from '../format';
import { names } from '../names';

const f = formatter('en');
const lower = (s: string) => s.toLowerCase();
/**
 * A drift rule's reason inside a sentence: "Unmet need feeds unrest." → "unmet need feeds unrest".
 */
const clause = (s: string) => lower(s.replace(/[.\s]+$/, ''));
const inDistricts = (d: string[], everywhere: string) =>
  d.length ? ` in ${f.list(d)}` : everywhere;
/** "Riot in Harbour"; a title that names its place already ("Barricades in Dunmere") stays as it
 * is. */
const at = (thing: string, place: string) => (names(thing, place) ? thing : `${thing} in ${place}`);

export const messages: MessageCatalogue = {
  text: (a) => a.text,

  'log.turnBegins': (a) => `Turn ${a.turn} of ${a.turns} begins.`,
  'log.inject': (a) => `${a.sender}: ${a.title}`,
  'log.injectDetail': (a) => `${a.text} (${a.why})`,
  'log.quietStart': () => 'A quiet start: no random event this turn.',
  'log.event': (a) => at(a.title, a.district),
  'log.shared': (a) => `${a.from} shared \u201c${a.fact}\u201d with ${a.to}.`,
  'log.leaked': () => 'It leaked.',
  'log.notLeaked': () => 'It did not leak.',
  'log.leak': (a) => `Leak: word of \u201c${a.fact}\u201d got out, and it is worthless now.`,
  'log.leakDetail': () =>
    'Information passed between partners who do not trust each other travels further than intended.',
  'log.moved': (a) => `${a.asset} moved from ${a.from} to ${a.to}.`,
  'log.actionSucceeded': (a) => `${f.list(a.who)}: ${lower(a.action)} in ${a.district} succeeded.`,
  'log.actionFailed': (a) => `${f.list(a.who)}: ${lower(a.action)} in ${a.district} failed.`,
  // Possessives are avoided: "Civilian Sections's" is wrong, and a name ending in a bracket has none.
  'log.proposalLapsed': (a) =>
    `The proposal of ${lower(a.action)} in ${a.district} by ${a.lead} lapsed: no partner accepted.`,
  'log.drift': (a) => `${a.district} drifts: ${a.reasons.map(clause).join('; ')}.`,
  'log.incidentResolved': (a) => `${at(a.incident, a.district)}: resolved by ${f.list(a.who)}.`,
  'log.incidentContained': (a) =>
    `${at(a.incident, a.district)}: contained by the units deployed there.`,
  'log.incidentEscalates': (a) =>
    `${at(a.incident, a.district)}: unanswered, it escalates (${f.plural(a.turnsLeft, { one: '# turn', other: '# turns' })} left).`,
  'log.incidentFailed': (a) => `${at(a.incident, a.district)}: the mission failed to respond.`,
  'log.expectedResponse': (a) => `Expected response: ${f.list(a.actions.map(lower), 'or')}.`,
  'log.endAccomplished': (a) =>
    `The exercise ends: ${a.reason}. Score ${a.score} of 100; mission accomplished.`,
  'log.endNotAccomplished': (a) =>
    `The exercise ends: ${a.reason}. Score ${a.score} of 100; mission not accomplished.`,
  'log.endDetail': (a) => a.objectives.join(' '),
  'log.objectiveMet': (a) => `Met: ${a.description} (now ${a.value}).`,
  'log.objectiveNotMet': (a) => `Not met: ${a.description} (now ${a.value}).`,
  'log.message': (a) => `${a.from} to ${a.to}: \u201c${a.text}\u201d`,
  'log.messageAll': (a) => `${a.from} to all: \u201c${a.text}\u201d`,
  'log.committedByTimer': (a) =>
    `Planning time ran out: the orders of ${a.role} were committed as they stood.`,

  'why.scheduled': (a) => `scheduled by the facilitator for turn ${a.turn}`,
  'why.scripted': (a) => `scripted for turn ${a.turn}`,
  'why.triggered': (a) => `triggered because the ${a.metric} is ${a.value}`,
  'why.released': () => 'released by the facilitator',

  'end.condition': (a) => `${a.description} (${a.metric} is ${a.value})`,
  'end.lastTurn': (a) => `the last turn (${a.turn}) is over`,
  'end.facilitator': (a) => `the facilitator ended the exercise: ${a.reason}`,

  'fac.scheduled': (a) => `Facilitator scheduled \u201c${a.inject}\u201d for turn ${a.turn}.`,
  'fac.skipped': (a) => `Facilitator skipped \u201c${a.inject}\u201d: it will not fire.`,
  'fac.adjusted': (a) =>
    `Facilitator adjusted ${lower(a.indicator)} in ${a.district} by ${f.signed(a.delta)}: ${a.reason}`,
  'fac.adjustedTrust': (a) =>
    `Facilitator adjusted trust between ${a.a} and ${a.b} by ${f.signed(a.delta)}: ${a.reason}`,
  'fac.overruled': (a) => `Facilitator overruled \u201c${a.entry}\u201d: ${a.reason}`,
  'fac.paused': () => 'Facilitator paused the exercise.',
  'fac.resumed': () => 'Facilitator resumed the exercise.',
  'fac.rewound': (a) => `Facilitator rewound the exercise to the start of turn ${a.turn}.`,

  'fx.facilitator': (a) => `facilitator: ${a.reason}`,
  'fx.overruled': (a) => `facilitator overruled: ${a.reason}`,
  'fx.inject': (a) => `inject: ${a.title}`,
  'fx.event': (a) => `event: ${a.title}`,
  'fx.actionSucceeded': (a) => `${a.action} succeeded`,
  'fx.actionFailed': (a) => `${a.action} failed`,
  'fx.sharedBy': (a) => `shared by ${a.role}`,
  'fx.intelShared': () => 'intelligence shared',
  'fx.intelLeaked': () => 'intelligence leaked',
  'fx.secretLeaked': () => 'a shared secret leaked',
  'fx.leakRumours': () => 'rumours from the leak',
  'fx.moveOrder': () => 'move order',
  'fx.uncovered': () => 'uncovered by investigation',
  'fx.actedAlone': (a) => `${a.role} acted alone on the ${a.kind} mandate`,
  'fx.soloAction': () => 'solo action carried out',
  'fx.policeLedPopulated': () => 'police-led patrol in a populated district',
  'fx.militarySuppressed': () => 'military lead suppressed threats',
  'fx.posture': (a) => `posture: ${lower(a.posture)}`,
  'fx.harmDispersed': () => 'civilians hurt as a crowd was dispersed by force',
  'fx.harmEscalated': () => 'a tense crowd met force and escalated',
  'fx.jointSucceeded': () => 'a joint action succeeded',
  'fx.jointFailed': () => 'a joint action failed',
  'fx.jointCarriedOut': () => 'joint action carried out',
  'fx.heldBack': (a) => `\u201c${a.fact}\u201d was held back`,
  'fx.heldBackMattered': (a) =>
    `${a.role} held back \u201c${a.fact}\u201d, which would have mattered`,
  'fx.incidentResolved': (a) => `${a.incident} resolved`,
  'fx.incidentContained': (a) => `${a.incident} contained`,
  'fx.incidentEscalates': (a) => `${a.incident} escalates`,
  'fx.incidentFailed': (a) => `${a.incident} failed`,
  'fx.countResolved': () => 'incident resolved',
  'fx.countContained': () => 'incident contained',
  'fx.countNotHandled': () => 'incident not handled',

  'mod.unitOnSite': (a) => `${a.role} has a unit on site`,
  'mod.readiness': (a) => `readiness of the best unit ${a.role} has there (${a.value})`,
  'mod.fromNeighbour': (a) => `${a.role} acts from a neighbouring district`,
  'mod.noUnitInReach': (a) => `${a.role} has no unit within reach`,
  'mod.factLeaked': (a) => `\u201c${a.fact}\u201d leaked and is worthless`,
  'mod.intelligence': (a) => `intelligence: ${a.fact}`,
  'mod.hostileCrowds': (a) => `hostile crowds (tension ${a.tension})`,
  'mod.insecurity': (a) => `insecurity hampers civilian work (security ${a.security})`,
  'mod.communityCooperates': (a) => `the community cooperates (trust ${a.trust})`,
  'mod.nobodyTalks': (a) => `nobody talks to the mission (trust ${a.trust})`,
  'mod.partnerTrust': (a) => `trust between ${a.a} and ${a.b} (${a.trust})`,
  'mod.outsideMandate': (a) => `${lower(a.action)} is outside the ${a.kind} mandate`,
  'mod.incidentHarder': (a) => `the incident \u201c${a.incident}\u201d makes it harder`,
  'mod.militaryLeadThreat': () => 'military lead in a high-threat district',
  'mod.soldiersUnsettle': () => 'soldiers leading in a crowded, calm district unsettle people',
  'mod.noPolice': () => 'no police in the patrol',
  'mod.notPoliceLed': () => 'crowd control not led by police',
  'mod.mediators': () => 'civilian mediators at the table',
  'mod.noMediators': () => 'negotiating without mediators',
  'mod.tooHeated': (a) => `too heated to negotiate (tension ${a.tension})`,
  'mod.containCautious': () => 'containment is the cautious posture',
  'mod.cordon': () => 'a military cordon holds the perimeter',
  'mod.mediatorsTalk': () => 'mediators talk to the crowd',
  'mod.forceClears': () => 'force clears the square',
  'mod.angryCrowd': (a) => `dispersing an angry crowd (tension ${a.tension})`,
  'mod.soldiersFacing': () => 'soldiers facing civilians',
  'mod.noTarget': () => 'no intelligence on a target here',
  'mod.noMilitary': () => 'no military to secure the site',
  'mod.absent': (a) => `${f.list(a.roles)} did not take part`,
  'mod.unitsDeployed': (a) =>
    `${f.plural(a.count, { one: '# unit', other: '# units' })} deployed in the district`,
  'mod.districtSecurity': (a) => `security in the district (${a.security})`,
  'mod.severity': (a) => `severity of the incident (${a.severity})`,
  'mod.lowTrustLeak': (a) => `low trust between ${a.a} and ${a.b} (${a.trust})`,

  'means.cardDrawn': () => 'a card is drawn from the event deck',
  'means.leaks': () => 'the fact leaks',
  'means.contained': () => 'the units deployed contain it',

  'metric.average': (a) => `average ${lower(a.indicator)}${inDistricts(a.districts, '')}`,
  'metric.max': (a) =>
    `highest ${lower(a.indicator)}${inDistricts(a.districts, ' in any district')}`,
  'metric.min': (a) =>
    `lowest ${lower(a.indicator)}${inDistricts(a.districts, ' in any district')}`,
  'metric.counter': (a) => lower(a.counter),
  'metric.pairTrust': (a) => `trust between ${a.a} and ${a.b}`,
  'metric.averageTrust': () => 'average trust between roles',

  'no.ended': () => 'The exercise has ended.',
  'no.paused': () => 'The facilitator has paused the exercise.',
  'no.role': (a) => `There is no role \u2018${a.id}\u2019.`,
  'no.committed': (a) => `${a.role} has already committed its orders.`,
  'no.ordersCommitted': () => 'Orders are committed.',
  'no.order': () => 'No such order of this role.',
  'no.proposal': () => 'No such proposal of this role.',
  'no.alreadyCommitted': () => 'Already committed.',
  'no.notCommitted': () => 'Not committed.',
  'no.action': (a) => `\u2018${a.id}\u2019 is not an action in this scenario.`,
  'no.district': (a) => `There is no district \u2018${a.id}\u2019.`,
  'no.indicator': (a) => `There is no indicator \u2018${a.id}\u2019.`,
  'no.inject': (a) => `There is no inject \u2018${a.id}\u2019.`,
  'no.injectReleased': () => 'That inject has already been released.',
  'no.injectSkipped': () => 'That inject is already skipped.',
  'no.scheduleTurn': (a) => `Schedule it for a turn from ${a.from} to ${a.to}.`,
  'no.wholeNumber': () => 'An adjustment is a whole number.',
  'no.adjustReason': () => 'State a reason for the adjustment.',
  'no.sameRole': () => 'Choose two different roles.',
  'no.entry': (a) => `There is no log entry ${a.id}.`,
  'no.nothingToOverrule': () => 'That entry changed no value that could be overruled.',
  'no.overruledAlready': () => 'That outcome has already been overruled.',
  'no.overruleReason': () => 'State a reason for overruling.',
  'no.objective': (a) => `There is no objective \u2018${a.id}\u2019.`,
  'no.rating': () =>
    'A rating is one of performed, someChallenges, majorChallenges or notPerformed.',
  'no.improvementAction': () => 'Describe the corrective action.',
  'no.improvement': () => 'No such improvement.',
  'no.pausedAlready': () => 'Already paused.',
  'no.notPaused': () => 'Not paused.',
  'no.endedAlready': () => 'The exercise has already ended.',
  'no.rewindTurn': (a) => `Rewind to a turn from 1 to ${a.to}.`,
  'no.rewindWithoutLine': () =>
    'This game does not keep how its earlier turns began, so it cannot be rewound.',
  'no.capability': (a) => `${a.role} cannot ${lower(a.action)}.`,
  'no.cannotLead': (a) => `${a.role} may not lead this: ${a.reason}`,
  'no.notHere': (a) => `Not here: ${a.reason}`,
  'no.maxPerTurn': (a) => `At most ${a.count} a turn: ${a.reason}`,
  'no.needsIntel': (a) => `Needs intelligence on this district: ${a.reason}`,
  'no.cost': (a) =>
    `Needs ${f.plural(a.cost, { one: '# action point', other: '# action points' })}; ${a.left} left.`,
  'no.jointOnly': (a) => `${a.action} is a joint action: propose it to a partner.`,
  'no.chooseFact': () => 'Choose a fact to share.',
  'no.notHeld': (a) => `${a.role} does not hold that fact.`,
  'no.chooseRecipient': () => 'Choose another role to share with.',
  'no.alreadyHeld': (a) => `${a.role} already holds that fact.`,
  'no.alreadySharing': () => 'That fact is already being shared with them.',
  'no.chooseUnit': () => 'Choose one of your units to move.',
  'no.notBordering': (a) => `${a.district} does not border the unit\u2019s district.`,
  'no.unitMoving': () => 'That unit already has a move order this turn.',
  'no.notJoint': (a) => `${a.action} is not a joint action.`,
  'no.choosePosture': () => 'Choose a posture: negotiate, contain or disperse.',
  'no.partnerTwice': () => 'A partner is named twice.',
  'no.invitePartner': () => 'Invite at least one partner.',
  'no.selfPartner': () => 'A role cannot partner with itself.',
  'no.partnerCommitted': (a) => `${a.role} has already committed its orders and cannot answer.`,
  'no.proposalGone': () => 'That proposal no longer exists.',
  'no.notAddressed': () => 'That proposal is not addressed to this role.',
  'no.answered': () => 'That proposal has already been answered.',
  'no.messageEmpty': () => 'Write something before sending the message.',
  'no.messageLong': (a) => `A message holds at most ${a.max} characters.`,
};
