/**
 * Saved games: the engine's `SavedGame` (scenario hash, seed, commands), read defensively. A file
 * from elsewhere may be anything; every refusal names the JSON path of what is wrong, and the
 * caller keeps the text so the user can download what was found.
 */
import { replay, ReplayError, stateHash, type Command, type GameState, type Rules, type SavedGame } from '../engine';
import { POLICY_IDS } from '../engine';
import type { Scenario } from '../scenario/types';

/** Who plays a role: a team of people at the screen, or one of the engine's policies. */
export type Seat = { kind: 'team'; name: string } | { kind: 'policy'; policy: (typeof POLICY_IDS)[number] };

/**
 * The app's own extension of a save file: the seating and, for a scenario that is not bundled,
 * the scenario itself so the file can be opened on another machine. The engine ignores it.
 */
export interface SaveExtras {
  seats?: Record<string, Seat>;
  scenario?: Scenario;
}

export type SaveFile = SavedGame & { app?: SaveExtras };

export interface SaveProblem {
  /** What went wrong, in a sentence. */
  message: string;
  /** JSON path in the file, e.g. `$.commands[12]`. */
  path: string;
  /** The text that was found, offered for download. */
  text: string;
  filename: string;
}

export type ReadSave = { ok: true; save: SaveFile } | { ok: false; path: string; message: string };

const COMMAND_TYPES: readonly Command['type'][] = [
  'order', 'cancelOrder', 'propose', 'withdraw', 'respond', 'commit', 'uncommit', 'releaseInject', 'scheduleInject',
  'adjust', 'adjustTrust', 'annotate', 'pause', 'resume', 'rewind', 'endExercise',
  'overrule', 'rate', 'addImprovement', 'removeImprovement',
];

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Field shapes of each command, so replay never meets a value of the wrong type. */
const FIELDS: Record<Command['type'], Record<string, 'string' | 'number' | 'boolean' | 'strings' | '?string'>> = {
  order: { role: 'string', action: 'string', district: 'string', fact: '?string', to: '?string', asset: '?string' },
  cancelOrder: { role: 'string', order: 'number' },
  propose: { role: 'string', action: 'string', district: 'string', partners: 'strings', posture: '?string' },
  withdraw: { role: 'string', proposal: 'number' },
  respond: { role: 'string', proposal: 'number', accept: 'boolean' },
  commit: { role: 'string' },
  uncommit: { role: 'string' },
  releaseInject: { inject: 'string' },
  scheduleInject: { inject: 'string', turn: 'number' },
  adjust: { district: 'string', indicator: 'string', delta: 'number', reason: 'string' },
  adjustTrust: { roles: 'strings', delta: 'number', reason: 'string' },
  annotate: { entry: 'number', note: 'string' },
  pause: {},
  resume: {},
  rewind: { turn: 'number' },
  endExercise: { reason: 'string' },
  overrule: { entry: 'number', reason: 'string' },
  rate: { objective: 'string', rating: 'string', note: 'string' },
  addImprovement: { objective: '?string', action: 'string', owner: 'string', due: 'string' },
  removeImprovement: { id: 'number' },
};

function fieldProblem(value: unknown, kind: string): string | null {
  switch (kind) {
    case 'string':
      return typeof value === 'string' ? null : 'expected text';
    case '?string':
      return value === undefined || typeof value === 'string' ? null : 'expected text';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'expected a number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'expected true or false';
    case 'strings':
      return Array.isArray(value) && value.every((x) => typeof x === 'string') ? null : 'expected a list of texts';
  }
  return null;
}

/** Checks the shape of a save file's text. Does not replay it. */
export function readSaveText(text: string): ReadSave {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, path: '$', message: `This is not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!isObj(value)) return { ok: false, path: '$', message: 'A save file is a JSON object.' };
  if (value.format !== 'mandate-save') {
    return { ok: false, path: '$.format', message: `This is not a Mandate save (format should be "mandate-save").` };
  }
  if (value.version !== 1) return { ok: false, path: '$.version', message: 'This save was written by another version of Mandate (version should be 1).' };
  for (const key of ['scenarioHash', 'scenarioId', 'seed'] as const) {
    if (typeof value[key] !== 'string') return { ok: false, path: `$.${key}`, message: `${key} should be text.` };
  }
  if (!Array.isArray(value.commands)) return { ok: false, path: '$.commands', message: 'commands should be a list.' };
  for (let i = 0; i < value.commands.length; i++) {
    const c: unknown = value.commands[i];
    const path = `$.commands[${i}]`;
    if (!isObj(c)) return { ok: false, path, message: 'A command is a JSON object.' };
    if (typeof c.type !== 'string' || !(COMMAND_TYPES as readonly string[]).includes(c.type)) {
      return { ok: false, path: `${path}.type`, message: `Unknown command type ${JSON.stringify(c.type) ?? 'undefined'}.` };
    }
    for (const [field, kind] of Object.entries(FIELDS[c.type as Command['type']])) {
      const p = fieldProblem(c[field], kind);
      if (p) return { ok: false, path: `${path}.${field}`, message: `${p}.` };
    }
  }
  return { ok: true, save: value as unknown as SaveFile };
}

export type Replayed = { ok: true; state: GameState; hash: string } | { ok: false; path: string; message: string };

/** Replays a save's commands on its scenario; a command that fails is named by its path. */
export function replaySave(rules: Rules, save: SavedGame): Replayed {
  try {
    const { state } = replay(rules, save.seed, save.commands);
    return { ok: true, state, hash: stateHash(state) };
  } catch (e) {
    if (e instanceof ReplayError) return { ok: false, path: e.path, message: e.message.slice(e.path.length + 2) };
    return { ok: false, path: '$.commands', message: `The commands cannot be replayed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export function savedGame(rules: Rules, seed: string, commands: readonly Command[]): SavedGame {
  return { format: 'mandate-save', version: 1, scenarioHash: rules.scenarioHash, scenarioId: rules.scenario.id, seed, commands: [...commands] };
}
