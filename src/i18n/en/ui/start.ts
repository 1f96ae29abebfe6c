/** Interface strings: start, the first screen (English, the reference every language follows). */
import { formatter } from '../../format';

const f = formatter('en');

export const start = {
  tagline:
    'A tabletop exercise simulator for peace operations: military, police and civilian teams around one screen.',
  loading: 'Loading the scenario\u2026',
  chooseScenario: 'Choose a scenario',
  turns: (n: number) => f.plural(n, { one: '# turn', other: '# turns' }),
  roles: (n: number) => f.plural(n, { one: '# role', other: '# roles' }),
  objectives: (n: number) => `Learning objectives (${n})`,
  /** The languages a scenario's own text is written in, each named in itself. */
  offeredIn: (languages: string) => `In ${languages}`,
  /** The folded list of scenarios whose text is not in the window's language. */
  otherLanguages: (n: number) =>
    `${f.plural(n, { one: '# scenario', other: '# scenarios' })} in other languages only`,
  setUp: 'Set up this exercise',
  filesAndSaves: 'Files and saved games',
  savedGame: 'Saved game in this browser',
  savedAt: (title: string, turn: number) => `${title}, turn ${turn}.`,
  savedFound: 'A saved game was found.',
  resume: 'Resume saved game',
  openScenario: 'Open a scenario file',
  openScenarioHelp:
    'A scenario is one JSON file. Choose it, or drop it anywhere on this page. If it takes its districts from a Tiled map, select or drop both files together.',
  openScenarioButton: 'Open a scenario file\u2026',
  howTitle: 'How a turn runs',
  /** The steps of a turn: a bold name, then what happens. */
  howSteps: {
    briefing: {
      name: 'Briefing.',
      text: 'New injects, events and incidents, read out to the room.',
    },
    plan: {
      name: 'Plan and propose.',
      text: 'Each team in turn, behind a hand-over screen: orders, joint proposals, shared intelligence.',
    },
    answer: {
      name: 'Answer and commit.',
      text: 'Each team accepts or declines what it was offered, adjusts, and commits.',
    },
    report: {
      name: 'Report.',
      text: 'Every roll with its chance, modifiers and reasons, step by step on the map.',
    },
    debrief: { name: 'Debrief.', text: 'At the end: the score, the objectives and the whole log.' },
  },
  openSaved: 'Open a saved game',
  openSavedHelp: 'A save file exported from Mandate, on this machine or another.',
};
