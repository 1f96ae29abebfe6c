export { LOCALES, LOCALE_NAMES, isLocale, preferredLocale, type Locale } from './locale';
export { formatter, type Formatter, type PluralForms } from './format';
export { pickText, hasText } from './localText';
export { makeLang, humanise, type Lang } from './lang';
export { loadCatalogue, type Catalogue } from './catalogues';
export { worded, type Worded } from './worded';
