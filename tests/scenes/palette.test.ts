import { describe, expect, it } from 'vitest';
import {
  indicatorColour,
  legendEnds,
  legendGradient,
  legendStops,
  rampColour,
  roleColour,
  toOklab,
} from '../../src/scenes/palette';

/** OKLab a + b: how warm (orange) a colour is; blue is negative. */
const warmth = (hex: string): number => {
  const [, a, b] = toOklab(hex);
  return a + b;
};
const distance = (x: string, y: string): number => {
  const p = toOklab(x);
  const q = toOklab(y);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

describe('indicatorColour', () => {
  it('returns CSS hex colours', () => {
    for (let v = 0; v <= 100; v += 5) expect(indicatorColour(v, 'high')).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('makes bad values orange and good values blue, whichever way the indicator points', () => {
    const [r0, , b0] = [1, 3, 5].map((i) =>
      Number.parseInt(indicatorColour(0, 'high').slice(i, i + 2), 16),
    );
    const [r1, , b1] = [1, 3, 5].map((i) =>
      Number.parseInt(indicatorColour(100, 'high').slice(i, i + 2), 16),
    );
    expect(r0!).toBeGreaterThan(b0!);
    expect(b1!).toBeGreaterThan(r1!);
    expect(indicatorColour(100, 'low')).toBe(indicatorColour(0, 'high'));
    expect(indicatorColour(0, 'low')).toBe(indicatorColour(100, 'high'));
  });

  it('mirrors exactly between goodWhen high and low', () => {
    for (let v = 0; v <= 100; v++)
      expect(indicatorColour(v, 'low')).toBe(indicatorColour(100 - v, 'high'));
  });

  it('cools monotonically as the value gets better', () => {
    // Steps of 5: one point is below what 8-bit hex colours can resolve near the dark ends.
    let previous = Infinity;
    for (let v = 0; v <= 100; v += 5) {
      const w = warmth(indicatorColour(v, 'high'));
      expect(w).toBeLessThan(previous);
      previous = w;
    }
  });

  it('keeps the ends far apart and ten points visibly different', () => {
    expect(distance(indicatorColour(0, 'high'), indicatorColour(100, 'high'))).toBeGreaterThan(
      0.25,
    );
    for (let v = 0; v <= 90; v += 10) {
      expect(distance(indicatorColour(v, 'high'), indicatorColour(v + 10, 'high'))).toBeGreaterThan(
        0.03,
      );
    }
  });

  it('clamps out-of-range and non-finite input', () => {
    expect(indicatorColour(-20, 'high')).toBe(indicatorColour(0, 'high'));
    expect(indicatorColour(140, 'high')).toBe(indicatorColour(100, 'high'));
    expect(rampColour(Number.NaN)).toBe(rampColour(0.5));
  });
});

describe('legend', () => {
  it('gives stops along 0 → 100 in the indicator colours', () => {
    const stops = legendStops({ goodWhen: 'low' });
    expect(stops.map((s) => s.value)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    for (const s of stops) expect(s.colour).toBe(indicatorColour(s.value, 'low'));
  });

  it('names the ends and builds a CSS gradient', () => {
    expect(legendEnds({ goodWhen: 'high' })).toEqual({ low: 'bad', high: 'good' });
    expect(legendEnds({ goodWhen: 'low' })).toEqual({ low: 'good', high: 'bad' });
    expect(legendGradient({ goodWhen: 'high' })).toMatch(
      /^linear-gradient\(to right, #[0-9a-f]{6} 0%, .* 100%\)$/,
    );
  });
});

describe('roleColour', () => {
  it('tells the standard kinds apart and still colours unknown kinds', () => {
    const kinds = ['military', 'police', 'civilian'].map((k) => roleColour(k));
    expect(new Set(kinds).size).toBe(3);
    expect(roleColour('judicial', 3)).toMatch(/^#[0-9a-f]{6}$/);
  });
});
