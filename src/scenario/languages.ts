/**
 * Language codes in scenario files: the code a translated text is keyed by, the scenario's own
 * `language` and the `languages` it is offered in.
 */

/** A language code: two lowercase letters, optionally a region ("es", "fr", "pt-BR"). */
export const LANGUAGE_CODE = /^[a-z]{2}(-[A-Z]{2})?$/;

/**
 * Languages a scenario may offer: the game speaks three, and every text is checked against each
 * one declared, so the list is bounded.
 */
export const MAX_LANGUAGES = 20;

/** The language of a scenario that names none. */
export const DEFAULT_LANGUAGE = 'en';

/** Whether a pattern zod reports (as `/…/` or as its source) is the one of language codes. */
export const isLanguagePattern = (pattern: unknown): boolean =>
  pattern === String(LANGUAGE_CODE) || pattern === LANGUAGE_CODE.source;

/** Names and three-letter codes an author may write instead of the code. */
const NAMED: Readonly<Record<string, string>> = {
  english: 'en',
  eng: 'en',
  spanish: 'es',
  español: 'es',
  espanol: 'es',
  castellano: 'es',
  spa: 'es',
  french: 'fr',
  français: 'fr',
  francais: 'fr',
  fra: 'fr',
  fre: 'fr',
};

/**
 * The code `written` most likely means ("EN" → "en", "pt_br" → "pt-BR", "French" → "fr"), if any.
 */
export function fixLanguageCode(written: string): string | undefined {
  const trimmed = written.trim();
  const named = NAMED[trimmed.toLowerCase()];
  if (named !== undefined) return named;
  const [lang, region, ...rest] = trimmed.split(/[-_]/);
  if (lang === undefined || rest.length > 0) return undefined;
  const code =
    region === undefined ? lang.toLowerCase() : `${lang.toLowerCase()}-${region.toUpperCase()}`;
  return LANGUAGE_CODE.test(code) ? code : undefined;
}
