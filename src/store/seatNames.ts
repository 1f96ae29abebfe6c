/**
 * How seats are named for people: a team's default name in the reader's language, and the name
 * a hand-over screen uses. The seats themselves (who plays what) are the authority's.
 */
import type { RoleId, Rules } from '../engine';
import type { Game, Seating } from '../authority';
import { humanise, LOCALES, pickText, type Lang, type Locale } from '../i18n';
import { TEAM_NAMES } from '../i18n/teamNames';

/**
 * A team's name until the facilitator types one, in `L`'s language: "Military team", or the
 * role's short name when several roles share its kind ("UNPOL team"). The set-up screen offers
 * it; once the game starts it is the team's name like any typed one, and is never translated.
 */
export function defaultTeamName(L: Lang, rules: Rules, role: RoleId): string {
  return defaultTeamNameIn(L.locale, rules, role);
}

function defaultTeamNameIn(locale: Locale, rules: Rules, role: RoleId): string {
  const card = rules.role(role);
  const t = TEAM_NAMES[locale];
  const sameKind = rules.scenario.roles.filter((r) => r.kind === card.kind).length;
  if (sameKind > 1) return t.team(pickText(card.short, locale, rules.scenario.language ?? 'en'));
  return t.kindTeam[card.kind as keyof typeof t.kindTeam] ?? t.team(humanise(card.kind));
}

export function defaultSeats(L: Lang, rules: Rules): Seating {
  const seats: Seating = {};
  for (const r of rules.scenario.roles) {
    seats[r.id] = { kind: 'team', name: defaultTeamName(L, rules, r.id) };
  }
  return seats;
}

/**
 * A team's name as typed. A name nobody typed (the default "Police team", in any language) is
 * worded in the reader's language, so a switch mid-game does not leave "Equipo policial" on a
 * French screen.
 */
export function teamName(L: Lang, rules: Rules, role: RoleId, name: string): string {
  // In every language, loaded here or not: the words are not the catalogues'.
  const isDefault = LOCALES.some((l) => defaultTeamNameIn(l, rules, role) === name);
  return isDefault ? defaultTeamName(L, rules, role) : name;
}

/**
 * The name the hand-over screen uses: the team's, or the role's when a policy plays it
 * ("Police (cooperative)").
 */
export function seatName(L: Lang, game: Pick<Game, 'seats' | 'rules'>, role: RoleId): string {
  const seat = game.seats[role];
  if (seat?.kind === 'team') return teamName(L, game.rules, role, seat.name);
  const policies = L.ui.app.seats.policies;
  const policy = seat ? (policies[seat.policy as keyof typeof policies] ?? seat.policy) : '';
  return L.ui.app.seats.played(L.text(game.rules.role(role).name), policy);
}
