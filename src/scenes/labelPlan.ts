/**
 * Which districts get a label block on the canvas, and where the blocks go. Pure, so it is tested
 * in Node: the scene hands in a function that measures the texts.
 *
 * Pushing colliding blocks apart compares every pair, so the blocks are bounded: past MAX_LABELS
 * districts, the selected one and then the largest in sight are labelled, at most one in each
 * patch of the canvas about a label's size, so the labels spread over the map and stay by their
 * districts. A map of a few dozen districts labels them all, as before; one of thousands stays
 * responsive, and zooming in brings the labels of the districts in view.
 */
import { bounds, signedArea, toScreen, type Box, type Transform } from './geometry';
import {
  clampBlock,
  layoutBlock,
  separateBlocks,
  type BlockLayout,
  type LayoutSpacing,
  type Size,
} from './layout';
import type { DistrictView, MapView } from './mapView';
import type { Point } from '../format';
import { drawWork } from './drawWork';

/** More blocks than fit on a projector side by side; few enough to push apart on every frame. */
export const MAX_LABELS = 150;

export interface LabelStyle {
  /** A name never wraps into a column narrower than this (pixels). */
  minWrap: number;
  /** The side of the incident marker (pixels). */
  marker: number;
  spacing: LayoutSpacing;
  /** Space kept between blocks and from the canvas' edge. */
  pad: number;
}

/** The sizes of a district's texts as drawn: the name wrapped at `wrap` pixels, and so on. */
export type Measure = (
  d: DistrictView,
  wrap: number,
) => { name: Size; value: Size | null; badges: Size[] };

export interface PlacedLabel {
  /** Index of the district in the view. */
  index: number;
  block: BlockLayout;
}

export function planLabels(
  view: MapView,
  t: Transform,
  canvas: Size,
  style: LabelStyle,
  measure: Measure,
): PlacedLabel[] {
  const chosen = labelled(view, t, canvas, { width: style.minWrap, height: style.minWrap / 3 });
  const blocks = chosen.map((index) => {
    drawWork.steps++;
    const d = view.districts[index]!;
    const sizes = measure(d, Math.max(style.minWrap, d.room * t.scale * 0.9));
    return layoutBlock(
      {
        anchor: toScreen(t, d.anchor.x, d.anchor.y),
        name: sizes.name,
        value: sizes.value,
        incident: d.openIncidents > 0 ? { width: style.marker * 1.12, height: style.marker } : null,
        badges: sizes.badges,
      },
      style.spacing,
    );
  });
  const { pad } = style;
  const area: Box = {
    x: pad,
    y: pad,
    width: canvas.width - 2 * pad,
    height: canvas.height - 2 * pad,
  };
  return separateBlocks(blocks, pad).map((block, i) => {
    const index = chosen[i]!;
    const a = toScreen(t, view.districts[index]!.anchor.x, view.districts[index]!.anchor.y);
    // Only labels of districts in sight are kept on the canvas; the others scroll off with them.
    const inSight = a.x >= 0 && a.x <= canvas.width && a.y >= 0 && a.y <= canvas.height;
    return { index, block: inSight ? clampBlock(block, area) : block };
  });
}

/**
 * Every district up to MAX_LABELS; past that, the selected one, then the largest in sight whose
 * middle falls in a patch of the canvas (`patch` pixels) no larger one has taken.
 */
export function labelled(view: MapView, t: Transform, canvas: Size, patch: Size): number[] {
  const all = view.districts;
  if (all.length <= MAX_LABELS) return all.map((_, i) => i);
  const taken = new Set<string>();
  const chosen: number[] = [];
  for (const i of largestFirst(view)) {
    if (chosen.length >= MAX_LABELS) break;
    drawWork.steps++;
    const b = boundsOf(all[i]!.shape);
    const x = (b.x + b.width / 2) * t.scale + t.offsetX;
    const y = (b.y + b.height / 2) * t.scale + t.offsetY;
    if (x < 0 || y < 0 || x > canvas.width || y > canvas.height) continue;
    const key = `${Math.floor(x / patch.width)},${Math.floor(y / patch.height)}`;
    if (taken.has(key)) continue;
    taken.add(key);
    chosen.push(i);
  }
  // Back in the view's order, which is the order blocks are pushed apart in.
  return chosen.sort((i, j) => i - j);
}

/** The districts by area, largest first, the selected one before all: worked out once a view. */
function largestFirst(view: MapView): number[] {
  let order = orders.get(view);
  if (!order) {
    const all = view.districts;
    const first = (i: number) => (all[i]!.selected ? 1 : 0);
    order = all.map((_, i) => i);
    order.sort(
      (i, j) => first(j) - first(i) || areaOf(all[j]!.shape) - areaOf(all[i]!.shape) || i - j,
    );
    orders.set(view, order);
  }
  return order;
}

const orders = new WeakMap<MapView, number[]>();
const boxes = new WeakMap<Point[], Box>();
const areas = new WeakMap<Point[], number>();

/** A shape's bounding box in map units, worked out once per shape. */
export function boundsOf(shape: Point[]): Box {
  let b = boxes.get(shape);
  if (!b) boxes.set(shape, (b = bounds(shape)));
  return b;
}

function areaOf(shape: Point[]): number {
  let a = areas.get(shape);
  if (a === undefined) areas.set(shape, (a = Math.abs(signedArea(shape))));
  return a;
}
