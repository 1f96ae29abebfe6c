/**
 * The "objectives" and "endConditions" sections: five weighted mission objectives, and an
 * uprising that ends the game.
 */
import type { Json } from './plan';

export const objectives: Json[] = [
  {
    id: 'obj-security',
    description: 'Average security at least 55.',
    metric: { kind: 'average', indicator: 'security' },
    comparison: 'atLeast',
    value: 55,
    weight: 25,
  },
  {
    id: 'obj-tension',
    description: 'No district above 70 tension.',
    metric: { kind: 'max', indicator: 'tension' },
    comparison: 'atMost',
    value: 70,
    weight: 20,
  },
  {
    id: 'obj-harm',
    description: 'At most 4 incidents of harm to civilians.',
    metric: { kind: 'counter', counter: 'civilianHarm' },
    comparison: 'atMost',
    value: 4,
    weight: 20,
  },
  {
    id: 'obj-need',
    description: 'Average humanitarian need at most 45.',
    metric: { kind: 'average', indicator: 'need' },
    comparison: 'atMost',
    value: 45,
    weight: 15,
  },
  {
    id: 'obj-crime',
    description: 'Average crime at most 40.',
    metric: { kind: 'average', indicator: 'crime' },
    comparison: 'atMost',
    value: 40,
    weight: 20,
  },
];

export const endConditions: Json[] = [
  {
    id: 'end-uprising',
    description: 'Average tension across the federation reaches 85.',
    metric: { kind: 'average', indicator: 'tension' },
    comparison: 'atLeast',
    value: 85,
  },
];
