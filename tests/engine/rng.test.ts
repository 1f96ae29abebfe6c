/** The engine steps alea itself; it must give seedrandom's numbers, seeded and restored alike. */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { restoreRng, seedRng } from '../../src/engine/rng';

const SEEDS = ['', '1', 'bench#12/3/police/complete', 'Vélmora ünïcode ✓', 'x'.repeat(300)];

describe('the generator', () => {
  it('draws what seedrandom’s alea draws from the same seed, and saves the same state', () => {
    for (const seed of SEEDS) {
      const ours = seedRng(seed);
      const theirs = seedrandom.alea(seed, { state: true });
      for (let i = 0; i < 2000; i++) expect(ours.next()).toBe(theirs());
      expect(ours.state()).toEqual({ ...theirs.state() });
      expect(Object.keys(ours.state())).toEqual(Object.keys(theirs.state()));
    }
  });

  it('goes on from a saved state as seedrandom’s alea does', () => {
    for (const seed of SEEDS) {
      const theirs = seedrandom.alea(seed, { state: true });
      for (let n = 0; n < 50; n++) {
        for (let i = 0; i < n; i++) theirs();
        const saved = theirs.state();
        const ours = restoreRng(saved);
        const again = seedrandom.alea('', { state: saved });
        for (let i = 0; i < 100; i++) expect(ours.next()).toBe(again());
        const d = restoreRng(saved);
        const e = seedrandom.alea('', { state: saved });
        expect(d.die(100)).toBe(Math.floor(e() * 100) + 1);
        expect(d.below(7)).toBe(Math.floor(e() * 7));
      }
    }
  });
});
