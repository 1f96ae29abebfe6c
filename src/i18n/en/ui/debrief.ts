/** Interface strings: debrief, the after-action review on screen (English, the reference every
 * language follows). */
import { formatter } from '../../format';
import { names } from '../../names';

const f = formatter('en');
/** An incident at its place, said once when its title names the place already. */
const at = (title: string, district: string) =>
  names(title, district) ? title : `${title} in ${district}`;

export const debrief = {
  // The sections, as the side navigation lists them.
  nav: {
    overview: 'Overview',
    objectives: 'Objectives',
    timeline: 'Timeline',
    charts: 'Charts',
    moments: 'Key moments',
    coordination: 'Coordination',
    facts: 'Who knew what, when',
    roles: 'Strengths and improvements',
    questions: 'Discussion questions',
    notes: 'Facilitator notes',
    evaluation: 'Evaluation',
    plan: 'Improvement plan',
    log: 'The whole log',
  },
  navLabel: 'Sections of the debrief',

  // The head and the exports.
  eyebrow: 'After-action review',
  title: (title: string) => `Debrief: ${title}`,
  /** `done` turns played of `total`. */
  meta: (done: number, total: number, seed: string, hash: string) =>
    `${f.num(done)} of ${f.plural(total, { one: '# turn', other: '# turns' })} played \u00b7 seed ${seed} \u00b7 state ${hash}`,
  /** On a host: the seed and the state stay there. */
  metaOnHost: (done: number, total: number) =>
    `${f.num(done)} of ${f.plural(total, { one: '# turn', other: '# turns' })} played`,
  openReplay: '\u25b6 Replay turn by turn',
  backConsole: '\u2190 Console',
  backResults: '\u2190 Results',
  backExercise: '\u2190 Back to the exercise',
  exportsLabel: 'Export the debrief',
  exportIn: 'Export in',
  exportInHint: 'The language of the exported report and CSV; the screen stays in its own.',
  exportMarkdown: '\u2913 Report (Markdown)',
  exportJson: '\u2913 Full log (JSON save)',
  exportCsv: '\u2913 Indicators (CSV)',
  print: 'Print or save as PDF',
  /** Beside the print button: the log is an appendix of many pages, printed only when asked. */
  printWholeLog: 'Include the whole log',
  /** A role with the team that played it: "UN Police (Blue team)". */
  seat: (role: string, team: string) => `${role} (${team})`,

  // Overview.
  overviewTitle: 'Exercise overview',
  accomplished: '\u2714 Mission accomplished',
  notAccomplished: '\u2716 Mission not accomplished',
  inProgress: 'Exercise in progress',
  score: 'Score',
  /** `score` is the score the scenario needs to succeed. */
  scoreOf: (score: number) => `of 100 (${f.num(score)} to succeed)`,
  scoreSoFar: (score: number) => `so far, of 100 (${f.num(score)} to succeed)`,
  result: 'Result',
  ended: (reason: string) => `Ended: ${reason}.`,
  turnOf: (turn: number, turns: number) => `Turn ${turn} of ${turns}`,
  turnsPlayed: 'Turns played',
  playedOf: (done: number, total: number) => `${f.num(done)} of ${f.num(total)}`,
  seed: (seed: string) => `Seed ${seed}`,
  jointActions: 'Joint actions',
  jointOf: (count: number, total: number) =>
    `${f.num(count)} of ${f.plural(total, { one: '# action', other: '# actions' })}`,
  incidentsResolved: 'Incidents resolved',
  failedCount: (n: number) => `${f.num(n)} failed`,
  theExercise: 'The exercise',
  learningObjectives: 'Learning objectives',

  // Objectives.
  objectivesTitle: 'Objectives: met or not, and the evidence',
  /** `done` of `total` mission objectives met. */
  objectivesLede: (done: number, total: number) =>
    `${f.num(done)} of ${f.plural(total, { one: '# mission objective', other: '# mission objectives' })} met. Open an entry to see its roll and what it changed.`,
  met: '\u2714 Met',
  notMet: '\u2716 Not met',
  nowTarget: (value: number, target: string) => `Now ${f.num(value)}, target ${target}`,
  points: (n: number) => f.plural(n, { one: '# point', other: '# points' }),
  evidence: 'Evidence from the log',
  noEvidence: 'No single action moved it.',
  turnDot: (turn: number) => `Turn ${turn} \u00b7 `,
  entryMissing: 'The entry is not in the log.',
  noRoll: 'No roll: this was not left to chance.',
  rating: 'Facilitator\u2019s rating',
  quoted: (text: string) => `\u201c${text}\u201d`,
  privateTitle: 'Private objectives of the roles',
  colRole: 'Role',
  colObjective: 'Objective',
  colNow: 'Now',
  colResult: 'Result',
  colRating: 'Rating',

  // Timeline.
  timelineTitle: 'Timeline of decisions and outcomes',
  nothingYet: 'Nothing has happened yet.',
  turn: (turn: number) => `Turn ${turn}`,
  succeeded: 'succeeded',
  failed: 'failed',
  /** What a timeline mark stands for, for screen readers. */
  kinds: {
    briefing: 'briefing',
    inject: 'inject',
    event: 'event',
    order: 'order',
    share: 'intelligence shared',
    leak: 'leak',
    move: 'movement',
    joint: 'joint action',
    solo: 'solo action',
    incident: 'incident',
    drift: 'drift',
    objective: 'objective',
    facilitator: 'facilitator action',
    end: 'end of the exercise',
    message: 'message between teams',
  },
  facilitatorNote: (note: string) => `\u270e Facilitator: ${note}`,
  /** The mark of an outcome the facilitator overruled, for screen readers. */
  overruled: 'overruled by the facilitator',
  overruledNote: (reason: string) => `Overruled by the facilitator: ${reason}`,

  // Charts.
  chartsTitle: 'Indicators and trust over the turns',
  higherBetter: (name: string) => `${name} (higher is better)`,
  lowerBetter: (name: string) => `${name} (lower is better)`,
  indicatorsFor: 'Indicators for',
  wholeArea: 'The whole mission area (average)',
  indicatorsIn: (district: string) => `Indicators in ${district}`,
  indicatorsAverage: 'Indicators, average of all districts',
  chartIn: (district: string) => `Indicators in ${district} per turn`,
  chartAverage: 'Mission-wide average of each indicator per turn',
  axisTurn: 'Turn',
  axisValue: 'Value (scale 0\u2013100)',
  trustTitle: 'Trust between each pair of roles',
  chartTrust: 'Trust between each pair of roles per turn',
  axisTrust: 'Trust (scale 0\u2013100)',

  // Key moments.
  momentsTitle: 'Key moments: the largest swings and the decisions behind them',
  noMoments: 'No large swings yet.',
  swing: (n: number) => `Swing ${f.num(n)}`,
  why: (why: string) => `Why: ${why}`,

  // Coordination.
  coordinationTitle: 'Coordination',
  /** The parts of the joint-actions note: "4 joint, 3 solo; 1 proposal lapsed". */
  jointCount: (n: number) => `${f.num(n)} joint`,
  soloCount: (n: number) => `${f.num(n)} solo`,
  lapsedCount: (n: number) => `${f.plural(n, { one: '# proposal', other: '# proposals' })} lapsed`,
  intelShared: 'Intelligence shared',
  leaks: (n: number) => f.plural(n, { one: '# leak', other: '# leaks' }),
  intelHeld: 'Intelligence held back',
  intelHeldNote: 'facts that never reached a role they would have helped',
  incidents: 'Incidents',
  resolvedFailed: 'resolved / failed',
  responseTime: 'Response time',
  responseTimeNote: 'turns from an incident opening to its close, on average',
  heldTitle: 'Incidents that held intelligence would have changed',
  noHeld: 'None: no incident failed while a role held back a fact that would have helped.',
  turnColon: (turn: number) => `Turn ${turn}: `,

  // Who knew what, when.
  factsTitle: 'Who knew what, when',
  factsLede:
    'For each piece of intelligence: who held it on each turn (\u25cf held, \u25c9 received that turn), when it was shared, the incidents it bore on (\u26a0 opened, \u2714 resolved, \u2716 failed), and who it never reached.',
  heldOn: (turn: number) => `held on turn ${turn}`,
  notHeldOn: (turn: number) => `not held on turn ${turn}`,
  turnShort: (turn: number) => `T${turn}`,
  incidentsRow: 'Incidents',
  holder: (role: string, turn: number, how: string) => `${role}: from turn ${turn} (${how})`,
  shared: (turn: number, from: string, to: string) => `Turn ${turn}: shared by ${from} with ${to}`,
  itLeaked: ' \u2014 it leaked',
  incidentLine: (title: string, district: string, opened: number, status: string) =>
    `\u26a0 ${at(title, district)}: opened turn ${opened}, ${status}`,
  incidentLineClosed: (
    title: string,
    district: string,
    opened: number,
    status: string,
    closed: number,
  ) => `\u26a0 ${at(title, district)}: opened turn ${opened}, ${status} on turn ${closed}`,
  /** `{roles}` is where the list of roles goes. */
  neverReached: 'Never reached: {roles}, whose actions it would have helped.',

  // Strengths and areas for improvement.
  rolesTitle: 'Strengths and areas for improvement',
  strengths: 'Strengths',
  improvements: 'Areas for improvement',
  noneStoodOut: 'None stood out.',

  // Discussion questions.
  questionsTitle: 'Discussion questions',
  fromScenario: 'From the scenario',
  fromGame: 'From this game',

  // The facilitator's notes.
  notesTitle: 'The facilitator\u2019s annotations and rulings',
  annotations: (n: number) => f.plural(n, { one: '# annotation', other: '# annotations' }),
  noAnnotations: 'No annotations. Annotate log entries from the facilitator\u2019s console.',
  annotationOn: (turn: number, title: string) => `Turn ${turn}, on \u201c${title}\u201d`,
  actionsTitle: 'Facilitator actions: injects, adjustments, overrules, pauses',
  none: 'None.',
  releasedTitle: 'Injects the facilitator released',

  // Evaluation.
  evaluationTitle: 'Evaluation',
  evaluationLede:
    'For each objective: its criterion, the result the log shows, and the facilitator\u2019s rating with notes. Ratings can be given during play (in the console) or here, after.',
  colCriterion: 'Criterion',
  colRatingNotes: 'Rating and notes',
  resultValue: (result: string, value: number) => `${result} (${f.num(value)})`,
  changeRating: 'Change the rating',
  rateIt: 'Rate it',

  // The plan and the log.
  planTitle: 'Improvement plan',
  planLede:
    'Corrective actions with an owner and a due date; they go into the Markdown report and the save.',
  logTitle: 'The whole log',
  /** `why` is the label of the button that opens a roll ("Why?"). */
  logLede: (why: string) =>
    `Every entry is open to everyone now, the teams\u2019 private ones included. Filter by turn, role or district; open \u201c${why}\u201d for the rolls.`,
};
