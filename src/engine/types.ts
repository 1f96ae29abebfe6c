/**
 * The game's state, commands and log. Everything here is plain JSON data: a state can be
 * saved, hashed and compared in Node and in a browser alike.
 */
import type {
  ActionId,
  CounterId,
  DistrictId,
  Effect,
  FactId,
  IncidentDef,
  IndicatorId,
  InjectId,
  LocalText,
  ObjectiveId,
  RoleId,
} from '../format';
import type { Msg } from './messages';

export type { Msg, MessageKey, Ref } from './messages';
export type {
  ActionId,
  CounterId,
  DistrictId,
  FactId,
  IndicatorId,
  InjectId,
  LocalText,
  ObjectiveId,
  RoleId,
} from '../format';

/** The fixed order in which a turn resolves (DESIGN.md, "A turn"). */
export const PHASES = [
  'briefing',
  /** While the teams plan: their messages, a commit the planning timer made. */
  'planning',
  'sharing',
  'movement',
  'joint',
  'solo',
  'incidents',
  'drift',
  'objectives',
  'facilitator',
] as const;
export type Phase = (typeof PHASES)[number];

export type Posture = 'negotiate' | 'contain' | 'disperse';
export const POSTURES: readonly Posture[] = ['negotiate', 'contain', 'disperse'];

/** A drafted order of one role. Joint actions are `Proposal`s, not orders. */
export interface Order {
  id: number;
  role: RoleId;
  action: ActionId;
  district: DistrictId;
  /** share_intel: the fact and the receiver. */
  fact?: FactId;
  to?: RoleId;
  /** move_asset: the unit and where it goes (`district` is its destination). */
  asset?: string;
}

export type ProposalStatus = 'pending' | 'accepted' | 'declined';

/** A joint action offered by `lead` to `partners`; it happens if every partner accepts. */
export interface Proposal {
  id: number;
  action: ActionId;
  district: DistrictId;
  lead: RoleId;
  partners: RoleId[];
  /** Partner responses, same order as `partners`. */
  responses: ProposalStatus[];
  posture?: Posture;
}

export interface DistrictState {
  id: DistrictId;
  /** Values in the order of `Rules.indicators`. */
  values: number[];
}

export interface AssetState {
  id: string;
  role: RoleId;
  location: DistrictId;
  readiness: number;
}

export interface RoleState {
  id: RoleId;
  apLeft: number;
  committed: boolean;
  /** Fact ids in scenario order. */
  knows: FactId[];
}

export interface TrustState {
  a: RoleId;
  b: RoleId;
  value: number;
}

export interface IncidentState {
  id: number;
  def: IncidentDef;
  district: DistrictId;
  openedTurn: number;
  turnsLeft: number;
  /** Set when an order that answers it succeeded this turn. */
  answeredBy?: RoleId[];
  status: 'open' | 'resolved' | 'failed';
  /** The turn it was resolved or failed in, for response times in the debrief. */
  closedTurn?: number;
}

export interface CounterState {
  id: CounterId;
  value: number;
}

export interface Modifier {
  value: number;
  reason: Msg;
}

export interface Roll {
  base: number;
  modifiers: Modifier[];
  /** base + modifiers, clamped to 5–95 so nothing is certain. */
  chance: number;
  /** 1–100; success when roll <= chance. */
  roll: number;
  success: boolean;
  /** What a success of this roll means when it is not the action succeeding ("the fact leaks"). */
  successMeans?: Msg;
}

export type EffectRecord =
  | {
      kind: 'indicator';
      district: DistrictId;
      indicator: IndicatorId;
      before: number;
      after: number;
      reason: Msg;
    }
  | { kind: 'trust'; roles: [RoleId, RoleId]; before: number; after: number; reason: Msg }
  | { kind: 'counter'; counter: CounterId; before: number; after: number; reason: Msg }
  | { kind: 'fact'; fact: FactId; to: RoleId[]; reason: Msg }
  | { kind: 'incident'; incident: number; title: LocalText; district: DistrictId; reason: Msg }
  | { kind: 'asset'; asset: string; from: DistrictId; to: DistrictId; reason: Msg }
  | { kind: 'readiness'; asset: string; before: number; after: number; reason: Msg };

export type LogKind =
  | 'briefing'
  | 'inject'
  | 'event'
  | 'order'
  | 'share'
  | 'leak'
  | 'move'
  | 'joint'
  | 'solo'
  | 'incident'
  | 'drift'
  | 'objective'
  | 'facilitator'
  | 'end'
  /** A team's written message to another team or to all (a liaison channel). */
  | 'message';

export interface LogEntry {
  id: number;
  turn: number;
  phase: Phase;
  kind: LogKind;
  /** One sentence a trainee can read: what happened (worded by the reader's language). */
  title: Msg;
  /** Why, when a roll alone does not say it. */
  detail?: Msg;
  roles: RoleId[];
  district?: DistrictId;
  action?: ActionId;
  /** The fact an entry is about: a share, a leak. */
  fact?: FactId;
  /** The inject an entry reports, when one fired. */
  inject?: InjectId;
  /** Roles that may read this entry during play; the facilitator and the debrief see all. */
  visibleTo: RoleId[] | 'all';
  roll?: Roll;
  effects: EffectRecord[];
  /** When a team message was sent (epoch ms, stamped by the host on the command). */
  at?: number;
}

export interface Annotation {
  entry: number;
  note: string;
}

/** Exercise evaluation ratings, as exercise practice (HSEEP) has them. */
export const RATINGS = ['performed', 'someChallenges', 'majorChallenges', 'notPerformed'] as const;
export type Rating = (typeof RATINGS)[number];

export interface Evaluation {
  objective: ObjectiveId;
  rating: Rating;
  note: string;
}

export interface Improvement {
  id: number;
  /** The objective or capability it improves, if any. */
  objective?: ObjectiveId;
  action: string;
  owner: string;
  /** Free text as facilitators write it ("end of March", "2027-03-31"). */
  due: string;
}

/** One snapshot per resolved turn, for charts and the debrief. */
export interface TurnRecord {
  turn: number;
  /** Same layout as `GameState.districts[].values`. */
  districts: number[][];
  trust: number[];
  counters: number[];
  score: number;
}

export interface ObjectiveResult {
  id: ObjectiveId;
  description: LocalText;
  value: number;
  met: boolean;
  weight: number;
}

export interface Outcome {
  score: number;
  won: boolean;
  reason: Msg;
  objectives: ObjectiveResult[];
  /** One per role, scenario order. */
  privateObjectives: (ObjectiveResult & { role: RoleId })[];
}

export interface GameState {
  scenarioHash: string;
  seed: string;
  /** seedrandom alea state: the only randomness, saved with the game. */
  rng: { c: number; s0: number; s1: number; s2: number };
  turn: number;
  status: 'planning' | 'ended';
  paused: boolean;
  districts: DistrictState[];
  roles: RoleState[];
  assets: AssetState[];
  /** Every unordered pair of roles once, in scenario order (a<b by index). */
  trust: TrustState[];
  counters: CounterState[];
  orders: Order[];
  proposals: Proposal[];
  incidents: IncidentState[];
  /** Fact ids whose secret got out through a leak: their bonus is lost. */
  compromised: FactId[];
  /** Remaining event card ids, top of the deck first. */
  deck: string[];
  firedInjects: InjectId[];
  /** Turn 0 means skipped: the facilitator decided it never fires. */
  scheduledInjects: { inject: InjectId; turn: number }[];
  log: LogEntry[];
  annotations: Annotation[];
  /** The facilitator's rating of each objective (the latest per objective). */
  evaluations: Evaluation[];
  improvements: Improvement[];
  /** Log entries whose outcome the facilitator overruled. */
  overruled: number[];
  history: TurnRecord[];
  outcome?: Outcome;
  nextId: number;
}

/** Everything that changes a game. A saved game is its scenario hash, seed and commands. */
export type Command =
  | {
      type: 'order';
      role: RoleId;
      action: ActionId;
      district: DistrictId;
      fact?: FactId;
      to?: RoleId;
      asset?: string;
    }
  | { type: 'cancelOrder'; role: RoleId; order: number }
  | {
      type: 'propose';
      role: RoleId;
      action: ActionId;
      district: DistrictId;
      partners: RoleId[];
      posture?: Posture;
    }
  | { type: 'withdraw'; role: RoleId; proposal: number }
  | { type: 'respond'; role: RoleId; proposal: number; accept: boolean }
  /** `by: 'timer'`: the planning timer ran out and the host committed the orders as they stood. */
  | { type: 'commit'; role: RoleId; by?: 'timer' }
  | { type: 'uncommit'; role: RoleId }
  /**
   * A written message from one team to another or to all. `at` is when it was sent (epoch ms),
   * stamped by whoever takes the command in (the host), so a replay needs no clock.
   */
  | { type: 'message'; role: RoleId; to: RoleId | 'all'; text: string; at: number }
  // Facilitator commands.
  | { type: 'releaseInject'; inject: InjectId }
  | { type: 'scheduleInject'; inject: InjectId; turn: number }
  /** The inject will not fire (scheduled for no turn); scheduling or releasing it again undoes
   * that. */
  | { type: 'skipInject'; inject: InjectId }
  | { type: 'adjust'; district: DistrictId; indicator: IndicatorId; delta: number; reason: string }
  | { type: 'adjustTrust'; roles: [RoleId, RoleId]; delta: number; reason: string }
  | { type: 'annotate'; entry: number; note: string }
  | { type: 'overrule'; entry: number; reason: string }
  | { type: 'rate'; objective: ObjectiveId; rating: Rating; note: string }
  | { type: 'addImprovement'; objective?: ObjectiveId; action: string; owner: string; due: string }
  | { type: 'removeImprovement'; id: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'rewind'; turn: number }
  | { type: 'endExercise'; reason: string };

/** A team message is a short note, not a report: longer texts are refused. */
export const MAX_MESSAGE_CHARS = 1000;

export interface SavedGame {
  format: 'mandate-save';
  version: 1;
  scenarioHash: string;
  scenarioId: string;
  seed: string;
  commands: Command[];
  /** The app's own notes beside the game (seating, a scenario that is not bundled); the engine
   * ignores them. */
  app?: Record<string, unknown>;
}

export type { Effect, IncidentDef };
