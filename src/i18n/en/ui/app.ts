/** Interface strings: app, the shell's own dialogs and screens, and how seats are named (English,
 * the reference every language follows). */
import { TEAM_NAMES } from '../../teamNames';

export const app = {
  /** While the screens of a game are fetched (a moment, on a slow network). */
  loadingGame: 'Loading the exercise\u2026',
  /** The console window before the main window has started a game. */
  waiting: {
    eyebrow: 'Facilitator console',
    title: 'Waiting for an exercise',
    lede: 'Start or open an exercise in the main window of this browser. This console follows it as soon as it begins.',
  },
  confirm: {
    title: 'Are you sure?',
    confirm: 'Confirm',
    cancel: 'Cancel',
  },
  endDialog: {
    title: 'End the exercise now?',
    text: 'The objectives are scored as they stand. The reason goes into the log.',
    reason: 'Reason',
    placeholder: 'e.g. time is up for today',
    keepPlaying: 'Keep playing',
    end: 'End the exercise',
  },
  /** The page's title: "Mandate — Harbour Town". */
  documentTitle: (scenario: string) => `Mandate \u2014 ${scenario}`,
  seats: {
    /** A team's name until the facilitator types one, by the role's kind ("Military team"). */
    kindTeam: TEAM_NAMES.en.kindTeam,
    /** The same for a kind the game does not name, or when several roles share a kind ("UNPOL
     * team"). */
    team: TEAM_NAMES.en.team,
    /** A role the computer plays: "Police (cooperative)". */
    played: (role: string, policy: string) => `${role} (${policy})`,
    policies: { cooperative: 'cooperative', siloed: 'siloed', random: 'random' },
  },
};
