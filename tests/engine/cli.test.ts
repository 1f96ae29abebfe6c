import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSave, playGame, stateHash } from '../../src/engine';
import { defaultRules } from './helpers';
import { CRASH, runCli, runCliClosedEarly } from '../cliRun';

const run = promisify(execFile);
const tsx = (script: string, args: string[]) =>
  run('npx', ['tsx', `src/cli/${script}.ts`, ...args], {
    cwd: new URL('../../', import.meta.url).pathname,
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );

describe('node commands', () => {
  it('sim --json prints games, winRate and meanScore, and the same arguments give the same output', async () => {
    const args = [
      '--scenario',
      'scenarios/default.json',
      '--games',
      '20',
      '--seed',
      '9',
      '--policy',
      'cooperative',
      '--json',
    ];
    const [a, b] = await Promise.all([tsx('simulate', args), tsx('simulate', args)]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const out = JSON.parse(a.stdout) as { games: number; winRate: number; meanScore: number };
    expect(out.games).toBe(20);
    expect(out.winRate).toBeGreaterThanOrEqual(0);
    expect(out.winRate).toBeLessThanOrEqual(1);
    expect(out.meanScore).toBeGreaterThanOrEqual(0);
    expect(out.meanScore).toBeLessThanOrEqual(100);
  });

  it('sim refuses an unknown policy with usage, not a stack trace', async () => {
    const r = await tsx('simulate', ['--policy', 'heroic', '--games', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown policy 'heroic'/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('replay prints the state hash of a saved game, after the last or the Nth turn', async () => {
    const rules = defaultRules();
    const played = playGame(rules, 'cli-replay', 'cooperative');
    const dir = mkdtempSync(join(tmpdir(), 'mandate-'));
    const file = join(dir, 'save.json');
    writeFileSync(
      file,
      JSON.stringify(
        makeSave(rules.scenario.id, rules.scenarioHash, 'cli-replay', played.commands),
      ),
    );
    const r = await tsx('replay', [file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(stateHash(played.state));
    const third = await tsx('replay', [file, '--turn', '3']);
    expect(third.stdout).toMatch(/^turn 4 \(planning\) state [0-9a-f]{16}/);
  });

  it('replay names the path of a broken command in a save', async () => {
    const rules = defaultRules();
    const dir = mkdtempSync(join(tmpdir(), 'mandate-'));
    const file = join(dir, 'bad.json');
    const save = makeSave(rules.scenario.id, rules.scenarioHash, 's', [
      { type: 'commit', role: 'military' },
      { type: 'commit', role: 'military' },
    ]);
    writeFileSync(file, JSON.stringify(save));
    const r = await tsx('replay', [file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\$\.commands\[1\]: commit cannot be applied: Already committed/);
    writeFileSync(file, '{"format":"mandate-save","version":1,"__proto__":{"x":1}}');
    const hostile = await tsx('replay', [file]);
    expect(hostile.code).toBe(1);
    expect(hostile.stderr).toMatch(/__proto__/);
  });

  it('bench --json prints gamesPerSecond and replayMs', async () => {
    const r = await tsx('bench', ['--json', '--games', '5']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { gamesPerSecond: number; replayMs: number };
    expect(out.gamesPerSecond).toBeGreaterThan(0);
    expect(out.replayMs).toBeGreaterThan(0);
  });
});

describe('command-line hygiene', () => {
  it('a mistyped option is refused with the known ones, not silently ignored', async () => {
    const r = await tsx('simulate', ['--games', '2', '--polcy', 'siloed']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option --polcy \(known: .*--policy/);
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await tsx('simulate', ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run sim/);
  });
});

describe('the commands on what is not a file, and into what is not a terminal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mandate-'));
  const fifo = join(dir, 'pipe.json');
  execFileSync('mkfifo', [fifo]);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [fifo, 'this is not a regular file'],
    ['/dev/zero', 'this is not a regular file'],
    [dir, 'this is a directory, not a save file'],
  ])('replay refuses %s in one line, without reading it', (file, why) => {
    const r = runCli('replay', [file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: ${file}: $: ${why}\n`);
  });

  it('sim and balance refuse a named pipe or a device as the scenario', () => {
    for (const [script, args] of [
      ['simulate', ['--scenario', fifo, '--games', '1']],
      ['balance', ['/dev/zero', '--games', '1']],
    ] as const) {
      const r = runCli(script, args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/: \$: this is not a regular file\n/);
      expect(r.stderr).not.toMatch(CRASH);
    }
  });

  it('sim says in one line that a full disk took its output, and exits 1', () => {
    const r = runCli('simulate', ['--games', '2'], '/dev/full');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('sim: cannot write the output: no space left on the device (ENOSPC)\n');
  });

  it.each([
    ['simulate', ['--games', '3']],
    ['replay', ['--help']],
    ['bench', ['--json', '--games', '1', '--scenario', 'tests/fixtures/mini-scenario.json']],
  ])('%s ends quietly with exit code 0 when its reader stops reading', async (script, args) => {
    const r = await runCliClosedEarly(script, args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
