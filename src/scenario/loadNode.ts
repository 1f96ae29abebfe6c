/**
 * Reading a scenario file from disk; Node only, kept apart so the browser bundle never sees `fs`.
 */
import {
  MAX_MAP_BYTES,
  MAX_TEXT_BYTES,
  parseScenarioText,
  tiledReference,
  type TiledMapText,
} from './load';
import { describeReadError, mapFileBeside, readText } from './nodeFiles';
import { escapeUnsafe, problem, type ValidationResult } from '../format';

/**
 * Reads and checks a scenario file, and the Tiled map it names (relative to the file, in its
 * folder or below), if any.
 */
export async function readScenarioFile(path: string): Promise<ValidationResult> {
  let text: string;
  try {
    text = await readText(path, MAX_TEXT_BYTES, 'scenario');
  } catch (err) {
    return {
      ok: false,
      problems: [problem('error', [], describeReadError(err, 'scenario'))],
      warnings: [],
    };
  }
  const ref = tiledReference(lenientParse(text));
  if (!ref) return parseScenarioText(text, path);
  let map: TiledMapText;
  try {
    map = { text: await readText(await mapFileBeside(path, ref.file), MAX_MAP_BYTES, 'map') };
  } catch (err) {
    const result = parseScenarioText(text, path);
    const unread = problem(
      'error',
      ['map', 'tiled', 'file'],
      `cannot read the Tiled map ${escapeUnsafe(ref.file)}: ${describeReadError(err, 'map')}`,
      'give the path of the map relative to this scenario file',
    );
    // The schema refuses a path that leaves the folder too: one message for it is enough.
    const others = result.ok ? [] : result.problems.filter((p) => p.path !== unread.path);
    return { ok: false, problems: [unread, ...others], warnings: result.warnings };
  }
  return parseScenarioText(text, path, map);
}

/** Only to find the map's name; parseScenarioText reports whatever is wrong with the text. */
function lenientParse(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}
