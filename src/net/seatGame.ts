/**
 * A seat's view as the engine's functions and the screens take a game: the state with the
 * parts the host keeps to itself filled with blanks (no seed, a zero generator, another role's
 * action points and facts unknown), the rules compiled from the scenario as the seat knows it.
 *
 * What is blank is never read as the truth: a page on a host applies no command itself, it only
 * draws and asks the engine whether an order the team is drafting is open to it.
 */
import { compileRules, type GameState, type LogEntry, type Rules } from '../engine';
import type { Scenario } from '../format';
import { makeGame, type Game, type Seating } from '../authority';
import type { RoleSeating, SeatScenario, SeatView } from './protocol';

/** The state as the engine's functions take it, from what the host sent a seat. */
export function seatGameState(view: SeatView, log: LogEntry[]): GameState {
  return {
    ...view.state,
    seed: '',
    rng: { c: 0, s0: 0, s1: 0, s2: 0 },
    nextId: 0,
    log,
    roles: view.state.roles.map((r) => ({ apLeft: 0, knows: [], ...r })),
  };
}

const rulesOf = new WeakMap<SeatScenario, Rules>();

/**
 * The rules of a scenario as a seat knows it, compiled once per scenario object. A team's lacks
 * the injects to come and the deck: the engine reads those only to resolve, which the host does.
 */
export function seatRules(scenario: SeatScenario): Rules {
  let rules = rulesOf.get(scenario);
  if (!rules) {
    rules = compileRules(scenario as unknown as Scenario);
    rulesOf.set(scenario, rules);
  }
  return rules;
}

/**
 * The name a team gave itself, if it gave one: a device that gave none is seated under its
 * role's id by the host, and the page then words a default name in its own language.
 */
export function teamNameOf(r: RoleSeating): string | undefined {
  const name = r.team?.trim();
  return name && name !== r.role ? name : undefined;
}

/** Who plays each role, as the screens' `Seating` (a role still open counts as a team's). */
export function seatingOf(roles: RoleSeating[], teamName: (role: string) => string): Seating {
  const seating: Seating = {};
  for (const r of roles)
    seating[r.role] =
      r.by === 'policy'
        ? { kind: 'policy', policy: 'cooperative' }
        : { kind: 'team', name: teamNameOf(r) ?? teamName(r.role) };
  return seating;
}

export function seatGame(
  view: SeatView,
  log: LogEntry[],
  scenario: SeatScenario,
  teamName: (role: string) => string,
): Game {
  return makeGame({
    rules: seatRules(scenario),
    seed: '',
    commands: [],
    state: seatGameState(view, log),
    seats: seatingOf(view.roles, teamName),
    bundledFile: null,
    scenarioText: null,
  });
}
