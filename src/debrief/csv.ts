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

/** Quotes a cell when needed; a leading =, +, - or @ is defused so spreadsheets never run it. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

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
