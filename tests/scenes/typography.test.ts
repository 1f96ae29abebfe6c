/** The map's type sizes in the projector's large text, against the standard ones. */
import { describe, expect, it } from 'vitest';
import { textSizes } from '../../src/scenes/typography';

const KINDS = ['name', 'value', 'badge', 'count'] as const;

describe('large text on the map', () => {
  it('puts every label at 20 px or more on a 1920×1080 projector’s map panels', () => {
    // The planning, briefing and report panels of a 1920×1080 window in large text.
    for (const [w, h] of [
      [854, 560],
      [1176, 589],
      [1139, 589],
    ] as const) {
      const s = textSizes(w, h, true);
      for (const k of KINDS) expect(s[k], `${k} at ${w}×${h}`).toBeGreaterThanOrEqual(20);
    }
  });

  it('is never smaller than the standard sizes, from a small panel to a wall display', () => {
    for (const [w, h] of [
      [420, 300],
      [610, 367],
      [900, 620],
      [1366, 768],
      [1920, 1080],
    ] as const) {
      const standard = textSizes(w, h);
      const large = textSizes(w, h, true);
      for (const k of KINDS)
        expect(large[k], `${k} at ${w}×${h}`).toBeGreaterThanOrEqual(standard[k]);
    }
  });
});
