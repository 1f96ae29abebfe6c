/** CSV of every indicator, one row per district per turn (turn 0 is the start). */
import type { Debrief } from './model';

/** Quotes a cell when needed; a leading =, +, - or @ is defused so spreadsheets never run it. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function indicatorsCsv(d: Debrief): string {
  const header = ['turn', 'district', 'name', ...d.charts.indicators.map((i) => i.id)];
  const rows = [header.map(csvCell).join(',')];
  const turns = d.charts.mission[0]?.values.length ?? 0;
  for (let t = 0; t < turns; t++) {
    for (const district of d.charts.districts) {
      rows.push([t, district.district, district.name, ...district.series.map((s) => s.values[t] ?? '')].map(csvCell).join(','));
    }
  }
  return rows.join('\n') + '\n';
}
