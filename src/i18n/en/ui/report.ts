/**
 * Interface strings: report, the after-action report's own wording (English, the reference).
 * Used by the debrief model (strengths, areas for improvement, discussion questions, the "why"
 * of a key moment), the Markdown export and the CSV export's header.
 */
import { formatter } from '../../format';

const f = formatter('en');
const times = (n: number) => f.plural(n, { one: '# time', other: '# times' });

export const report = {
  // Objectives
  /** A target: "at least 60" (a no-break space keeps the number with its words). */
  atLeast: (value: number) => `at least\u00a0${f.num(value)}`,
  atMost: (value: number) => `at most\u00a0${f.num(value)}`,

  // Who knew what
  heldFromStart: 'held from the start',

  // A key moment's roll, in words
  modifier: (value: number, reason: string) => `${f.signed(value)} ${reason}`,
  /** A roll in words; the numbers come formatted, `modifiers` joined with `listSeparator` (empty
   * when none). */
  rollWhy: (chance: string, base: string, modifiers: string, roll: string) =>
    `chance ${chance} (base ${base}${modifiers ? `; ${modifiers}` : ''}), rolled ${roll}`,
  /** Between the items of a list that already has commas in it. */
  listSeparator: '; ',

  // Strengths and areas for improvement of a role
  /** `done` of `total` actions succeeded. */
  mostSucceeded: (done: number, total: number) =>
    `Most of its actions succeeded (${f.num(done)} of ${f.num(total)}).`,
  fewSucceeded: (done: number, total: number) =>
    `Fewer than half of its actions succeeded (${f.num(done)} of ${f.num(total)}): check units on site and intelligence before acting.`,
  /** `count` of `total` actions were joint. */
  workedJointly: (count: number, total: number) =>
    `Worked jointly: ${f.num(count)} of its ${f.plural(total, { one: '# action was', other: '# actions were' })} joint.`,
  rarelyJoint: (count: number, total: number) =>
    `Rarely acted jointly (${f.num(count)} of ${f.plural(total, { one: '# action', other: '# actions' })}).`,
  sharedIntel: (n: number) => `Shared intelligence ${times(n)}.`,
  heldBack: (fact: string, roles: string) =>
    `Held "${fact}", which would have helped ${roles}, and never passed it on.`,
  actedAlone: (n: number) => `Acted alone on another component\u2019s mandate ${times(n)}.`,
  privateMet: (description: string, value: number) =>
    `Private objective met: ${description}; result ${f.num(value)}.`,
  privateNotMet: (description: string, value: number) =>
    `Private objective not met: ${description}; result ${f.num(value)}.`,

  // Discussion questions drawn from the game
  questionHeld: (holders: string, fact: string, incident: string, turn: number) =>
    `${holders} knew "${fact}" before "${incident}" failed on turn ${turn}. What stopped it from being shared?`,
  questionSwing: (turn: number, title: string) =>
    `The largest swing came on turn ${turn}: ${title} What decision led to it, and what would you repeat or change?`,
  questionUnmet: (objective: string) => `What would it have taken to meet "${objective}"?`,
  questionLeaks:
    'Intelligence leaked during the exercise. How could trust have been built before sharing it?',
  questionJointShare: (percent: number) =>
    `Only ${f.percent(percent)} of actions were joint. What kept the components apart?`,

  // The Markdown report
  mdTitle: (title: string) => `After-action report: ${title}`,
  mdExported: (date: string) => `Exported on ${date}.`,
  mdSeed: (seed: string) => `Seed ${seed}`,
  /** `done` turns played of `total`. */
  mdTurnsPlayed: (done: number, total: number) =>
    `${f.num(done)} of ${f.plural(total, { one: '# turn', other: '# turns' })} played`,
  mdAccomplished: (score: number) => `score ${f.num(score)} of 100, mission accomplished`,
  mdNotAccomplished: (score: number) => `score ${f.num(score)} of 100, mission not accomplished`,
  mdInProgress: 'exercise in progress',
  mdEnded: (reason: string) => `Ended: ${reason}.`,
  mdOverview: 'Exercise overview',
  mdLearningObjectives: 'Learning objectives',
  mdObjectives: 'Objectives',
  mdPrivateObjectives: 'Private objectives',
  mdColRole: 'Role',
  mdColObjective: 'Objective',
  mdColTarget: 'Target',
  mdColResult: 'Result',
  mdColMet: 'Met',
  mdColRating: 'Rating',
  mdYes: 'yes',
  mdNo: 'no',
  mdEvidenceFor: (objective: string) => `Evidence for "${objective}":`,
  mdTurnItem: (turn: number, text: string) => `Turn ${turn}: ${text}`,
  mdIndicators: 'Indicators over the turns',
  mdTrust: 'Trust between roles',
  mdStart: 'start',
  mdTurnShort: (turn: number) => `T${turn}`,
  mdKeyMoments: 'Key moments',
  /** `value` is the swing: how far every indicator and trust value moved. */
  mdMoment: (turn: number, title: string, value: number) =>
    `Turn ${turn}: ${title} Swing ${f.num(value)}.`,
  mdWhy: (why: string) => `Why: ${why}.`,
  mdCoordination: 'Coordination',
  /** `count` joint of `total` actions, `percent` of them; `n` proposals lapsed. */
  mdJoint: (count: number, total: number, percent: number, n: number) =>
    `Joint actions: ${f.num(count)} of ${f.plural(total, { one: '# action', other: '# actions' })} (${f.percent(percent)}); ${f.plural(n, { one: '# proposal', other: '# proposals' })} lapsed.`,
  /** The three parts of the intelligence line, joined with `listSeparator`. */
  mdShared: (n: number) => `Intelligence shared ${times(n)}`,
  mdHeldFacts: (n: number) =>
    `${f.plural(n, { one: '# fact', other: '# facts' })} never reached a role it would have helped`,
  mdLeaks: (n: number) => f.plural(n, { one: '# leak', other: '# leaks' }),
  /** `done` incidents resolved, `count` failed; `responseTime` in words. */
  mdIncidents: (done: number, count: number, responseTime: string) =>
    `Incidents resolved ${f.num(done)}, failed ${f.num(count)}; mean response time ${responseTime}.`,
  /** A mean number of turns, already formatted ("1.5"); `one` says whether the language reads it as
   * singular. */
  mdTurnsDecimal: (turns: string, one: boolean) => `${turns} ${one ? 'turn' : 'turns'}`,
  mdHeldMattered: (turn: number, title: string) =>
    `Held intelligence mattered on turn ${turn}: ${title}`,
  mdWhoKnew: 'Who knew what, when',
  mdHolder: (role: string, turn: number, how: string) => `${role} from turn ${turn} (${how})`,
  /** After a fact's title: who held it. */
  /** After a fact's title: who held it (the holders joined with `listSeparator`). */
  mdHolders: (holders: string) => `: ${holders}.`,
  mdNeverReached: (roles: string) => `Never reached: ${roles}.`,
  mdRelatedIncident: (title: string, opened: number, status: string) =>
    `Related incident: ${title}, opened turn ${opened}, ${status}.`,
  mdRelatedIncidentClosed: (title: string, opened: number, status: string, closed: number) =>
    `Related incident: ${title}, opened turn ${opened}, ${status} on turn ${closed}.`,
  incidentStatus: { open: 'still open', resolved: 'resolved', failed: 'failed' },
  mdStrengths: 'Strengths and areas for improvement',
  /** A role's figures: `total` actions, `done` succeeded, `count` joint. */
  roleActions: (total: number, done: number, count: number) =>
    `${f.plural(total, { one: '# action', other: '# actions' })}, ${f.num(done)} succeeded, ${f.num(count)} joint`,
  /** Facts it gave and received, formatted. */
  roleShares: (given: string, received: string) => `shared ${given}, received ${received}`,
  mdStrength: (text: string) => `Strength: ${text}`,
  mdToImprove: (text: string) => `To improve: ${text}`,
  mdTimeline: 'Timeline',
  mdTurn: (turn: number) => `Turn ${turn}`,
  mdFacilitatorNote: (note: string) => `Facilitator: ${note}`,
  mdOverruled: (reason: string) => `overruled by the facilitator: ${reason}`,
  mdQuestions: 'Discussion questions',
  mdNotes: 'Facilitator notes',
  mdNone: 'None.',
  mdAnnotation: (turn: number, title: string, note: string) =>
    `Turn ${turn}, on "${title}": ${note}`,
  mdPlan: 'Improvement plan',
  mdNoneRecorded: 'None recorded.',
  mdColAction: 'Corrective action',
  mdColOwner: 'Owner',
  mdColDue: 'Due',

  // The CSV export's header. Ids and numbers stay as data; only the column names are words.
  csvTurn: 'turn',
  csvDistrict: 'district',
  csvName: 'name',
  /** An indicator's column: English keeps the indicator's id (the format scripts already read). */
  csvIndicator: (indicator: string, _name: string) => indicator,
};
