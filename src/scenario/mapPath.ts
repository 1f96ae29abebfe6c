/**
 * Which files `map.tiled.file` may name: a map beside the scenario or in a folder below it. A
 * scenario arrives by mail; if it could name any file, `npm run validate` and the development
 * server would read that file and show parts of it in their messages.
 *
 * This is the rule on the text, the same in the browser and in Node; `nodeFiles.ts` adds the
 * check that only a file system can make (a symbolic link that leads out of the folder).
 */

/**
 * The rule as one pattern, for the editor JSON Schema: not starting with "/", no ".." segment, no
 * backslash, colon or control character.
 */
export const MAP_PATH = /^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$))[^\\:\u0000-\u001f\u007f]*$/;

/** Whether a pattern zod reports (as `/…/` or as its source) is MAP_PATH. */
export const isMapPathPattern = (pattern: unknown): boolean =>
  pattern === String(MAP_PATH) || pattern === MAP_PATH.source;

/** Why `file` may not be named, in words that say what to write instead; undefined if it may. */
export function mapPathProblem(file: string): string | undefined {
  if (/[\u0000-\u001f\u007f]/.test(file)) return 'the path holds a control character';
  if (file.includes('\\'))
    return 'the path holds a backslash; separate folders with "/" (maps/port.tmj)';
  if (file.includes(':'))
    return 'the path names a drive or an address ("C:", "file:"); give it relative to the scenario file';
  if (file.startsWith('/'))
    return 'the path is absolute; give it relative to the scenario file (maps/port.tmj)';
  if (file.split('/').includes('..'))
    return 'the path climbs out of the scenario\'s folder with ".."; keep the map beside the scenario or in a folder below it';
  return undefined;
}
