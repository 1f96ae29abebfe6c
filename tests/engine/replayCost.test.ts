/**
 * The work of a replay grows with its save, not with the square of it, however many rewinds it
 * holds. Work is counted, not timed: every command rule's `apply` is wrapped to count the
 * commands applied, by the replay and by the reference replay from the start alike.
 */
import { describe, expect, it, vi } from 'vitest';
import type { CommandCtx, CommandRule } from '../../src/engine/commands';
import { replay, stateHash, type Command, type GameState } from '../../src/engine';
import { miniRules } from './helpers';
import { replayFromStart } from './rewinds';

const work = vi.hoisted(() => ({ applied: 0 }));

vi.mock('../../src/engine/commands', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/engine/commands')>();
  const table: Record<string, CommandRule<Command>> = real.COMMANDS;
  const counted = Object.fromEntries(
    Object.entries(table).map(([type, rule]) => [
      type,
      {
        problem: rule.problem,
        apply(ctx: CommandCtx, cmd: Command) {
          work.applied++;
          rule.apply(ctx, cmd);
        },
      },
    ]),
  );
  return { ...real, COMMANDS: counted };
});

const rules = miniRules();
const seed = 'cost';

/**
 * A save of `n` notes on the first turn's briefing, the turn played, then `n` rewinds to the
 * start of turn 2, each followed by a note that the next rewind drops. Every rewind keeps the
 * first turn's `n` notes: replayed from the start, each costs them all again.
 */
function saveWithRewinds(n: number): Command[] {
  const note = (i: number): Command => ({ type: 'annotate', entry: 1, note: `note ${i}` });
  return [
    ...Array.from({ length: n }, (_, i) => note(i)),
    ...rules.scenario.roles.map((r): Command => ({ type: 'commit', role: r.id })),
    ...Array.from({ length: n }, (_, i): Command[] => [
      { type: 'rewind', turn: 2 },
      note(i),
    ]).flat(),
  ];
}

function counted(f: () => GameState): { applied: number; hash: string } {
  work.applied = 0;
  const state = f();
  return { applied: work.applied, hash: stateHash(state) };
}

describe('the cost of rewinds', () => {
  const small = saveWithRewinds(100);
  const large = saveWithRewinds(1000);

  it('counts the work of the replay through the wrapped rules (control)', () => {
    const r = counted(() => replay(rules, seed, small).state);
    expect(r.applied).toBe(small.length);
  });

  it('grows about tenfold in the replay for ten times the rewinds', () => {
    const a = counted(() => replay(rules, seed, small).state);
    const b = counted(() => replay(rules, seed, large).state);
    expect(b.applied / a.applied).toBeLessThan(20);
  });

  it('grew a hundredfold in the replay from the start, on the same saves, to the same states (control)', () => {
    const a = counted(() => replayFromStart(rules, seed, small).state);
    const b = counted(() => replayFromStart(rules, seed, large).state);
    expect(b.applied / a.applied).toBeGreaterThan(50);
    expect(a.hash).toBe(stateHash(replay(rules, seed, small).state));
    expect(b.hash).toBe(stateHash(replay(rules, seed, large).state));
  });
});
