/**
 * Numbers, plurals and lists as each language writes them, from the platform's Intl (the same
 * CLDR data in Node and in browsers). French counts 0 and 1 as singular; English and Spanish
 * only 1. Spaces French puts before "%" or inside long numbers are no-break, so they never wrap.
 */
import type { Locale } from './locale';

export interface PluralForms {
  one: string;
  other: string;
  /** CLDR's "many" (Spanish and French use it for round millions); falls back to `other`. */
  many?: string;
}

export interface Formatter {
  locale: Locale;
  /** 1234 → "1,234" / "1.234" / "1 234". */
  num(n: number): string;
  /** A change: "+5", "−5", "±0" (a true minus sign). */
  signed(n: number): string;
  /** A whole percentage, 0–100: "45%" / "45 %" / "45 %". */
  percent(n: number): string;
  /** The form for `n`, with `#` replaced by the formatted number: plural(3, {one: '# unit', other:
   * '# units'}). */
  plural(n: number, forms: PluralForms): string;
  /** "A, B and C" (`and`) or "A, B or C" (`or`). */
  list(items: readonly string[], joiner?: 'and' | 'or'): string;
  /** Collation for sorting names alphabetically in this language. */
  compare(a: string, b: string): number;
}

const cache = new Map<Locale, Formatter>();

export function formatter(locale: Locale): Formatter {
  const known = cache.get(locale);
  if (known) return known;
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const plurals = new Intl.PluralRules(locale);
  const and = new Intl.ListFormat(locale, { type: 'conjunction' });
  const or = new Intl.ListFormat(locale, { type: 'disjunction' });
  const collator = new Intl.Collator(locale);
  const f: Formatter = {
    locale,
    num: (n) => numbers.format(n).replace(/\u202f|\u00a0| /g, '\u00a0'),
    signed: (n) => (n > 0 ? `+${f.num(n)}` : n < 0 ? `\u2212${f.num(-n)}` : '\u00b10'),
    percent: (n) => percents.format(n / 100).replace(/\u202f|\u00a0| /g, '\u00a0'),
    plural(n, forms) {
      const cat = plurals.select(n);
      const form =
        cat === 'one' ? forms.one : cat === 'many' ? (forms.many ?? forms.other) : forms.other;
      return form.replace(/#/g, f.num(n));
    },
    list: (items, joiner = 'and') => (joiner === 'and' ? and : or).format(items),
    compare: (a, b) => collator.compare(a, b),
  };
  cache.set(locale, f);
  return f;
}
