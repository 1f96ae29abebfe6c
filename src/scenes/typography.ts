/**
 * Type sizes for the map. Names must read from the back of a classroom on a projector: at least
 * 16 px however small the map's panel, growing with the canvas up to a cap so a full-HD wall
 * display does not get shouting labels; larger in the projector's large text.
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

/**
 * `large` is the projector's large text. Like the page's text it grows with the room it has: from
 * 24 px names and 21 px badges on a 1920×1080 projector's map (never under 20 px there, whichever
 * screen) down to a little above the standard sizes on a 1366-wide one, where more would push the
 * labels off their districts.
 */
export function textSizes(canvasWidth: number, canvasHeight: number, large = false): TextSizes {
  // 1366×768 gives 20 px; a 900×620 panel gives 18 px; full HD caps at 24 px.
  const basis = Math.min(canvasWidth, canvasHeight * 1.4);
  if (large) {
    const name = Math.round(Math.max(17, Math.min(32, basis / 33)));
    const small = Math.max(15, Math.round(name * 0.88));
    return {
      name,
      value: Math.round(name * 1.15),
      badge: small,
      count: small,
      stroke: Math.max(4, Math.round(name * 0.28)),
    };
  }
  const name = Math.round(Math.max(16, Math.min(24, basis / 54)));
  return {
    name,
    value: Math.round(name * 1.2),
    badge: Math.max(14, Math.round(name * 0.78)),
    count: Math.max(14, Math.round(name * 0.75)),
    stroke: Math.max(4, Math.round(name * 0.28)),
  };
}
