/**
 * The save file: `{format, version, scenarioHash, scenarioId, seed, commands}`. Saves travel by
 * mail and USB stick, so parsing one is input validation: every problem comes back with its
 * JSON path and nothing is thrown. Whether the commands replay is checked by `replay`.
 *
 * Not exported by the engine's index, so that what only makes saves (`savedGame.ts`) never
 * carries zod: the page loads this with its other validators (src/store/checks.ts).
 */
import { z } from 'zod';
import { guardValue } from '../format';
import { ID_CHARACTERS, ID_CHARS, MAX_ID_LENGTH } from '../format';
import { scanJson } from '../format';
import { formatPath, quote } from '../format';
import { MAX_SAVE_BYTES } from './savedGame';
import { MAX_MESSAGE_CHARS, POSTURES, RATINGS, type Command, type SavedGame } from './types';

/**
 * The schemas, built on first use: the page's first screen and the engine's loops make saves but
 * never parse one, and with nothing built at load the bundler drops zod from what they load.
 */
function makeSchemas() {
  // The scenario's ids: a save names nothing else.
  const id = z
    .string()
    .min(1)
    .max(MAX_ID_LENGTH)
    .regex(ID_CHARS, `an id holds only ${ID_CHARACTERS}`);
  const int = z.number().int();
  const posture = z.enum(POSTURES as [string, ...string[]]);

  const commandSchema = z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('order'),
      role: id,
      action: id,
      district: id,
      fact: id.optional(),
      to: id.optional(),
      asset: id.optional(),
    }),
    z.strictObject({ type: z.literal('cancelOrder'), role: id, order: int }),
    z.strictObject({
      type: z.literal('propose'),
      role: id,
      action: id,
      district: id,
      partners: z.array(id).max(50),
      posture: posture.optional(),
    }),
    z.strictObject({ type: z.literal('withdraw'), role: id, proposal: int }),
    z.strictObject({ type: z.literal('respond'), role: id, proposal: int, accept: z.boolean() }),
    z.strictObject({ type: z.literal('commit'), role: id, by: z.literal('timer').optional() }),
    z.strictObject({ type: z.literal('uncommit'), role: id }),
    z.strictObject({
      type: z.literal('message'),
      role: id,
      to: id,
      text: z.string().max(MAX_MESSAGE_CHARS),
      at: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    }),
    z.strictObject({ type: z.literal('releaseInject'), inject: id }),
    z.strictObject({ type: z.literal('scheduleInject'), inject: id, turn: int }),
    z.strictObject({ type: z.literal('skipInject'), inject: id }),
    z.strictObject({
      type: z.literal('adjust'),
      district: id,
      indicator: id,
      delta: int,
      reason: z.string().max(2000),
    }),
    z.strictObject({
      type: z.literal('adjustTrust'),
      roles: z.tuple([id, id]),
      delta: int,
      reason: z.string().max(2000),
    }),
    z.strictObject({ type: z.literal('annotate'), entry: int, note: z.string().max(5000) }),
    z.strictObject({ type: z.literal('overrule'), entry: int, reason: z.string().max(2000) }),
    z.strictObject({
      type: z.literal('rate'),
      objective: id,
      rating: z.enum(RATINGS),
      note: z.string().max(5000),
    }),
    z.strictObject({
      type: z.literal('addImprovement'),
      objective: id.optional(),
      action: z.string().max(2000),
      owner: z.string().max(200),
      due: z.string().max(100),
    }),
    z.strictObject({ type: z.literal('removeImprovement'), id: int }),
    z.strictObject({ type: z.literal('pause') }),
    z.strictObject({ type: z.literal('resume') }),
    z.strictObject({ type: z.literal('rewind'), turn: int }),
    z.strictObject({ type: z.literal('endExercise'), reason: z.string().max(2000) }),
  ]);

  const saveSchema = z.strictObject({
    format: z.literal('mandate-save'),
    version: z.literal(1),
    scenarioHash: z.string().regex(/^[0-9a-f]{16}$/),
    scenarioId: id,
    seed: z.string().max(200),
    commands: z.array(commandSchema).max(100_000),
    /** What the app keeps beside the game (seating, a scenario that is not bundled); replay ignores
     * it. */
    app: z.record(z.string(), z.unknown()).optional(),
  });
  return { commandSchema, saveSchema };
}
let built: ReturnType<typeof makeSchemas> | undefined;
const schemas = () => (built ??= makeSchemas());

export type SaveParse =
  { ok: true; save: SavedGame } | { ok: false; path: string; message: string };

export function parseSaveValue(value: unknown): SaveParse {
  const guard = guardValue(value, 'a save');
  const first = guard.problems[0];
  if (first) return { ok: false, path: first.path, message: first.message };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      path: '$',
      message: 'a save file is one JSON object; this is not a Mandate save',
    };
  }
  if ((value as { format?: unknown }).format !== 'mandate-save') {
    return {
      ok: false,
      path: '$.format',
      message: 'this is not a Mandate save file (no "format": "mandate-save")',
    };
  }
  const version = (value as { version?: unknown }).version;
  if (version !== 1) {
    return {
      ok: false,
      path: '$.version',
      message:
        typeof version === 'number' && version > 1
          ? `this save was made by a newer version of Mandate (save format ${version}, expected 1)`
          : `this save has no format version this Mandate can read (found ${JSON.stringify(version) ?? 'nothing'}, expected 1)`,
    };
  }
  const parsed = schemas().saveSchema.safeParse(value);
  if (parsed.success) return { ok: true, save: parsed.data as SavedGame };
  const issue = parsed.error.issues[0]!;
  return { ok: false, path: formatPath(issue.path), message: issue.message };
}

export type CommandParse =
  { ok: true; command: Command } | { ok: false; path: string; message: string };

/**
 * One command as it comes from a device over the network: the same checks as a command in a save
 * file (shape, types, lengths), refusals named by their JSON path. Whether it is legal now is the
 * engine's `commandProblem`.
 */
export function parseCommandValue(value: unknown): CommandParse {
  const guard = guardValue(value, 'a command');
  const first = guard.problems[0];
  if (first) return { ok: false, path: first.path, message: first.message };
  const parsed = schemas().commandSchema.safeParse(value);
  if (parsed.success) return { ok: true, command: parsed.data as Command };
  const issue = parsed.error.issues[0]!;
  return { ok: false, path: formatPath(issue.path), message: issue.message };
}

export function parseSave(text: string): SaveParse {
  if (text.length > MAX_SAVE_BYTES)
    return {
      ok: false,
      path: '$',
      message: `the file is larger than ${MAX_SAVE_BYTES / 1024 / 1024} MB; a save never is`,
    };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      path: '$',
      message: `not JSON: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  // JSON.parse keeps the last of two fields of one name in silence: a save that says two things
  // is refused, as a hand edit or a splice gone wrong.
  const scan = scanJson(text, 'a save');
  const twice = scan.ok ? scan.repeated[0] : undefined;
  if (twice !== undefined) {
    return {
      ok: false,
      path: formatPath(twice),
      message: `the field ${quote(String(twice[twice.length - 1]))} appears more than once in this object; a save gives each field once`,
    };
  }
  return parseSaveValue(value);
}
