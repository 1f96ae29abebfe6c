/**
 * The replay's states, built once per game state: the timeline of the recorded commands, the
 * state at the start or the end of any turn, and the what-if builder's scratch state. Caches are
 * keyed on the game's state object, so a new command drops them.
 */
import { applyCommand, commandProblem, type GameState } from '../../engine';
import type { Game, WhatIfSetup } from '../../store';
import { stateAtEnd, stateAtStart, timeline, type Timeline } from '../../store/history';

const timelines = new WeakMap<GameState, Timeline>();
const states = new WeakMap<GameState, Map<string, GameState>>();

export function timelineOf(g: Game): Timeline {
  let tl = timelines.get(g.state);
  if (!tl) {
    tl = timeline(g.rules, g.seed, g.commands);
    timelines.set(g.state, tl);
  }
  return tl;
}

export function stateAt(g: Game, turn: number, edge: 'start' | 'end'): GameState {
  let m = states.get(g.state);
  if (!m) {
    m = new Map();
    states.set(g.state, m);
  }
  const key = `${turn}:${edge}`;
  let st = m.get(key);
  if (!st) {
    const tl = timelineOf(g);
    st =
      edge === 'start'
        ? stateAtStart(g.rules, g.seed, tl, turn)
        : stateAtEnd(g.rules, g.seed, tl, turn);
    m.set(key, st);
  }
  return st;
}

/** The start-of-turn state with the new orders so far applied: what the builder checks against. */
export function scratchState(g: Game, w: WhatIfSetup): GameState {
  let st = stateAt(g, w.turn, 'start');
  for (const c of w.orders) {
    if (commandProblem({ rules: g.rules, s: st }, c) === null) st = applyCommand(g.rules, st, c);
  }
  return st;
}

/** What a played branch was played from: the real game and the choices made. */
export function branchKey(g: Game, w: WhatIfSetup): string {
  return `${g.hash}|${JSON.stringify(w)}`;
}

/** Half a turn at a time: position 0 is the start of turn 1, 1 its end, 2 the start of turn 2... */
export function replayPosition(turn: number, edge: 'start' | 'end'): number {
  return (turn - 1) * 2 + (edge === 'end' ? 1 : 0);
}

export function fromPosition(pos: number): { turn: number; edge: 'start' | 'end' } {
  return { turn: Math.floor(pos / 2) + 1, edge: pos % 2 === 0 ? 'start' : 'end' };
}
