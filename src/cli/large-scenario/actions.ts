/**
 * The "actionOverrides" section: arrests and raids also push the scenario's crime indicator down.
 */
import type { Json } from './plan';

export const actionOverrides: Json = {
  arrest: {
    onSuccess: [
      { type: 'indicator', indicator: 'security', delta: 5 },
      { type: 'counter', counter: 'arrests', delta: 1 },
      { type: 'indicator', indicator: 'crime', delta: -5 },
    ],
  },
  joint_raid: {
    onSuccess: [
      { type: 'indicator', indicator: 'security', delta: 10 },
      { type: 'counter', counter: 'arrests', delta: 2 },
      { type: 'indicator', indicator: 'crime', delta: -6 },
    ],
  },
};
