/**
 * The field reference as Markdown: a table per section, with each description split into its
 * meaning, example and default by the conventions the schema's descriptions follow.
 */
import { scenarioJsonSchema } from '../jsonSchema';
import { ID_CHARACTERS, MAX_ID_LENGTH } from '../../format';
import { Builder, type Row } from './sections';

const EXAMPLE = /\s*Example: (.*?)\.?$/s;
// "(default: …)" with at most one level of parentheses inside.
const DEFAULT = /\(default:? ((?:[^()]|\([^()]*\))*)\)/;

/** Splits a description into its meaning, its example and its default. */
export function splitDescription(text: string): {
  meaning: string;
  example?: string;
  default?: string;
} {
  const example = EXAMPLE.exec(text);
  const meaning = example ? text.slice(0, example.index).trim() : text.trim();
  const dflt = DEFAULT.exec(meaning);
  return {
    meaning,
    ...(example ? { example: example[1]! } : {}),
    ...(dflt ? { default: dflt[1]! } : {}),
  };
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
export const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

function table(rows: Row[]): string[] {
  if (rows.length === 0) return [];
  const out = [
    '| field | type | required | default | example | meaning |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const { meaning, example, default: dflt } = splitDescription(r.description);
    // Section titles may hold "[]" themselves: `[$.roles[].assets[]](#ref-roles-assets)`.
    const link = /\[(?:[^\]]|\[\])*\]\(#[^)]+\)/.exec(r.type)?.[0];
    const shown =
      example !== undefined
        ? code(example)
        : r.type.startsWith('`')
          ? r.type
          : link
            ? `see ${link}`
            : '–';
    const required =
      r.required === true ? 'yes' : r.required === false ? 'no' : `yes, ${r.required}`;
    const fallback =
      r.required === true
        ? '–'
        : typeof r.required === 'string'
          ? 'from the Tiled map'
          : (dflt ?? 'none');
    out.push(
      `| ${code(r.field)} | ${cell(r.type)} | ${required} | ${cell(fallback)} | ${cell(shown)} | ${cell(meaning)} |`,
    );
  }
  return out;
}

/** The reference section of the guide, between the markers. */
export function referenceMarkdown(): string {
  const root = scenarioJsonSchema();
  const b = new Builder(root);
  b.section(root, '$', 'ref-scenario');
  const out: string[] = [
    "_Generated from `src/scenario/schema.ts` by `npm run schema`; do not edit by hand. Each field's text is its description in the schema, which editors show on hover._",
    '',
    'Types: *text* is a JSON string, never empty; *translatable text* is text, or an object giving the same text by language code, such as `{"en": "Harbour", "fr": "Port"}` (see [Languages](#languages)); *whole number* a number without decimals. A *list* is a JSON array, an *object* a JSON object. ' +
      `<a id="ids"></a>An *id* is 1–${MAX_ID_LENGTH} of ${ID_CHARACTERS.replace(/"/g, '`')}, nothing else (no spaces, accents or look-alike letters from other alphabets), and must be unique within its kind; a reference to an id must name something defined in the file. ` +
      'The default is what leaving an optional field out means.',
    '',
  ];
  for (const s of b.sections) {
    out.push(
      `<a id="${s.anchor}"></a>`,
      '',
      `### ${s.title === '$' ? 'The scenario file (`$`)' : code(s.title)}`,
      '',
    );
    if (s.description) out.push(cell(s.description), '');
    out.push(...table(s.rows));
    if (s.rows.length > 0) out.push('');
    for (const v of s.variants) {
      out.push(`#### ${s.title.startsWith('$') ? code(s.title) : s.title} ${v.title}`, '');
      if (v.description) out.push(cell(v.description), '');
      out.push(...table(v.rows), '');
    }
  }
  return out.join('\n').trimEnd();
}
