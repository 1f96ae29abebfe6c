import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_PATH, fixture } from './helpers';
import { CRASH, runCli, runCliClosedEarly } from '../cliRun';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Spawning tsx is slow (about a second a run): a few cases only.
function run(...files: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/validate.ts', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^npm warn .*\n/gm, '') };
}

describe('npm run validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mandate-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 and prints ok for the fixture', () => {
    const r = run(FIXTURE_PATH);
    expect(r.stdout).toBe(`${FIXTURE_PATH}: ok\n`);
    expect(r.code).toBe(0);
  });

  it('exits 1 with FILE: $.path: lines and no stack trace for bad files', () => {
    const bad = join(dir, 'bad.json');
    const s = fixture();
    s.districts[0].neighbours.push('harbor');
    s.turns = 'six';
    writeFileSync(bad, JSON.stringify(s));
    const binary = join(dir, 'binary.json');
    writeFileSync(binary, Buffer.from([0x00, 0xff, 0x13, 0x37]));
    const r = run(bad, binary, dir, join(dir, 'missing.json'));
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain(
      `${bad}: $.districts[0].neighbours[2]: unknown district 'harbor' (did you mean 'harbour'?)`,
    );
    expect(lines).toContain(
      `${bad}: $.turns: expected a whole number from 1 to 100, found text "six"`,
    );
    expect(lines).toContain(`${binary}: $: the file is not UTF-8 text (is it a binary file?)`);
    expect(lines).toContain(`${dir}: $: this is a directory, not a scenario file`);
    expect(lines).toContain(`${join(dir, 'missing.json')}: $: no such file`);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at |Error:/);
  });
});

describe('npm run validate on what is not a file, and into what is not a terminal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mandate-cli-'));
  const fifo = join(dir, 'pipe.json');
  execFileSync('mkfifo', [fifo]);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a named pipe, a device and a directory at once, one line each', () => {
    const r = runCli('validate', [fifo, '/dev/zero', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([
      `${fifo}: $: this is not a regular file`,
      '/dev/zero: $: this is not a regular file',
      `${dir}: $: this is a directory, not a scenario file`,
    ]);
    expect(r.stderr).not.toMatch(CRASH);
  });

  it('says in one line that a full disk took its output, and exits 1', () => {
    const r = runCli('validate', [FIXTURE_PATH], '/dev/full');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'validate: cannot write the output: no space left on the device (ENOSPC)\n',
    );
  });

  it('ends quietly with exit code 0 when its reader stops reading', async () => {
    const r = await runCliClosedEarly('validate', Array(20).fill(FIXTURE_PATH));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
