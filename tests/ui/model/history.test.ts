import { describe, expect, it } from 'vitest';
import { stateHash } from '../../../src/engine';
import {
  branchKey,
  fromPosition,
  replayPosition,
  scratchState,
  stateAt,
  timelineOf,
} from '../../../src/ui/model/history';
import { gameAfter, recorded } from './helpers';

const g = gameAfter('history', recorded('history', 4));

describe('the replay\u2019s states', () => {
  it('builds the timeline once per game state', () => {
    expect(timelineOf(g)).toBe(timelineOf(g));
    expect(timelineOf(gameAfter('history', g.commands))).not.toBe(timelineOf(g));
  });

  it('rebuilds the start and the end of a turn as the recorded game had them', () => {
    expect(stateAt(g, 2, 'start')).toBe(stateAt(g, 2, 'start'));
    const start2 = stateAt(g, 2, 'start');
    expect(start2.turn).toBe(2);
    expect(stateHash(start2)).toBe(stateHash(gameAfter('history', recorded('history', 2)).state));
    expect(stateAt(g, 1, 'end').history).toHaveLength(1);
  });

  it('checks the what-if builder against the start of the turn and the orders kept so far', () => {
    const w = {
      turn: 2,
      role: 'police',
      mode: 'orders' as const,
      policy: 'cooperative' as const,
      later: 'recorded' as const,
      orders: [
        { type: 'order' as const, role: 'police', action: 'patrol', district: 'aldera' },
        { type: 'order' as const, role: 'police', action: 'patrol', district: 'nowhere' },
      ],
    };
    const st = scratchState(g, w);
    expect(st.orders.filter((o) => o.role === 'police')).toHaveLength(1);
    expect(branchKey(g, w)).not.toBe(branchKey(g, { ...w, turn: 3 }));
  });

  it('steps half a turn at a time', () => {
    expect(replayPosition(1, 'start')).toBe(0);
    expect(replayPosition(1, 'end')).toBe(1);
    expect(replayPosition(3, 'start')).toBe(4);
    for (let p = 0; p < 8; p++) {
      const { turn, edge } = fromPosition(p);
      expect(replayPosition(turn, edge)).toBe(p);
    }
  });
});
