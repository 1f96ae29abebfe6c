/**
 * How each language names a team nobody named ("Police team"). Kept apart from the catalogues,
 * which load when a language is first spoken, because a name from a save or from another window
 * must be known for a default in every language, whichever are loaded here
 * (`teamName` in src/store/seatNames.ts). The catalogues word their seats with these.
 */
import type { Locale } from './locale';

export interface TeamNames {
  kindTeam: { military: string; police: string; civilian: string };
  /** The same for a kind the game does not name, or when several roles share a kind. */
  team: (name: string) => string;
}

export const TEAM_NAMES: Record<Locale, TeamNames> = {
  en: {
    kindTeam: { military: 'Military team', police: 'Police team', civilian: 'Civilian team' },
    team: (name) => `${name} team`,
  },
  es: {
    kindTeam: { military: 'Equipo militar', police: 'Equipo policial', civilian: 'Equipo civil' },
    team: (name) => `Equipo ${name}`,
  },
  fr: {
    kindTeam: {
      military: 'Équipe militaire',
      police: 'Équipe de police',
      civilian: 'Équipe civile',
    },
    team: (name) => `Équipe ${name}`,
  },
};
