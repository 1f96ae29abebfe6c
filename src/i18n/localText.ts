/**
 * Scenario text in the reader's language. A field is either a plain string, written in the
 * scenario's `language`, or an object of strings by language code; a missing translation falls
 * back to the scenario's language, then to any text there is, so nothing shows up blank.
 */
import type { LocalText } from '../format';

export function pickText(text: LocalText | undefined, locale: string, fallback: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

/** Whether a scenario text field carries a translation into `locale` (a plain string counts for its
 * own language only). */
export function hasText(text: LocalText, locale: string, language: string): boolean {
  return typeof text === 'string' ? locale === language : text[locale] !== undefined;
}
