import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  gameSeed,
  newGame,
  playGame,
  replay,
  stateHash,
  type Command,
  type GameState,
} from '../../src/engine';
import { defaultRules, inEnglish, miniRules } from './helpers';

const rules = defaultRules();

describe('determinism', () => {
  it('same scenario, seed and policy give the same game, command for command and bit for bit', () => {
    for (let i = 0; i < 25; i++) {
      const seed = gameSeed('det', i);
      const policy = (['random', 'cooperative', 'siloed'] as const)[i % 3]!;
      const a = playGame(rules, seed, policy);
      const b = playGame(rules, seed, policy);
      expect(b.commands).toEqual(a.commands);
      expect(stateHash(b.state)).toBe(stateHash(a.state));
    }
  });

  it('replaying the recorded commands rebuilds the same state hash (a property over random legal games)', () => {
    for (let i = 0; i < 40; i++) {
      const played = playGame(rules, gameSeed('replay', i), 'random');
      const { state } = replay(rules, played.state.seed, played.commands);
      expect(stateHash(state)).toBe(stateHash(played.state));
    }
  });

  it('the pure immer path and the in-place path agree, and the pure path leaves its input untouched', () => {
    const played = playGame(rules, 'pure-vs-inplace', 'cooperative');
    let state: GameState = newGame(rules, 'pure-vs-inplace');
    const before = stateHash(state);
    const first = state;
    for (const cmd of played.commands) state = applyCommand(rules, state, cmd);
    expect(stateHash(first)).toBe(before);
    expect(stateHash(state)).toBe(stateHash(played.state));
  });

  it('different seeds give different games', () => {
    const hashes = new Set(
      Array.from({ length: 10 }, (_, i) =>
        stateHash(playGame(rules, gameSeed('diff', i), 'cooperative').state),
      ),
    );
    expect(hashes.size).toBe(10);
  });

  it('the state survives a JSON round trip (a save needs nothing but JSON)', () => {
    const { state } = playGame(rules, 'json', 'random');
    expect(stateHash(JSON.parse(JSON.stringify(state)) as GameState)).toBe(stateHash(state));
  });

  it('replay to a turn stops after that turn', () => {
    const played = playGame(rules, 'turns', 'cooperative');
    const { state } = replay(rules, 'turns', played.commands, 3);
    expect(state.turn).toBe(4);
    expect(state.history.map((h) => h.turn)).toEqual([1, 2, 3]);
  });

  it('rewind drops the commands after the start of the named turn and replays to it', () => {
    const mini = miniRules();
    const played = playGame(mini, 'rewind', 'cooperative');
    const upTo2 = replay(mini, 'rewind', played.commands, 1); // state at the start of turn 2
    const commandsBefore2 = upTo2.effective.length;
    const withRewind: Command[] = [
      ...played.commands.slice(0, commandsBefore2 + 0),
      ...played.commands.slice(commandsBefore2, commandsBefore2 + 3),
      { type: 'rewind', turn: 2 },
    ];
    const r = replay(mini, 'rewind', withRewind);
    expect(r.state.turn).toBe(2);
    // Same as the game at the start of turn 2, plus the facilitator's note of the rewind.
    const note = inEnglish(mini, r.state.log.at(-1)!);
    expect(note.kind).toBe('facilitator');
    expect(note.title).toMatch(/rewound .* turn 2/);
    expect(r.state.orders).toEqual([]);
    expect(r.state.districts).toEqual(upTo2.state.districts);
  });
});
