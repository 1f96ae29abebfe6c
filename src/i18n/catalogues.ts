/** Every language's catalogue, by locale; English is the reference the others are typed against. */
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Locale } from './locale';

export type Catalogue = typeof en;

export const CATALOGUES: Record<Locale, Catalogue> = { en, es, fr };
