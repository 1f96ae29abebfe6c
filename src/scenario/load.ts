/**
 * From text to a checked scenario, for the browser and Node alike (no `fs` here: see
 * `loadNode.ts`). Limits are enforced before any value is built, so a hostile file costs little.
 */
import {
  guardValue,
  MAX_ARRAY_LENGTH,
  MAX_DEPTH,
  MAX_KEPT_BYTES,
  MAX_MAP_BYTES,
  MAX_TEXT_BYTES,
} from '../format';
import { lineColumn, scanJson } from '../format';
import { problem, type Problem, type ValidationResult } from '../format';
import { applyTiledMap, tiledReference, type TiledApplied } from './tiled';
import { MISSING_FROM_MAP, validateScenario } from './validate';

export { applyTiledMap, tiledReference, type TiledApplied };

export { MAX_ARRAY_LENGTH, MAX_DEPTH };
export { MAX_KEPT_BYTES, MAX_MAP_BYTES, MAX_TEXT_BYTES };

const refuse = (message: string): ValidationResult => ({
  ok: false,
  problems: [problem('error', [], message)],
  warnings: [],
});

/**
 * The text of the Tiled map a scenario names in `map.tiled.file`, read by whoever can read files.
 */
export interface TiledMapText {
  text: string;
}

/**
 * Parses and validates scenario text. `source` names the text (a file name) in the rare message
 * that cannot point into the text itself. A scenario that takes its shapes from a Tiled map is
 * checked with the map's text when it is given (see `tiledReference` for the file it names).
 * Never throws.
 */
export function parseScenarioText(
  text: string,
  source?: string,
  tiled?: TiledMapText,
  maxBytes = MAX_TEXT_BYTES,
): ValidationResult {
  try {
    return parse(text, tiled, maxBytes);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return refuse(`internal error while reading ${source ?? 'the scenario'}: ${why}`);
  }
}

function parse(
  input: unknown,
  tiled: TiledMapText | undefined,
  maxBytes: number,
): ValidationResult {
  if (typeof input !== 'string') return refuse('expected the text of a scenario file');
  if (utf8Length(input, maxBytes) > maxBytes) {
    return refuse(
      `the file is larger than ${maxBytes / 1024 / 1024} MB; a scenario is far smaller`,
    );
  }
  // Editors on Windows may save a byte order mark, which JSON.parse refuses.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const scan = scanJson(text);
  if (!scan.ok) return { ok: false, problems: [scan.problem], warnings: [] };

  const value: unknown = JSON.parse(text);
  // Checked here as well as in validateScenario so a hostile key is named before any other work.
  const guard = guardValue(value);
  if (guard.fatal) return { ok: false, problems: guard.problems, warnings: scan.warnings };
  const ref = tiledReference(value);
  if (ref && tiled) {
    const mapped = withTiledMap(value, ref.file, tiled.text);
    const result = validateScenario(mapped.value);
    return merge(mapped, result, scan.warnings);
  }
  const result = validateScenario(value);
  return { ...result, warnings: [...scan.warnings, ...result.warnings] };
}

function withTiledMap(value: unknown, file: string, text: string): TiledApplied {
  const fail = (message: string, suggestion?: string): TiledApplied => ({
    ok: false,
    value,
    problems: [{ ...problem('error', [], message, suggestion), path: `${file}: $` }],
    warnings: [],
  });
  if (utf8Length(text, MAX_MAP_BYTES) > MAX_MAP_BYTES)
    return fail(`the map is larger than ${MAX_MAP_BYTES / 1024 / 1024} MB`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trimStart().startsWith('<')) {
    return fail(
      "this is a map in Tiled's XML format (.tmx); only the JSON format can be read",
      'in Tiled, use File > Export As and choose "JSON map files (*.tmj *.json)"',
    );
  }
  let map: unknown;
  try {
    // Not through scanJson: a map's tile layers hold far longer lists than a scenario may.
    map = JSON.parse(body);
  } catch (err) {
    // Only where: the engine's message quotes the text, and a file that is not a map is not
    // ours to show.
    const at = /position (\d+)/.exec(err instanceof Error ? err.message : '');
    const where = at ? lineColumn(body, Number(at[1])) : undefined;
    return fail(
      `not valid JSON${where ? ` (line ${where.line}, column ${where.column})` : ''}, so not a Tiled map saved as JSON`,
      'save the map again from Tiled as JSON',
    );
  }
  return applyTiledMap(value, map, file);
}

/**
 * Once the map was applied, a district still without a shape already has its problem from the
 * map; zod's "missing" for the same field would only repeat it.
 */
function merge(
  mapped: TiledApplied,
  result: ValidationResult,
  scanWarnings: Problem[],
): ValidationResult {
  const warnings = [...scanWarnings, ...mapped.warnings, ...result.warnings];
  if (mapped.ok) return { ...result, warnings };
  const rest = result.ok ? [] : result.problems.filter((p) => !MISSING_FROM_MAP.test(p.path));
  return { ok: false, problems: [...mapped.problems, ...rest], warnings };
}

/** UTF-8 size without encoding the whole text, stopping as soon as the limit is passed. */
function utf8Length(text: string, limit = MAX_TEXT_BYTES): number {
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > limit) break;
  }
  return bytes;
}
