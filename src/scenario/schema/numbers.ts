/**
 * Bounded whole numbers (percentages, changes, turns) and how a measured value is compared: the
 * ranges are written once, so every description states the same bounds the check applies.
 */
import { z } from 'zod';

export const percent = (meaning: string, example: number) =>
  z.int().min(0).max(100).describe(`${meaning} (whole number, 0–100). Example: ${example}.`);

export const delta = (meaning: string, example: number) =>
  z
    .int()
    .min(-100)
    .max(100)
    .describe(`${meaning} (whole number, -100 to 100; negative lowers it). Example: ${example}.`);

export const turnNumber = (meaning: string, example: number) =>
  z
    .int()
    .min(1)
    .max(100)
    .describe(
      `${meaning} (whole number, 1–100, at most the scenario's "turns"). Example: ${example}.`,
    );

export const comparisonSchema = z
  .enum(['atLeast', 'atMost'])
  .describe('How the measured value is compared with "value": "atLeast" (>=) or "atMost" (<=).')
  .meta({ id: 'Comparison' });
