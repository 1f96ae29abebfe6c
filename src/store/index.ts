/**
 * The store's public surface: what screens, the entry point and tests import. Files inside
 * `src/store/` import each other directly; everything outside goes through here.
 */
export { createSessionStore, type SessionActions, type SessionStore } from './createSession';
export * from './types';
export { AUTOSAVE_KEY, type AutosaveDoc } from './autosave';
export { LOCALE_KEY, readLocale } from './locale';
export { DISPLAY_KEY, DISPLAYS, isDisplay, readDisplay, type Display } from './display';
export { afterLoading } from './loading';
export { notice, say, type Said, type NoticeMsg } from './notices';
export { defaultSeats, defaultTeamName, seatName, teamName } from './seatNames';
export { reportEntries } from './report';
export { PIN_TRIES, type PinChange, type PinCheck, type PinPurpose } from './pin';
export { pinStands, windowLocked } from './pinActions';
export type { SaveProblem } from './saves';
export type { BundledScenario, NamedText, PendingMap, Problem, ScenarioSummary } from './scenarios';
export {
  fieldsOf,
  hashOf,
  humanRoles,
  makeGame,
  parseSeating as seatsFrom,
  policyRoles,
  timerLeft,
  type Game,
  type GameFields,
  type Seat,
  type Seating,
  type Timer,
} from '../authority';
