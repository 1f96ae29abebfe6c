/** Interface strings: frame, the top bar, notices and status bar around every game screen (English,
 * the reference). */
import { formatter } from '../../format';

const f = formatter('en');

export const frame = {
  round1: 'Round 1: plan and propose',
  round2: 'Round 2: answer and commit',
  reportOn: (turn: number) => `Report on turn ${turn}`,
  briefing: 'Briefing',
  debrief: 'Debrief',
  theEnd: 'The end',
  console: 'Facilitator console',
  whatIfFrom: (turn: number) => `What-if from turn ${turn}`,
  replay: 'Replay',
  paused: 'Paused by the facilitator',
  timeLeft: 'Planning time left',
  /** The timer: "Planning 04:59". */
  planningClock: (clock: string) => `Planning ${clock}`,
  timeUp: 'Time is up',
  ended: 'Ended',
  consoleWindow: 'Console window, in step with the main window',
  consoleTools: 'Console window',
  navConsole: 'Console',
  navDebrief: 'Debrief',
  navReplay: 'Replay',
  tools: 'Exercise tools',
  openConsole: 'Console',
  facilitatorView: 'Facilitator view',
  exportSave: 'Export save',
  importSave: 'Import save',
  endExercise: 'End exercise',
  startScreen: 'Start screen',
  saved: 'Saved in this browser',
  saving: 'Saving in this browser…',
  kept: 'Kept in this browser (a crash may lose the last moves: export the save to be sure)',
  notSaved: 'Not saved in this browser',
  seed: (seed: string) => `Seed ${seed}`,
  /** `n` commands so far; `done` of `total` roles have committed. */
  commandsCommitted: (n: number, done: number, total: number) =>
    `${f.plural(n, { one: '# command', other: '# commands' })} \u00b7 ${done} of ${f.plural(total, { one: '# role', other: '# roles' })} committed`,
  stateHashTitle: 'The state hash: the same game always has the same hash',
  stateHash: (hash: string) => `State ${hash}`,
  dismissMessage: 'Dismiss the message',
  /** The top bar's menu of the exercise's tools (the facilitator view, saves, the end). */
  toolsMenu: 'Exercise',
  /** The top bar's switch to large text, named in full for screen readers and as its tooltip. */
  largeText: 'Large text for a projector',
};
