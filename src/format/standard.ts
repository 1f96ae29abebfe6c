/**
 * What every scenario has without writing it: the standard indicators, the counters the engine
 * keeps, and the drift of a scenario that writes none. Each list is written once, here; the
 * types of its ids are derived from it, so a catalogue that words them (`src/i18n`) cannot miss
 * one.
 */
import type { DriftRule, IndicatorDef } from './types';

const INDICATORS = [
  {
    id: 'security',
    name: 'Security',
    description: 'Protection of people from violence and crime.',
    goodWhen: 'high',
  },
  {
    id: 'trust',
    name: 'Public trust',
    description: 'Public confidence in the mission and the rule of law.',
    goodWhen: 'high',
  },
  { id: 'tension', name: 'Tension', description: 'Risk of unrest and violence.', goodWhen: 'low' },
  {
    id: 'need',
    name: 'Humanitarian need',
    description: 'Unmet need for food, water, shelter and care.',
    goodWhen: 'low',
  },
] as const satisfies readonly IndicatorDef[];

export type StandardIndicator = (typeof INDICATORS)[number]['id'];

/** The indicators of every scenario, before any it adds. */
export const STANDARD_INDICATOR_DEFS: readonly IndicatorDef[] = INDICATORS;
export const STANDARD_INDICATORS: readonly StandardIndicator[] = INDICATORS.map((i) => i.id);

/** Counters the engine itself keeps; scenarios may count more through effects. */
export const STANDARD_COUNTERS = [
  'civilianHarm',
  'incidentsResolved',
  'incidentsFailed',
  'arrests',
  'jointActions',
  'soloActions',
  'factsShared',
  'leaks',
  'heldIntelMattered',
] as const;
export type StandardCounter = (typeof STANDARD_COUNTERS)[number];

/**
 * The drift of a scenario that writes none. Its reasons are scenario text like any author's,
 * so they carry their translations as a scenario file would.
 */
export const DEFAULT_DRIFT: readonly DriftRule[] = [
  {
    when: { indicator: 'need', comparison: 'atLeast', value: 60 },
    then: { indicator: 'tension', delta: 2 },
    reason: {
      en: 'Unmet needs fuel grievances',
      es: 'Las necesidades no cubiertas alimentan el descontento',
      fr: 'Les besoins non satisfaits nourrissent la colère',
    },
  },
  {
    when: { indicator: 'security', comparison: 'atMost', value: 35 },
    then: { indicator: 'tension', delta: 2 },
    reason: {
      en: 'Insecurity breeds fear',
      es: 'La inseguridad genera miedo',
      fr: 'L’insécurité engendre la peur',
    },
  },
  {
    when: { indicator: 'trust', comparison: 'atLeast', value: 60 },
    then: { indicator: 'tension', delta: -1 },
    reason: {
      en: 'Confidence calms the streets',
      es: 'La confianza calma las calles',
      fr: 'La confiance apaise les rues',
    },
  },
  {
    when: { indicator: 'tension', comparison: 'atLeast', value: 70 },
    then: { indicator: 'security', delta: -2 },
    reason: {
      en: 'Unrest erodes security',
      es: 'Los disturbios erosionan la seguridad',
      fr: 'Les troubles minent la sécurité',
    },
  },
];
