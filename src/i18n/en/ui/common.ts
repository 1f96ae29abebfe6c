/** Interface strings: common, words several screens use (English, the reference every language
 * follows). */
export const common = {
  turn: (n: number) => `Turn ${n}`,
  turnOf: (n: number, of: number) => `Turn ${n} of ${of}`,
  map: 'Map',
  dismiss: 'Dismiss',
  back: '\u2190 Back',
  openSaveFile: 'Open a save file\u2026',
  /** The short form of "action points" beside numbers: "2 AP". */
  ap: (n: number) => `${n} AP`,
  /** The language picker's label in every language the game speaks, this one first, so anyone finds
   * it. */
  languageEveryone: 'Language \u00b7 Idioma \u00b7 Langue',
  language: 'Language',
};
