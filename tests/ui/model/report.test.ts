import { describe, expect, it } from 'vitest';
import { RESOLUTION_ORDER, type LogEntry } from '../../../src/engine';
import {
  briefingNews,
  consoleLogTurn,
  districtsNamed,
  entryDistricts,
  reportView,
} from '../../../src/ui/model/report';
import { gameAfter, recorded } from './helpers';

const g = gameAfter('report', recorded('report', 3));

describe('the report of a turn', () => {
  it('reads the entries in resolution order, clamps the position and counts the rolls', () => {
    const v = reportView(g.state, 1, 'public', 999);
    const order: readonly string[] = RESOLUTION_ORDER;
    const phases = v.ordered.map((e) => order.indexOf(e.phase));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    expect(v.index).toBe(v.ordered.length - 1);
    expect(v.current).toBe(v.ordered.at(-1));
    expect(v.groups.flatMap(([, list]) => list)).toEqual(v.ordered);
    expect(v.succeeded).toBeLessThanOrEqual(v.rolled);
    const all = reportView(g.state, 1, 'facilitator', 0);
    expect(all.hidden).toBe(0);
    expect(v.hidden).toBe(all.ordered.length - v.ordered.length);
    expect(v.ordered.every((e) => e.visibleTo === 'all')).toBe(true);
  });

  it('outlines the district of an entry, or the districts its effects touched', () => {
    const base = { effects: [] } as unknown as LogEntry;
    expect(entryDistricts(undefined)).toEqual([]);
    expect(entryDistricts({ ...base, district: 'aldera' })).toEqual(['aldera']);
    expect(
      entryDistricts({
        ...base,
        effects: [
          { kind: 'indicator', district: 'dunmere' },
          { kind: 'counter' },
          { kind: 'incident', district: 'dunmere' },
          { kind: 'indicator', district: 'aldera' },
        ],
      } as unknown as LogEntry),
    ).toEqual(['dunmere', 'aldera']);
    expect(
      districtsNamed([
        { ...base, district: 'aldera' },
        { ...base },
        { ...base, district: 'aldera' },
        { ...base, district: 'sel_delta' },
      ]),
    ).toEqual(['aldera', 'sel_delta']);
  });

  it('shows the facilitator every briefing entry and counts the private ones for each role', () => {
    const pub = briefingNews(g.state, false);
    const fac = briefingNews(g.state, true);
    expect(pub.shown.every((e) => e.visibleTo === 'all')).toBe(true);
    const privates = [...fac.privateCount.values()].reduce((a, n) => a + n, 0);
    expect(fac.shown.length - pub.shown.length).toBeLessThanOrEqual(privates);
    expect(fac.privateCount).toEqual(pub.privateCount);
  });

  it('opens the console log on the last resolved turn while the next is planned', () => {
    expect(g.state.turn).toBe(3);
    expect(consoleLogTurn(g.state, 'current')).toBe(2);
    expect(consoleLogTurn(g.state, 1)).toBe(1);
    expect(consoleLogTurn(g.state, 9)).toBe(3);
  });
});
