/**
 * Scenarios and Tiled maps of any size, made from the fixture, for the tests that check the work
 * grows with the input and not with its square (growth.test.ts, tests/scenes/growth.test.ts).
 */
import { fixture, type Json } from './helpers';

/** The fixture's own district ids come first: its roles, facts and cards name them. */
const FIRST = ['harbour', 'old-town', 'market', 'hills'];

export const districtId = (i: number): string => FIRST[i] ?? `d${i}`;

/**
 * The fixture with `count` districts on a grid of squares `side` units wide, each listing the
 * squares beside it as neighbours.
 */
export function gridScenario(count: number, side = 10): Json {
  const s = fixture();
  const cols = Math.ceil(Math.sqrt(count));
  const rows = Math.ceil(count / cols);
  const template = s.districts[0];
  s.map = { width: cols * side, height: rows * side };
  s.districts = Array.from({ length: count }, (_, i) => {
    const c = i % cols;
    const r = Math.floor(i / cols);
    const x = c * side;
    const y = r * side;
    const beside = [
      c > 0 ? i - 1 : -1,
      c < cols - 1 && i + 1 < count ? i + 1 : -1,
      r > 0 ? i - cols : -1,
      i + cols < count ? i + cols : -1,
    ];
    return {
      id: districtId(i),
      name: `D${i}`,
      population: 1000,
      shape: [
        [x, y],
        [x + side, y],
        [x + side, y + side],
        [x, y + side],
      ],
      neighbours: beside.filter((n) => n >= 0).map(districtId),
      indicators: { ...template.indicators },
    };
  });
  return s;
}

/**
 * A Tiled map of `cols` × `rows` square districts, each outline with `perSide` corners along every
 * side, 50 pixels apart (so neighbouring outlines share long runs of edges), and the fixture
 * pointing at it for its shapes and neighbours, one map unit a pixel.
 */
export function tiledGrid(
  cols: number,
  rows: number,
  perSide: number,
): { scenario: Json; map: Json } {
  const scenario = gridScenario(cols * rows);
  const cell = 50 * perSide;
  scenario.map = {
    width: cols * cell,
    height: rows * cell,
    tiled: { file: 'grid.tmj', layer: 'districts' },
  };
  for (const d of scenario.districts) {
    delete d.shape;
    delete d.neighbours;
  }
  const side = (t: number) => (cell * t) / perSide;
  const objects = scenario.districts.map((d: Json, i: number) => {
    const polygon: { x: number; y: number }[] = [];
    for (let t = 0; t < perSide; t++) polygon.push({ x: side(t), y: 0 });
    for (let t = 0; t < perSide; t++) polygon.push({ x: cell, y: side(t) });
    for (let t = 0; t < perSide; t++) polygon.push({ x: cell - side(t), y: cell });
    for (let t = 0; t < perSide; t++) polygon.push({ x: 0, y: cell - side(t) });
    return {
      id: i + 1,
      name: d.id,
      type: '',
      x: (i % cols) * cell,
      y: Math.floor(i / cols) * cell,
      rotation: 0,
      polygon,
    };
  });
  const map = {
    type: 'map',
    orientation: 'orthogonal',
    infinite: false,
    width: (cols * cell) / 10,
    height: (rows * cell) / 10,
    tilewidth: 10,
    tileheight: 10,
    tilesets: [],
    layers: [{ type: 'objectgroup', name: 'districts', objects }],
  };
  return { scenario, map };
}

/** The work a counter counts while `run` runs. */
export function counted(counter: () => number, run: () => void): number {
  const before = counter();
  run();
  return counter() - before;
}
