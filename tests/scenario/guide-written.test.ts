// A scenario written from docs/scenario-authoring.md alone (Harbour Town Flood Response), checked
// only through the command-line tools the guide tells authors to run.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scenario = 'tests/fixtures/guide-written-scenario.json';
const timeout = 60_000;

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['tsx', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout,
    shell: process.platform === 'win32',
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

interface SimSummary {
  scenario: string;
  policy: string;
  games: number;
  winRate: number;
}

function simulate(policy: string): SimSummary {
  const { status, stdout, stderr } = run([
    'src/cli/simulate.ts',
    '--scenario',
    scenario,
    '--games',
    '50',
    '--seed',
    'guide',
    '--policy',
    policy,
    '--json',
  ]);
  expect(status, stderr).toBe(0);
  return JSON.parse(stdout) as SimSummary;
}

describe('guide-written scenario (Harbour Town Flood Response)', () => {
  it('validates with no errors and no warnings', { timeout: 2 * timeout }, () => {
    const { status, stdout, stderr } = run(['src/cli/validate.ts', scenario]);
    expect(status, stderr).toBe(0);
    expect(stdout.trim()).toBe(`${scenario}: ok`);
    expect(stdout).not.toMatch(/warning/);
  });

  it('plays 50 cooperative games', { timeout: 2 * timeout }, () => {
    const summary = simulate('cooperative');
    expect(summary.scenario).toBe('harbour-town-flood');
    expect(summary.games).toBe(50);
  });

  it('rewards cooperation over siloed play', { timeout: 3 * timeout }, () => {
    const cooperative = simulate('cooperative');
    const siloed = simulate('siloed');
    expect(cooperative.winRate).toBeGreaterThan(siloed.winRate);
    expect(cooperative.winRate).toBeLessThan(1);
    expect(siloed.winRate).toBeGreaterThan(0);
  });
});
