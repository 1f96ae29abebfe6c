/** Reading a scenario file from disk; Node only, kept apart so the browser bundle never sees `fs`. */
import { open, stat } from 'node:fs/promises';
import { MAX_TEXT_BYTES, parseScenarioText } from './load';
import { problem, type ValidationResult } from './problems';

export async function readScenarioFile(path: string): Promise<ValidationResult> {
  let text: string;
  try {
    text = await readText(path);
  } catch (err) {
    return { ok: false, problems: [problem('error', [], describeReadError(err))], warnings: [] };
  }
  return parseScenarioText(text, path);
}

class ReadRefusal extends Error {}

async function readText(path: string): Promise<string> {
  // Before opening: opening a named pipe would wait for a writer.
  const info = await stat(path);
  if (info.isDirectory()) throw new ReadRefusal('this is a directory, not a scenario file');
  if (!info.isFile()) throw new ReadRefusal('this is not a regular file');
  if (info.size > MAX_TEXT_BYTES) throw new ReadRefusal(tooLarge());
  const handle = await open(path, 'r');
  try {
    // Read one byte past the limit: a file that grew since stat is caught without reading it all.
    const buffer = Buffer.alloc(MAX_TEXT_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_TEXT_BYTES) throw new ReadRefusal(tooLarge());
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

const tooLarge = () => `the file is larger than ${MAX_TEXT_BYTES / 1024 / 1024} MB; a scenario is far smaller`;

function describeReadError(err: unknown): string {
  if (err instanceof ReadRefusal) return err.message;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'EISDIR':
      return 'this is a directory, not a scenario file';
    default:
      return `the file cannot be read${code ? ` (${code})` : ''}`;
  }
}
