/**
 * The scenario format as scenario authors write it (one JSON file per scenario).
 * The zod schema in `src/scenario/schema.ts` checks files against these types, and
 * `scenarios/scenario.schema.json` is generated from that schema for editors.
 *
 * Ids are plain strings chosen by the author; the engine never iterates over
 * objects keyed by them, it keeps the author's array order.
 */

export type DistrictId = string;
export type RoleId = string;
export type IndicatorId = string;
export type ActionId = string;
export type FactId = string;
export type InjectId = string;
export type EventId = string;
export type CounterId = string;
export type ObjectiveId = string;

/**
 * Text a person reads: a plain string in the scenario's `language`, or the same text by
 * language code (`{"en": "Harbour", "es": "Puerto", "fr": "Port"}`).
 */
export type LocalText = string | Readonly<Record<string, string>>;

/** The kinds named by DESIGN.md; scenarios may add more kinds. */
export type RoleKind = 'military' | 'police' | 'civilian' | (string & {});

export interface IndicatorDef {
  id: IndicatorId;
  name: LocalText;
  description: LocalText;
  /** Whether a high value is good for the mission; the map and debrief colour by it. */
  goodWhen: 'high' | 'low';
}

export type Point = [number, number];

export interface DistrictDef {
  id: DistrictId;
  name: LocalText;
  description?: LocalText;
  population: number;
  /** Polygon in map units (the map is `map.width` × `map.height`), clockwise or not. */
  shape: Point[];
  neighbours: DistrictId[];
  /** Starting value (0–100) of every indicator in play, standard and scenario-defined. */
  indicators: Record<IndicatorId, number>;
}

export interface MapDef {
  width: number;
  height: number;
  /** Where the districts' shapes come from when a file leaves them out. */
  tiled?: TiledMapRef;
}

/** A Tiled JSON map (`.tmj`/`.json`) and the object layer whose polygons are the districts. */
export interface TiledMapRef {
  /** Relative to the scenario file. */
  file: string;
  layer: string;
}

/**
 * A district as a file may write it: with `map.tiled`, the shape comes from the Tiled map and
 * the neighbours from shared edges. Loading fills both in, so a loaded `Scenario` always has them.
 */
export type DistrictFileDef = Omit<DistrictDef, 'shape' | 'neighbours'> &
  Partial<Pick<DistrictDef, 'shape' | 'neighbours'>>;

/**
 * Where an effect lands when it names no district: the district of the event, order or incident.
 */
export type EffectDistrict = DistrictId | '@target' | '@all' | '@neighbours';

export type Effect =
  | { type: 'indicator'; indicator: IndicatorId; delta: number; district?: EffectDistrict }
  | { type: 'trust'; roles: [RoleId, RoleId]; delta: number }
  | { type: 'counter'; counter: CounterId; delta: number }
  | { type: 'revealFact'; fact: FactId; to: RoleId[] }
  | { type: 'incident'; incident: IncidentDef; district?: DistrictId };

export interface IncidentDef {
  id: string;
  title: LocalText;
  text: LocalText;
  /** 0–100: subtracted from the chance that what is deployed contains it. */
  severity: number;
  /** Turns it stays open before it fails for good (1 = must be handled the turn it appears). */
  duration: number;
  /** Actions that, succeeding in its district, resolve it. */
  respondWith: ActionId[];
  /** A fact that would have changed the outcome: knowing it helps, holding it back is noted. */
  relatedFact?: FactId;
  onResolved: Effect[];
  onFailed: Effect[];
  /** Applied at each turn it stays open and unresolved. */
  escalation?: Effect[];
}

export type Constraint =
  | { type: 'cannotLead'; actions: ActionId[]; reason: LocalText }
  | { type: 'maxPerTurn'; action: ActionId; count: number; reason: LocalText }
  | { type: 'notInDistricts'; actions: ActionId[]; districts: DistrictId[]; reason: LocalText }
  | { type: 'requiresKnownFact'; actions: ActionId[]; reason: LocalText };

export interface AssetDef {
  id: string;
  name: LocalText;
  /** Free text for the role card and the map icon ("infantry company", "formed police unit"). */
  type: LocalText;
  location: DistrictId;
  /** 0–100. */
  readiness: number;
}

export type Comparison = 'atLeast' | 'atMost';

export type Metric =
  | { kind: 'average'; indicator: IndicatorId; districts?: DistrictId[] }
  | { kind: 'max'; indicator: IndicatorId; districts?: DistrictId[] }
  | { kind: 'min'; indicator: IndicatorId; districts?: DistrictId[] }
  | { kind: 'counter'; counter: CounterId }
  | { kind: 'pairTrust'; roles: [RoleId, RoleId] }
  | { kind: 'averageTrust' };

export interface ObjectiveDef {
  id: ObjectiveId;
  description: LocalText;
  metric: Metric;
  comparison: Comparison;
  value: number;
  /** Points it carries in the score; the score is the share of points met, 0–100. */
  weight: number;
}

export interface RoleDef {
  id: RoleId;
  name: LocalText;
  kind: RoleKind;
  /** Short label for the map and buttons ("MIL"). */
  short: LocalText;
  mandate: LocalText;
  capabilities: ActionId[];
  actionPoints: number;
  constraints: Constraint[];
  assets: AssetDef[];
  privateObjective: ObjectiveDef;
}

export interface TrustDef {
  roles: [RoleId, RoleId];
  value: number;
}

/** Numbers of an action the scenario changes; anything left out keeps the engine's standard. */
export interface ActionOverride {
  cost?: number;
  baseChance?: number;
  onSuccess?: Effect[];
  onFailure?: Effect[];
}

export interface FactDef {
  id: FactId;
  title: LocalText;
  text: LocalText;
  knownBy: RoleId[];
  district?: DistrictId;
  /** Actions that gain `bonus` percentage points in `district` (or anywhere) for a role that knows
   * it. */
  helps: ActionId[];
  bonus: number;
}

export type Trigger =
  | { turn: number }
  | { condition: { metric: Metric; comparison: Comparison; value: number }; from?: number };

export interface InjectDef {
  id: InjectId;
  title: LocalText;
  text: LocalText;
  /** Who sends it in the fiction ("Ministry of Interior"), as a master events list has it. */
  sender: LocalText;
  recipients: RoleId[] | 'all';
  expectedResponse: LocalText;
  /** The learning objective or mission objective it tests. */
  objectiveTested: LocalText;
  trigger: Trigger;
  district?: DistrictId;
  effects: Effect[];
}

export interface EventCardDef {
  id: EventId;
  title: LocalText;
  text: LocalText;
  /** Relative weight when drawing; the deck holds `weight` copies. */
  weight: number;
  /** Districts it can strike; a district is drawn among them (all if left out). */
  districts?: DistrictId[];
  effects: Effect[];
}

export interface EventDeckDef {
  /** Percent chance each turn that a card is drawn. */
  chancePerTurn: number;
  cards: EventCardDef[];
}

export interface DriftRule {
  when: { indicator: IndicatorId; comparison: Comparison; value: number };
  then: { indicator: IndicatorId; delta: number };
  reason: LocalText;
}

export interface EndCondition {
  id: string;
  description: LocalText;
  metric: Metric;
  comparison: Comparison;
  value: number;
}

export interface Scenario {
  $schema?: string;
  schemaVersion: 1;
  id: string;
  /** The language of plain-string text, and the fallback for a missing translation ("en" if left
   * out). */
  language?: string;
  /** Every language the scenario's text is offered in; a text missing one of them is a warning. */
  languages?: string[];
  title: LocalText;
  summary: LocalText;
  /** Background a facilitator reads out before turn 1. */
  setting: LocalText;
  learningObjectives: LocalText[];
  /** Where the scenario's ideas come from (training scenarios, doctrine, reports). */
  sources: string[];
  turns: number;
  /** Score (0–100) at or above which the mission counts as a success. */
  winScore: number;
  map: MapDef;
  indicators?: IndicatorDef[];
  districts: DistrictDef[];
  roles: RoleDef[];
  /** Starting trust for listed pairs; others start at `defaultTrust`. */
  defaultTrust: number;
  trust?: TrustDef[];
  /** Standard actions in play; a scenario may change their numbers. */
  actions: ActionId[];
  actionOverrides?: Record<ActionId, ActionOverride>;
  intelligence: FactDef[];
  injects: InjectDef[];
  events: EventDeckDef;
  drift?: DriftRule[];
  objectives: ObjectiveDef[];
  endConditions?: EndCondition[];
  debriefQuestions: LocalText[];
  /** Margin (in points of win rate) by which cooperative play should beat siloed play. */
  expectedCooperationMargin?: number;
}

/** A scenario as its file may be written, before a Tiled map fills in shapes and neighbours. */
export type ScenarioFile = Omit<Scenario, 'districts'> & { districts: DistrictFileDef[] };
