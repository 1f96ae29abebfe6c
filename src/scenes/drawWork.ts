/**
 * Steps of the work done to draw the map (districts looked at, units counted, pairs of label
 * blocks compared), counted so a test can prove that drawing a map ten times larger takes about
 * ten times the work, not a hundred. Never read by the app.
 */
export const drawWork = { steps: 0 };
