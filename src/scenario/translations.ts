/**
 * Translations: the checks of `language`, `languages` and of every text a person reads.
 *
 * Which fields are such texts is read from the editor JSON Schema, walked beside the file: a field
 * is translatable where the schema allows "text, or the text by language code" (`localText` in
 * schema.ts). A text field added to the schema is checked here without being listed anywhere.
 *
 * A file with many untranslated texts must not bury everything else, yet every text must be
 * named: texts of one item of a list (a role, an inject, a district…) that miss the same
 * languages make one warning, which lists them; a lone text gets a warning at its own path.
 */
import { LOCALES } from '../i18n/locale';
import { scenarioJsonSchema, type JsonSchema } from './jsonSchema';
import { DEFAULT_LANGUAGE, LANGUAGE_CODE, MAX_LANGUAGES } from './languages';
import { isObj, list, str, type Obj } from './loose';
import { formatPath, problem, quote, type Path, type PathSegment, type Problem } from '../format';
import { resolveRef } from './schemaKeys';
import { closest } from './suggest';

type Node = Readonly<JsonSchema>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deeper than any file the guard lets through (it stops at 64 levels); a bound all the same. */
const MAX_DEPTH = 100;

/**
 * A schema node of translatable text: a choice between text and an object of text keyed by
 * language code. Recognised by its shape, so that every use of `localText` is found.
 */
export function isLocalTextNode(node: Node): boolean {
  const choices = node.anyOf;
  if (!Array.isArray(choices) || choices.length !== 2) return false;
  const plain = choices.some((c) => isNode(c) && c.type === 'string');
  const byLanguage = choices.some(
    (c) =>
      isNode(c) &&
      c.type === 'object' &&
      isNode(c.propertyNames) &&
      c.propertyNames.pattern === LANGUAGE_CODE.source,
  );
  return plain && byLanguage;
}

/** A translatable text found in a file: a plain string, or an object by language code. */
export interface FoundText {
  path: Path;
  value: string | Obj;
}

/** Every translatable text of a scenario value, in document order. Reads the value loosely. */
export function findTexts(input: unknown): FoundText[] {
  const root = scenarioJsonSchema();
  const out: FoundText[] = [];
  visit(root, root, input, [], out, 0);
  return out;
}

function visit(
  root: Node,
  node: Node,
  value: unknown,
  path: PathSegment[],
  out: FoundText[],
  depth: number,
): void {
  if (depth > MAX_DEPTH) return;
  const here = deref(root, node);
  if (here === undefined) return;
  if (isLocalTextNode(here)) {
    if (typeof value === 'string' || isObj(value)) out.push({ path: [...path], value });
    return;
  }
  if (Array.isArray(here.allOf)) {
    for (const part of here.allOf.filter(isNode)) visit(root, part, value, path, out, depth + 1);
  }
  const choices = Array.isArray(here.anyOf)
    ? here.anyOf
    : Array.isArray(here.oneOf)
      ? here.oneOf
      : undefined;
  if (choices) {
    const chosen = choose(root, choices.filter(isNode), value);
    if (chosen) visit(root, chosen, value, path, out, depth + 1);
    return;
  }
  if (Array.isArray(value)) {
    const items = here.items;
    value.forEach((item, i) => {
      const itemNode = Array.isArray(items) ? items[i] : items;
      if (isNode(itemNode)) visit(root, itemNode, item, [...path, i], out, depth + 1);
    });
    return;
  }
  if (!isObj(value)) return;
  const props = isNode(here.properties) ? here.properties : {};
  const rest = isNode(here.additionalProperties) ? here.additionalProperties : undefined;
  for (const key of Object.keys(value)) {
    const child = Object.hasOwn(props, key) ? props[key] : rest;
    if (isNode(child)) visit(root, child, value[key], [...path, key], out, depth + 1);
  }
}

function deref(root: Node, node: Node): Node | undefined {
  let here: Node | undefined = node;
  for (let hops = 0; here !== undefined && typeof here.$ref === 'string'; hops++) {
    if (hops > 16) return undefined;
    here = resolveRef(here.$ref, root);
  }
  return here;
}

/**
 * The alternative a value is written in: an effect's by its "type", a trigger's by the fields it
 * has. Text inside a value that fits none is not looked for; zod reports the value itself.
 */
function choose(root: Node, choices: Node[], value: unknown): Node | undefined {
  let best: Node | undefined;
  let bestScore = -1;
  for (const choice of choices) {
    const node = deref(root, choice);
    if (node === undefined) continue;
    const score = fit(node, value);
    if (score > bestScore) {
      best = choice;
      bestScore = score;
    }
  }
  return bestScore >= 0 ? best : undefined;
}

/** How well a value fits a node: -1 not at all, more for each of its fields the node names. */
function fit(node: Node, value: unknown): number {
  if (node.type === 'array') return Array.isArray(value) ? 0 : -1;
  if (node.type === 'string') return typeof value === 'string' ? 0 : -1;
  if (node.type === 'object' || isNode(node.properties)) {
    if (!isObj(value)) return -1;
    const props = isNode(node.properties) ? node.properties : {};
    let score = 0;
    for (const [key, def] of Object.entries(props)) {
      if (!Object.hasOwn(value, key)) continue;
      if (isNode(def) && 'const' in def && value[key] !== def.const) return -1;
      score++;
    }
    return score;
  }
  return Array.isArray(node.anyOf) || Array.isArray(node.oneOf) || Array.isArray(node.allOf)
    ? 0
    : -1;
}

/**
 * Where translatable text may appear, as patterns (`$.roles[].mandate`), read from the schema
 * alone; a definition met again inside itself (an incident's effects opening an incident) is
 * not followed twice.
 */
export function textFieldPatterns(): string[] {
  const root = scenarioJsonSchema();
  const out = new Set<string>();
  const walk = (node: Node, path: string, seen: ReadonlySet<string>): void => {
    let here: Node | undefined = node;
    let inside = seen;
    if (typeof node.$ref === 'string') {
      if (seen.has(node.$ref)) return;
      inside = new Set([...seen, node.$ref]);
      here = deref(root, node);
    }
    if (here === undefined) return;
    if (isLocalTextNode(here)) {
      out.add(path);
      return;
    }
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const choices = here[key];
      if (Array.isArray(choices)) for (const c of choices.filter(isNode)) walk(c, path, inside);
    }
    if (isNode(here.items)) walk(here.items, `${path}[]`, inside);
    if (isNode(here.properties)) {
      for (const [key, def] of Object.entries(here.properties))
        if (isNode(def)) walk(def, `${path === '$' ? '$' : path}.${key}`, inside);
    }
    if (isNode(here.additionalProperties)) walk(here.additionalProperties, `${path}.<key>`, inside);
  };
  walk(root, '$', new Set());
  return [...out];
}

// ---- the checks --------------------------------------------------------------------------------

export interface TranslationReport {
  errors: Problem[];
  warnings: Problem[];
}

/**
 * `language` and `languages` against each other and against the languages Mandate speaks, then
 * every text against them. Values of the wrong type are zod's business and are skipped.
 */
export function checkTranslations(input: unknown): TranslationReport {
  const report: TranslationReport = { errors: [], warnings: [] };
  // Past the limit the schema refuses the list, and every text would be checked against each.
  if (!isObj(input) || list(input.languages).length > MAX_LANGUAGES) return report;
  const written = str(input.language);
  const language =
    written !== undefined && LANGUAGE_CODE.test(written)
      ? written
      : written === undefined
        ? DEFAULT_LANGUAGE
        : undefined;
  const declared = declaredLanguages(input, report);
  if (language !== undefined && declared !== undefined)
    checkLanguage(written, language, declared, report);
  // Until the scenario's own language is settled, every text would seem to miss it.
  if (language === undefined || report.errors.length > 0) return report;

  const texts = findTexts(input);
  warnWithoutLanguage(texts, language, report);
  if (declared === undefined) {
    warnUndeclared(texts, language, report);
    return report;
  }
  // An empty list is zod's to report; nothing can be checked against it.
  if (declared.length === 0) return report;
  warnUnknownCodes(texts, declared, report);
  warnMissing(texts, language, declared, report);
  return report;
}

/** The valid codes of `languages`, warning of repeats and of languages no player can choose. */
function declaredLanguages(sc: Obj, report: TranslationReport): string[] | undefined {
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
function checkLanguage(
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

/** Text by language code without the scenario's own language falls back to whichever comes first.
 * */
function warnWithoutLanguage(
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

/** Codes in text objects that `languages` does not list: a typo, or a language left undeclared. */
function warnUnknownCodes(
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
function warnUndeclared(
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

/** Every declared language a text lacks; the scenario's own language has its own warning. */
function warnMissing(
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

const andList = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

// ---- grouping
// ------------------------------------------------------------------------------------

interface Finding {
  path: Path;
  /** What the texts of one group share (the languages they miss). */
  key: string;
  [more: string]: unknown;
}

interface Group<F extends Finding> {
  /** The lone text's own path, or the item that holds the texts. */
  path: Path;
  item: Path;
  key: string;
  members: F[];
}

/**
 * The item a text belongs to: the first list item on its path (`$.roles[1]` for
 * `$.roles[1].assets[0].name`), the list itself for a text that is an item
 * (`$.learningObjectives`), or the whole file for the top-level texts.
 */
function itemOf(path: Path): Path {
  const i = path.findIndex((seg) => typeof seg === 'number');
  if (i < 0) return [];
  return i === path.length - 1 ? path.slice(0, i) : path.slice(0, i + 1);
}

/** Findings by item and key, in document order; a group of one keeps its text's own path. */
function grouped<F extends Finding>(findings: readonly F[]): Group<F>[] {
  const groups = new Map<string, Group<F>>();
  for (const f of findings) {
    const item = itemOf(f.path);
    const id = `${formatPath(item)} ${f.key}`;
    const group = groups.get(id);
    if (group) group.members.push(f);
    else groups.set(id, { path: f.path, item, key: f.key, members: [f] });
  }
  return [...groups.values()].map((g) => (g.members.length > 1 ? { ...g, path: g.item } : g));
}

/** The texts of a group, by their paths within its item: "name, mandate, assets[0].name". */
function members(group: Group<Finding>): string {
  return group.members
    .map((m) => formatPath(m.path.slice(group.item.length)).replace(/^\$\.?/, ''))
    .join(', ');
}
