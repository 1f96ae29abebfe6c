/**
 * CSV of every indicator, one row per district per turn (turn 0 is the start), with its header in
 * the language of the `Lang` it is given.
 *
 * Only the header and the district's name are words. Every numeric cell (turn, indicator values)
 * is written with `String(n)`: no locale separators, no decimal commas, no grouping, so the
 * numbers are identical in every language and any spreadsheet or script reads them as numbers.
 * District ids stay ids, for joining with other data.
 */
import type { Lang } from '../i18n';
import type { Debrief } from './model';

/**
 * A cell as no spreadsheet misreads it, whatever separator it splits on. A formula must not start
 * where any spreadsheet could start a cell: so text whose start (after spaces), or whose part after
 * a separator (",", ";", a tab, "|") and any spaces or quotes, begins with =, +, -, @ (or their
 * full-width forms) gets an apostrophe there, as does text starting with a tab or a line break;
 * an apostrophe makes a spreadsheet read the rest as text. Text is also quoted unless it is
 * plainly a word or a name (letters, digits, single spaces, the punctuation of names). Numbers
 * are numbers.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const defused = value.replace(AFTER_SEPARATOR, "$1'");
  const text = FORMULA_START.test(defused) ? `'${defused}` : defused;
  return BARE.test(text) ? text : `"${text.replace(/"/g, '""')}"`;
}

const FORMULA = '[=+\\-@\\uff1d\\uff0b\\uff0d\\uff20]';
const FORMULA_START = new RegExp(`^(?:[\\s\\u00a0\\u3000]*${FORMULA}|[\\t\\r\\n])`);
const AFTER_SEPARATOR = new RegExp(`([,;\\t|][\\s"\\u00a0\\u3000]*)(?=${FORMULA})`, 'g');
/** Letters, digits and marks, single spaces, and the punctuation of names: nothing to split on. */
const BARE = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}_.'’()/-]| (?! ))*(?<![ ])$/u;

export function indicatorsCsv(d: Debrief, L: Lang): string {
  const t = L.ui.report;
  const header = [
    t.csvTurn,
    t.csvDistrict,
    t.csvName,
    ...d.charts.indicators.map((i) => t.csvIndicator(i.id, i.name)),
  ];
  const rows = [header.map(csvCell).join(',')];
  const turns = d.charts.mission[0]?.values.length ?? 0;
  for (let turn = 0; turn < turns; turn++) {
    for (const district of d.charts.districts) {
      // Numbers as numbers (machine-readable), never L.f.num.
      rows.push(
        [
          turn,
          district.district,
          district.name,
          ...district.series.map((s) => s.values[turn] ?? ''),
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return rows.join('\n') + '\n';
}
