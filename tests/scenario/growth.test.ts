/**
 * Work that grows with the input must grow with it about linearly: each check runs on generated
 * input at two sizes ten times apart and counts the work done (comparisons of edges, cells of
 * edit-distance tables), never the time. Ten times the input may cost up to twenty times the
 * work; a quadratic algorithm would cost a hundred times, as the controls show.
 */
import { describe, expect, it } from 'vitest';
import { edgeWork, MAX_EDGE_COMPARISONS, sharedEdges } from '../../src/scenario/edges';
import { applyTiledMap } from '../../src/scenario/tiled';
import { editDistance, MAX_SUGGESTIONS, suggestWork } from '../../src/scenario/suggest';
import { validateScenario } from '../../src/scenario/validate';
import type { Point } from '../../src/format';
import { counted, districtId, gridScenario, tiledGrid } from './generated';
import { errors } from './helpers';

const edgeComparisons = () => edgeWork.comparisons;
const tableCells = () => suggestWork.cells;

function neighboursFromMap(cols: number, rows: number, perSide: number) {
  const { scenario, map } = tiledGrid(cols, rows, perSide);
  let result: ReturnType<typeof applyTiledMap> | undefined;
  const work = counted(edgeComparisons, () => {
    result = applyTiledMap(scenario, map, 'grid.tmj');
  });
  expect(result!.ok, JSON.stringify(result!.ok ? [] : result!.problems.slice(0, 3))).toBe(true);
  const districts = (result!.value as { districts: { id: string; neighbours: string[] }[] })
    .districts;
  return { work, districts };
}

describe('neighbours computed from a Tiled map', () => {
  it('take about ten times the comparisons for ten times the districts', () => {
    const small = neighboursFromMap(10, 3, 8);
    const large = neighboursFromMap(10, 30, 8);
    // The counter is live, and the answer right: a square has the squares beside it.
    expect(small.work).toBeGreaterThan(0);
    expect(large.districts[11]!.neighbours).toEqual([
      districtId(1),
      districtId(10),
      districtId(12),
      districtId(21),
    ]);
    expect(large.work / small.work).toBeLessThan(20);
  });

  it('take about ten times the comparisons for outlines with ten times the corners', () => {
    // Four squares: each borders two and touches the third at a corner, whose edges all
    // were compared with each other when every pair of edges was.
    const small = neighboursFromMap(2, 2, 50);
    const large = neighboursFromMap(2, 2, 500);
    expect(small.work).toBeGreaterThan(0);
    expect(large.districts[0]!.neighbours).toEqual([districtId(1), districtId(2)]);
    expect(large.work / small.work).toBeLessThan(20);
  });

  it('control: shapes piled in one place make the comparisons grow with the square', () => {
    const square = (x: number): Point[] => [
      [x, 0],
      [x + 100, 0],
      [x + 100, 100],
      [x, 100],
    ];
    const pile = (n: number) =>
      counted(edgeComparisons, () =>
        sharedEdges(
          Array.from({ length: n }, (_, i) => square(i / n)),
          1,
        ),
      );
    expect(pile(100) / pile(10)).toBeGreaterThan(50);
  });

  it('are refused, not computed for ever, past the budget of comparisons', () => {
    const shapes = Array.from({ length: 50 }, (): Point[] => [
      [0, 0],
      [100, 0],
      [0, 100],
    ]);
    expect(sharedEdges(shapes, 1, 100)).toBeUndefined();
    expect(sharedEdges(shapes, 1)).toBeDefined();
    expect(MAX_EDGE_COMPARISONS).toBeGreaterThan(1_000_000);
  });
});

/** The fixture with `count` districts and as many references to ids one letter off. */
function badReferences(count: number, idLength: number) {
  const s = gridScenario(count);
  const pad = (id: string) => id.padEnd(idLength, 'x');
  for (const d of s.districts) d.id = pad(d.id);
  for (const d of s.districts) d.neighbours = d.neighbours.map(pad);
  s.roles[0].assets = s.districts.map((d: { id: string }, i: number) => ({
    id: `unit-${i}`,
    name: 'Unit',
    type: 'company',
    location: `${d.id.slice(0, -1)}q`,
    readiness: 50,
  }));
  // Everything else that names a district names one that exists.
  s.roles
    .slice(1)
    .forEach((r: { assets: { location: string }[] }) =>
      r.assets.forEach((a) => (a.location = s.districts[0].id)),
    );
  s.intelligence.forEach((f: { district?: string }) => delete f.district);
  s.injects.forEach((x: { district?: string }) => delete x.district);
  for (const c of s.events.cards) delete c.districts;
  return s;
}

function suggestionsFor(count: number, idLength: number) {
  const s = badReferences(count, idLength);
  let result: ReturnType<typeof validateScenario> | undefined;
  const work = counted(tableCells, () => {
    result = validateScenario(s);
  });
  const unknown = errors(result!).filter((p) => p.message.startsWith('unknown district'));
  return { work, unknown };
}

describe('"did you mean" over many bad references', () => {
  it('costs about ten times the work for ten times the references and ids', () => {
    const small = suggestionsFor(150, 8);
    const large = suggestionsFor(1_500, 8);
    expect(small.work).toBeGreaterThan(0);
    expect(small.unknown[0]!.suggestion).toMatch(/^did you mean 'd4xxxxxx'\?$|^did you mean/);
    expect(large.work / small.work).toBeLessThan(20);
  });

  it('costs about ten times the work for long ids too', () => {
    const small = suggestionsFor(60, 100);
    const large = suggestionsFor(600, 100);
    expect(small.work).toBeGreaterThan(0);
    expect(large.work / small.work).toBeLessThan(20);
  });

  it(`gives at most ${MAX_SUGGESTIONS} suggestions a file, and still lists every problem`, () => {
    const { unknown } = suggestionsFor(1_500, 8);
    expect(unknown).toHaveLength(500);
    const suggested = unknown.filter((p) => p.suggestion?.startsWith('did you mean'));
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
  });

  it('control: the full edit-distance table grows with the square of the length', () => {
    const a = (n: number) => 'a'.repeat(n);
    const b = (n: number) => 'b'.repeat(n);
    const full = (n: number) => counted(tableCells, () => editDistance(a(n), b(n)));
    expect(full(1_000) / full(100)).toBeGreaterThan(50);
    // With a bound, the band alone is filled, and far-apart texts stop at the first rows.
    expect(counted(tableCells, () => editDistance(a(1_000), b(1_000), 3))).toBeLessThan(100);
  });

  it('the bounded distance agrees with the full one up to the bound', () => {
    const words = ['harbour', 'hrabour', 'harbor', 'harbours', 'old-town', 'oldtown', 'h', ''];
    for (const x of words)
      for (const y of words) {
        const exact = editDistance(x, y);
        expect(editDistance(x, y, 3), `${x} ${y}`).toBe(Math.min(exact, 4));
      }
  });
});
