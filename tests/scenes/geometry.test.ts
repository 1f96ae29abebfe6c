import { describe, expect, it } from 'vitest';
import type { Point } from '../../src/format';
import {
  centroid,
  chordAt,
  clampPan,
  dashSegments,
  edgeDistance,
  fitTransform,
  HOME_VIEW,
  labelAnchor,
  MAX_ZOOM,
  MIN_ZOOM,
  pointInPolygon,
  signedArea,
  toMap,
  toScreen,
  viewTransform,
  zoomAt,
} from '../../src/scenes/geometry';
import scenario from '../../scenarios/default.json';

const square: Point[] = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
];

describe('centroid', () => {
  it('is the middle of a square in either winding', () => {
    expect(centroid(square)).toEqual({ x: 5, y: 5 });
    expect(centroid([...square].reverse())).toEqual({ x: 5, y: 5 });
    expect(Math.abs(signedArea(square))).toBe(100);
  });

  it('weights by area, not by vertex count', () => {
    // Extra vertices along one edge would pull a vertex mean; the area centroid does not move.
    const dense: Point[] = [
      [0, 0],
      [2, 0],
      [4, 0],
      [6, 0],
      [8, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    expect(centroid(dense).x).toBeCloseTo(5);
    expect(centroid(dense).y).toBeCloseTo(5);
  });

  it('falls back to the vertex mean for a degenerate shape', () => {
    expect(
      centroid([
        [0, 0],
        [4, 0],
        [8, 0],
      ]),
    ).toEqual({ x: 4, y: 0 });
  });
});

describe('labelAnchor', () => {
  it('stays inside a U shape whose centroid is outside', () => {
    const u: Point[] = [
      [0, 0],
      [30, 0],
      [30, 30],
      [20, 30],
      [20, 10],
      [10, 10],
      [10, 30],
      [0, 30],
    ];
    expect(pointInPolygon(centroid(u), u)).toBe(false);
    const a = labelAnchor(u);
    expect(pointInPolygon(a, u)).toBe(true);
    expect(edgeDistance(a, u)).toBeGreaterThan(3);
  });

  it('lies well inside every district of the default scenario', () => {
    for (const d of scenario.districts) {
      const shape = d.shape as Point[];
      const a = labelAnchor(shape);
      expect(pointInPolygon(a, shape), d.id).toBe(true);
      expect(edgeDistance(a, shape), d.id).toBeGreaterThan(20);
    }
  });
});

describe('chordAt', () => {
  it('is the width of the shape across a point inside it, and 0 outside', () => {
    expect(chordAt({ x: 5, y: 5 }, square)).toBe(10);
    expect(chordAt({ x: 15, y: 5 }, square)).toBe(0);
  });

  it('takes only the part of a U that holds the point', () => {
    const u: Point[] = [
      [0, 0],
      [30, 0],
      [30, 30],
      [20, 30],
      [20, 10],
      [10, 10],
      [10, 30],
      [0, 30],
    ];
    expect(chordAt({ x: 5, y: 20 }, u)).toBe(10);
    expect(chordAt({ x: 25, y: 20 }, u)).toBe(10);
    expect(chordAt({ x: 15, y: 5 }, u)).toBe(30);
  });
});

describe('fitTransform', () => {
  const sizes: [number, number][] = [
    [1920, 1080],
    [1366, 768],
    [900, 620],
    [400, 900],
    [120, 80],
  ];

  it('keeps the whole map inside the canvas, margin included, and centred', () => {
    for (const [w, h] of sizes) {
      const margin = 20;
      const t = fitTransform(1000, 700, w, h, margin);
      const tl = toScreen(t, 0, 0);
      const br = toScreen(t, 1000, 700);
      const m = Math.min(margin, w / 4, h / 4);
      expect(tl.x).toBeGreaterThanOrEqual(m - 1e-9);
      expect(tl.y).toBeGreaterThanOrEqual(m - 1e-9);
      expect(br.x).toBeLessThanOrEqual(w - m + 1e-9);
      expect(br.y).toBeLessThanOrEqual(h - m + 1e-9);
      expect(tl.x + br.x).toBeCloseTo(w);
      expect(tl.y + br.y).toBeCloseTo(h);
      // It fills one dimension exactly: no needless shrinking.
      expect(Math.min(tl.x, tl.y)).toBeCloseTo(m);
    }
  });

  it('round-trips between map and screen', () => {
    const t = fitTransform(1000, 700, 1366, 768, 24);
    const p = toMap(t, ...(Object.values(toScreen(t, 123, 456)) as [number, number]));
    expect(p.x).toBeCloseTo(123);
    expect(p.y).toBeCloseTo(456);
  });
});

describe('view', () => {
  const W = 1366;
  const H = 768;
  const fit = fitTransform(1000, 700, W, H, 24);

  it('is the fit itself at home', () => {
    expect(viewTransform(fit, HOME_VIEW, W, H)).toEqual(fit);
  });

  it('zooms about the pointer and clamps the zoom', () => {
    const before = viewTransform(fit, HOME_VIEW, W, H);
    const m = toMap(before, 300, 200);
    const v = zoomAt(fit, HOME_VIEW, 1.8, 300, 200, W, H);
    const after = viewTransform(fit, v, W, H);
    const s = toScreen(after, m.x, m.y);
    expect(s.x).toBeCloseTo(300);
    expect(s.y).toBeCloseTo(200);
    expect(zoomAt(fit, HOME_VIEW, 100, 0, 0, W, H).zoom).toBe(MAX_ZOOM);
    expect(zoomAt(fit, HOME_VIEW, 0.01, 0, 0, W, H).zoom).toBe(MIN_ZOOM);
  });

  it('never lets the map be dragged out of sight', () => {
    const keep = 100;
    const far = clampPan(fit, { zoom: 1, panX: 5000, panY: -5000 }, 1000, 700, W, H, keep);
    const t = viewTransform(fit, far, W, H);
    const tl = toScreen(t, 0, 0);
    const br = toScreen(t, 1000, 700);
    expect(W - tl.x).toBeGreaterThanOrEqual(keep - 1e-6);
    expect(br.y).toBeGreaterThanOrEqual(keep - 1e-6);
    expect(clampPan(fit, HOME_VIEW, 1000, 700, W, H, keep)).toEqual(HOME_VIEW);
  });
});

describe('dashSegments', () => {
  it('covers the dash share of the perimeter and runs on across corners', () => {
    const pts = square.map(([x, y]) => ({ x: x * 10, y: y * 10 }));
    const segs = dashSegments(pts, 12, 8);
    const inked = segs.reduce((s, [x0, y0, x1, y1]) => s + Math.hypot(x1 - x0, y1 - y0), 0);
    expect(inked).toBeCloseTo(400 * (12 / 20), 0);
    for (const [x0, y0, x1, y1] of segs)
      expect(Math.hypot(x1 - x0, y1 - y0)).toBeLessThanOrEqual(12 + 1e-9);
  });
});
