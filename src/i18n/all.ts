/**
 * Every language at once, for the Node tools, the tests and the map demo, which may speak any of
 * them without waiting: importing this module registers them all (see `catalogues.ts`).
 */
import { registerCatalogue, type Catalogue } from './catalogues';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Locale } from './locale';

export const CATALOGUES: Record<Locale, Catalogue> = { en, es, fr };

for (const [locale, catalogue] of Object.entries(CATALOGUES) as [Locale, Catalogue][])
  registerCatalogue(locale, catalogue);
