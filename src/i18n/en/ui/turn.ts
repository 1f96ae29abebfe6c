/** Interface strings: turn, the briefing, hand-over, report and end screens (English, the reference
 * every language follows). */
import { formatter } from '../../format';

const f = formatter('en');
/** "the Police team" for a name ending in "team", the bare name ("Blue") otherwise. */
const teamPhrase = (name: string) => (/\bteam$/i.test(name) ? `the ${name}` : name);

export const turn = {
  briefing: 'Briefing',
  situation: 'The situation',
  newThisTurn: 'New this turn',
  nothingNew: 'Nothing new in public this turn',
  /** `counts` lists each role's short name with its number of private messages. */
  privateWaiting: (counts: string) =>
    `Private messages wait on the teams\u2019 own screens: ${counts}.`,
  openIncidents: (n: number) => f.plural(n, { one: '# open incident', other: '# open incidents' }),
  incidentWhere: (district: string, turnsLeft: number) =>
    `in ${district}, ${f.plural(turnsLeft, { one: '# turn', other: '# turns' })} left.`,
  planningOrder: 'Planning order',
  playedByComputer: (roles: string) => `Played by the computer: ${roles}.`,
  beginPlanning: (team: string) => `Begin planning: ${team} first`,
  computerPlans: 'Let the computer plan',

  round1of2: 'Round 1 of 2: plan and propose',
  round2of2: 'Round 2 of 2: answer and commit',
  passTo: (team: string) => `Pass the screen to ${teamPhrase(team)}`,
  lookAway:
    'Other teams, please look away: the next screen shows this team\u2019s intelligence and orders.',
  weAre: (team: string) => `We are ${teamPhrase(team)}: show our screen`,

  resolution: 'Resolution',
  reportTitle: (turn: number) => `Turn ${turn} report`,
  entries: (n: number) => f.plural(n, { one: '# entry', other: '# entries' }),
  succeeded: (done: number, total: number) =>
    `${done} of ${f.plural(total, { one: '# roll', other: '# rolls' })} succeeded`,
  hiddenPrivate: (n: number) => `${n} private, in the teams\u2019 logs`,
  stepThrough: 'Step through the report',
  previous: 'Previous',
  next: 'Next',
  position: (i: number, n: number) => `${i} of ${n}`,
  nothingToReport: 'Nothing to report',
  seeEnd: 'See how the exercise ended',
  startTurn: (turn: number) => `Start turn ${turn}`,

  notEnded: 'The exercise has not ended.',
  over: 'The exercise is over',
  accomplished: 'Mission accomplished',
  notAccomplished: 'Mission not accomplished',
  scoreOf: (winScore: number) => `of 100 (success needs ${winScore})`,
  endedBecause: (reason: string) => `The exercise ended because ${reason}.`,
  missionObjectives: 'Mission objectives',
  privateObjectives: 'Private objectives',
  colObjective: 'Objective',
  colNow: 'Now',
  colPoints: 'Points',
  colResult: 'Result',
  colRole: 'Role',
  met: 'Met',
  notMet: 'Not met',
  openDebrief: 'Open the debrief',
  newExercise: 'New exercise',
};
