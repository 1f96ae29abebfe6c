/** Interface strings: components, the pieces every screen shares (log entries, the log, problem
 * panels) (English, the reference). */
import { formatter } from '../../format';

const f = formatter('en');

export const components = {
  /** Read out beside an effect's arrow: whether the change is good for the mission. */
  effectTone: { good: 'better', bad: 'worse', neutral: 'change' },
  rollCaption: 'How the chance was worked out',
  baseChance: 'Base chance',
  chance: 'Chance',
  /** "Rolled 34 against 60: 34 ≤ 60, success." */
  rolled: (roll: number, chance: number, outcome: string) =>
    `Rolled ${roll} against ${chance}: ${roll <= chance ? `${roll} \u2264 ${chance}` : `${roll} > ${chance}`}, ${outcome}.`,
  privateSeenBy: (roles: string) => `Private: seen by ${roles}`,
  why: 'Why?',
  effects: 'Effects',
  noValuesChanged: 'No values changed.',

  log: 'Log',
  filterLog: 'Filter the log',
  turnFilter: 'Turn',
  roleFilter: 'Role',
  districtFilter: 'District',
  allTurns: 'All turns',
  allRoles: 'All roles',
  allDistricts: 'All districts',
  showing: (shown: number, total: number) =>
    `Showing ${shown} of ${f.plural(total, { one: '# entry', other: '# entries' })}`,
  logEntries: 'Log entries',
  nothingMatches: 'Nothing matches these filters.',

  /** `{source}` is the scenario's name, `{file}` the map file it waits for. */
  addMapMissing:
    'Add the map on its own, and {source} opens with its district shapes taken from it ({file}).',
  addMapOther:
    'Open another map for it, and {source} opens with its district shapes taken from it ({file}).',
  addMapButton: 'Add the map file\u2026',
  openAnotherMapButton: 'Open another map file\u2026',
  cannotBeUsed: (source: string) => `${source} cannot be used`,
  problemsToFix: (n: number) =>
    `${f.plural(n, { one: '# problem', other: '# problems' })} to fix. Each names its place in the file as a JSON path.`,
  problems: 'Problems',
  fix: (suggestion: string) => `Fix: ${suggestion}`,
  warnings: (n: number) => f.plural(n, { one: '# warning', other: '# warnings' }),

  saveCannotOpen: 'That saved game cannot be opened',
  /** `{path}` is the JSON path of the problem, `{file}` the file's name. */
  saveWhere: 'Where: {path} in {file}',
  nothingElseChanged: 'Nothing else has changed: the game you had is still here.',
  downloadFound: 'Download what was found',
};
