/**
 * Moving between screens, as changes to a draft of the window's state. Pure: the actions that
 * call them decide when; these say where the window goes.
 */
import type { GameState } from '../engine';
import { EMPTY_DRAFT, PLAY_SCREENS, START_FILTER, type Screen, type SessionState } from './types';

/** Back to the briefing of `turn`, or to the end: the room starts the turn again. */
export function toTurnStart(d: SessionState, ended: boolean, turn: number): void {
  d.screen = ended ? 'end' : 'briefing';
  d.round = 1;
  d.active = null;
  d.draft = { ...EMPTY_DRAFT };
  d.reportTurn = turn;
  d.reportIndex = 0;
}

const IN_TURN: readonly Screen[] = ['briefing', 'handover', 'planning', 'report', 'end'];

/**
 * The game changed under the window (another window's game, a reloaded scenario). `moved`:
 * it is another game, or another turn or status of it. A window in a turn that is no longer
 * being played goes back to the turn's briefing (or the end); one on the start or set-up
 * screen joins the game; the console, the debrief and the replay stay where they are.
 */
export function followGame(d: SessionState, state: GameState, moved: boolean): void {
  const ended = state.status === 'ended';
  const lost = (d.screen === 'handover' || d.screen === 'planning') && !d.active;
  const inTurn = IN_TURN.includes(d.screen);
  if (d.screen === 'start' || d.screen === 'setup' || (inTurn && (moved || lost))) {
    toTurnStart(d, ended, state.turn);
  }
  if (
    moved &&
    (d.returnTo === 'planning' || d.returnTo === 'handover' || d.returnTo === 'report')
  ) {
    d.returnTo = ended ? 'end' : 'briefing';
  }
}

/** The report of a resolved turn, from its first entry. */
export function toReport(d: SessionState, turn: number): void {
  d.screen = 'report';
  d.notice = null;
  d.reportTurn = turn;
  d.reportIndex = 0;
  d.active = null;
  d.round = 1;
  d.selected = null;
  d.draft = { ...EMPTY_DRAFT };
}

/** The hand-over screen before a team's planning round. */
export function toHandOver(d: SessionState, role: string, round: 1 | 2): void {
  d.screen = 'handover';
  d.notice = null;
  d.active = role;
  d.round = round;
  d.draft = { ...EMPTY_DRAFT };
  d.selected = null;
  d.logFilter = { ...START_FILTER };
}

/** Leaving a play screen for the console, the debrief or the replay remembers it for "Back". */
export function leavePlay(d: SessionState, to: Screen): void {
  if (PLAY_SCREENS.includes(d.screen) && d.screen !== to) d.returnTo = d.screen;
  d.screen = to;
}

/** The console as a screen of this window, "Back" returning where the game was. */
export function toConsole(d: SessionState): void {
  leavePlay(d, 'console');
  d.notice = null;
}

/**
 * Where "Back" from the console or the replay goes: the screen the game was on, unless the
 * planning it was in is over (then its briefing) or the game has ended (then the end).
 */
export function backToPlay(d: SessionState, state: GameState): void {
  let back = d.returnTo;
  const done = !d.active || state.roles.find((r) => r.id === d.active)?.committed;
  if ((back === 'planning' || back === 'handover') && done) back = 'briefing';
  if (state.status === 'ended' && back !== 'debrief') back = 'end';
  d.screen = back;
}
