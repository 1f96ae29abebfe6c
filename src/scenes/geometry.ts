/**
 * Plane geometry for drawing the map. Rendering only: floats are fine here, nothing in this file
 * feeds the engine. No Phaser, so it runs in Node tests.
 */
import type { Point } from '../format';

export interface Vec {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Signed area by the shoelace formula: positive for counter-clockwise in y-up axes. */
export function signedArea(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[(i + 1) % points.length]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/** Area centroid; falls back to the vertex mean for degenerate (zero-area) shapes. */
export function centroid(points: readonly Point[]): Vec {
  const area = signedArea(points);
  if (points.length === 0) return { x: 0, y: 0 };
  if (Math.abs(area) < 1e-9) {
    const n = points.length;
    return {
      x: points.reduce((s, p) => s + p[0], 0) / n,
      y: points.reduce((s, p) => s + p[1], 0) / n,
    };
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[(i + 1) % points.length]!;
    const cross = x0 * y1 - x1 * y0;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { x: cx / (6 * area), y: cy / (6 * area) };
}

export function bounds(points: readonly Point[]): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  if (points.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Even-odd ray casting; a point exactly on an edge may fall either way. */
export function pointInPolygon(p: Vec, points: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!;
    const [xj, yj] = points[j]!;
    if (yi > p.y !== yj > p.y && p.x < ((xj - xi) * (p.y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function segmentDistance(p: Vec, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t =
    len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a[0]) * dx + (p.y - a[1]) * dy) / len2));
  return Math.hypot(p.x - (a[0] + t * dx), p.y - (a[1] + t * dy));
}

/** Distance to the nearest edge; negative outside the polygon. */
export function edgeDistance(p: Vec, points: readonly Point[]): number {
  let best = Infinity;
  for (let i = 0; i < points.length; i++) {
    best = Math.min(best, segmentDistance(p, points[i]!, points[(i + 1) % points.length]!));
  }
  return pointInPolygon(p, points) ? best : -best;
}

/**
 * How wide the polygon is across `p`: the length of the horizontal chord through `p` that lies
 * inside it (0 when `p` is outside). A label centred on `p` fits within this width.
 */
export function chordAt(p: Vec, points: readonly Point[]): number {
  const xs: number[] = [];
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!;
    const [xj, yj] = points[j]!;
    if (yi > p.y !== yj > p.y) xs.push(((xj - xi) * (p.y - yi)) / (yj - yi) + xi);
  }
  xs.sort((a, b) => a - b);
  for (let k = 0; k + 1 < xs.length; k += 2) {
    if (xs[k]! <= p.x && p.x <= xs[k + 1]!) return xs[k + 1]! - xs[k]!;
  }
  return 0;
}

/**
 * Where to put a district's label: the centroid when it sits comfortably inside, otherwise the
 * interior point farthest from the edges (a coarse "pole of inaccessibility"), because the
 * centroid of a concave or L-shaped district can fall outside it or hug a border.
 */
export function labelAnchor(points: readonly Point[]): Vec {
  const c = centroid(points);
  const box = bounds(points);
  if (points.length < 3 || box.width === 0 || box.height === 0) return c;
  let best = c;
  const score = (p: Vec): number =>
    edgeDistance(p, points) - 0.05 * Math.hypot(p.x - c.x, p.y - c.y);
  let bestBiased = score(c);
  let step = Math.max(box.width, box.height) / 16;
  let around: Vec = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  let reach = Math.max(box.width, box.height) / 2;
  for (let round = 0; round < 4; round++) {
    for (let x = around.x - reach; x <= around.x + reach; x += step) {
      for (let y = around.y - reach; y <= around.y + reach; y += step) {
        const p = { x, y };
        const s = score(p);
        if (s > bestBiased) {
          bestBiased = s;
          best = p;
        }
      }
    }
    around = best;
    reach = step * 1.5;
    step /= 4;
  }
  // The centroid wins whenever it is nearly as roomy: it is where readers expect the name.
  return edgeDistance(c, points) >= 0.8 * edgeDistance(best, points) ? c : best;
}

/** Map units to canvas pixels: `screen = map * scale + offset`. */
export interface Transform {
  scale: number;
  offsetX: number;
  offsetY: number;
}

/**
 * Fits a `mapWidth × mapHeight` map inside the canvas with `margin` pixels on every side, centred.
 */
export function fitTransform(
  mapWidth: number,
  mapHeight: number,
  canvasWidth: number,
  canvasHeight: number,
  margin: number,
): Transform {
  const m = Math.max(0, Math.min(margin, canvasWidth / 4, canvasHeight / 4));
  const scale = Math.max(
    1e-6,
    Math.min((canvasWidth - 2 * m) / mapWidth, (canvasHeight - 2 * m) / mapHeight),
  );
  return {
    scale,
    offsetX: (canvasWidth - mapWidth * scale) / 2,
    offsetY: (canvasHeight - mapHeight * scale) / 2,
  };
}

export function toScreen(t: Transform, x: number, y: number): Vec {
  return { x: x * t.scale + t.offsetX, y: y * t.scale + t.offsetY };
}

export function toMap(t: Transform, x: number, y: number): Vec {
  return { x: (x - t.offsetX) / t.scale, y: (y - t.offsetY) / t.scale };
}

/** The user's zoom and pan on top of the fit; pan is in canvas pixels. */
export interface View {
  zoom: number;
  panX: number;
  panY: number;
}

export const HOME_VIEW: View = { zoom: 1, panX: 0, panY: 0 };
export const MIN_ZOOM = 0.7;
export const MAX_ZOOM = 3;

/** The fit scaled by the view's zoom about the canvas centre, then panned. */
export function viewTransform(
  fit: Transform,
  view: View,
  canvasWidth: number,
  canvasHeight: number,
): Transform {
  const cx = canvasWidth / 2;
  const cy = canvasHeight / 2;
  return {
    scale: fit.scale * view.zoom,
    offsetX: cx + (fit.offsetX - cx) * view.zoom + view.panX,
    offsetY: cy + (fit.offsetY - cy) * view.zoom + view.panY,
  };
}

/** Zooms by `factor` keeping the map point under the canvas point (px, py) still. */
export function zoomAt(
  fit: Transform,
  view: View,
  factor: number,
  px: number,
  py: number,
  canvasWidth: number,
  canvasHeight: number,
): View {
  const zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, view.zoom * factor));
  const before = viewTransform(fit, view, canvasWidth, canvasHeight);
  const m = toMap(before, px, py);
  const cx = canvasWidth / 2;
  const cy = canvasHeight / 2;
  // Solve px = m.x * scale' + offsetX' for the pan that gives offsetX'.
  const offsetX = px - m.x * fit.scale * zoom;
  const offsetY = py - m.y * fit.scale * zoom;
  return {
    zoom,
    panX: offsetX - cx - (fit.offsetX - cx) * zoom,
    panY: offsetY - cy - (fit.offsetY - cy) * zoom,
  };
}

/** Keeps at least `keep` pixels of the map on screen so it cannot be dragged out of sight. */
export function clampPan(
  fit: Transform,
  view: View,
  mapWidth: number,
  mapHeight: number,
  canvasWidth: number,
  canvasHeight: number,
  keep: number,
): View {
  const t = viewTransform(fit, view, canvasWidth, canvasHeight);
  const w = mapWidth * t.scale;
  const h = mapHeight * t.scale;
  const kx = Math.min(keep, w, canvasWidth);
  const ky = Math.min(keep, h, canvasHeight);
  const shiftX = Math.max(kx - (t.offsetX + w), Math.min(0, canvasWidth - kx - t.offsetX));
  const shiftY = Math.max(ky - (t.offsetY + h), Math.min(0, canvasHeight - ky - t.offsetY));
  return { zoom: view.zoom, panX: view.panX + shiftX, panY: view.panY + shiftY };
}

/**
 * Dash segments along a closed polyline, as [x0, y0, x1, y1]. Graphics has no dashed stroke in
 * either renderer, so dashes are cut here; the pattern runs on across corners so it looks even.
 */
export function dashSegments(
  points: readonly Vec[],
  dash: number,
  gap: number,
): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  if (points.length < 2 || dash <= 0) return out;
  const period = dash + gap;
  let phase = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len === 0) continue;
    let d = 0;
    while (d < len) {
      const inDash = phase < dash;
      const run = Math.min(len - d, inDash ? dash - phase : period - phase);
      if (inDash) {
        const t0 = d / len;
        const t1 = (d + run) / len;
        out.push([
          a.x + (b.x - a.x) * t0,
          a.y + (b.y - a.y) * t0,
          a.x + (b.x - a.x) * t1,
          a.y + (b.y - a.y) * t1,
        ]);
      }
      d += run;
      phase = (phase + run) % period;
    }
  }
  return out;
}

export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return (
    a.x < b.x + b.width + pad &&
    b.x < a.x + a.width + pad &&
    a.y < b.y + b.height + pad &&
    b.y < a.y + a.height + pad
  );
}
