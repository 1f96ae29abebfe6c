/**
 * Text a person reads, and the language codes its translations are keyed by. `localText` is the
 * shape `translations/texts.ts` recognises in the JSON Schema, so every field made with it is
 * checked for missing translations without being listed anywhere.
 */
import { z } from 'zod';
import { LANGUAGE_CODE } from '../languages';

export const languageCode = (meaning: string) =>
  z
    .string()
    .regex(
      LANGUAGE_CODE,
      'a language code is two lowercase letters, optionally a region: "en", "es", "pt-BR"',
    )
    .describe(meaning);

/**
 * Text a person reads: one string in the scenario's language, or the same text by language code.
 */
export const localText = (base: z.ZodString) =>
  z.union([
    base,
    z
      .record(languageCode('Language code of this translation'), base)
      .refine(
        (o) => Object.keys(o).length > 0,
        'expected the text in at least one language, found an empty object',
      ),
  ]);

export const text = (meaning: string, example: string) =>
  localText(z.string().min(1)).describe(
    `${meaning} (text, or the text by language code). Example: "${example}"`,
  );
