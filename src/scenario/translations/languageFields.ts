/**
 * The `language` and `languages` fields themselves: repeats, languages no player can choose, and
 * the scenario's own language among those it is offered in.
 */
import { LOCALES } from '../../i18n/locale';
import { DEFAULT_LANGUAGE, LANGUAGE_CODE } from '../languages';
import { list, str, type Obj } from '../loose';
import { problem, quote } from '../../format';
import { closest } from '../suggest';
import { andList, type TranslationReport } from './report';

/** The valid codes of `languages`, warning of repeats and of languages no player can choose. */
export function declaredLanguages(sc: Obj, report: TranslationReport): string[] | undefined {
  if (!Array.isArray(sc.languages)) return undefined;
  const language = str(sc.language) ?? DEFAULT_LANGUAGE;
  const seen: string[] = [];
  list(sc.languages).forEach((v, i) => {
    const code = str(v);
    if (code === undefined || !LANGUAGE_CODE.test(code)) return;
    if (seen.includes(code)) {
      report.warnings.push(
        problem('warning', ['languages', i], `${quote(code)} is listed twice`, 'remove the repeat'),
      );
      return;
    }
    seen.push(code);
    if (!(LOCALES as readonly string[]).includes(code) && code !== language) {
      const near =
        closest(code, LOCALES) ??
        (LOCALES as readonly string[]).find((l) => code.startsWith(`${l}-`));
      report.warnings.push(
        problem(
          'warning',
          ['languages', i],
          `the game speaks ${andList(LOCALES.map(quote))}; no player can choose ${quote(code)}, so its translations are never shown`,
          near !== undefined
            ? `did you mean ${quote(near)}?`
            : `remove it; a scenario written in ${quote(code)} names it in "language"`,
        ),
      );
    }
  });
  return seen;
}

/** The scenario's own language must be among those it is offered in. */
export function checkLanguage(
  written: string | undefined,
  language: string,
  declared: readonly string[],
  report: TranslationReport,
): void {
  if (declared.length === 0 || declared.includes(language)) return;
  const listed = declared.map(quote).join(', ');
  if (written !== undefined) {
    const near =
      declared.find((code) => code === language.split('-')[0]) ?? closest(language, declared);
    report.errors.push(
      problem(
        'error',
        ['language'],
        `the scenario's language ${quote(language)} is not among its languages (${listed})`,
        near !== undefined
          ? `did you mean ${quote(near)}?`
          : `add ${quote(language)} to $.languages`,
      ),
    );
    return;
  }
  report.errors.push(
    problem(
      'error',
      ['languages'],
      `without "language", the scenario's plain text counts as ${quote(DEFAULT_LANGUAGE)}, which is not among its languages (${listed})`,
      `name the language its plain text is written in, e.g. "language": ${JSON.stringify(declared[0])}, or add ${quote(DEFAULT_LANGUAGE)} here`,
    ),
  );
}
