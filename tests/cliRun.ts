/**
 * Running the real command-line tools for the tests of what they read and where they write:
 * node with tsx's loader rather than npx, so that a timeout ends the tool itself (a tool stuck on
 * a named pipe must fail its test, not outlive it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const command = (script: string, args: readonly string[]) => [
  '--import',
  'tsx',
  `src/cli/${script}.ts`,
  ...args,
];

/** The tool's output and exit code; `intoFile` sends stdout to that file instead (/dev/full). */
export function runCli(script: string, args: readonly string[], intoFile?: string): CliResult {
  const out = intoFile === undefined ? 'pipe' : openSync(intoFile, 'w');
  try {
    const r = spawnSync(process.execPath, command(script, args), {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', out, 'pipe'],
      timeout: 30_000,
    });
    return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  } finally {
    if (typeof out === 'number') closeSync(out);
  }
}

/** The tool with a reader that closes its end of the pipe at once, as `| head -0` would. */
export function runCliClosedEarly(script: string, args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command(script, args), {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 30_000,
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: '', stderr }));
  });
}

/** Signs of a crash rather than a message: a stack trace or an unhandled error event. */
export const CRASH = /\n\s+at |Unhandled|node:internal|Error:/;
