/**
 * Interface strings: notices, what the session says (confirmations, refusals, problems with files,
 * saves and the other window), worded when shown so a language switch re-words a notice on screen
 * (English, the reference every language follows). Technical detail passed in (`detail`: a JSON
 * path's message, a browser's error) stays as the engine or the browser wrote it.
 */
import { formatter } from '../../format';

const f = formatter('en');
/** A sentence without its final stop, to quote it inside brackets. */
const stop = (s: string) => s.replace(/\.$/, '');

/** Why the host refused what this device sent, by the host's reason code. */
const HOST_REFUSALS: Record<string, string> = {
  notJson: 'The host could not read the message.',
  tooLarge: 'That is too long to send.',
  badMessage: 'The host does not know that message.',
  tooMany: 'Too many messages at once: wait a moment and try again.',
  unknownSession: 'There is no exercise with that code. Check the code on the screen.',
  unknownScenario: 'The host has no scenario of that name.',
  badToken: 'This device lost its seat (it was freed): join again.',
  badSecret: 'The facilitator’s link is wrong or out of date.',
  notSeated: 'This device has no seat yet: join first.',
  notAllowed: 'This seat may not do that.',
  notYourRole: 'A team gives orders for its own role only.',
  notStarted: 'The facilitator has not started the exercise yet.',
  started: 'The exercise has already started.',
  unknownRole: 'The scenario has no such role.',
  notTeamRole: 'The computer plays that role now: ask the facilitator.',
  noRequest: 'That request is no longer waiting.',
  noSeat: 'That seat no longer exists.',
  claimRefused: 'The facilitator did not approve the request.',
  badSeq: 'The host did not recognise this page’s place in the game: it was sent the game again.',
  noTimer: 'The timer is not set, or not in a state for that.',
  storage: 'The host could not save it, so nothing changed. Try again.',
};

export const notices = {
  // The game.
  noGame: 'No game is running.',
  noTeamPlanning: 'No team is planning.',
  rewound: (turn: number) => `Rewound to the start of turn ${turn}.`,
  /** The reason the log keeps when the facilitator ends the exercise without giving one. */
  defaultEndReason: 'ended by the facilitator',

  // On a host (networked play).
  hostRefused: (reason: string) => HOST_REFUSALS[reason] ?? `The host refused it (${reason}).`,
  staleCommand:
    'The game changed while you were deciding (another table acted): look again, then send it again if it still holds.',
  hostRestarted: 'The host restarted; you are back in your seat and nothing was lost.',
  hostGarbled: (detail: string) => `The host sent something this page cannot read: ${detail}`,

  // Setting up a game.
  chooseScenario: 'Choose a scenario first.',
  enterSeed: 'Enter a seed: any word or number.',
  seatATeam: 'Seat at least one team: every role is played by a policy.',
  nameEveryTeam: 'Give every team a name.',
  pinDigits: 'The facilitator PIN is 4 to 12 digits, or left empty for none.',

  // Saving in this browser.
  saveFailedFull:
    "The game could not be saved in this browser (the browser's storage for this page is full). Export the save to keep it.",
  saveFailedUnavailable: (detail: string) =>
    `The game could not be saved in this browser (the browser's storage is unavailable (${detail})). Export the save to keep it.`,
  saveFailedVerify:
    'The game could not be saved in this browser (what was written to the browser\u2019s storage did not read back the same). Export the save to keep it.',
  saveFailed: (detail: string) =>
    `The game could not be saved in this browser (${detail}). Export the save to keep it.`,

  // Save files.
  /** A recorded command the game refuses (its type as the save has it, and the engine's reason). */
  commandRefused: (command: string, why: string) => `${command} cannot be applied: ${why}`,
  replayFailed: (detail: string) => `The commands cannot be replayed: ${detail}`,
  saveLoaded: (file: string, turn: number, hash: string) =>
    `Loaded ${file}: turn ${turn}, state ${hash}.`,
  saveUnknownScenario: (id: string, hash: string) =>
    `This save is for a scenario this app does not have (${id}, hash ${hash}). Open that scenario file first, then import the save.`,
  resumeFailed: (detail: string) => `The saved game in this browser cannot be resumed: ${detail}`,
  resumeNotAutosave:
    'The saved game in this browser cannot be resumed: it is not a Mandate autosave.',
  resumeScenarioInvalid: (detail: string) =>
    `The saved game in this browser cannot be resumed: its scenario is no longer valid: ${detail}`,
  languageLoadFailed: (why: string) =>
    `The language could not be loaded (${why}). Check that the app is still being served, then try again.`,
  screensLoadFailed: (why: string) =>
    `The exercise\u2019s screens could not be loaded (${why}). Check that the app is still being served, then reload the page.`,
  scenarioLoadFailed: (why: string) =>
    `The scenario could not be loaded (${why}). Check that the app is still being served, then try again.`,
  resumeBundledMissing: (file: string) =>
    `The saved game in this browser cannot be resumed: the bundled scenario ${file} is not in this version of the app.`,
  resumeScenarioChanged:
    'The saved game in this browser cannot be resumed: the scenario has changed since the game was saved.',

  // Files opened or dropped.
  fileUnreadable: (file: string, detail: string) => `${file} could not be read: ${detail}`,
  fileCannotBeRead: 'the file cannot be read',
  scenarioFromStart:
    'To open a scenario file, go back to the start screen first. A save file can be dropped here.',
  oneScenarioAtATime: (opened: string, others: string[]) =>
    `Opened ${opened}, one scenario at a time: ${f.list(others)} not opened.`,
  mapNotScenario:
    'this is a Tiled map, not a scenario: open it together with the scenario that names it in "map.tiled.file" (select both files, or drop both)',
  saveTooLarge: (size: number) => `the file is larger than ${f.num(size)} MB; a save never is`,
  mapTooLarge: (size: number) => `the map is larger than ${f.num(size)} MB`,
  scenarioTooLarge: (size: number) =>
    `the file is larger than ${f.num(size)} MB; a scenario is far smaller`,
  /**
   * A scenario opened without the Tiled map it names; `others`: the maps that were opened with it.
   */
  mapMissing: (map: string, others: string[], expected: string) =>
    `This scenario takes its district shapes from ${map}: open it together with the scenario (select both files, or drop both)` +
    (others.length
      ? ` (${f.list(others)} ${others.length === 1 ? 'is' : 'are'} not ${expected})`
      : ''),
  mapMissingHint: 'add just the map with "Add the map file\u2026" below',
  noLongerBundled: (file: string) => `${file} is no longer among the bundled scenarios`,

  // A scenario saved again while its game is played (development).
  reloadSame: (file: string) =>
    `${file} is back to the version the game is played on; the game goes on.`,
  reloadInvalid: (file: string) =>
    `${file} was saved with problems, listed here; the game goes on with the version it started with.`,
  /** `command`: which of the `commands` no longer applies (0: the commands as a whole); `detail`:
   * why, as the engine says it. */
  reloadSetUp: (command: number, commands: number, detail: string) =>
    `Scenario reloaded: the recorded commands no longer apply (${command ? `command ${command} of ${commands}` : 'the commands'}: ${stop(detail)}). Start the new version from here.`,
  reloadSetUpElsewhere: (command: number, commands: number, detail: string) =>
    `Scenario reloaded: the recorded commands no longer apply (${command ? `command ${command} of ${commands}` : 'the commands'}: ${stop(detail)}). The main window sets up the new version.`,
  reloadReplayed: (count: number) =>
    `Scenario reloaded: replayed ${f.plural(count, { one: '# command', other: '# commands' })}.`,

  // The other window.
  syncRefused:
    'The other window\u2019s game could not be replayed here; this window keeps its own. Reload both windows to bring them back in step.',
  syncRefusedStorage:
    'The other window\u2019s game could not be replayed here. Reload this window to bring it back in step.',
};
