/**
 * Who plays each role: a team of people, or one of the engine's policies. The authority runs
 * the policies for the roles they play; the people's side (names, devices) is the caller's.
 */
import { isPolicyId, type PolicyId, type RoleId, type Rules } from '../engine';

export type Seat = { kind: 'team'; name: string } | { kind: 'policy'; policy: PolicyId };

/** Every role of a scenario, seated. */
export type Seating = Record<RoleId, Seat>;

/** A team name as typed: long enough for "Civil Affairs and Humanitarian Liaison". */
export const MAX_TEAM_NAME = 100;

type Seated = { seats: Seating; rules: Rules };

/** The roles people play, in the scenario's order. */
export function humanRoles(game: Seated): RoleId[] {
  return game.rules.scenario.roles
    .map((r) => r.id)
    .filter((id) => game.seats[id]?.kind !== 'policy');
}

/** The roles a policy plays, in the scenario's order. */
export function policyRoles(game: Seated): RoleId[] {
  return game.rules.scenario.roles
    .map((r) => r.id)
    .filter((id) => game.seats[id]?.kind === 'policy');
}

/** A seat read from a file or another window, when it is one. */
export function parseSeat(value: unknown): Seat | null {
  if (!value || typeof value !== 'object') return null;
  const seat = value as { kind?: unknown; name?: unknown; policy?: unknown };
  if (seat.kind === 'team') {
    const { name } = seat;
    if (typeof name !== 'string' || !name.trim() || name.length > MAX_TEAM_NAME) return null;
    return { kind: 'team', name };
  }
  if (seat.kind === 'policy' && typeof seat.policy === 'string' && isPolicyId(seat.policy)) {
    return { kind: 'policy', policy: seat.policy };
  }
  return null;
}

/**
 * The seating a file or another window carries, when it seats every role of the scenario
 * soundly and (unless `needTeam` is false: a simulation) at least one role is played by
 * people; null otherwise.
 */
export function parseSeating(rules: Rules, value: unknown, needTeam = true): Seating | null {
  if (!value || typeof value !== 'object') return null;
  const rec = value as Record<string, unknown>;
  const seats: Seating = {};
  for (const r of rules.scenario.roles) {
    const seat = Object.hasOwn(rec, r.id) ? parseSeat(rec[r.id]) : null;
    if (!seat) return null;
    seats[r.id] = seat;
  }
  return !needTeam || Object.values(seats).some((x) => x.kind === 'team') ? seats : null;
}

/**
 * The seats of `old` for the roles `rules` still has, each checked, and `fallback` for the
 * others; `fallback` itself when no team would be left.
 */
export function keptSeats(rules: Rules, old: unknown, fallback: Seating): Seating {
  const rec = old && typeof old === 'object' ? (old as Record<string, unknown>) : {};
  const seats: Seating = {};
  for (const r of rules.scenario.roles) {
    seats[r.id] = (Object.hasOwn(rec, r.id) ? parseSeat(rec[r.id]) : null) ?? fallback[r.id]!;
  }
  return Object.values(seats).some((s) => s.kind === 'team') ? seats : fallback;
}
