/**
 * The limits on maps (docs/security.md): sizes and coordinates in sane ranges, and corners
 * counted before any neighbour is worked out, each refused with the path and the limit.
 */
import { describe, expect, it } from 'vitest';
import { edgeWork } from '../../src/scenario/edges';
import { applyTiledMap } from '../../src/scenario/tiled';
import { MAX_CORNERS, MAX_CORNERS_PER_SHAPE, MAX_MAP_SIZE } from '../../src/format';
import { MAX_LANGUAGES } from '../../src/scenario/languages';
import type { Problem } from '../../src/format';
import { counted, tiledGrid } from './generated';
import { at, errors, validateChanged, type Json } from './helpers';

const problemsOf = (r: ReturnType<typeof applyTiledMap>): Problem[] => (r.ok ? [] : r.problems);

/** A polygon of `n` corners around a 100-pixel square. */
function polygon(n: number): { x: number; y: number }[] {
  return Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    return { x: 50 + 50 * Math.cos(a), y: 50 + 50 * Math.sin(a) };
  });
}

describe('corners of a Tiled map', () => {
  it(`refuses a polygon of more than ${MAX_CORNERS_PER_SHAPE} corners before any comparison`, () => {
    const { scenario, map } = tiledGrid(2, 1, 4);
    map.layers[0].objects[1].polygon = polygon(20_000);
    let result: ReturnType<typeof applyTiledMap> | undefined;
    const work = counted(
      () => edgeWork.comparisons,
      () => (result = applyTiledMap(scenario, map, 'grid.tmj')),
    );
    expect(work).toBe(0);
    const found = problemsOf(result!).filter(
      (p) => p.path === 'grid.tmj: $.layers[0].objects[1].polygon',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(
      `a polygon of 20000 corners; at most ${MAX_CORNERS_PER_SHAPE} are allowed`,
    );
  });

  it(`refuses more than ${MAX_CORNERS} corners in all, counting the scenario's own shapes`, () => {
    const { scenario, map } = tiledGrid(5, 6, 4);
    for (const o of map.layers[0].objects) o.polygon = polygon(MAX_CORNERS_PER_SHAPE);
    scenario.districts[0].shape = [
      [0, 0],
      [10, 0],
      [10, 10],
    ];
    let result: ReturnType<typeof applyTiledMap> | undefined;
    const work = counted(
      () => edgeWork.comparisons,
      () => (result = applyTiledMap(scenario, map, 'grid.tmj')),
    );
    expect(work).toBe(0);
    expect(problemsOf(result!)).toContainEqual(
      expect.objectContaining({
        path: 'grid.tmj: $.layers[0].objects',
        message: `the districts have ${30 * MAX_CORNERS_PER_SHAPE + 3} corners in all; at most ${MAX_CORNERS} are allowed`,
      }),
    );
  });

  it('refuses a scenario whose own shapes have too many corners', () => {
    const big = Array.from({ length: MAX_CORNERS_PER_SHAPE + 1 }, (_, i) => [i % 400, 0]);
    const one = errors(validateChanged((s) => (s.districts[0].shape = big)));
    expect(at(one, '$.districts[0].shape')[0]!.message).toBe(
      `expected at most ${MAX_CORNERS_PER_SHAPE} items, found ${MAX_CORNERS_PER_SHAPE + 1}`,
    );
    const many = Array.from({ length: 30 }, () => big.slice(0, MAX_CORNERS_PER_SHAPE));
    const all = errors(
      validateChanged((s) => {
        const template = s.districts[0];
        s.districts = many.map((shape, i) => ({
          ...template,
          id: `d${i}`,
          shape,
          neighbours: [],
        }));
      }),
    );
    expect(at(all, '$.districts')[0]!.message).toBe(
      `the districts' shapes have ${30 * MAX_CORNERS_PER_SHAPE} corners in all; at most ${MAX_CORNERS} are allowed`,
    );
  });
});

describe('sizes and coordinates', () => {
  it.each([
    ['width', 1e308],
    ['height', 0.5],
    ['tilewidth', 1e308],
    ['tileheight', 0],
  ])('refuses a Tiled map whose %s is %s', (key, value) => {
    const { scenario, map } = tiledGrid(2, 1, 4);
    map[key] = value;
    const found = problemsOf(applyTiledMap(scenario, map, 'grid.tmj')).filter(
      (p) => p.path === `grid.tmj: $.${key}`,
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(
      new RegExp(`^expected a whole number from 1 to ${MAX_MAP_SIZE}, found`),
    );
  });

  it(`refuses a Tiled map more than ${MAX_MAP_SIZE} pixels a side`, () => {
    const { scenario, map } = tiledGrid(2, 1, 4);
    map.width = 20_000;
    map.tilewidth = 10;
    expect(problemsOf(applyTiledMap(scenario, map, 'grid.tmj'))).toContainEqual(
      expect.objectContaining({
        path: 'grid.tmj: $.width',
        message: `the map is 200000 × 200 pixels; at most ${MAX_MAP_SIZE} pixels a side can be read`,
      }),
    );
  });

  it('refuses a scenario map so small that the Tiled shapes would shrink to slivers', () => {
    const { scenario, map } = tiledGrid(2, 1, 4);
    scenario.map.width = 1;
    const found = problemsOf(applyTiledMap(scenario, map, 'grid.tmj')).filter(
      (p) => p.path === '$.map.width',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/the districts would shrink to slivers/);
    expect(found[0]!.suggestion).toBe('make $.map at least 4 × 2, or the Tiled map smaller');
  });

  it.each([1e308, 0.5, 100_001])('refuses a scenario map %s units wide', (width) => {
    const list = errors(validateChanged((s: Json) => (s.map.width = width)));
    expect(at(list, '$.map.width')[0]!.message).toBe(
      `expected a number from 1 to ${MAX_MAP_SIZE} (a map larger or smaller cannot be drawn), found ${width}`,
    );
  });

  it(`refuses more than ${MAX_LANGUAGES} languages`, () => {
    const codes = Array.from(
      { length: MAX_LANGUAGES + 1 },
      (_, i) =>
        `${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`,
    );
    const list = errors(
      validateChanged((s: Json) => {
        s.language = 'aa';
        s.languages = codes;
      }),
    );
    expect(at(list, '$.languages')[0]!.message).toBe(
      `expected at most ${MAX_LANGUAGES} items, found ${MAX_LANGUAGES + 1}`,
    );
  });
});
