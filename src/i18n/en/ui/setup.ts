/** Interface strings: setup, seating the teams and choosing the seed (English, the reference every
 * language follows). */
import { formatter } from '../../format';

const f = formatter('en');

export const setup = {
  eyebrow: 'Set up the exercise',
  readSetting: 'Read the setting',
  objectives: 'Learning objectives',
  warnings: (n: number) =>
    `${f.plural(n, { one: '# warning', other: '# warnings' })} about this scenario`,
  formLabel: 'Seating and seed',
  whoPlays: 'Who plays which role',
  whoPlaysHelp:
    'Each team plans in turn on this screen. A role with no team is played by the computer, so two teams can play a three-role scenario.',
  apPerTurn: (n: number) =>
    `${f.plural(n, { one: '# action point', other: '# action points' })} a turn`,
  playedBy: 'Played by',
  aTeam: 'A team at this screen',
  /** The computer's ways of playing a role, by policy id. */
  policies: {
    cooperative: 'Computer: cooperative (shares, proposes, accepts)',
    siloed: 'Computer: siloed (works alone)',
    random: 'Computer: random',
  },
  teamName: 'Team name',
  computerPlays:
    'The computer plays this role with what its card allows; its moves are recorded like a team\u2019s.',
  seedTitle: 'Seed',
  seedLabel: 'Seed (the same seed and orders give the same game)',
  newSeed: 'New seed',
  facilitatorView:
    'Facilitator view: show every log entry, including each team\u2019s private ones',
  pinLabel: 'Facilitator PIN (optional)',
  pinHelp:
    'Keeps the teams out of the console: 4 to 12 digits, asked before the console or the facilitator view opens.',
  replacesSave: (title: string, turn: number) =>
    `Starting replaces the game saved in this browser (${title}, turn ${turn}). Export it first from its top bar to keep it.`,
  start: 'Start the exercise',
  orContinue: 'Or continue a game of this scenario from a save file:',
};
