/**
 * The "events" section: the seeded random event deck and its cards.
 */
import { z } from 'zod';
import type { EventCardDef, EventDeckDef } from '../../format';
import { effectList } from './effects';
import { id, ref } from './ids';
import { percent } from './numbers';
import { text } from './text';

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

export const eventDeckSchema: z.ZodType<EventDeckDef> = z
  .strictObject({
    chancePerTurn: percent('Percent chance each turn that a card is drawn', 50),
    cards: z.array(eventCardSchema).describe('The cards (may be empty).'),
  })
  .describe('The seeded random event deck.');
