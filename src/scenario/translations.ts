/**
 * Translations: the checks of `language`, `languages` and of every text a person reads.
 *
 * Which fields are such texts is read from the editor JSON Schema, walked beside the file: a field
 * is translatable where the schema allows "text, or the text by language code" (`localText` in
 * schema/text.ts). A text field added to the schema is checked here without being listed anywhere.
 *
 * A file with many untranslated texts must not bury everything else, yet every text must be
 * named: texts of one item of a list (a role, an inject, a district…) that miss the same
 * languages make one warning, which lists them; a lone text gets a warning at its own path.
 *
 * This file runs the checks in order; `translations/` holds the walk that finds the texts
 * (`texts.ts`), the checks of the two fields (`languageFields.ts`), the warnings about texts
 * (`missing.ts`, `undeclared.ts`) and how warnings are grouped (`report.ts`).
 */
import { DEFAULT_LANGUAGE, LANGUAGE_CODE, MAX_LANGUAGES } from './languages';
import { isObj, list, str } from './loose';
import { checkLanguage, declaredLanguages } from './translations/languageFields';
import { warnMissing, warnWithoutLanguage } from './translations/missing';
import type { TranslationReport } from './translations/report';
import { findTexts } from './translations/texts';
import { warnUndeclared, warnUnknownCodes } from './translations/undeclared';

export type { TranslationReport } from './translations/report';
export {
  findTexts,
  isLocalTextNode,
  textFieldPatterns,
  type FoundText,
} from './translations/texts';

/**
 * `language` and `languages` against each other and against the languages Mandate speaks, then
 * every text against them. Values of the wrong type are zod's business and are skipped.
 */
export function checkTranslations(input: unknown): TranslationReport {
  const report: TranslationReport = { errors: [], warnings: [] };
  // Past the limit the schema refuses the list, and every text would be checked against each.
  if (!isObj(input) || list(input.languages).length > MAX_LANGUAGES) return report;
  const written = str(input.language);
  const language =
    written !== undefined && LANGUAGE_CODE.test(written)
      ? written
      : written === undefined
        ? DEFAULT_LANGUAGE
        : undefined;
  const declared = declaredLanguages(input, report);
  if (language !== undefined && declared !== undefined)
    checkLanguage(written, language, declared, report);
  // Until the scenario's own language is settled, every text would seem to miss it.
  if (language === undefined || report.errors.length > 0) return report;

  const texts = findTexts(input);
  warnWithoutLanguage(texts, language, report);
  if (declared === undefined) {
    warnUndeclared(texts, language, report);
    return report;
  }
  // An empty list is zod's to report; nothing can be checked against it.
  if (declared.length === 0) return report;
  warnUnknownCodes(texts, declared, report);
  warnMissing(texts, language, declared, report);
  return report;
}
