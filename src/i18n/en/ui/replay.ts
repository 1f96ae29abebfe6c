/** Interface strings: replay, the replay stepper and the what-if branch (English, the reference
 * every language follows). */
import { formatter } from '../../format';

const f = formatter('en');

export const replay = {
  // The stepper.
  eyebrow: 'Replay',
  turnStart: (turn: number) => `Turn ${turn}: its start`,
  turnEnd: (turn: number) => `Turn ${turn}: its end`,
  turnNow: (turn: number) => `Turn ${turn}: now`,
  atStart: 'The briefing: what the teams knew before they planned.',
  afterResolution: 'After the resolution.',
  afterResolutionScore: (score: number) => `After the resolution: score ${f.num(score)} of 100.`,
  stillPlayed: 'This turn is still being played.',
  stepLabel: 'Step through the game',
  prev: '\u25c0 Back',
  next: 'Forward \u25b6',
  turnLabel: 'Turn',
  edgeLabel: 'Start or end of the turn',
  startOfTurn: 'Start of the turn',
  endOfTurn: 'End of the turn',
  nothingHere: 'Nothing in the log here.',
  branchNeedsResolved: 'A branch starts from a turn the game has resolved.',
  branchFrom: (turn: number) => `What if\u2026 branch from turn ${turn}`,
  backConsole: '\u2190 Console',
  backDebrief: '\u2190 Debrief',
  mapLabel: 'Map of that moment',

  // The what-if set-up.
  proposalWith: (proposal: string, partners: string) => `${proposal}, with ${partners}`,
  proposalAlone: (proposal: string) => `${proposal}, with no partners`,
  whichTeam: 'The team whose orders change',
  roleSeat: (role: string, seat: string) => `${role} (${seat})`,
  whatTheyDid: (turn: number) => `What they did in turn ${turn}`,
  noOrders: 'No orders.',
  theirOrders: (turn: number) => `Their orders for turn ${turn} in the branch`,
  byPolicy: 'Played by the computer:',
  policyLabel: 'How the computer plays the changed turn',
  policies: {
    cooperative: 'cooperative (works jointly, shares what matters)',
    siloed: 'siloed (acts alone, shares nothing)',
    random: 'random (any legal order)',
  },
  /** A way of playing, inside a sentence ("played by the computer, cooperative"). */
  policyNames: { cooperative: 'cooperative', siloed: 'siloed', random: 'random' },
  newOrdersHere: 'New orders, built here (starting from what they did)',
  newOrders: (n: number) => `New orders (${f.num(n)})`,
  remove: 'Remove',
  noneThatTurn: 'None: the team does nothing that turn.',
  addOrder: 'Add an order',
  added: (name: string) => `Added to the branch: ${name}.`,
  laterTurns: 'The turns after it',
  asRecorded: 'As recorded (real orders still legal)',
  everyRoleBy: (policy: string) => `Every role played by the computer, ${policy}`,
  whatIfEyebrow: 'What-if',
  whatIfTitle: (turn: number) => `What if\u2026 from turn ${turn}`,
  rulesTitle: 'How the branch is played',
  ruleBefore: (turn: number) =>
    `Up to the start of turn ${turn}: exactly the real game, with the same seed.`,
  ruleTurn: (turn: number) =>
    `Turn ${turn}: the chosen team\u2019s orders are replaced; its answers to others\u2019 proposals stay as recorded when you build the orders. The other teams\u2019 recorded orders are replayed where still legal. A partner answers a repeated proposal as it did; a new proposal is accepted by each partner who has the action points.`,
  ruleLater: 'Later turns: as you choose below; then every role commits.',
  ruleKept:
    'Injects you released or skipped and your adjustments are kept; overrules, annotations and ratings are left out.',
  ruleStops:
    'The branch stops where the real game stands (and ends when it ended), so both are scored at the same turn. It never changes the real game.',
  play: '\u25b6 Play the branch',
  branchFailed: (error: string) => `The branch could not be played: ${error}`,
  backReplay: '\u2190 Back to the replay',

  // The two outcomes.
  outOf100Accomplished: 'of 100 \u00b7 \u2714 mission accomplished',
  outOf100NotAccomplished: 'of 100 \u00b7 \u2716 mission not accomplished',
  outOf100SoFar: (turn: number) => `of 100 so far, after turn ${turn}`,
  changePolicy: (role: string, policy: string, turn: number) =>
    `${role} played by the computer (${policy}) in turn ${turn}`,
  changeOrders: (role: string, count: number, turn: number) =>
    `${role} with ${f.plural(count, { one: '# new order', other: '# new orders' })} in turn ${turn}`,
  laterRecorded: 'later turns as recorded',
  laterPolicy: (policy: string) => `later turns played by the computer (${policy})`,
  summary: (change: string, later: string) => `What-if: ${change}; ${later}.`,
  skipped: (n: number) =>
    `${f.plural(n, { one: '# recorded command', other: '# recorded commands' })} no longer legal in the branch ${n === 1 ? 'was' : 'were'} left out.`,
  allApplied: 'Every recorded command still applied.',
  sideBySide: 'The two outcomes side by side',
  realGame: 'Real game',
  whatIf: 'What-if',
  objective: 'Objective',
  real: 'Real',
  averageAll: 'Average of all districts',
  difference: 'Difference',
  chart: 'Chart',
  score: 'Score',
  average: (indicator: string) => `${indicator} (average)`,
  chartTitle: (what: string) => `${what} per turn: real game and what-if`,
  axisAverage: 'Average (0\u2013100)',
  axisScore: 'Score (0\u2013100)',
  hashes: (branch: string, real: string) => `Branch state ${branch}; real state ${real}.`,
  outcomes: 'Outcomes',
  choicesChanged: 'The choices changed: play the branch again to compare.',
  chooseFirst:
    'Choose the change on the left, then \u201cPlay the branch\u201d. The real game stays as it is.',
};
