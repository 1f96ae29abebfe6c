/**
 * Texts that lack a language: the scenario's own (a player then sees another translation), or
 * one of those it declares (a player then sees the scenario's own).
 */
import { isObj } from '../loose';
import { problem, quote } from '../../format';
import { andList, grouped, members, type Finding, type TranslationReport } from './report';
import type { FoundText } from './texts';

/**
 * Text by language code without the scenario's own language falls back to whichever comes first.
 */
export function warnWithoutLanguage(
  texts: readonly FoundText[],
  language: string,
  report: TranslationReport,
): void {
  const findings = texts.flatMap((t) =>
    isObj(t.value) && Object.keys(t.value).length > 0 && !Object.hasOwn(t.value, language)
      ? [{ path: t.path, key: language, first: Object.keys(t.value)[0]! }]
      : [],
  );
  for (const group of grouped(findings)) {
    const [one] = group.members;
    const message =
      one !== undefined && group.members.length === 1
        ? `no ${quote(language)} text, the scenario's own language: a player whose language this text lacks sees the ${quote(one.first)} one, the first written`
        : `${group.members.length} texts have no ${quote(language)} text, the scenario's own language: ${members(group)}; a player whose language one of them lacks sees the first translation written`;
    report.warnings.push(
      problem(
        'warning',
        group.path,
        message,
        group.members.length === 1 ? `add "${language}": "…"` : `add "${language}": "…" to each`,
      ),
    );
  }
}

/** Every declared language a text lacks; the scenario's own language has its own warning. */
export function warnMissing(
  texts: readonly FoundText[],
  language: string,
  declared: readonly string[],
  report: TranslationReport,
): void {
  const findings: Finding[] = [];
  const short = new Map<string, number>();
  for (const t of texts) {
    const has = (code: string) =>
      typeof t.value === 'string' ? code === language : Object.hasOwn(t.value, code);
    const missing = declared.filter((code) => code !== language && !has(code));
    if (missing.length === 0) continue;
    findings.push({ path: t.path, key: missing.join(' '), plain: typeof t.value === 'string' });
    for (const code of missing) short.set(code, (short.get(code) ?? 0) + 1);
  }
  const groups = grouped(findings);
  if (groups.length > 1) {
    const counts = declared
      .filter((code) => short.has(code))
      .map((code) => `${short.get(code)} lack ${quote(code)}`);
    report.warnings.push(
      problem(
        'warning',
        ['languages'],
        `of ${texts.length} texts, ${andList(counts)}; players see the ${quote(language)} text in their place. The warnings that follow name each text`,
      ),
    );
  }
  const entries = (codes: readonly string[]) => codes.map((c) => `"${c}": "…"`).join(', ');
  for (const group of groups) {
    const codes = group.key.split(' ');
    const into = codes.map(quote).join(', ');
    const whole = `{${entries([language, ...codes])}}`;
    const plain = group.members.filter((m) => m.plain === true).length;
    if (group.members.length === 1) {
      report.warnings.push(
        plain === 1
          ? problem(
              'warning',
              group.path,
              `written in ${quote(language)} only; not translated into ${into}`,
              `write it as ${whole}`,
            )
          : problem('warning', group.path, `no translation into ${into}`, `add ${entries(codes)}`),
      );
      continue;
    }
    const fix =
      plain === group.members.length
        ? `write each as ${whole}`
        : plain === 0
          ? `add ${entries(codes)} to each`
          : `add ${entries(codes)} to each; a plain text becomes ${whole}`;
    report.warnings.push(
      problem(
        'warning',
        group.path,
        `${group.members.length} texts not translated into ${into}: ${members(group)}`,
        fix,
      ),
    );
  }
}
