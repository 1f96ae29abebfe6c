/**
 * Drawing a map ten times larger takes about ten times the work, not a hundred: the view and the
 * label plan the scene draws (buildMapView, planLabels) on generated maps of 1,000 and 10,000
 * districts, with the steps they count (districts looked at, units counted, pairs of label blocks
 * compared). Text is measured by a stand-in for Phaser.
 */
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../src/engine/rules';
import { newGame } from '../../src/engine/game';
import type { Scenario } from '../../src/format';
import { makeLang } from '../../src/i18n';
import { buildMapView } from '../../src/scenes/mapView';
import { fitTransform, toScreen } from '../../src/scenes/geometry';
import { layoutBlock, separateBlocks } from '../../src/scenes/layout';
import { labelled, MAX_LABELS, planLabels } from '../../src/scenes/labelPlan';
import { drawWork } from '../../src/scenes/drawWork';
import { counted, districtId, gridScenario } from '../scenario/generated';

const CANVAS = { width: 1366, height: 768 };
const STYLE = { minWrap: 128, marker: 20, spacing: { rowGap: 3, badgeGap: 8, sideGap: 8 }, pad: 4 };
const steps = () => drawWork.steps;

/** A map of `count` districts with a unit in every one of them. */
function bigMap(count: number) {
  const s = gridScenario(count);
  s.roles[0].assets = s.districts.map((d: { id: string }, i: number) => ({
    id: `unit-${i}`,
    name: 'Unit',
    type: 'company',
    location: d.id,
    readiness: 50,
  }));
  const rules = compileRules(s as Scenario);
  const model = {
    rules,
    state: newGame(rules, 'growth'),
    indicator: 'security',
    selectedDistrict: districtId(count - 1),
    highlighted: [],
    viewer: 'facilitator',
    lang: makeLang('en', rules.scenario),
  };
  return { rules, model };
}

/** What a redraw of the whole map does: the view, then the labels. */
function draw(count: number) {
  const { model } = bigMap(count);
  let placed = 0;
  const work = counted(steps, () => {
    const view = buildMapView(model);
    const t = fitTransform(view.width, view.height, CANVAS.width, CANVAS.height, 20);
    placed = planLabels(view, t, CANVAS, STYLE, (d) => ({
      name: { width: 8 * d.name.length, height: 22 },
      value: { width: 24, height: 20 },
      badges: d.badges.map(() => ({ width: 48, height: 22 })),
    })).length;
  });
  return { work, placed };
}

describe('drawing a large map', () => {
  it('takes about ten times the work for ten times the districts', () => {
    const small = draw(1_000);
    const large = draw(10_000);
    expect(small.work).toBeGreaterThan(0);
    expect(small.placed).toBeGreaterThan(20);
    expect(large.placed).toBeLessThanOrEqual(MAX_LABELS);
    expect(large.work / small.work).toBeLessThan(20);
  });

  it('labels every district of a small map; of a large one, the selected and one a patch', () => {
    const { model } = bigMap(60);
    const view = buildMapView(model);
    const t = fitTransform(view.width, view.height, CANVAS.width, CANVAS.height, 20);
    const patch = { width: 128, height: 40 };
    expect(labelled(view, t, CANVAS, patch)).toEqual(view.districts.map((_, i) => i));
    const big = buildMapView(bigMap(2_000).model);
    const fit = fitTransform(big.width, big.height, 1366, 768, 20);
    const chosen = labelled(big, fit, CANVAS, patch);
    expect(chosen.length).toBeGreaterThan(20);
    expect(chosen.length).toBeLessThanOrEqual(MAX_LABELS);
    expect(chosen).toContain(big.districts.length - 1);
    // One label a patch: no two middles share one.
    const patches = chosen.map((i) => {
      const d = big.districts[i]!;
      const p = toScreen(fit, d.centroid.x, d.centroid.y);
      return `${Math.floor(p.x / patch.width)},${Math.floor(p.y / patch.height)}`;
    });
    expect(new Set(patches).size).toBe(patches.length);
  });

  it('control: pushing every block apart compares every pair', () => {
    const blocks = (count: number) => {
      const view = buildMapView(bigMap(count).model);
      const t = fitTransform(view.width, view.height, CANVAS.width, CANVAS.height, 20);
      return view.districts.map((d) =>
        layoutBlock(
          {
            anchor: toScreen(t, d.centroid.x, d.centroid.y),
            name: { width: 60, height: 20 },
            value: null,
            incident: null,
            badges: [],
          },
          STYLE.spacing,
        ),
      );
    };
    const small = blocks(100);
    const large = blocks(1_000);
    const pairs = (b: typeof small) => counted(steps, () => separateBlocks(b, 4, 1));
    expect(pairs(large) / pairs(small)).toBeGreaterThan(50);
  });
});
