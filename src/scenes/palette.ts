/**
 * Colours of the map, shared with the DOM app (legend, charts). No Phaser here, so the DOM can
 * import it without pulling the map's bundle.
 *
 * Districts use a diverging orange ↔ blue ramp: it stays distinguishable under the common forms
 * of colour blindness (unlike red ↔ green), and it is oriented by the indicator's `goodWhen` so a
 * bad value always looks orange whether the indicator is "security" or "tension".
 */
import type { IndicatorDef, RoleKind } from '../format';

type Rgb = [number, number, number];
type Lab = [number, number, number];

/** From bad (0) to good (1). Hand-picked, then interpolated in OKLab so steps look even. */
const RAMP: readonly string[] = ['#b0300f', '#e2853f', '#ddd3bf', '#7fb0d3', '#2a67a8'];

function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex([r, g, b]: Rgb): string {
  const c = (v: number): string =>
    Math.round(Math.max(0, Math.min(255, v)))
      .toString(16)
      .padStart(2, '0');
  return `#${c(r)}${c(g)}${c(b)}`;
}

const toLinear = (v: number): number => {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (v: number): number =>
  255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);

/** sRGB → OKLab (Björn Ottosson's published matrices). */
export function toOklab(hex: string): Lab {
  const [r, g, b] = hexToRgb(hex).map(toLinear) as Rgb;
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

function fromOklab([L, A, B]: Lab): string {
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return rgbToHex([
    fromLinear(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    fromLinear(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    fromLinear(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
  ]);
}

const RAMP_LAB: readonly Lab[] = RAMP.map(toOklab);

/** Colour at goodness `t` in 0–1 (0 = worst). */
export function rampColour(t: number): string {
  const x = Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0.5)) * (RAMP_LAB.length - 1);
  const i = Math.min(RAMP_LAB.length - 2, Math.floor(x));
  const f = x - i;
  const a = RAMP_LAB[i]!;
  const b = RAMP_LAB[i + 1]!;
  return fromOklab([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
}

/** How good a 0–100 value is, 0–1, whichever way the indicator points. */
export function goodness(value: number, goodWhen: IndicatorDef['goodWhen']): number {
  const t = Math.max(0, Math.min(100, value)) / 100;
  return goodWhen === 'high' ? t : 1 - t;
}

/** CSS hex colour of an indicator value (0–100); "bad" is always orange, "good" always blue. */
export function indicatorColour(value: number, goodWhen: IndicatorDef['goodWhen']): string {
  return rampColour(goodness(value, goodWhen));
}

export interface LegendStop {
  /** Indicator value, 0–100. */
  value: number;
  colour: string;
}

/** Colours along the indicator's own 0 → 100 axis, for a DOM legend bar (left = 0). */
export function legendStops(indicator: Pick<IndicatorDef, 'goodWhen'>, steps = 10): LegendStop[] {
  const n = Math.max(1, Math.round(steps));
  return Array.from({ length: n + 1 }, (_, i) => {
    const value = Math.round((100 * i) / n);
    return { value, colour: indicatorColour(value, indicator.goodWhen) };
  });
}

/** A CSS `linear-gradient(...)` of the legend, 0 at the left. */
export function legendGradient(indicator: Pick<IndicatorDef, 'goodWhen'>): string {
  const parts = legendStops(indicator).map((s) => `${s.colour} ${s.value}%`);
  return `linear-gradient(to right, ${parts.join(', ')})`;
}

/** Words for the two ends of the legend: which end of 0–100 is good. */
export function legendEnds(indicator: Pick<IndicatorDef, 'goodWhen'>): {
  low: 'good' | 'bad';
  high: 'good' | 'bad';
} {
  return indicator.goodWhen === 'high'
    ? { low: 'bad', high: 'good' }
    : { low: 'good', high: 'bad' };
}

/**
 * Unit badge colours per role kind, from the Okabe–Ito palette (safe for colour-blind viewers);
 * the badge's text label (MIL/POL/CIV) carries the same information, so colour is never alone.
 */
const ROLE_COLOURS: Record<string, string> = {
  military: '#4fbf8f',
  police: '#6cc3f0',
  civilian: '#f2e56b',
};
const EXTRA_ROLE_COLOURS = ['#e6a532', '#d9a0c4', '#c7c7c7'];

export function roleColour(kind: RoleKind, index = 0): string {
  return Object.hasOwn(ROLE_COLOURS, kind)
    ? ROLE_COLOURS[kind]!
    : EXTRA_ROLE_COLOURS[index % EXTRA_ROLE_COLOURS.length]!;
}

/** The map's chrome, in one place so the DOM can match it. */
export const MAP_COLOURS = {
  background: '#111a2b',
  border: '#0b1220',
  text: '#ffffff',
  textStroke: '#0b1220',
  selected: '#ffffff',
  highlighted: '#ffd84d',
  incident: '#ffc21a',
  incidentCount: '#d1495b',
} as const;

/** For Phaser, which takes colours as numbers. */
export function cssToNumber(hex: string): number {
  return Number.parseInt(hex.slice(1, 7), 16);
}
