/**
 * Zod's issues, rewritten for scenario authors: a JSON path, what was expected and what the file
 * holds, and a fix when one is obvious. Unions are narrowed to the alternative the author most
 * likely meant instead of listing every alternative's complaints.
 */
import type { z } from 'zod';
import { describeFound, problem, quote, type Problem } from '../format';
import { allowedKeysAt, numberAt } from './schemaKeys';
import { Suggester } from './suggest';
import { fixLanguageCode, isLanguagePattern } from './languages';
import { firstBadIdCharacter, ID_CHARACTERS, isIdPattern } from '../format';
import { isMapPathPattern, mapPathProblem } from './mapPath';

type Issue = z.core.$ZodIssue;
type Key = PropertyKey;

export function issuesToProblems(
  issues: readonly Issue[],
  input: unknown,
  suggest = new Suggester(),
): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) convert(issue, [], input, out, suggest);
  return out;
}

function convert(
  issue: Issue,
  base: readonly Key[],
  input: unknown,
  out: Problem[],
  suggest: Suggester,
): void {
  const path = [...base, ...issue.path];
  const found = valueAt(input, path);
  switch (issue.code) {
    case 'invalid_type':
      out.push(invalidType(issue.expected, path, found));
      return;
    case 'too_small':
      out.push(problem('error', path, tooSmall(issue, found, path), nearestAllowed(issue, found)));
      return;
    case 'too_big':
      out.push(problem('error', path, tooBig(issue, found, path), nearestAllowed(issue, found)));
      return;
    case 'invalid_value': {
      const values = issue.values.map(showValue);
      const expected = values.length === 1 ? values[0] : `one of ${values.join(', ')}`;
      const strings = issue.values.filter((v): v is string => typeof v === 'string');
      const hint =
        typeof found === 'string' && strings.length > 0
          ? suggest.from(found, strings, 'values')
          : undefined;
      const last = path[path.length - 1];
      if (found === undefined && typeof last === 'string') {
        out.push(
          problem(
            'error',
            path,
            `required field ${quote(last)} is missing; expected ${expected}`,
            `add ${quote(last)}`,
          ),
        );
      } else {
        out.push(
          problem('error', path, `expected ${expected}, found ${describeFound(found)}`, hint),
        );
      }
      return;
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(path, found).filter((k) => !hasOwn(found, k));
      for (const key of issue.keys) {
        const near = suggest.from(key, allowed, 'fields');
        const hint = near?.startsWith('did you mean') ? near : 'remove it';
        out.push(problem('error', [...path, key], `unknown field ${quote(key)}`, hint));
      }
      return;
    }
    case 'invalid_union':
      convertUnion(issue, path, found, input, out, suggest);
      return;
    case 'invalid_key':
      out.push(invalidKey(issue, path));
      return;
    case 'invalid_format': {
      const pattern = issue.format === 'regex' && 'pattern' in issue ? issue.pattern : undefined;
      if (isLanguagePattern(pattern)) out.push(badLanguageCode(path, found));
      else if (isIdPattern(pattern)) out.push(badId(path, found));
      else if (isMapPathPattern(pattern)) out.push(badMapPath(path, found));
      else out.push(problem('error', path, plain(issue.message)));
      return;
    }
    case 'not_multiple_of':
      out.push(
        problem(
          'error',
          path,
          `expected a multiple of ${issue.divisor}, found ${describeFound(found)}`,
        ),
      );
      return;
    default:
      out.push(problem('error', path, plain(issue.message)));
  }
}

function convertUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: readonly Key[],
  found: unknown,
  input: unknown,
  out: Problem[],
  suggest: Suggester,
): void {
  if (issue.discriminator !== undefined && 'options' in issue && issue.options) {
    // Zod already points the path at the discriminator field ("type", "kind").
    const field = issue.discriminator;
    const options = issue.options.filter((o): o is string => typeof o === 'string');
    const listed = options.map((o) => quote(o)).join(', ');
    const message =
      found === undefined
        ? `${quote(field)} is missing; expected one of ${listed}`
        : `expected ${quote(field)} to be one of ${listed}, found ${describeFound(found)}`;
    const hint = typeof found === 'string' ? suggest.from(found, options, 'values') : undefined;
    out.push(problem('error', path, message, hint));
    return;
  }
  const branches = issue.errors;
  if (branches.length === 0) {
    out.push(
      problem(
        'error',
        path,
        `${describeFound(found)} matches more than one form; make it unambiguous`,
      ),
    );
    return;
  }
  // A branch whose only complaint is about the value itself (wrong type, wrong constant) was not
  // what the author meant if another branch got further into the value.
  const rootOnly = (b: readonly Issue[]) =>
    b.every(
      (i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'),
    );
  const deeper = branches.filter((b) => !rootOnly(b));
  if (deeper.length === 0) {
    const expected = unique(branches.flatMap((b) => b.map(expectedOf)));
    // Text or text by language code: the plain form is the one to name first.
    const localText =
      expected.length === 2 && expected.includes('text') && expected.includes('an object');
    const last = path[path.length - 1];
    if (found === undefined && typeof last === 'string') {
      const what = localText ? 'text' : expected.join(' or ');
      out.push(
        problem(
          'error',
          path,
          `required field ${quote(last)} is missing; expected ${what}`,
          `add ${quote(last)}`,
        ),
      );
      return;
    }
    const what = localText ? 'text, or an object of text by language code' : expected.join(' or ');
    out.push(problem('error', path, `expected ${what}, found ${describeFound(found)}`));
    return;
  }
  let best = deeper[0]!;
  for (const b of deeper) if (b.length < best.length) best = b;
  for (const i of best) convert(i, path, input, out, suggest);
}

/** A key of a record the schema refuses: empty, or not a language code in a translated text. */
function invalidKey(issue: Extract<Issue, { code: 'invalid_key' }>, path: readonly Key[]): Problem {
  const key = path[path.length - 1];
  const languageKey = issue.issues.some(
    (i) => i.code === 'invalid_format' && 'pattern' in i && isLanguagePattern(i.pattern),
  );
  if (languageKey && typeof key === 'string') return badLanguageCode(path, key);
  return problem('error', path, 'a key here is empty; keys must be ids', 'remove the empty key');
}

function badLanguageCode(path: readonly Key[], found: unknown): Problem {
  const fixed = typeof found === 'string' ? fixLanguageCode(found) : undefined;
  const what = typeof found === 'string' ? quote(found) : describeFound(found);
  return problem(
    'error',
    path,
    `${what} is not a language code: expected two lowercase letters, optionally a region ("en", "es", "fr", "pt-BR")`,
    fixed !== undefined && fixed !== found ? `did you mean ${quote(fixed)}?` : undefined,
  );
}

/** Names the first character an id may not hold, escaped so an invisible one shows. */
function badId(path: readonly Key[], found: unknown): Problem {
  if (typeof found !== 'string')
    return problem('error', path, `expected an id, found ${describeFound(found)}`);
  const bad = firstBadIdCharacter(found);
  const at = bad ? `: character ${bad.index + 1} is ${quote(bad.char)}` : '';
  // Invisible characters and spaces are most often pasted in by accident: without them the id
  // may well be the one meant.
  const stripped = found.replace(/[\p{Cc}\p{Cf}\p{Z}]/gu, '');
  const fix =
    stripped !== found && stripped !== '' && firstBadIdCharacter(stripped) === undefined
      ? `did you mean ${quote(stripped)}?`
      : `use only ${ID_CHARACTERS}`;
  return problem(
    'error',
    path,
    `${quote(found)} is not a valid id${at}; ids hold only ${ID_CHARACTERS}`,
    fix,
  );
}

function badMapPath(path: readonly Key[], found: unknown): Problem {
  const why = typeof found === 'string' ? mapPathProblem(found) : undefined;
  return problem(
    'error',
    path,
    `the Tiled map must be beside the scenario file or in a folder below it: ${why ?? 'this path leaves it'}`,
    'put the map in the scenario\'s folder (or a folder in it) and name it from there, e.g. "maps/port.tmj"',
  );
}

function expectedOf(issue: Issue): string {
  if (issue.code === 'invalid_type') return expectedName(issue.expected);
  if (issue.code === 'invalid_value') return issue.values.map(showValue).join(' or ');
  return 'another value';
}

function invalidType(expected: string, path: readonly Key[], found: unknown): Problem {
  const what =
    (expected === 'number' || expected === 'int' ? numberAt(path) : undefined) ??
    expectedName(expected);
  const last = path[path.length - 1];
  if (found === undefined && typeof last === 'string') {
    return problem(
      'error',
      path,
      `required field ${quote(last)} is missing; expected ${what}`,
      `add ${quote(last)}`,
    );
  }
  if (expected === 'int' && typeof found === 'number') {
    return problem(
      'error',
      path,
      `expected ${what}, found ${describeFound(found)}`,
      `use ${Math.round(found)}`,
    );
  }
  const hint =
    typeof found === 'string' &&
    /^-?\d+(\.\d+)?$/.test(found) &&
    (expected === 'number' || expected === 'int')
      ? `write the number without quotes: ${found}`
      : undefined;
  return problem('error', path, `expected ${what}, found ${describeFound(found)}`, hint);
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
    case 'tuple':
      return 'a list';
    case 'object':
    case 'record':
      return 'an object';
    default:
      return expected;
  }
}

function tooSmall(
  issue: Extract<Issue, { code: 'too_small' }>,
  found: unknown,
  path: readonly Key[],
): string {
  const n = Number(issue.minimum);
  switch (issue.origin) {
    case 'array':
      return issue.exact
        ? `expected exactly ${count(n, 'item')}, found ${lengthOf(found)}`
        : `expected at least ${count(n, 'item')}, found ${lengthOf(found)}`;
    case 'string':
      return n === 1
        ? 'expected some text, found empty text'
        : `expected at least ${count(n, 'character')}`;
    default:
      return issue.inclusive === false
        ? `expected a number greater than ${n}, found ${describeFound(found)}`
        : `expected ${rangeAt(path) ?? `a number of at least ${n}`}, found ${describeFound(found)}`;
  }
}

function tooBig(
  issue: Extract<Issue, { code: 'too_big' }>,
  found: unknown,
  path: readonly Key[],
): string {
  const n = Number(issue.maximum);
  switch (issue.origin) {
    case 'array':
      return issue.exact
        ? `expected exactly ${count(n, 'item')}, found ${lengthOf(found)}`
        : `expected at most ${count(n, 'item')}, found ${lengthOf(found)}`;
    case 'string':
      return `expected at most ${count(n, 'character')}, found ${typeof found === 'string' ? found.length : 'more'}`;
    default:
      return issue.inclusive === false
        ? `expected a number less than ${n}, found ${describeFound(found)}`
        : `expected ${rangeAt(path) ?? `a number of at most ${n}`}, found ${describeFound(found)}`;
  }
}

/** For a number out of range, the closest allowed one: most often what the author meant. */
function nearestAllowed(
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
  found: unknown,
): string | undefined {
  if (typeof found !== 'number' || (issue.origin !== 'number' && issue.origin !== 'int'))
    return undefined;
  const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  // An exclusive bound ("greater than 0") has no closest value worth naming.
  if (!Number.isFinite(bound) || issue.inclusive === false) return undefined;
  return `use ${bound}${issue.code === 'too_small' ? ' or more' : ' or less'}`;
}

/** The allowed range from the schema, when it states one. */
function rangeAt(path: readonly Key[]): string | undefined {
  const range = numberAt(path);
  return range === 'a number' || range === 'a whole number' ? undefined : range;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const lengthOf = (v: unknown) => (Array.isArray(v) ? `${v.length}` : describeFound(v));
const unique = (xs: string[]) => [...new Set(xs)];
const hasOwn = (v: unknown, k: string) =>
  typeof v === 'object' && v !== null && Object.hasOwn(v, k);

function showValue(v: unknown): string {
  return typeof v === 'string' ? quote(v) : String(v);
}

/** Zod's own text, for issue kinds this file does not know, without its quoting style. */
function plain(message: string): string {
  return message.replace(/^Invalid input: /, '').replace(/[\u0000-\u001f]/g, ' ');
}

function valueAt(input: unknown, path: readonly Key[]): unknown {
  let v: unknown = input;
  for (const seg of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    if (typeof seg === 'symbol' || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}
