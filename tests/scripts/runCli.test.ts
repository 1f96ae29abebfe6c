/**
 * `scripts/run-cli.js`, which the npm scripts use to run a command from an esbuild bundle: it
 * prints what the command run through tsx prints, passes the arguments on, and bundles again when
 * a source file changed.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const cache = mkdtempSync(join(tmpdir(), 'mandate-cli-cache-'));

const runCli = (args: string[]) =>
  exec('node', ['scripts/run-cli.js', ...args], {
    cwd: root,
    env: { ...process.env, MANDATE_CLI_CACHE: cache },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe('scripts/run-cli.js', () => {
  it('prints what the command prints through tsx', async () => {
    const args = ['--games', '3', '--seed', '4', '--policy', 'siloed', '--json'];
    const [bundled, viaTsx] = await Promise.all([
      runCli(['src/cli/simulate.ts', ...args]),
      exec('npx', ['tsx', 'src/cli/simulate.ts', ...args], { cwd: root }),
    ]);
    expect(bundled.code).toBe(0);
    expect(bundled.stdout).toBe(viaTsx.stdout);
    expect(readdirSync(cache)).toContain('src-cli-simulate.mjs');
  });

  it('passes the arguments on, and bundles again when a source file changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandate-cli-entry-'));
    const entry = join(dir, 'entry.ts');
    const word = join(dir, 'word.ts');
    writeFileSync(
      entry,
      "import { word } from './word';\nconsole.log(word, process.argv.slice(2));\n",
    );
    writeFileSync(word, "export const word: string = 'one';\n");
    expect((await runCli([entry, '--x', '1'])).stdout).toBe("one [ '--x', '1' ]\n");
    writeFileSync(word, "export const word: string = 'two';\n");
    expect((await runCli([entry])).stdout).toBe('two []\n');
  });

  it('fails with esbuild’s message when the source does not compile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandate-cli-entry-'));
    const entry = join(dir, 'broken.ts');
    writeFileSync(entry, 'const = 1;\n');
    const r = await runCli([entry]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.ts:1/);
  });
});
