/**
 * The turn in networked play: every table plans at once, and the policies play the roles no
 * team holds. One-screen play takes turns (round 1, round 2); here nobody waits for anybody, so
 * the policies act at the moments their answers are useful:
 *
 * 1. when a turn begins (the game starts, a turn resolves, a rewind): they propose, so the teams
 *    see the policies' proposals while they plan;
 * 2. when a team proposes to a role a policy plays: that policy answers at once, so the team
 *    knows where it stands while it can still change its plan;
 * 3. once every team has committed: they answer what is left, spend their remaining points and
 *    commit; the last commit resolves the turn, and the next begins (1).
 *
 * The planning timer's end commits every team still planning as its orders stand, with
 * `by: 'timer'` so the log says so, and then 3 follows. Every command the policies and the timer
 * give goes through the authority into the log like a team's: a replay needs no conductor.
 */
import { humanRoles, policyRoles, type Authority, type Game } from '../authority';
import type { Command, GameState, RoleId } from '../engine';

function turnBegan(before: GameState, after: GameState): boolean {
  return after.turn !== before.turn || (after.status === 'ended') !== (before.status === 'ended');
}

/** The team roles still planning. */
export function openTeams(game: Game): RoleId[] {
  return humanRoles(game).filter((r) => !game.state.roles.find((x) => x.id === r)?.committed);
}

/** Whether every team has committed (and there is a team: policies alone never race a game). */
function teamsDone(game: Game): boolean {
  return humanRoles(game).length > 0 && openTeams(game).length === 0;
}

/**
 * Lets the policies act until the game waits for a team again. `began`: a turn has just begun.
 * Returns whether a turn resolved (or the game ended) on the way.
 */
function settle(a: Authority, began: boolean): boolean {
  let resolved = false;
  // Each pass resolves at most one turn; a game has at most `turns` of them.
  for (let pass = 0; pass <= a.game().rules.scenario.turns; pass++) {
    const before = a.game().state;
    if (before.status !== 'planning') return resolved;
    if (began) a.playPolicies('propose');
    if (!teamsDone(a.game())) return resolved;
    a.playPolicies('respond');
    a.playPolicies('complete');
    a.commitPolicies();
    if (!turnBegan(before, a.game().state)) return resolved;
    resolved = true;
    began = true;
  }
  return resolved;
}

/** The game has started: the policies make their first proposals. */
export function startGame(a: Authority): void {
  settle(a, true);
}

/**
 * What follows a command a seat gave and the authority applied (`before`: the state before it).
 * Returns whether a turn began since `before` (resolved, ended or rewound).
 */
export function afterCommand(a: Authority, cmd: Command, before: GameState): boolean {
  const began = cmd.type === 'rewind' || turnBegan(before, a.game().state);
  if (!began && cmd.type === 'propose') {
    const policies = policyRoles(a.game());
    if (cmd.partners.some((p) => policies.includes(p))) a.playPolicies('respond');
  }
  return settle(a, began) || began;
}

/** The seating changed (a role went to a policy): the teams left may all have committed. */
export function afterSeating(a: Authority): boolean {
  return settle(a, false);
}

/** The planning time is up: the teams still planning are committed as they stand. */
export function timeUp(a: Authority): boolean {
  const before = a.game().state;
  if (before.status !== 'planning' || before.paused) return false;
  a.submitAll(openTeams(a.game()).map((role): Command => ({ type: 'commit', role, by: 'timer' })));
  return settle(a, turnBegan(before, a.game().state)) || turnBegan(before, a.game().state);
}
