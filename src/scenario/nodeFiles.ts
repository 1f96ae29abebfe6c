/**
 * Reading the files a person names, in Node (the command-line tools and the development server):
 * only regular files, never more than the limit, and a Tiled map only from the scenario's own
 * folder or below it. No validator here, so the development server's config can use it cheaply.
 */
import { open, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { mapPathProblem } from './mapPath';

/** A file refused on purpose; its message is meant for the person who named it. */
export class ReadRefusal extends Error {}

export type What = 'scenario' | 'map' | 'save';

/**
 * The text of a regular file of at most `limit` bytes. Named pipes, devices and directories are
 * refused before they are opened: opening a pipe waits for a writer, and /dev/zero never ends.
 */
export async function readText(path: string, limit: number, what: What): Promise<string> {
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

/** Why a file could not be read, in a few plain words. */
export function describeReadError(err: unknown, what: What): string {
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
    case 'ELOOP':
      return 'the path goes round in a loop of symbolic links';
    default:
      return `the file cannot be read${code ? ` (${code})` : ''}`;
  }
}

/**
 * The path of the Tiled map `file` names for the scenario at `scenarioPath`, once it is known to
 * lie in the scenario's folder or below it; the real paths are compared, so a symbolic link
 * cannot lead out either.
 */
export async function mapFileBeside(scenarioPath: string, file: string): Promise<string> {
  const why = mapPathProblem(file);
  if (why !== undefined) throw new ReadRefusal(why);
  const folder = await realpath(dirname(resolve(scenarioPath)));
  const target = await realpath(resolve(folder, file));
  const inside = relative(folder, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    throw new ReadRefusal(
      "the path leads out of the scenario's folder (through a symbolic link); keep the map beside the scenario or in a folder below it",
    );
  return target;
}
