/**
 * The "drift" section: need and insecurity feed tension, crime erodes trust, trust calms.
 */
import type { Json } from './plan';

export const drift: Json[] = [
  {
    when: { indicator: 'need', comparison: 'atLeast', value: 60 },
    then: { indicator: 'tension', delta: 2 },
    reason: 'Unmet needs fuel grievances.',
  },
  {
    when: { indicator: 'security', comparison: 'atMost', value: 35 },
    then: { indicator: 'tension', delta: 2 },
    reason: 'Insecurity breeds fear.',
  },
  {
    when: { indicator: 'crime', comparison: 'atLeast', value: 60 },
    then: { indicator: 'trust', delta: -1 },
    reason: 'Impunity erodes confidence.',
  },
  {
    when: { indicator: 'trust', comparison: 'atLeast', value: 60 },
    then: { indicator: 'tension', delta: -1 },
    reason: 'Confidence calms disputes.',
  },
];
