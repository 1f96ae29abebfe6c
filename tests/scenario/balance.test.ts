import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileRules, simulate } from '../../src/engine';
import { spreadSentence, type BalanceReport } from '../../src/cli/balance/analyse';
import { mdText } from '../../src/cli/balance/markdown';
import { xml } from '../../src/cli/balance/svg';
import type { Scenario } from '../../src/format';
import { FIXTURE_PATH, fixture } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GAMES = 20;

describe('npm run balance on the fixture', () => {
  const out = mkdtempSync(join(tmpdir(), 'mandate-balance-'));
  let run: { code: number | null; stdout: string; stderr: string };
  let report: BalanceReport;
  let markdown: string;
  beforeAll(() => {
    // One run for all the checks: spawning tsx and playing 60 games takes a few seconds.
    const r = spawnSync(
      'npx',
      ['tsx', 'src/cli/balance.ts', FIXTURE_PATH, '--games', String(GAMES), '--out', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    run = { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^npm warn .*\n/gm, '') };
    report = JSON.parse(
      readFileSync(join(out, 'balance-tutorial-fixture.json'), 'utf8'),
    ) as BalanceReport;
    markdown = readFileSync(join(out, 'balance-tutorial-fixture.md'), 'utf8');
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('exits 0, says the spread and where it wrote the three files', () => {
    expect(run.code).toBe(0);
    for (const ext of ['md', 'json', 'svg'])
      expect(existsSync(join(out, `balance-tutorial-fixture.${ext}`))).toBe(true);
    expect(run.stdout).toContain(report.spread.sentence);
    expect(run.stdout).toMatch(/wrote .*balance-tutorial-fixture\.md/);
  });

  it('shows progress on stderr, a line every tenth of the way when it is not a terminal', () => {
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual(
      Array.from({ length: 10 }, (_, i) => `balance: ${(i + 1) * 10}% (${(i + 1) * 6}/60 games)`),
    );
  });

  it("the JSON carries the figures of the engine's own simulation on the same seeds", () => {
    const rules = compileRules(fixture() as Scenario);
    expect(report.gamesPerPolicy).toBe(GAMES);
    expect(report.policies.map((p) => p.policy)).toEqual(['cooperative', 'siloed', 'random']);
    for (const p of report.policies) {
      const sim = simulate(rules, 'balance', GAMES, p.policy);
      expect(p.games).toBe(GAMES);
      expect(p.winRate).toBeCloseTo(sim.winRate, 3);
      expect(Math.abs(p.meanScore - sim.meanScore)).toBeLessThanOrEqual(0.051); // one decimal in the report
      expect(p.histogram.reduce((a, b) => a + b, 0)).toBe(GAMES);
      expect(p.objectives).toEqual(sim.objectiveRates.map((o) => o.rate));
    }
    expect(report.spread.points).toBe(
      Math.round(report.policies[0]!.winRate * 100) - Math.round(report.policies[1]!.winRate * 100),
    );
    expect(report.spread.declared).toBe(10);
  });

  it('counts actions from the log and injects from the state', () => {
    const byId = Object.fromEntries(report.actions.map((a) => [a.action, a]));
    expect(Object.keys(byId)).toEqual(fixture().actions);
    // The siloed policy never proposes joint actions nor shares.
    expect(byId.joint_patrol!.coordinated).toBe(true);
    expect(byId.joint_patrol!.usesByPolicy[1]).toBe(0);
    expect(byId.share_intel!.coordinated).toBe(true);
    expect(byId.patrol!.coordinated).toBe(false);
    expect(byId.patrol!.usesByPolicy.some((u) => u > 0)).toBe(true);
    // "water-shortage" is scripted for turn 2 and every game reaches it.
    expect(report.injects[0]).toMatchObject({
      inject: 'water-shortage',
      fired: 1,
      meanTurn: 2,
      firedByPolicy: [1, 1, 1],
    });
  });

  it('the Markdown states the spread in words, links the chart and shows every section', () => {
    expect(markdown).toContain(`**${report.spread.sentence}**`);
    expect(report.spread.sentence).toMatch(/^(Cooperative|Siloed) (play wins|and siloed play win)/);
    expect(markdown).toContain(
      '![Win rate and score distribution by policy](balance-tutorial-fixture.svg)',
    );
    for (const heading of [
      '## Win rate and score by policy',
      '## Objectives met',
      '## What decided games',
      '### Coordinated actions',
      '### Solo actions',
      '## Injects',
    ]) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).toMatch(/```text\ncooperative \(win rate \d+%, mean score [\d.]+\)\n {4}0–9 /);
    expect(markdown).toContain(
      '| Pumps fail in the market (`water-shortage`) | 100% | 100% | 100% | 100% | 2 |',
    );
    const svg = readFileSync(join(out, 'balance-tutorial-fixture.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(`cooperative: ${Math.round(report.policies[0]!.winRate * 100)}%`);
  });
});

describe('balance report wording', () => {
  it.each([
    [
      0.95,
      0.33,
      25,
      'Cooperative play wins 62 points more often than siloed play (95% vs 33%); the scenario declares 25: coordination matters as intended.',
    ],
    [
      0.5,
      0.4,
      25,
      'Cooperative play wins 10 points more often than siloed play (50% vs 40%); the scenario declares 25: coordination matters less than intended.',
    ],
    [
      0.3,
      0.3,
      10,
      'Cooperative and siloed play win equally often (30% vs 30%); the scenario declares 10: coordination does not pay in this scenario, against its intent.',
    ],
    [
      0.2,
      0.5,
      null,
      'Siloed play wins 30 points more often than cooperative play (20% vs 50%); the scenario declares no expected margin (expectedCooperationMargin).',
    ],
  ])('%s vs %s, declared %s', (coop, silo, declared, sentence) => {
    expect(spreadSentence(coop, silo, declared).sentence).toBe(sentence);
  });

  it('keeps scenario text from opening HTML, links or table cells', () => {
    expect(mdText('<img src=x> [a](b) | c\nd')).toBe('\\<img src=x\\> \\[a\\](b) \\| c d');
    expect(xml('A & B <script>"x"</script>')).toBe(
      'A &#38; B &#60;script&#62;&#34;x&#34;&#60;/script&#62;',
    );
  });
});
