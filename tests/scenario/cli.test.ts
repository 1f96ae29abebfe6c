import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_PATH, fixture } from './helpers';

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
