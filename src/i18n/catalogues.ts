/**
 * The languages' catalogues, by locale. English is the reference the others are typed against
 * and is always here; Spanish and French are chunks of their own, fetched when a window first
 * speaks them (`loadCatalogue`), so the first screen carries one language. The Node tools and
 * the tests import `./all`, which puts every catalogue here at once.
 */
import { en } from './en';
import type { Locale } from './locale';

export type Catalogue = typeof en;

const catalogues: Partial<Record<Locale, Catalogue>> = { en };
const loading = new Map<Locale, Promise<void>>();

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Catalogue>> = {
  es: () => import('./es').then((m) => m.es),
  fr: () => import('./fr').then((m) => m.fr),
};

/** The catalogue of `locale` when it is loaded. */
export function catalogueOf(locale: Locale): Catalogue | undefined {
  return catalogues[locale];
}

export function registerCatalogue(locale: Locale, catalogue: Catalogue): void {
  catalogues[locale] = catalogue;
}

/** Null when `locale` is loaded already; else its loading (rejected with why; asked again, tried
 * again). */
export function loadCatalogue(locale: Locale): Promise<void> | null {
  if (catalogues[locale] || locale === 'en') return null;
  let p = loading.get(locale);
  if (!p) {
    p = LOADERS[locale]().then(
      (c) => {
        catalogues[locale] = c;
      },
      (e: unknown) => {
        loading.delete(locale);
        throw e;
      },
    );
    loading.set(locale, p);
  }
  return p;
}
