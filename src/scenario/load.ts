/**
 * From text to a checked scenario, for the browser and Node alike (no `fs` here: see
 * `loadNode.ts`). Limits are enforced before any value is built, so a hostile file costs little.
 */
import { guardValue, MAX_ARRAY_LENGTH, MAX_DEPTH } from './guard';
import { scanJson } from './jsonScan';
import { problem, type ValidationResult } from './problems';
import { validateScenario } from './validate';

export { MAX_ARRAY_LENGTH, MAX_DEPTH };
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

const refuse = (message: string): ValidationResult => ({
  ok: false,
  problems: [problem('error', [], message)],
  warnings: [],
});

/**
 * Parses and validates scenario text. `source` names the text (a file name) in the rare message
 * that cannot point into the text itself. Never throws.
 */
export function parseScenarioText(text: string, source?: string): ValidationResult {
  try {
    return parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return refuse(`internal error while reading ${source ?? 'the scenario'}: ${why}`);
  }
}

function parse(input: unknown): ValidationResult {
  if (typeof input !== 'string') return refuse('expected the text of a scenario file');
  if (utf8Length(input) > MAX_TEXT_BYTES) {
    return refuse(`the file is larger than ${MAX_TEXT_BYTES / 1024 / 1024} MB; a scenario is far smaller`);
  }
  // Editors on Windows may save a byte order mark, which JSON.parse refuses.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const scan = scanJson(text);
  if (!scan.ok) return { ok: false, problems: [scan.problem], warnings: [] };

  const value: unknown = JSON.parse(text);
  // Checked here as well as in validateScenario so a hostile key is named before any other work.
  const guard = guardValue(value);
  if (guard.fatal) return { ok: false, problems: guard.problems, warnings: scan.warnings };
  const result = validateScenario(value);
  return { ...result, warnings: [...scan.warnings, ...result.warnings] };
}

/** UTF-8 size without encoding the whole text, stopping as soon as the limit is passed. */
function utf8Length(text: string): number {
  if (text.length > MAX_TEXT_BYTES) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > MAX_TEXT_BYTES) break;
  }
  return bytes;
}
