/**
 * For the tests of rewinds: the replay as it was before lines of play, as the reference the
 * engine must still agree with, and games with rewinds in them, legal and random.
 */
import seedrandom from 'seedrandom';
import {
  applyCommandInPlace,
  CommandError,
  newGame,
  PLAN_STEPS,
  planStep,
  ReplayError,
  type Command,
  type GameState,
  type Replayed,
  type Rules,
} from '../../src/engine';
import { addLog } from '../../src/engine/log';
import { msg } from '../../src/engine/messages';
import { seedRng } from '../../src/engine/rng';

/**
 * `replay` as commit 9164788 had it: a rewind rebuilt the earlier game by replaying, from the
 * first command, the commands kept before the start of the turn it names (recursively, rewinds
 * among them included), then logged its note. Its work grows with the square of the input.
 */
export function replayFromStart(
  rules: Rules,
  seed: string,
  commands: readonly Command[],
  untilTurn?: number,
): Replayed {
  let state = newGame(rules, seed);
  let effective: Command[] = [];
  let turnStarts = [0, 0];
  for (let i = 0; i < commands.length; i++) {
    const cmd = commands[i]!;
    if (untilTurn !== undefined && state.turn > untilTurn) break;
    try {
      if (cmd.type === 'rewind') {
        if (cmd.turn < 1 || cmd.turn > state.turn)
          throw new CommandError(msg('no.rewindTurn', { to: state.turn }));
        const kept = effective.slice(0, turnStarts[cmd.turn]);
        ({ state, effective, turnStarts } = replayFromStart(rules, seed, kept));
        // What applying the rewind then did: the facilitator's note, nothing else.
        addLog(
          { rules, s: state, rng: seedRng('unused') },
          {
            phase: 'facilitator',
            kind: 'facilitator',
            title: msg('fac.rewound', { turn: cmd.turn }),
            roles: [],
            visibleTo: 'all',
            effects: [],
          },
        );
      } else applyCommandInPlace(rules, state, cmd);
    } catch (e) {
      if (e instanceof CommandError) throw new ReplayError(e.problem, `$.commands[${i}]`, cmd.type);
      throw e;
    }
    effective.push(cmd);
    if (turnStarts[state.turn] === undefined) turnStarts[state.turn] = effective.length;
  }
  return { state, effective, turnStarts };
}

/**
 * A legal game played by the random policy, with up to `rewinds` rewinds to random turns at
 * random moments (mid-turn, after a turn, after the end), and the facilitator's adjustments
 * between. The state is rebuilt by the reference replay after each rewind, so the game does not
 * depend on the code under test.
 */
export function gameWithRewinds(rules: Rules, seed: string, rewinds: number): Command[] {
  const rng = seedrandom.alea(`rewinds/${seed}`);
  const roles = rules.scenario.roles.map((r) => r.id);
  const commands: Command[] = [];
  let state: GameState = newGame(rules, seed);
  let left = rewinds;
  const apply = (cmd: Command) => {
    applyCommandInPlace(rules, state, cmd);
    commands.push(cmd);
  };
  for (let moves = 0; moves < 400 && (state.status === 'planning' || left > 0); moves++) {
    const roll = rng();
    if (left > 0 && (roll < 0.12 || state.status === 'ended')) {
      left--;
      commands.push({ type: 'rewind', turn: 1 + Math.floor(rng() * state.turn) });
      state = replayFromStart(rules, seed, commands).state;
    } else if (roll < 0.2) {
      const district = rules.scenario.districts[Math.floor(rng() * rules.districtIndex.size)]!;
      apply({
        type: 'adjust',
        district: district.id,
        indicator: 'tension',
        delta: Math.floor(rng() * 11) - 5,
        reason: 'the class asked what if',
      });
    } else if (roll < 0.6) {
      planStep(rules, state, roles, 'random', PLAN_STEPS[Math.floor(rng() * 3)]!, commands);
    } else {
      for (const role of roles)
        if (!state.roles.find((r) => r.id === role)!.committed && state.status === 'planning')
          apply({ type: 'commit', role });
    }
  }
  return commands;
}
