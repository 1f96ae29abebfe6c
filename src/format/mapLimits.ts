/**
 * How large a map may be. Each bound is checked before the work it bounds (neighbours from shared
 * edges, label placement, drawing on every frame), so a hostile file is refused at once instead
 * of freezing the page or the command line. docs/security.md lists them with the others.
 */

/** Scenario map units a side, and Tiled pixels a side: far past any screen or projector. */
export const MAX_MAP_SIZE = 100_000;

/** Corners of one district's outline: a coastline traced by hand rarely needs a few hundred. */
export const MAX_CORNERS_PER_SHAPE = 2_000;

/** Corners of all the outlines of a scenario, its own and its Tiled map's together. */
export const MAX_CORNERS = 50_000;

/**
 * Shapes from a Tiled map are kept to two decimals of a map unit, so a Tiled pixel must be worth
 * at least that much or districts shrink to slivers.
 */
export const MIN_UNITS_PER_PIXEL = 0.01;
