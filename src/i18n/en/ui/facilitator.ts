/** Interface strings: facilitator, the facilitator's console (English, the reference every language
 * follows). */
import { formatter } from '../../format';

const f = formatter('en');

export const facilitator = {
  title: 'Facilitator console',
  tabsLabel: 'Console sections',
  tabOverview: 'God\u2019s-eye view',
  tabInjects: (count: number) => `Injects (${f.num(count)} to come)`,
  /** Once the exercise has ended nothing is to come. */
  tabInjectsEnded: 'Injects',
  tabLog: 'Log and rulings',
  tabEvaluation: (count: number) => `Evaluation (${f.num(count)} rated)`,

  // Above the tabs: status, timer, pause, rewind, end.
  statusEnded: 'The exercise has ended',
  statusPaused: 'Paused: the teams cannot commit',
  /** `done` of `total` roles committed. */
  statusPlanning: (done: number, total: number) =>
    `Planning: ${f.num(done)} of ${f.plural(total, { one: '# role', other: '# roles' })} committed`,
  timer: 'Planning timer',
  timerRange: 'Set the timer in minutes, from 1 to 240.',
  minutes: 'Minutes',
  /** Beside the minutes field. */
  min: 'min',
  timerStart: 'Start',
  timerHold: 'Hold',
  timerGoOn: 'Go on',
  timerClear: 'Clear',
  runLabel: 'Run the exercise',
  resume: '\u25b6 Resume',
  pause: 'Pause',
  rewindTurnLabel: 'Turn to rewind to',
  startOfTurn: (turn: number) => `Start of turn ${turn}`,
  rewind: '\u27f2 Rewind\u2026',
  rewindTitle: (turn: number) => `Rewind to the start of turn ${turn}?`,
  rewindText: (turn: number, count: number) =>
    `Everything done since the start of turn ${turn} is undone: orders, resolutions, injects, rulings. The log keeps a note of the rewind, and the commands stay in the save (${f.plural(count, { one: '# command', other: '# commands' })} so far), so it can be replayed.`,
  rewindConfirm: (turn: number) => `Rewind to turn ${turn}`,
  end: 'End exercise',
  secondWindow: '\u2197 Second window',
  secondWindowTitle:
    'Opens the console in its own window, for the laptop screen, while this one shows the projector view',
  popupBlocked:
    'The browser blocked the new window. Allow pop-ups for this page, or use the console here.',
  back: '\u2190 Back to the exercise',

  // The facilitator PIN: in the console, the PIN dialog, and a locked console window.
  pinTitle: 'Facilitator PIN',
  pinSummaryOn: 'PIN: on',
  pinSummaryOff: 'PIN: none',
  pinLede:
    'Asked before the console or the facilitator view opens, so a team cannot open them by a click. A classroom lock, not a password: the browser\u2019s developer tools get past it.',
  pinCurrent: 'Current PIN',
  pinNew: 'New PIN (4 to 12 digits)',
  pinSet: 'Set the PIN',
  pinChange: 'Change the PIN',
  pinRemove: 'Remove the PIN',
  pinWasSet: 'PIN set: the console and the facilitator view ask for it now.',
  pinWasChanged: 'PIN changed.',
  pinWasRemoved: 'PIN removed: the console opens with a click again.',
  pinDigits: 'A PIN is 4 to 12 digits.',
  pinCurrentWrong: 'The current PIN is not right: nothing changed.',
  pinNone: 'There is no PIN to change here.',
  askConsole:
    'The console shows every team\u2019s orders and intelligence. Type the facilitator\u2019s PIN to open it.',
  askFacilitator:
    'The facilitator view shows every team\u2019s private log entries on this screen. Type the facilitator\u2019s PIN to turn it on.',
  askWindow:
    'This window shows the facilitator\u2019s console. Type the facilitator\u2019s PIN to open it.',
  /** The dialog's field, under its title. */
  pinField: 'PIN',
  pinCancel: 'Cancel',
  pinOpenConsole: 'Open the console',
  pinShowView: 'Turn the view on',
  /** `left`: the tries before the wait. */
  pinWrong: (left: number) =>
    `That is not the PIN, so nothing opened. ${f.plural(left, { one: '# more try', other: '# more tries' })} before a 30-second wait.`,
  pinWaiting: (seconds: number) =>
    `Too many wrong tries: wait ${f.plural(seconds, { one: '# second', other: '# seconds' })} before the next one.`,
  pinWaitOver: 'The wait is over: type the PIN again.',
  lockedEyebrow: 'Console window',
  lockedTitle: 'Locked by the facilitator PIN',
  lockedLede:
    'The console shows every team\u2019s orders and intelligence, so this window asks for the PIN first.',
  lockedAsk: 'Enter the PIN',

  // God's-eye view.
  teamsTitle: 'Every role\u2019s orders, proposals and intelligence',
  committed: '\u2714 Committed',
  planning: '\u270e Planning',
  apLeft: (left: number, total: number) => `${f.num(left)} of ${f.num(total)} AP left`,
  committedOrders: (n: number) => `Committed orders (${f.num(n)})`,
  draftOrders: (n: number) => `Draft orders (${f.num(n)})`,
  noneYet: 'None yet.',
  noPartners: '(no partners)',
  proposalsToIt: (n: number) => `Proposals to it (${f.num(n)})`,
  /** A proposal made to the role: "Joint patrol in Harbour:". */
  proposalTo: (proposal: string) => `${proposal}:`,
  intelHeld: (n: number) => `Intelligence held (${f.num(n)})`,
  leaked: 'leaked',
  none: 'None.',
  districtsTitle: 'Every district',
  district: 'District',
  /** A form's district field. */
  inDistrict: 'District',
  higherBetter: 'higher is better',
  lowerBetter: 'lower is better',
  indicatorTitle: (name: string, better: string) => `${name}: ${better}`,
  units: 'Units',
  openIncidents: 'Open incidents',
  incidentLeft: (title: string, turns: number) =>
    `${title} (${f.plural(turns, { one: '# turn', other: '# turns' })} left)`,
  intelTitle: 'All intelligence and who holds it',
  fact: 'Fact',
  heldBy: 'Held by',
  wouldHelp: 'Would help, not held',
  nobodyYet: 'nobody yet',
  trustTitle: 'Trust between the roles',
  /** Two roles: "MIL–POL:" in the trust list, "Force HQ – UN Police" in the pair picker. */
  pair: (a: string, b: string) => `${a} \u2013 ${b}`,

  // Injects.
  melTitle: 'Master events list',
  /** "12 injects: 3 fired, 1 scheduled, 0 skipped, 8 to come." from its parts. */
  melSummary: (total: string, parts: string) => `${total}: ${parts}.`,
  melTotal: (n: number) => f.plural(n, { one: '# inject', other: '# injects' }),
  melFired: (n: number) => `${f.num(n)} fired`,
  melScheduled: (n: number) => `${f.num(n)} scheduled`,
  melSkipped: (n: number) => `${f.num(n)} skipped`,
  melToCome: (n: number) => `${f.num(n)} to come`,
  melNotFired: (n: number) => `${f.num(n)} never fired`,
  scripted: (turn: number) => `Scripted for turn ${turn}`,
  /** `from` is 0 when the condition holds from the start. */
  whenAtLeast: (metric: string, value: number, from: number) =>
    `When the ${metric} is at least ${f.num(value)}${from ? `, from turn ${from}` : ''}`,
  whenAtMost: (metric: string, value: number, from: number) =>
    `When the ${metric} is at most ${f.num(value)}${from ? `, from turn ${from}` : ''}`,
  fired: 'Fired',
  firedOn: (turn: number) => `Fired on turn ${turn}`,
  firedReleased: (turn: number) => `Fired on turn ${turn}, released by you`,
  skipped: 'Skipped: it will not fire',
  scheduledFor: (turn: number) => `Scheduled for turn ${turn}`,
  toCome: 'To come',
  /** An inject still to come, or scheduled, when the exercise ended. */
  notFired: 'Never fired: the exercise ended first',
  everyone: 'Everyone',
  from: 'From',
  to: 'To',
  trigger: 'Trigger',
  expectedResponse: 'Expected response',
  tests: 'Tests',
  message: 'The message',
  release: 'Release now',
  released: (title: string) => `Released: ${title}.`,
  scheduleLabel: (title: string) => `Turn to schedule \u201c${title}\u201d for`,
  schedule: 'Schedule',
  scheduled: (turn: number, title: string) => `Scheduled for turn ${turn}: ${title}.`,
  skip: 'Skip',
  skippedNotice: (title: string) => `Skipped: ${title}.`,

  // A custom inject.
  ciTitle: 'Write a custom inject',
  ciLede:
    'Made of what a scenario\u2019s injects may do to a district: indicator changes. Each change is logged with the title and your reason, and counts in the debrief.',
  ciTitleLabel: 'Title',
  ciTitlePlaceholder: 'e.g. Market traders strike',
  ciText: 'Message to the teams (optional)',
  ciChanges: 'Changes',
  ciIndicatorN: (n: number) => `Indicator ${n}`,
  ciChangeN: (n: number) => `Change ${n}`,
  noChange: 'No change',
  ciReasonPlaceholder: 'e.g. to test the civilian response',
  ciSend: 'Send the inject',
  ciNoTitle: 'Give the inject a title.',
  ciNoReason: 'State why: the reason goes into the log and the debrief.',
  ciNoChange: 'Choose at least one indicator to change, by a whole number other than 0.',
  ciBadChange: 'A change is a whole number from \u2212100 to 100.',
  /** The reason each change of a custom inject records in the log (kept as written). */
  ciReason: (title: string, text: string, reason: string) =>
    `Custom inject \u201c${title}\u201d${text ? ` (${text})` : ''}: ${reason}`,
  ciSent: (title: string, count: number, district: string) =>
    `Custom inject \u201c${title}\u201d: ${f.plural(count, { one: '# change', other: '# changes' })} in ${district}.`,

  // Log and rulings.
  rulingsTitle: (turn: number) => `Turn ${turn}: outcomes to rule on`,
  turnLabel: 'Turn',
  rulingsLede:
    'Annotate any entry for the debrief. Overruling undoes what an entry changed and logs your reason.',
  nothingThisTurn: 'Nothing in the log for this turn yet.',
  overruledTag: '\u2716 Overruled by the facilitator',
  annotate: '\u270e Annotate',
  noteFirst: 'Write the note first.',
  noteKept: 'Annotation kept for the debrief.',
  noteOn: (entry: string) => `Note on \u201c${entry}\u201d`,
  notePlaceholder: 'A note for the debrief',
  saveNote: 'Save note',
  overrule: 'Overrule',
  overruleNeedsReason: 'State a reason for overruling: it goes into the log.',
  overruled: (entry: string) => `Overruled: ${entry}`,
  overruleHint: 'Undoes what this entry changed, as of now; later changes stand.',
  overruleReasonFor: (entry: string) => `Reason for overruling \u201c${entry}\u201d`,
  reasonPlaceholder: 'Reason (required)',
  wholeNumber: 'The change is a whole number other than 0.',
  adjusted: 'Adjusted; the reason is in the log.',
  trustAdjusted: 'Trust adjusted; the reason is in the log.',
  adjustTitle: 'Adjust an indicator',
  indicator: 'Indicator',
  change: 'Change',
  reasonRequired: 'Reason (required)',
  whyForLog: 'Why, for the log',
  adjust: 'Adjust',
  adjustTrustTitle: 'Adjust trust between two roles',
  pairLabel: 'Pair',
  adjustTrust: 'Adjust trust',

  // Evaluation.
  rateTitle: 'Rate each objective',
  /** `scale` lists the ratings with their codes ("P performed without challenges · S …"). */
  rateLede: (scale: string) =>
    `${scale}. Rate now or after the exercise; the latest rating counts.`,
  missionObjectives: 'Mission objectives',
  privateObjectives: 'Private objectives',
  targetNow: (target: string, value: number) => `target ${target}, now ${f.num(value)}`,
  met: '\u2714 met',
  notMet: '\u2716 not met',
  planTitle: 'Improvement plan',
};
