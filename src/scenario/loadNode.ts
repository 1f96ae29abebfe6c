/** Reading a scenario file from disk; Node only, kept apart so the browser bundle never sees `fs`.
 * */
import { open, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  MAX_MAP_BYTES,
  MAX_TEXT_BYTES,
  parseScenarioText,
  tiledReference,
  type TiledMapText,
} from './load';
import { problem, type ValidationResult } from '../format';

/** Reads and checks a scenario file, and the Tiled map it names (relative to the file), if any. */
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
    map = { text: await readText(resolve(dirname(path), ref.file), MAX_MAP_BYTES, 'map') };
  } catch (err) {
    const result = parseScenarioText(text, path);
    const unread = problem(
      'error',
      ['map', 'tiled', 'file'],
      `cannot read the Tiled map ${ref.file}: ${describeReadError(err, 'map')}`,
      'give the path of the map relative to this scenario file',
    );
    return {
      ok: false,
      problems: [unread, ...(result.ok ? [] : result.problems)],
      warnings: result.warnings,
    };
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

class ReadRefusal extends Error {}

type What = 'scenario' | 'map';

async function readText(path: string, limit: number, what: What): Promise<string> {
  // Before opening: opening a named pipe would wait for a writer.
  const info = await stat(path);
  if (info.isDirectory()) throw new ReadRefusal(`this is a directory, not a ${what} file`);
  if (!info.isFile()) throw new ReadRefusal('this is not a regular file');
  if (info.size > limit) throw new ReadRefusal(tooLarge(limit, what));
  const handle = await open(path, 'r');
  try {
    // Read one byte past the limit: a file that grew since stat is caught without reading it all.
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > limit) throw new ReadRefusal(tooLarge(limit, what));
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
    } catch {
      throw new ReadRefusal('the file is not UTF-8 text (is it a binary file?)');
    }
  } finally {
    await handle.close();
  }
}

const tooLarge = (limit: number, what: What) =>
  `the file is larger than ${limit / 1024 / 1024} MB; a ${what} is far smaller`;

function describeReadError(err: unknown, what: What): string {
  if (err instanceof ReadRefusal) return err.message;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'EISDIR':
      return `this is a directory, not a ${what} file`;
    default:
      return `the file cannot be read${code ? ` (${code})` : ''}`;
  }
}
