/**
 * `stateHash` goes on from where the hash of the state before stood when the first parts of the
 * states are the same frozen ones. It must give what hashing the whole canonical text gives, in
 * every order of hashing: successive states, states of other games in between, states changed in
 * place, and states that gain or lose a part.
 */
import { describe, expect, it } from 'vitest';
import {
  advance,
  gameSeed,
  hashJson,
  openLine,
  playGame,
  stateHash,
  type Command,
  type GameState,
} from '../../src/engine';
import { defaultRules, miniRules } from './helpers';
import { gameWithRewinds } from './rewinds';

const rules = defaultRules();

/** Every state of a game played through the app's pure path, one after each command. */
function statesOf(commands: readonly Command[], seed: string, r = rules): GameState[] {
  let line = openLine(r, seed);
  const out = [line.state];
  for (const cmd of commands) {
    line = advance(r, line, cmd);
    out.push(line.state);
  }
  return out;
}

describe('stateHash', () => {
  it('is the hash of the canonical text after every command of a game, facilitator notes and all', () => {
    const played = playGame(rules, 'hash', 'cooperative');
    const commands: Command[] = [
      ...played.commands,
      { type: 'annotate', entry: 1, note: 'why?' },
      { type: 'pause' },
      { type: 'resume' },
      { type: 'rate', objective: rules.scenario.objectives[0]!.id, rating: 'performed', note: '' },
    ];
    for (const s of statesOf(commands, 'hash')) expect(stateHash(s)).toBe(hashJson(s));
  });

  it('is the same whatever was hashed before: two games in turn, and rewinds', () => {
    const mini = miniRules();
    const a = statesOf(playGame(rules, gameSeed('a', 1), 'random').commands, gameSeed('a', 1));
    const b = statesOf(gameWithRewinds(mini, 'b', 6), 'b', mini);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      for (const s of [a[i], b[i], a[Math.floor(i / 2)]]) {
        if (s) expect(stateHash(s)).toBe(hashJson(s));
      }
    }
  });

  it('sees a change made in place to a state hashed before', () => {
    const { state } = playGame(rules, 'in-place', 'siloed');
    const first = stateHash(state);
    expect(first).toBe(hashJson(state));
    state.districts[0]!.values[0]! += 1;
    state.log.pop();
    expect(stateHash(state)).toBe(hashJson(state));
    expect(stateHash(state)).not.toBe(first);
  });

  it('sees a part that appears or goes', () => {
    const states = statesOf(playGame(rules, 'parts', 'cooperative').commands, 'parts');
    const last = states.at(-1)!;
    expect(last.outcome).toBeDefined();
    const without = Object.freeze({ ...last, outcome: undefined });
    const extra = Object.freeze({ ...last, aaa: 1 });
    for (const s of [last, without, last, extra, without, states.at(-2)!, last])
      expect(stateHash(s)).toBe(hashJson(s));
  });
});
