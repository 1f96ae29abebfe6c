/**
 * The "indicators" section: indicators a scenario adds to the standard four. Its own module so
 * that what an indicator declares is found by its name.
 */
import { z } from 'zod';
import { id } from './ids';
import { text } from './text';

export const indicatorDefSchema = z
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
