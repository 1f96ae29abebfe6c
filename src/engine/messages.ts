/**
 * What the engine says, as message keys with arguments rather than sentences, so the log can be
 * read in any language the interface speaks (`src/i18n/<locale>/messages.ts` words each key) and
 * the engine builds no strings while it plays.
 *
 * Arguments are numbers, scenario text (`LocalText`, shown in the reader's language), references
 * by id (`Ref`: the engine's actions, indicators, counters, role kinds and postures; the
 * scenario's roles, districts, facts and units),
 * nested messages, free text a facilitator typed (a plain string, shown as written), or lists of
 * these (`readonly Arg[]`). This interface is the single list of keys: a catalogue that misses
 * one, or words one with the wrong arguments, does not compile.
 */
import type { LocalText } from '../format';

/**
 * Something named by id: a word of the engine's own vocabulary (worded by the catalogue), or a
 * role, district, fact, unit, inject, event card or drift rule of the scenario (in the reader's
 * language). Scenario text that recurs travels as ids, so a log does not carry every translation of
 * it.
 */
export interface Ref {
  ref:
    | 'action'
    | 'indicator'
    | 'counter'
    | 'kind'
    | 'posture'
    | 'role'
    | 'district'
    | 'fact'
    | 'asset'
    | 'injectTitle'
    | 'injectText'
    | 'injectSender'
    | 'eventTitle'
    | 'eventText'
    /** A drift rule in play, by its index in the rules' drift list. */
    | 'drift';
  id: string;
}

type Text = LocalText | Ref;
type Names = readonly Text[];
type None = Record<string, never>;

export interface MessageArgs {
  /** Scenario text shown as it is (an event card's text, a drift rule's reason). */
  text: { text: Text };

  // Log entries: what happened.
  'log.turnBegins': { turn: number; turns: number };
  'log.inject': { sender: Text; title: Text };
  'log.injectDetail': { text: Text; why: Msg };
  'log.quietStart': None;
  'log.event': { title: Text; district: Text };
  'log.shared': { from: Text; fact: Text; to: Text };
  'log.leaked': None;
  'log.notLeaked': None;
  'log.leak': { fact: Text };
  'log.leakDetail': None;
  'log.moved': { asset: Text; from: Text; to: Text };
  'log.actionSucceeded': { who: Names; action: Ref; district: Text };
  'log.actionFailed': { who: Names; action: Ref; district: Text };
  'log.proposalLapsed': { lead: Text; action: Ref; district: Text };
  'log.drift': { district: Text; reasons: Names };
  'log.incidentResolved': { incident: Text; district: Text; who: Names };
  'log.incidentContained': { incident: Text; district: Text };
  'log.incidentEscalates': { incident: Text; district: Text; turnsLeft: number };
  'log.incidentFailed': { incident: Text; district: Text };
  'log.expectedResponse': { actions: readonly Ref[] };
  'log.endAccomplished': { reason: Msg; score: number };
  'log.endNotAccomplished': { reason: Msg; score: number };
  'log.endDetail': { objectives: readonly Msg[] };
  'log.objectiveMet': { description: Text; value: number };
  'log.objectiveNotMet': { description: Text; value: number };
  /** A team's message: `text` is what it wrote, shown as written. */
  'log.message': { from: Text; to: Text; text: string };
  'log.messageAll': { from: Text; text: string };
  'log.committedByTimer': { role: Text };

  // Why an inject fired.
  'why.scheduled': { turn: number };
  'why.scripted': { turn: number };
  'why.triggered': { metric: Msg; value: number };
  'why.released': None;

  // Why the exercise ended.
  'end.condition': { description: Text; metric: Msg; value: number };
  'end.lastTurn': { turn: number };
  'end.facilitator': { reason: string };

  // The facilitator's commands, as the log records them.
  'fac.scheduled': { inject: Text; turn: number };
  'fac.skipped': { inject: Text };
  'fac.adjusted': { indicator: Ref; district: Text; delta: number; reason: string };
  'fac.adjustedTrust': { a: Text; b: Text; delta: number; reason: string };
  'fac.overruled': { entry: Msg; reason: string };
  'fac.paused': None;
  'fac.resumed': None;
  'fac.rewound': { turn: number };

  // Why a value changed.
  'fx.facilitator': { reason: string };
  'fx.overruled': { reason: string };
  'fx.inject': { title: Text };
  'fx.event': { title: Text };
  'fx.actionSucceeded': { action: Ref };
  'fx.actionFailed': { action: Ref };
  'fx.sharedBy': { role: Text };
  'fx.intelShared': None;
  'fx.intelLeaked': None;
  'fx.secretLeaked': None;
  'fx.leakRumours': None;
  'fx.moveOrder': None;
  'fx.uncovered': None;
  'fx.actedAlone': { role: Text; kind: Ref };
  'fx.soloAction': None;
  'fx.policeLedPopulated': None;
  'fx.militarySuppressed': None;
  'fx.posture': { posture: Ref };
  'fx.harmDispersed': None;
  'fx.harmEscalated': None;
  'fx.jointSucceeded': None;
  'fx.jointFailed': None;
  'fx.jointCarriedOut': None;
  'fx.heldBack': { fact: Text };
  'fx.heldBackMattered': { role: Text; fact: Text };
  'fx.incidentResolved': { incident: Text };
  'fx.incidentContained': { incident: Text };
  'fx.incidentEscalates': { incident: Text };
  'fx.incidentFailed': { incident: Text };
  'fx.countResolved': None;
  'fx.countContained': None;
  'fx.countNotHandled': None;

  // Modifiers to a roll's chance.
  'mod.unitOnSite': { role: Text };
  'mod.readiness': { role: Text; value: number };
  'mod.fromNeighbour': { role: Text };
  'mod.noUnitInReach': { role: Text };
  'mod.factLeaked': { fact: Text };
  'mod.intelligence': { fact: Text };
  'mod.hostileCrowds': { tension: number };
  'mod.insecurity': { security: number };
  'mod.communityCooperates': { trust: number };
  'mod.nobodyTalks': { trust: number };
  'mod.partnerTrust': { a: Text; b: Text; trust: number };
  'mod.outsideMandate': { action: Ref; kind: Ref };
  'mod.incidentHarder': { incident: Text };
  'mod.militaryLeadThreat': None;
  'mod.soldiersUnsettle': None;
  'mod.noPolice': None;
  'mod.notPoliceLed': None;
  'mod.mediators': None;
  'mod.noMediators': None;
  'mod.tooHeated': { tension: number };
  'mod.containCautious': None;
  'mod.cordon': None;
  'mod.mediatorsTalk': None;
  'mod.forceClears': None;
  'mod.angryCrowd': { tension: number };
  'mod.soldiersFacing': None;
  'mod.noTarget': None;
  'mod.noMilitary': None;
  'mod.absent': { roles: Names };
  'mod.unitsDeployed': { count: number };
  'mod.districtSecurity': { security: number };
  'mod.severity': { severity: number };
  'mod.lowTrustLeak': { a: Text; b: Text; trust: number };

  // What success means for a roll that is not an action succeeding.
  'means.cardDrawn': None;
  'means.leaks': None;
  'means.contained': None;

  // A metric in words; `districts` is empty when it covers every district.
  'metric.average': { indicator: Ref; districts: Names };
  'metric.max': { indicator: Ref; districts: Names };
  'metric.min': { indicator: Ref; districts: Names };
  'metric.counter': { counter: Ref };
  'metric.pairTrust': { a: Text; b: Text };
  'metric.averageTrust': None;

  // Why a command cannot be applied now.
  'no.ended': None;
  'no.paused': None;
  'no.role': { id: string };
  'no.committed': { role: Text };
  'no.ordersCommitted': None;
  'no.order': None;
  'no.proposal': None;
  'no.alreadyCommitted': None;
  'no.notCommitted': None;
  'no.action': { id: string };
  'no.district': { id: string };
  'no.indicator': { id: string };
  'no.inject': { id: string };
  'no.injectReleased': None;
  'no.injectSkipped': None;
  'no.scheduleTurn': { from: number; to: number };
  'no.wholeNumber': None;
  'no.adjustReason': None;
  'no.sameRole': None;
  'no.entry': { id: number };
  'no.nothingToOverrule': None;
  'no.overruledAlready': None;
  'no.overruleReason': None;
  'no.objective': { id: string };
  'no.rating': None;
  'no.improvementAction': None;
  'no.improvement': None;
  'no.pausedAlready': None;
  'no.notPaused': None;
  'no.endedAlready': None;
  'no.rewindTurn': { to: number };
  'no.rewindWithoutLine': None;
  'no.capability': { role: Text; action: Ref };
  'no.cannotLead': { role: Text; reason: Text };
  'no.notHere': { reason: Text };
  'no.maxPerTurn': { count: number; reason: Text };
  'no.needsIntel': { reason: Text };
  'no.cost': { cost: number; left: number };
  'no.jointOnly': { action: Ref };
  'no.chooseFact': None;
  'no.notHeld': { role: Text };
  'no.chooseRecipient': None;
  'no.alreadyHeld': { role: Text };
  'no.alreadySharing': None;
  'no.chooseUnit': None;
  'no.notBordering': { district: Text };
  'no.unitMoving': None;
  'no.notJoint': { action: Ref };
  'no.choosePosture': None;
  'no.partnerTwice': None;
  'no.invitePartner': None;
  'no.selfPartner': None;
  'no.partnerCommitted': { role: Text };
  'no.proposalGone': None;
  'no.notAddressed': None;
  'no.answered': None;
  'no.messageEmpty': None;
  'no.messageLong': { max: number };
}

export type MessageKey = keyof MessageArgs;

/** One thing the engine says: a key and its arguments. */
export type Msg = { [K in MessageKey]: { key: K; args: MessageArgs[K] } }[MessageKey];

export function msg<K extends MessageKey>(
  key: K,
  ...args: MessageArgs[K] extends None ? [] : [MessageArgs[K]]
): Msg {
  return { key, args: (args[0] ?? {}) as MessageArgs[K] } as Msg;
}

export const ref = (kind: Ref['ref'], id: string): Ref => ({ ref: kind, id });
