/**
 * Lines of play: a rewind goes back to the start of its turn on the line, and every state is
 * the one the earlier replay-from-the-start gave, bit for bit.
 */
import { describe, expect, it } from 'vitest';
import {
  advance,
  advanceInPlace,
  applyCommand,
  applyCommandInPlace,
  CommandError,
  newGame,
  openLine,
  openLineInPlace,
  replay,
  stateHash,
  type Command,
  type Line,
  type Rules,
} from '../../src/engine';
import { defaultRules, miniRules } from './helpers';
import { gameWithRewinds, replayFromStart } from './rewinds';

const scenarios: [string, Rules][] = [
  ['the default scenario', defaultRules()],
  ['the mini fixture', miniRules()],
];

const rewound = (cmds: readonly Command[]) => cmds.filter((c) => c.type === 'rewind').length;

function refusal(f: () => unknown): string | null {
  try {
    f();
  } catch (e) {
    if (e instanceof CommandError) return e.problem.key;
    throw e;
  }
  return null;
}

describe.each(scenarios)('replay on a line, %s', (_name, rules) => {
  it('gives the state, effective commands and turn starts of the replay from the start (a property over random games with random rewinds)', () => {
    let rewinds = 0;
    for (let i = 0; i < 12; i++) {
      const seed = `line-${i}`;
      const commands = gameWithRewinds(rules, seed, 1 + (i % 6));
      rewinds += rewound(commands);
      const reference = replayFromStart(rules, seed, commands);
      const r = replay(rules, seed, commands);
      expect(stateHash(r.state)).toBe(stateHash(reference.state));
      expect(r.effective).toEqual(reference.effective);
      expect(r.turnStarts).toEqual(reference.turnStarts);
      const until = 1 + (i % reference.state.turn);
      expect(stateHash(replay(rules, seed, commands, until).state)).toBe(
        stateHash(replayFromStart(rules, seed, commands, until).state),
      );
    }
    // The generator's control: the games did rewind, often.
    expect(rewinds).toBeGreaterThanOrEqual(30);
  });

  it('advance, pure, gives the replay’s state after every command and leaves the line it was given as it was', () => {
    const seed = 'advance';
    const commands = gameWithRewinds(rules, seed, 5);
    expect(rewound(commands)).toBe(5);
    let line: Line = openLine(rules, seed);
    const inPlace = openLineInPlace(rules, seed);
    commands.forEach((cmd, i) => {
      const before = line;
      const hashBefore = stateHash(before.state);
      const startsBefore = [...before.starts];
      line = advance(rules, line, cmd);
      advanceInPlace(rules, inPlace, cmd);
      expect(stateHash(before.state)).toBe(hashBefore);
      expect(before.starts).toEqual(startsBefore);
      expect(stateHash(inPlace.state)).toBe(stateHash(line.state));
      if (cmd.type === 'rewind' || i === commands.length - 1)
        expect(stateHash(line.state)).toBe(
          stateHash(replay(rules, seed, commands.slice(0, i + 1)).state),
        );
    });
  });
});

describe('a rewind needs a line of play', () => {
  const rules = miniRules();
  const commitAll: Command[] = rules.scenario.roles.map((r) => ({ type: 'commit', role: r.id }));

  it('goes back to the start of the turn, with the note in the log, on a line', () => {
    let line = openLine(rules, 'back');
    for (const cmd of [...commitAll, ...commitAll]) line = advance(rules, line, cmd);
    expect(line.state.turn).toBe(3);
    const second = line.starts[2]!;
    line = advance(rules, line, { type: 'rewind', turn: 2 });
    expect(line.state.turn).toBe(2);
    expect(line.state.log.slice(0, -1)).toEqual(second.log);
    expect(line.state.log.at(-1)!.title).toEqual({ key: 'fac.rewound', args: { turn: 2 } });
    // The turns after it are no longer on the line.
    expect(line.starts).toHaveLength(3);
  });

  it('is refused on a bare state, which is left as it was', () => {
    const pure = newGame(rules, 'bare');
    const hash = stateHash(pure);
    expect(refusal(() => applyCommand(rules, pure, { type: 'rewind', turn: 1 }))).toBe(
      'no.rewindWithoutLine',
    );
    const own = newGame(rules, 'bare');
    expect(refusal(() => applyCommandInPlace(rules, own, { type: 'rewind', turn: 1 }))).toBe(
      'no.rewindWithoutLine',
    );
    expect(stateHash(own)).toBe(hash);
    // A turn that has not come is refused as before, whatever the line.
    expect(refusal(() => applyCommand(rules, pure, { type: 'rewind', turn: 2 }))).toBe(
      'no.rewindTurn',
    );
  });

  it('is refused, on a line in place, to a turn whose start the line was told it need not keep', () => {
    const line = openLineInPlace(rules, 'kept', (turn) => turn === 2);
    for (const cmd of [...commitAll, ...commitAll]) advanceInPlace(rules, line, cmd);
    expect(refusal(() => advanceInPlace(rules, line, { type: 'rewind', turn: 1 }))).toBe(
      'no.rewindWithoutLine',
    );
    expect(line.state.turn).toBe(3);
    advanceInPlace(rules, line, { type: 'rewind', turn: 2 });
    expect(line.state.turn).toBe(2);
  });
});
