/**
 * Arguments for every engine message, built around the names a test chooses: the sentences of
 * `messages.test.ts` use plain English samples, `names.test.ts` the bundled scenarios' own names.
 * Typed so that a key added to the engine does not compile until it has a sample here.
 */
import { msg, ref, type MessageArgs, type MessageKey } from '../../src/engine/messages';

/** Something a message names: scenario text, or a scenario id worded by the language. */
export type Named = MessageArgs['log.shared']['from'];

export interface SampleNames {
  role: Named;
  /** Another role than `role`. */
  partner: Named;
  district: Named;
  /** Another district than `district`. */
  other: Named;
  fact: Named;
  incident: Named;
  asset: Named;
  inject: Named;
  event: Named;
}

export type Samples = { [K in MessageKey]: MessageArgs[K] };

const action = ref('action', 'joint_patrol');
const indicator = ref('indicator', 'security');
const metric = msg('metric.max', { indicator: ref('indicator', 'tension'), districts: [] });

export function samples(n: SampleNames): Samples {
  return {
    text: { text: 'A crowd gathers at the port gates.' },

    'log.turnBegins': { turn: 3, turns: 10 },
    'log.inject': { sender: n.role, title: n.inject },
    'log.injectDetail': {
      text: 'Residents report gunfire.',
      why: msg('why.scheduled', { turn: 3 }),
    },
    'log.quietStart': {},
    'log.event': { title: n.event, district: n.district },
    'log.shared': { from: n.role, fact: n.fact, to: n.partner },
    'log.leaked': {},
    'log.notLeaked': {},
    'log.leak': { fact: n.fact },
    'log.leakDetail': {},
    'log.moved': { asset: n.asset, from: n.district, to: n.other },
    'log.actionSucceeded': { who: [n.role, n.partner], action, district: n.district },
    'log.actionFailed': { who: [n.role], action, district: n.district },
    'log.proposalLapsed': { lead: n.role, action, district: n.district },
    'log.drift': {
      district: n.district,
      reasons: ['Unmet needs fuel grievances.', 'Insecurity breeds fear.'],
    },
    'log.incidentResolved': {
      incident: n.incident,
      district: n.district,
      who: [n.role, n.partner],
    },
    'log.incidentContained': { incident: n.incident, district: n.district },
    'log.incidentEscalates': { incident: n.incident, district: n.district, turnsLeft: 2 },
    'log.incidentFailed': { incident: n.incident, district: n.district },
    'log.expectedResponse': {
      actions: [ref('action', 'crowd_control'), ref('action', 'mediation')],
    },
    'log.endAccomplished': { reason: msg('end.lastTurn', { turn: 8 }), score: 72 },
    'log.endNotAccomplished': {
      reason: msg('end.condition', { description: 'Violence spirals', metric, value: 85 }),
      score: 31,
    },
    'log.endDetail': {
      objectives: [
        msg('log.objectiveMet', { description: 'Keep the harbour secure', value: 64 }),
        msg('log.objectiveNotMet', { description: 'Hold the election on time', value: 12 }),
      ],
    },
    'log.objectiveMet': { description: 'Keep the harbour secure', value: 64 },
    'log.objectiveNotMet': { description: 'Hold the election on time', value: 12 },
    'log.message': { from: n.role, to: n.partner, text: 'Can you cover the harbour tonight' },
    'log.messageAll': { from: n.role, text: 'We are moving a patrol to the market.' },
    'log.committedByTimer': { role: n.role },

    'why.scheduled': { turn: 4 },
    'why.scripted': { turn: 2 },
    'why.triggered': { metric, value: 80 },
    'why.released': {},

    'end.condition': { description: 'Violence spirals', metric, value: 85 },
    'end.lastTurn': { turn: 8 },
    'end.facilitator': { reason: 'time is up' },

    'fac.scheduled': { inject: n.inject, turn: 5 },
    'fac.skipped': { inject: n.inject },
    'fac.adjusted': { indicator, district: n.district, delta: -5, reason: 'the militia withdrew' },
    'fac.adjustedTrust': { a: n.role, b: n.partner, delta: 10, reason: 'joint training' },
    'fac.overruled': {
      entry: msg('log.actionFailed', { who: [n.role], action, district: n.district }),
      reason: 'the roll was misread',
    },
    'fac.paused': {},
    'fac.resumed': {},
    'fac.rewound': { turn: 2 },

    'fx.facilitator': { reason: 'the militia withdrew' },
    'fx.overruled': { reason: 'the roll was misread' },
    'fx.inject': { title: n.inject },
    'fx.event': { title: n.event },
    'fx.actionSucceeded': { action },
    'fx.actionFailed': { action },
    'fx.sharedBy': { role: n.role },
    'fx.intelShared': {},
    'fx.intelLeaked': {},
    'fx.secretLeaked': {},
    'fx.leakRumours': {},
    'fx.moveOrder': {},
    'fx.uncovered': {},
    'fx.actedAlone': { role: n.role, kind: ref('kind', 'police') },
    'fx.soloAction': {},
    'fx.policeLedPopulated': {},
    'fx.militarySuppressed': {},
    'fx.posture': { posture: ref('posture', 'contain') },
    'fx.harmDispersed': {},
    'fx.harmEscalated': {},
    'fx.jointSucceeded': {},
    'fx.jointFailed': {},
    'fx.jointCarriedOut': {},
    'fx.heldBack': { fact: n.fact },
    'fx.heldBackMattered': { role: n.role, fact: n.fact },
    'fx.incidentResolved': { incident: n.incident },
    'fx.incidentContained': { incident: n.incident },
    'fx.incidentEscalates': { incident: n.incident },
    'fx.incidentFailed': { incident: n.incident },
    'fx.countResolved': {},
    'fx.countContained': {},
    'fx.countNotHandled': {},

    'mod.unitOnSite': { role: n.role },
    'mod.readiness': { role: n.role, value: 75 },
    'mod.fromNeighbour': { role: n.role },
    'mod.noUnitInReach': { role: n.role },
    'mod.factLeaked': { fact: n.fact },
    'mod.intelligence': { fact: n.fact },
    'mod.hostileCrowds': { tension: 70 },
    'mod.insecurity': { security: 30 },
    'mod.communityCooperates': { trust: 65 },
    'mod.nobodyTalks': { trust: 20 },
    'mod.partnerTrust': { a: n.role, b: n.partner, trust: 45 },
    'mod.outsideMandate': { action: ref('action', 'arrest'), kind: ref('kind', 'military') },
    'mod.incidentHarder': { incident: n.incident },
    'mod.militaryLeadThreat': {},
    'mod.soldiersUnsettle': {},
    'mod.noPolice': {},
    'mod.notPoliceLed': {},
    'mod.mediators': {},
    'mod.noMediators': {},
    'mod.tooHeated': { tension: 85 },
    'mod.containCautious': {},
    'mod.cordon': {},
    'mod.mediatorsTalk': {},
    'mod.forceClears': {},
    'mod.angryCrowd': { tension: 75 },
    'mod.soldiersFacing': {},
    'mod.noTarget': {},
    'mod.noMilitary': {},
    'mod.absent': { roles: [n.role, n.partner] },
    'mod.unitsDeployed': { count: 2 },
    'mod.districtSecurity': { security: 55 },
    'mod.severity': { severity: 20 },
    'mod.lowTrustLeak': { a: n.role, b: n.partner, trust: 25 },

    'means.cardDrawn': {},
    'means.leaks': {},
    'means.contained': {},

    'metric.average': { indicator, districts: [n.district, n.other] },
    'metric.max': { indicator: ref('indicator', 'tension'), districts: [] },
    'metric.min': { indicator: ref('indicator', 'trust'), districts: [n.district] },
    'metric.counter': { counter: ref('counter', 'incidentsResolved') },
    'metric.pairTrust': { a: n.role, b: n.partner },
    'metric.averageTrust': {},

    'no.ended': {},
    'no.paused': {},
    'no.role': { id: 'unpol' },
    'no.committed': { role: n.role },
    'no.ordersCommitted': {},
    'no.order': {},
    'no.proposal': {},
    'no.alreadyCommitted': {},
    'no.notCommitted': {},
    'no.action': { id: 'airstrike' },
    'no.district': { id: 'atlantis' },
    'no.indicator': { id: 'morale' },
    'no.inject': { id: 'inj-9' },
    'no.injectReleased': {},
    'no.injectSkipped': {},
    'no.scheduleTurn': { from: 3, to: 10 },
    'no.wholeNumber': {},
    'no.adjustReason': {},
    'no.sameRole': {},
    'no.entry': { id: 42 },
    'no.nothingToOverrule': {},
    'no.overruledAlready': {},
    'no.overruleReason': {},
    'no.objective': { id: 'obj-1' },
    'no.rating': {},
    'no.improvementAction': {},
    'no.improvement': {},
    'no.pausedAlready': {},
    'no.notPaused': {},
    'no.endedAlready': {},
    'no.rewindTurn': { to: 4 },
    'no.rewindWithoutLine': {},
    'no.capability': { role: n.role, action: ref('action', 'arrest') },
    'no.cannotLead': { role: n.role, reason: 'Police have primacy in law enforcement.' },
    'no.notHere': { reason: 'Unescorted civilians are not cleared here.' },
    'no.maxPerTurn': { count: 1, reason: 'Only one company can be spared.' },
    'no.needsIntel': { reason: 'A raid needs a located target.' },
    'no.cost': { cost: 2, left: 1 },
    'no.jointOnly': { action },
    'no.chooseFact': {},
    'no.notHeld': { role: n.role },
    'no.chooseRecipient': {},
    'no.alreadyHeld': { role: n.role },
    'no.alreadySharing': {},
    'no.chooseUnit': {},
    'no.notBordering': { district: n.district },
    'no.unitMoving': {},
    'no.notJoint': { action: ref('action', 'patrol') },
    'no.choosePosture': {},
    'no.partnerTwice': {},
    'no.invitePartner': {},
    'no.selfPartner': {},
    'no.partnerCommitted': { role: n.role },
    'no.proposalGone': {},
    'no.notAddressed': {},
    'no.answered': {},
    'no.messageEmpty': {},
    'no.messageLong': { max: 1000 },
  };
}
