/**
 * Translations into languages the file does not declare: a code missing from `languages`, or no
 * `languages` at all, when nothing can be reported as missing.
 */
import { LANGUAGE_CODE } from '../languages';
import { isObj } from '../loose';
import { formatPath, problem, quote, type Path } from '../../format';
import { closest } from '../suggest';
import type { TranslationReport } from './report';
import type { FoundText } from './texts';

/** Codes in text objects that `languages` does not list: a typo, or a language left undeclared. */
export function warnUnknownCodes(
  texts: readonly FoundText[],
  declared: readonly string[],
  report: TranslationReport,
): void {
  const findings = texts.flatMap((t) =>
    isObj(t.value)
      ? Object.keys(t.value)
          .filter((code) => LANGUAGE_CODE.test(code) && !declared.includes(code))
          .map((code) => ({ path: [...t.path, code], key: code }))
      : [],
  );
  const listed = declared.map(quote).join(', ');
  // Grouped by code: one language written throughout without being declared is one warning.
  const byCode = new Map<string, Path[]>();
  for (const f of findings) {
    const paths = byCode.get(f.key);
    if (paths) paths.push(f.path);
    else byCode.set(f.key, [f.path]);
  }
  for (const [code, paths] of byCode) {
    const near = closest(code, declared);
    const fix =
      near !== undefined
        ? `did you mean ${quote(near)}?`
        : `add ${quote(code)} to $.languages, or remove these translations`;
    if (paths.length === 1) {
      report.warnings.push(
        problem(
          'warning',
          paths[0]!,
          `${quote(code)} is not among the scenario's languages (${listed}), so this translation is never checked`,
          fix,
        ),
      );
    } else {
      report.warnings.push(
        problem(
          'warning',
          ['languages'],
          `${paths.length} texts have a translation into ${quote(code)}, which is not among the scenario's languages (${listed}): ${paths.map(formatPath).join(', ')}`,
          near !== undefined ? `did you mean ${quote(near)}? (in each of them)` : fix,
        ),
      );
    }
  }
}

/** Without `languages`, translations are not checked: say so once, with what the file holds. */
export function warnUndeclared(
  texts: readonly FoundText[],
  language: string,
  report: TranslationReport,
): void {
  const counts = new Map<string, number>();
  for (const t of texts) {
    if (!isObj(t.value)) continue;
    for (const code of Object.keys(t.value))
      if (code !== language && LANGUAGE_CODE.test(code))
        counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  if (counts.size === 0) return;
  const used = [...counts]
    .map(([code, n]) => `${quote(code)} (${n} ${n === 1 ? 'text' : 'texts'})`)
    .join(', ');
  const all = [language, ...counts.keys()];
  report.warnings.push(
    problem(
      'warning',
      ['languages'],
      `texts are translated into ${used}, but "languages" is not given, so no missing translation is reported`,
      `add "languages": [${all.map((c) => JSON.stringify(c)).join(', ')}]`,
    ),
  );
}
