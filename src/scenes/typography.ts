/**
 * Type sizes for the map. Names must read from the back of a classroom on a projector: at least
 * 16 px however small the map's panel, growing with the canvas up to a cap so a full-HD wall
 * display does not get shouting labels.
 */

/** The app bundles Atkinson Hyperlegible (designed for low-vision readers); system-ui otherwise. */
export const FONT_FAMILY = '"Atkinson Hyperlegible", system-ui, "Segoe UI", Roboto, sans-serif';

export interface TextSizes {
  name: number;
  value: number;
  badge: number;
  count: number;
  /** Stroke around name and value, so they read on any fill. */
  stroke: number;
}

export function textSizes(canvasWidth: number, canvasHeight: number): TextSizes {
  // 1366×768 gives 20 px; a 900×620 panel gives 18 px; full HD caps at 24 px.
  const basis = Math.min(canvasWidth, canvasHeight * 1.4);
  const name = Math.round(Math.max(16, Math.min(24, basis / 54)));
  return {
    name,
    value: Math.round(name * 1.2),
    badge: Math.max(14, Math.round(name * 0.78)),
    count: Math.max(14, Math.round(name * 0.75)),
    stroke: Math.max(4, Math.round(name * 0.28)),
  };
}
