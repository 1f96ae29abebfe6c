/**
 * The session's state hash is computed when it is read, once per state: a policy's dozen commands
 * in a row, or a game replayed from a save, do not pay for a hash after every command.
 */
import { describe, expect, it, vi } from 'vitest';

const counted = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/engine/replay', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/engine/replay')>();
  return {
    ...real,
    stateHash: (state: Parameters<typeof real.stateHash>[0]) => {
      counted.calls++;
      return real.stateHash(state);
    },
  };
});

const { replay, stateHash } = await import('../../src/engine');
const { newSession, startedSession } = await import('./helpers');

describe('the state hash of the game in the session', () => {
  it('is computed on first read after a change, and remembered', () => {
    const s = startedSession();
    counted.calls = 0;
    s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' });
    s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'dunmere' });
    s.dispatch({ type: 'order', role: 'military', action: 'patrol', district: 'aldera' });
    expect(counted.calls).toBe(0);
    const g = s.getState().game!;
    const hash = g.hash;
    expect(counted.calls).toBe(1);
    expect(g.hash).toBe(hash);
    expect(s.getState().game!.hash).toBe(hash);
    expect(counted.calls).toBe(1);
    expect(hash).toBe(stateHash(replay(g.rules, g.seed, g.commands).state));
  });

  it('is not computed while the computer plays its roles, whose moves change the store once a step', () => {
    const s = newSession();
    void s.chooseBundled('default.json');
    s.setSeat('military', { kind: 'policy', policy: 'cooperative' });
    s.setSeat('civilian', { kind: 'policy', policy: 'cooperative' });
    s.setSeed('policies');
    expect(s.startGame()).toBeNull();
    const changes: number[] = [];
    s.subscribe((st, prev) => {
      if (st.game !== prev.game) changes.push(st.game!.commands.length);
    });
    counted.calls = 0;
    s.beginPlanning();
    // The two policies' proposals and orders: two commands or more, one change of the store.
    expect(changes).toHaveLength(1);
    expect(changes[0]).toBeGreaterThanOrEqual(2);
    expect(counted.calls).toBe(0);
    expect(s.getState().screen).toBe('handover');
    s.reveal();
    s.finishRound();
    // Round 2: the policies answer, complete and commit, a change for each step.
    s.reveal();
    expect(s.commitActive()).toBeNull();
    expect(s.getState().game!.state.turn).toBe(2);
    expect(counted.calls).toBe(0);
    const g = s.getState().game!;
    expect(g.hash).toBe(stateHash(replay(g.rules, g.seed, g.commands).state));
  });
});
