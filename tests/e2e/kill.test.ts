/**
 * A browser killed mid-game loses nothing it said was saved: Chromium on a profile kept on
 * disk, a few commands, SIGKILL, a restart on the same profile, again and again. Every other
 * kill comes while a command is still being written (it may be lost; nothing else may). The
 * thirty-kill run behind docs/performance.md is `npm run bench:kill`.
 */
import { describe, expect, it } from 'vitest';
import { killRuns } from '../../src/cli/bench/crash';
import { baseUrl } from './browser';

describe('a browser killed with SIGKILL mid-game', () => {
  it('loses moves from localStorage, which is written to disk later (the control)', async () => {
    // The same harness on the old storage: it must see a loss, or its clean result below
    // would prove nothing.
    const r = await killRuns(`${baseUrl()}?storage=local`, 3);
    expect(r.lost, JSON.stringify(r.perKill)).toBeGreaterThan(0);
  });

  it('comes back with every command it had acknowledged as saved', async () => {
    const r = await killRuns(baseUrl(), 4);
    // The control: the kills came after real progress, so "nothing lost" means something.
    expect(r.perKill.every((k) => k.acknowledged > 0)).toBe(true);
    expect(r.perKill.some((k) => k.inFlight)).toBe(true);
    expect(r.lost, JSON.stringify(r.perKill)).toBe(0);
    // What came back is never more than was given: a real state, not an invented one.
    for (const k of r.perKill) expect(k.restored).toBeLessThanOrEqual(k.acknowledged + 1);
  });
});
