/**
 * The zod schema of a scenario file. It checks shapes and ranges only; whether ids point at
 * something that exists is checked in `semantics.ts`, because a schema cannot see the whole file.
 *
 * Every field carries a description: they become the JSON Schema that editors show on hover
 * (`jsonSchema.ts`), so they are written for scenario authors, not for programmers.
 *
 * Objects are strict: a misspelt optional field (`"distrct"`) would otherwise be dropped in
 * silence and the effect would land somewhere else.
 */
import { z } from 'zod';
import { LANGUAGE_CODE, MAX_LANGUAGES } from './languages';
import { ID_CHARACTERS, ID_CHARS, MAX_ID_LENGTH } from '../format';
import { MAP_PATH } from './mapPath';
import { MAX_CORNERS, MAX_CORNERS_PER_SHAPE, MAX_MAP_SIZE } from '../format';
import {
  DEFAULT_DRIFT,
  type ActionOverride,
  type AssetDef,
  type Constraint,
  type DistrictDef,
  type DistrictFileDef,
  type DriftRule,
  type Effect,
  type EndCondition,
  type EventCardDef,
  type EventDeckDef,
  type FactDef,
  type IncidentDef,
  type IndicatorDef,
  type InjectDef,
  type MapDef,
  type Metric,
  type ObjectiveDef,
  type RoleDef,
  type Scenario,
  type ScenarioFile,
  type TiledMapRef,
  type Trigger,
  type TrustDef,
} from '../format';

// ---- building blocks -------------------------------------------------------------------------

const describeDrift = (d: DriftRule) =>
  `${d.when.indicator} ${d.when.comparison === 'atLeast' ? 'at least' : 'at most'} ${d.when.value} moves ${d.then.indicator} by ${d.then.delta > 0 ? '+' : ''}${d.then.delta}`;

/**
 * The text of every id a file defines (see ids.ts for why so few characters). References are
 * plain text: each must name a defined id, and the message for one that does not quotes what
 * differs, so a second message about its characters would only repeat it.
 */
const idText = () =>
  z.string().min(1).max(MAX_ID_LENGTH).regex(ID_CHARS, `an id holds only ${ID_CHARACTERS}`);

const id = (what: string, example: string) =>
  idText().describe(
    `Id of ${what} (1–${MAX_ID_LENGTH} of ${ID_CHARACTERS}; unique). Example: "${example}"`,
  );

/** `what` reads after "Id of": "a district", "the district where it starts". */
const ref = (what: string, example: string) =>
  z.string().min(1).describe(`Id of ${what}; it must exist in this file. Example: "${example}"`);

export { LANGUAGE_CODE };
const languageCode = (meaning: string) =>
  z
    .string()
    .regex(
      LANGUAGE_CODE,
      'a language code is two lowercase letters, optionally a region: "en", "es", "pt-BR"',
    )
    .describe(meaning);

/** Text a person reads: one string in the scenario's language, or the same text by language code.
 * */
const localText = (base: z.ZodString) =>
  z.union([
    base,
    z
      .record(languageCode('Language code of this translation'), base)
      .refine(
        (o) => Object.keys(o).length > 0,
        'expected the text in at least one language, found an empty object',
      ),
  ]);

const text = (meaning: string, example: string) =>
  localText(z.string().min(1)).describe(
    `${meaning} (text, or the text by language code). Example: "${example}"`,
  );

const percent = (meaning: string, example: number) =>
  z.int().min(0).max(100).describe(`${meaning} (whole number, 0–100). Example: ${example}.`);

const delta = (meaning: string, example: number) =>
  z
    .int()
    .min(-100)
    .max(100)
    .describe(`${meaning} (whole number, -100 to 100; negative lowers it). Example: ${example}.`);

const turnNumber = (meaning: string, example: number) =>
  z
    .int()
    .min(1)
    .max(100)
    .describe(
      `${meaning} (whole number, 1–100, at most the scenario's "turns"). Example: ${example}.`,
    );

const comparisonSchema = z
  .enum(['atLeast', 'atMost'])
  .describe('How the measured value is compared with "value": "atLeast" (>=) or "atMost" (<=).')
  .meta({ id: 'Comparison' });

const roleList = (meaning: string, example: string) =>
  z.array(ref('a role', 'police')).describe(`${meaning} (list of role ids). Example: ${example}.`);

const rolePairSchema = z
  .tuple([ref('a role', 'military'), ref('a role', 'police')])
  .describe('Two different role ids; the order does not matter. Example: ["military", "police"].')
  .meta({ id: 'RolePair' });

const pointSchema = z
  .tuple([
    z.number().describe('x in map units, 0 to map.width (left to right).'),
    z.number().describe('y in map units, 0 to map.height (top to bottom).'),
  ])
  .describe('A corner of a district polygon as [x, y] in map units. Example: [120, 40].')
  .meta({ id: 'Point' });

// ---- indicators, districts and the map --------------------------------------------------------

const indicatorDefSchema = z
  .strictObject({
    id: id('the indicator, used as a key in every district\'s "indicators"', 'crime'),
    name: text('Name shown in the legend and charts', 'Organised crime'),
    description: text(
      'What the indicator measures, for the map legend and debrief',
      'Reach of criminal networks.',
    ),
    goodWhen: z
      .enum(['high', 'low'])
      .describe(
        'Whether a high value is good for the mission ("high") or bad ("low"); the map and debrief colour by it. Example: "low".',
      ),
  })
  .describe(
    'An indicator this scenario adds to the standard four (security, trust, tension, need).',
  );

const districtSchema = z
  .strictObject({
    id: id('the district; must not start with "@"', 'harbour'),
    name: text('Name shown on the map', 'Harbour'),
    description: localText(z.string().min(1))
      .describe(
        'Short description for the district panel (text, or the text by language code). Optional (default: none). Example: "Docks and fish market; smuggling hub."',
      )
      .optional(),
    population: z
      .int()
      .min(0)
      .describe('Number of inhabitants (whole number, 0 or more). Example: 42000.'),
    shape: z
      .array(pointSchema)
      .min(3)
      .max(MAX_CORNERS_PER_SHAPE)
      .describe(
        `Polygon outline in map units: 3 to ${MAX_CORNERS_PER_SHAPE} [x, y] corners (${MAX_CORNERS} at most for all the districts together), clockwise or not, inside the map. Required, unless "map.tiled" is set: then it may be left out and comes from the Tiled map. Example: [[0,0],[100,0],[100,80],[0,80]].`,
      ),
    neighbours: z
      .array(ref('a district', 'old-town'))
      .describe(
        'Districts that share a border with this one; adjacency must be mutual. Units move only between neighbours. Required, unless "map.tiled" is set: then it may be left out and is computed from the edges the district shares with others on the map. Example: ["old-town", "market"].',
      ),
    indicators: z
      .record(z.string().min(1), percent('Starting value of the indicator', 50))
      .describe(
        'Starting value (0–100) of every indicator in play: security, trust, tension, need and any the scenario adds. Example: {"security": 40, "trust": 50, "tension": 60, "need": 30}.',
      ),
  })
  .describe('A district of the map.');

const tiledSchema = z
  .strictObject({
    file: z
      .string()
      .min(1)
      .regex(MAP_PATH, 'the map must be beside the scenario file or in a folder below it')
      .describe(
        'Path of a Tiled JSON map (.tmj or .json, saved by the free Tiled editor), relative to this scenario file, in its folder or a folder below it (no "..", no absolute path or drive, "/" between folders). Example: "maps/port.tmj".',
      ),
    layer: z
      .string()
      .min(1)
      .describe(
        'Name of the object layer whose polygons and rectangles are the districts. Example: "districts".',
      ),
  })
  .describe(
    'Take the districts\' shapes from a map drawn in Tiled: each object of the layer whose name (or custom property "district") is a district id becomes that district\'s shape, scaled so that the Tiled map\'s size in pixels becomes "width" × "height". Districts may then leave out "shape" and "neighbours". Objects whose class (type before Tiled 1.9) is set to something other than "district" are ignored. Optional (default: none; every district then draws its own shape). Example: {"file": "maps/port.tmj", "layer": "districts"}.',
  );

/**
 * A side of the map. The bounds are a refinement rather than a minimum and maximum, which would
 * change how every other problem with the field is worded ("expected a number, found text").
 */
const mapSide = (meaning: string) =>
  z
    .number()
    .refine((v) => v >= 1 && v <= MAX_MAP_SIZE, {
      error: (issue) =>
        `expected a number from 1 to ${MAX_MAP_SIZE} (a map larger or smaller cannot be drawn), found ${String(issue.input)}`,
    })
    .describe(meaning);

const mapSchema = z
  .strictObject({
    width: mapSide(`Map width in map units (1 to ${MAX_MAP_SIZE}). Example: 1000.`),
    height: mapSide(`Map height in map units (1 to ${MAX_MAP_SIZE}). Example: 700.`),
    tiled: tiledSchema.optional(),
  })
  .describe('Size of the map; district shapes are drawn in these units.');

// ---- effects and incidents (mutually recursive) ----------------------------------------------

const effectList = (meaning: string): z.ZodArray<z.ZodType<Effect>> =>
  z.array(effectSchema).describe(`${meaning} (list of effects, applied in order).`);

const incidentSchema: z.ZodType<IncidentDef> = z
  .strictObject({
    id: id('the incident', 'dock-riot'),
    title: text('Title shown when it appears', 'Riot at the docks'),
    text: text('What happens, as the teams read it', 'Dock workers clash with a rival gang.'),
    severity: percent(
      'How hard it is to contain: subtracted from the chance of what is deployed in its district',
      30,
    ),
    duration: z
      .int()
      .min(1)
      .max(100)
      .describe(
        'Turns it stays open before it fails for good (whole number, 1–100; 1 = must be handled the turn it appears). Example: 2.',
      ),
    respondWith: z
      .array(ref('an action in play', 'crowd_control'))
      .describe(
        'Actions that, succeeding in its district, resolve it. Example: ["crowd_control", "mediation"].',
      ),
    relatedFact: z
      .string()
      .min(1)
      .describe(
        'Id of a fact in "intelligence" that would have changed the outcome: a role that held it back when the incident fails loses trust with the roles that could have answered it. Optional (default: none). Example: "gang-leader"',
      )
      .optional(),
    get onResolved(): z.ZodArray<z.ZodType<Effect>> {
      return effectList('Effects when it is resolved');
    },
    get onFailed(): z.ZodArray<z.ZodType<Effect>> {
      return effectList('Effects when it fails');
    },
    get escalation(): z.ZodOptional<z.ZodArray<z.ZodType<Effect>>> {
      return effectList(
        'Effects applied each turn it stays open and unresolved (default: none)',
      ).optional();
    },
  })
  .describe('An incident that demands a response in a district.')
  .meta({ id: 'Incident' });

const effectDistrictSchema = z
  .string()
  .min(1)
  .describe(
    'Where it lands: a district id, or "@target" (the district of the event, order, incident or inject), "@all" or "@neighbours" (the neighbours of the target) (default: "@target"). Example: "@all".',
  );

export const effectSchema: z.ZodType<Effect> = z
  .discriminatedUnion('type', [
    z
      .strictObject({
        type: z.literal('indicator').describe('Changes an indicator in a district.'),
        indicator: ref(
          'an indicator in play (security, trust, tension, need or a scenario indicator)',
          'tension',
        ),
        delta: delta('Change of the indicator; the result stays within 0–100', -5),
        district: effectDistrictSchema.optional(),
      })
      .describe(
        'Changes an indicator. Example: {"type": "indicator", "indicator": "tension", "delta": 5}.',
      ),
    z
      .strictObject({
        type: z.literal('trust').describe('Changes the trust between two roles.'),
        roles: rolePairSchema,
        delta: delta("Change of the pair's trust; the result stays within 0–100", 5),
      })
      .describe(
        'Changes trust between two roles. Example: {"type": "trust", "roles": ["military", "police"], "delta": -5}.',
      ),
    z
      .strictObject({
        type: z.literal('counter').describe('Adds to a counter.'),
        counter: idText().describe(
          'A standard counter (civilianHarm, incidentsResolved, incidentsFailed, arrests, jointActions, soloActions, factsShared, leaks, heldIntelMattered) or a new name, which creates a scenario counter. Example: "rumoursHeard".',
        ),
        delta: delta('Amount added to the counter', 1),
      })
      .describe(
        'Adds to a counter. Example: {"type": "counter", "counter": "civilianHarm", "delta": 1}.',
      ),
    z
      .strictObject({
        type: z.literal('revealFact').describe('Makes a fact known to roles.'),
        fact: ref('a fact in "intelligence"', 'arms-cache'),
        to: roleList('Roles that learn the fact', '["police"]'),
      })
      .describe(
        'Reveals a fact. Example: {"type": "revealFact", "fact": "arms-cache", "to": ["police"]}.',
      ),
    z
      .strictObject({
        type: z.literal('incident').describe('Opens an incident.'),
        incident: incidentSchema,
        district: ref(
          'a district where it opens (default: the target district)',
          'harbour',
        ).optional(),
      })
      .describe('Opens an incident in a district.'),
  ])
  .describe(
    'An effect: one change to the game, chosen by "type" (indicator, trust, counter, revealFact, incident).',
  )
  .meta({ id: 'Effect' });

// ---- metrics, objectives, roles ---------------------------------------------------------------

const metricDistricts = z
  .array(ref('a district', 'harbour'))
  .min(1)
  .describe('Districts measured (default: all). Example: ["harbour", "old-town"].');

export const metricSchema: z.ZodType<Metric> = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z
          .literal('average')
          .describe('Population-blind average of an indicator over districts.'),
        indicator: ref('an indicator in play', 'security'),
        districts: metricDistricts.optional(),
      })
      .describe('Average of an indicator. Example: {"kind": "average", "indicator": "security"}.'),
    z
      .strictObject({
        kind: z.literal('max').describe('Highest value of an indicator over districts.'),
        indicator: ref('an indicator in play', 'tension'),
        districts: metricDistricts.optional(),
      })
      .describe('Highest value of an indicator. Example: {"kind": "max", "indicator": "tension"}.'),
    z
      .strictObject({
        kind: z.literal('min').describe('Lowest value of an indicator over districts.'),
        indicator: ref('an indicator in play', 'trust'),
        districts: metricDistricts.optional(),
      })
      .describe('Lowest value of an indicator. Example: {"kind": "min", "indicator": "trust"}.'),
    z
      .strictObject({
        kind: z.literal('counter').describe('Value of a counter.'),
        counter: z
          .string()
          .min(1)
          .describe(
            'A standard counter (civilianHarm, incidentsResolved, incidentsFailed, arrests, jointActions, soloActions, factsShared, leaks, heldIntelMattered) or one that a "counter" effect in this file adds to. Example: "civilianHarm"',
          ),
      })
      .describe('Value of a counter. Example: {"kind": "counter", "counter": "civilianHarm"}.'),
    z
      .strictObject({
        kind: z.literal('pairTrust').describe('Trust between two roles.'),
        roles: rolePairSchema,
      })
      .describe(
        'Trust between two roles. Example: {"kind": "pairTrust", "roles": ["military", "police"]}.',
      ),
    z
      .strictObject({
        kind: z.literal('averageTrust').describe('Average trust over every pair of roles.'),
      })
      .describe('Average trust over all role pairs. Example: {"kind": "averageTrust"}.'),
  ])
  .describe(
    'What is measured, chosen by "kind" (average, max, min, counter, pairTrust, averageTrust).',
  )
  .meta({ id: 'Metric' });

const objectiveSchema: z.ZodType<ObjectiveDef> = z
  .strictObject({
    id: id('the objective (unique among all objectives, private ones included)', 'secure-city'),
    description: text('The objective as the debrief states it', 'Average security at least 60.'),
    metric: metricSchema,
    comparison: comparisonSchema,
    value: z.int().describe('Threshold the metric is compared with (whole number). Example: 60.'),
    weight: z
      .int()
      .min(1)
      .max(100)
      .describe(
        'Points it carries in the score (whole number, 1–100); the score is the share of points met. Example: 2.',
      ),
  })
  .describe('An objective scored at the end: met when the metric compares with "value" as stated.')
  .meta({ id: 'Objective' });

const actionList = (meaning: string, example: string) =>
  z
    .array(ref('a standard action', 'patrol'))
    .describe(`${meaning} (list of action ids). Example: ${example}.`);

export const constraintSchema: z.ZodType<Constraint> = z
  .discriminatedUnion('type', [
    z
      .strictObject({
        type: z
          .literal('cannotLead')
          .describe('The role may join these joint actions but never lead them.'),
        actions: actionList('Joint actions it cannot lead', '["crowd_control"]'),
        reason: text('Why, shown on the role card', 'Police have primacy over arrests.'),
      })
      .describe('Cannot lead some joint actions.'),
    z
      .strictObject({
        type: z
          .literal('maxPerTurn')
          .describe('A cap on how often the role takes an action each turn.'),
        action: ref('a standard action', 'cordon_search'),
        count: z
          .int()
          .min(0)
          .max(100)
          .describe('Most times a turn (whole number, 0–100). Example: 1.'),
        reason: text('Why, shown on the role card', 'One company available for cordons.'),
      })
      .describe('At most "count" of an action each turn.'),
    z
      .strictObject({
        type: z
          .literal('notInDistricts')
          .describe('The role may not take these actions in these districts.'),
        actions: actionList('Actions forbidden there', '["aid_delivery"]'),
        districts: z
          .array(ref('a district', 'old-town'))
          .describe('Districts where they are forbidden. Example: ["hills"].'),
        reason: text('Why, shown on the role card', 'The ceasefire bars troops from the old town.'),
      })
      .describe('Forbidden actions in some districts.'),
    z
      .strictObject({
        type: z
          .literal('requiresKnownFact')
          .describe(
            'The role may take these actions only in a district about which it knows a fact.',
          ),
        actions: actionList('Actions that need a known fact', '["joint_raid"]'),
        reason: text('Why, shown on the role card', 'No raid without intelligence.'),
      })
      .describe('Actions that need a known fact about the district.'),
  ])
  .describe(
    'A rule limiting what a role may do, chosen by "type" (cannotLead, maxPerTurn, notInDistricts, requiresKnownFact).',
  );

const assetSchema: z.ZodType<AssetDef> = z
  .strictObject({
    id: id('the unit (unique across all roles)', 'inf-coy-1'),
    name: text('Name shown on the role card and map', '1st Infantry Company'),
    type: text('Kind of unit, free text', 'infantry company'),
    location: ref('the district where it starts', 'harbour'),
    readiness: percent('How ready it is', 80),
  })
  .describe('A unit of a role, placed in a district.');

export const roleSchema: z.ZodType<RoleDef> = z
  .strictObject({
    id: id('the role', 'police'),
    name: text('Name shown on the role card', 'UN Police'),
    kind: idText().describe(
      'Kind of role: "military", "police" or "civilian" (other kinds are allowed). Example: "police".',
    ),
    short: localText(z.string().min(1).max(8)).describe(
      'Short label for map and buttons (text of 1–8 characters, or such a text by language code). Example: "POL".',
    ),
    mandate: text('Mandate text on the role card', 'Advise and support the host-state police.'),
    capabilities: actionList(
      'Actions the role may take; each must be listed in "actions"',
      '["patrol", "investigate", "joint_patrol", "share_intel"]',
    ),
    actionPoints: z
      .int()
      .min(1)
      .max(20)
      .describe('Action points the role spends each turn (whole number, 1–20). Example: 3.'),
    constraints: z.array(constraintSchema).describe('Rules limiting the role (may be empty).'),
    assets: z.array(assetSchema).describe('Units of the role (may be empty).'),
    privateObjective: objectiveSchema.describe("The role's own objective, scored in the debrief."),
  })
  .describe('A role card: one team of trainees.');

const trustSchema: z.ZodType<TrustDef> = z
  .strictObject({
    roles: rolePairSchema,
    value: percent('Starting trust between the two roles', 40),
  })
  .describe('Starting trust for one pair of roles.');

const actionOverrideSchema: z.ZodType<ActionOverride> = z
  .strictObject({
    cost: z
      .int()
      .min(0)
      .max(20)
      .describe(
        'Action points the lead pays (whole number, 0–20; partners of a joint action pay its standard partner cost) (default: the standard cost). Example: 2.',
      )
      .optional(),
    baseChance: z
      .int()
      .min(0)
      .max(100)
      .describe(
        'Base chance of success in percent (whole number, 0–100) (default: the standard base chance). Example: 60.',
      )
      .optional(),
    onSuccess: effectList(
      'Effects on success, replacing the standard ones (default: the standard effects)',
    ).optional(),
    onFailure: effectList(
      'Effects on failure, replacing the standard ones (default: the standard effects)',
    ).optional(),
  })
  .describe('Numbers of an action this scenario changes; anything left out keeps the standard.');

const factSchema: z.ZodType<FactDef> = z
  .strictObject({
    id: id('the fact', 'arms-cache'),
    title: text('Title shown in the intelligence panel', 'Arms cache in the harbour'),
    text: text('The intelligence itself', 'A warehouse on pier 4 holds rifles.'),
    knownBy: roleList(
      'Roles that know it at the start (may be empty: then only an inject, or an investigation in its district, reveals it)',
      '["military"]',
    ),
    district: z
      .string()
      .min(1)
      .describe(
        'Id of the district it concerns; it must exist in this file. Only a fact with a district can be uncovered by investigating there or satisfy "requiresKnownFact". Optional (default: none; the fact then helps anywhere). Example: "harbour"',
      )
      .optional(),
    helps: actionList(
      'Actions that gain "bonus" in its district (or anywhere, if it has none) for a role that knows it',
      '["joint_raid", "cordon_search"]',
    ),
    bonus: percent('Percentage points added to the chance of the helped actions', 15),
  })
  .describe('A piece of intelligence, hidden from the roles that do not know it.');

const conditionSchema = z
  .strictObject({
    metric: metricSchema,
    comparison: comparisonSchema,
    value: z.int().describe('Threshold (whole number). Example: 70.'),
  })
  .describe(
    'Fires when the metric compares with "value" as stated. Example: {"metric": {"kind": "max", "indicator": "tension"}, "comparison": "atLeast", "value": 70}.',
  );

const triggerSchema: z.ZodType<Trigger> = z
  .union([
    z
      .strictObject({ turn: turnNumber('Turn at whose briefing it is released', 3) })
      .describe('Released at a fixed turn. Example: {"turn": 3}.'),
    z
      .strictObject({
        condition: conditionSchema,
        from: turnNumber('First turn at which the condition is checked (default 1)', 2).optional(),
      })
      .describe('Released the first time a condition holds.'),
  ])
  .describe('When the inject is released: {"turn": N} or {"condition": {...}, "from": N}.');

const injectSchema: z.ZodType<InjectDef> = z
  .strictObject({
    id: id('the inject', 'protest-call'),
    title: text('Title shown at the briefing', 'Call for a protest'),
    text: text('The message as the recipients read it', 'Unions call for a march on the ministry.'),
    sender: text('Who sends it in the fiction', 'Ministry of Interior'),
    recipients: z
      .union([z.array(ref('a role', 'police')).min(1), z.literal('all').describe('Every role.')])
      .describe('Who receives it: "all" or a list of role ids. Example: ["police", "civilian"].'),
    expectedResponse: text(
      'What the facilitator expects the teams to do',
      'Police and civilians plan crowd control together.',
    ),
    objectiveTested: text(
      'The learning or mission objective it tests',
      'Coordinated response to unrest.',
    ),
    trigger: triggerSchema,
    district: z
      .string()
      .min(1)
      .describe(
        'Id of the district it concerns, the target of its effects; it must exist in this file. Optional (default: none; effects on "@target" or "@neighbours" then do nothing). Example: "old-town"',
      )
      .optional(),
    effects: effectList('Effects when it is released'),
  })
  .describe('A scripted inject from the master events list.');

const eventCardSchema: z.ZodType<EventCardDef> = z
  .strictObject({
    id: id('the card', 'power-cut'),
    title: text('Title shown when drawn', 'Power cut'),
    text: text('What happens', 'The grid fails for two days.'),
    weight: z
      .int()
      .min(1)
      .max(100)
      .describe(
        'Relative weight when drawing; the deck holds "weight" copies (whole number, 1–100). Example: 2.',
      ),
    districts: z
      .array(ref('a district', 'harbour'))
      .min(1)
      .describe(
        'Districts it can strike; one is drawn among them (default: all districts). Example: ["harbour"].',
      )
      .optional(),
    effects: effectList('Effects in the drawn district'),
  })
  .describe('A card of the random event deck.');

const eventDeckSchema: z.ZodType<EventDeckDef> = z
  .strictObject({
    chancePerTurn: percent('Percent chance each turn that a card is drawn', 50),
    cards: z.array(eventCardSchema).describe('The cards (may be empty).'),
  })
  .describe('The seeded random event deck.');

const driftSchema: z.ZodType<DriftRule> = z
  .strictObject({
    when: z
      .strictObject({
        indicator: ref('an indicator in play', 'need'),
        comparison: comparisonSchema,
        value: percent('Threshold', 70),
      })
      .describe('Checked in each district at the end of every turn.'),
    then: z
      .strictObject({
        indicator: ref('an indicator in play', 'tension'),
        delta: delta('Change in that district', 2),
      })
      .describe('Change applied to the district when "when" holds.'),
    reason: text('Why, shown in the log', 'Unmet need feeds unrest.'),
  })
  .describe(
    'A rule that moves an indicator every turn by itself. Example: high need raises tension.',
  );

const endConditionSchema: z.ZodType<EndCondition> = z
  .strictObject({
    id: id('the end condition', 'city-in-flames'),
    description: text(
      'What ends the game, as the debrief states it',
      'Tension reaches 95 somewhere.',
    ),
    metric: metricSchema,
    comparison: comparisonSchema,
    value: z.int().describe('Threshold (whole number). Example: 95.'),
  })
  .describe(
    'Ends the game after the turn in which it holds, and the mission then counts as failed whatever the score.',
  );

// ---- the scenario -----------------------------------------------------------------------------

export const scenarioSchema = z
  .strictObject({
    $schema: z
      .string()
      .describe(
        'Path of this JSON Schema, so editors check the file. Optional (default: none; editors then cannot help). Example: "./scenario.schema.json".',
      )
      .optional(),
    schemaVersion: z.literal(1).describe('Version of the scenario format; always 1 for now.'),
    id: id('the scenario', 'tutorial'),
    title: text('Title on the start screen', 'Port city under strain'),
    summary: text('One or two sentences on the start screen', 'A port city after a ceasefire.'),
    setting: text(
      'Background a facilitator reads out before turn 1',
      'Six months after the ceasefire...',
    ),
    language: languageCode(
      'Language code of the plain text in this file (two lowercase letters, optionally a region), and the language shown where a translation is missing. Optional (default: "en"). Example: "es".',
    ).optional(),
    languages: z
      .array(
        languageCode('A language code: two lowercase letters, optionally a region. Example: "fr".'),
      )
      .min(1)
      .max(MAX_LANGUAGES)
      .describe(
        'Language codes the text is offered in; "language" must be one of them, and a text missing one of them is reported as a warning. Optional (default: just "language"; translations are then not checked). Example: ["en", "es", "fr"].',
      )
      .optional(),
    learningObjectives: z
      .array(localText(z.string().min(1)))
      .describe(
        'What trainees should learn (list of text; each may also be the text by language code). Example: ["Share intelligence early"].',
      ),
    sources: z
      .array(z.string().min(1))
      .describe(
        'Where the scenario\'s ideas come from: training scenarios, doctrine, reports (list of text). Example: ["UN DPO, Civil-Military Coordination in UN Integrated Peacekeeping Missions (UN-CIMIC), 2022"].',
      ),
    turns: z.int().min(1).max(100).describe('Number of turns (whole number, 1–100). Example: 8.'),
    winScore: percent('Score at or above which the mission counts as a success', 60),
    map: mapSchema,
    indicators: z
      .array(indicatorDefSchema)
      .describe(
        'Indicators added to the standard four (security, trust, tension, need). Optional (default: none, only the standard four).',
      )
      .optional(),
    districts: z.array(districtSchema).min(1).describe('The districts of the map (at least one).'),
    roles: z.array(roleSchema).min(1).describe('The role cards (at least one).'),
    defaultTrust: percent('Starting trust of every pair of roles not listed in "trust"', 50),
    trust: z
      .array(trustSchema)
      .describe(
        'Starting trust of particular pairs of roles. Optional (default: every pair starts at "defaultTrust").',
      )
      .optional(),
    actions: z
      .array(ref('a standard action', 'patrol'))
      .min(1)
      .describe(
        'Standard actions in play, by id. Example: ["patrol", "joint_patrol", "share_intel"].',
      ),
    actionOverrides: z
      .record(z.string().min(1), actionOverrideSchema)
      .describe(
        'Changed numbers of actions in play, keyed by action id. Optional (default: the standard numbers). Example: {"patrol": {"cost": 2}}.',
      )
      .optional(),
    intelligence: z.array(factSchema).describe('Hidden facts (may be empty).'),
    injects: z
      .array(injectSchema)
      .describe('Scripted injects, the master events list (may be empty).'),
    events: eventDeckSchema,
    drift: z
      .array(driftSchema)
      .describe(
        `Rules that move indicators by themselves each turn. Optional (default: the engine's rules, ${DEFAULT_DRIFT.map(describeDrift).join('; ')}); a list here replaces them all.`,
      )
      .optional(),
    objectives: z
      .array(objectiveSchema)
      .min(1)
      .describe('Mission objectives scored at the end (at least one).'),
    endConditions: z
      .array(endConditionSchema)
      .describe(
        'Conditions that end the game before the last turn. Optional (default: none, the game runs all its turns).',
      )
      .optional(),
    debriefQuestions: z
      .array(localText(z.string().min(1)))
      .describe(
        'Discussion questions for the debrief (list of text; each may also be the text by language code). Example: ["When did the police learn of the protest, and what changed?"].',
      ),
    expectedCooperationMargin: z
      .int()
      .min(0)
      .max(100)
      .describe(
        'Margin, in points of win rate, by which cooperative play should beat siloed play in the balance report (whole number, 0–100). Optional (default: none, the report then states no verdict). Example: 20.',
      )
      .optional(),
  })
  .describe('A Mandate scenario: one tabletop exercise for a peace operation.');

/** A district as a file may write it: with "map.tiled", shape and neighbours may be left out. */
const districtFileSchema = districtSchema
  .partial({ shape: true, neighbours: true })
  .describe('A district of the map.');

/**
 * The scenario as its file is written, which is what editors check. Validation itself uses
 * `scenarioSchema`: by then a Tiled map has filled in what the file left out.
 */
export const scenarioFileSchema = scenarioSchema
  .extend({
    districts: z
      .array(districtFileSchema)
      .min(1)
      .describe('The districts of the map (at least one).'),
  })
  .describe('A Mandate scenario: one tabletop exercise for a peace operation.');

// Both directions, so a change to types.ts that the schema does not follow fails to compile.
type Parsed = z.infer<typeof scenarioSchema>;
type Assert<T extends true> = T;
export type SchemaMatchesTypes = Assert<
  [Parsed] extends [Scenario] ? ([Scenario] extends [Parsed] ? true : false) : false
>;
type ParsedFile = z.infer<typeof scenarioFileSchema>;
export type FileSchemaMatchesTypes = Assert<
  [ParsedFile] extends [ScenarioFile]
    ? [ScenarioFile] extends [ParsedFile]
      ? [z.infer<typeof districtFileSchema>] extends [DistrictFileDef]
        ? [DistrictFileDef] extends [z.infer<typeof districtFileSchema>]
          ? [z.infer<typeof tiledSchema>] extends [TiledMapRef]
            ? [TiledMapRef] extends [z.infer<typeof tiledSchema>]
              ? true
              : false
            : false
          : false
        : false
      : false
    : false
>;
// Parts not reachable through annotated schemas above still get their own check.
export type PartsMatchTypes = Assert<
  [z.infer<typeof districtSchema>] extends [DistrictDef]
    ? [DistrictDef] extends [z.infer<typeof districtSchema>]
      ? [z.infer<typeof mapSchema>] extends [MapDef]
        ? [z.infer<typeof indicatorDefSchema>] extends [IndicatorDef]
          ? [IndicatorDef] extends [z.infer<typeof indicatorDefSchema>]
            ? true
            : false
          : false
        : false
      : false
    : false
>;
