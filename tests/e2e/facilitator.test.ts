/**
 * The facilitator's console and the debrief in headless Chromium. A game of four resolved turns
 * (recorded by the engine's cooperative policy) is imported; the facilitator releases an inject,
 * overrules an outcome with a reason, annotates an entry and rates an objective; a second window
 * opened as the console shows the same state hash and its commands reach the first; the debrief
 * lists all three, its charts render, the CSV has a row per district per turn, the JSON export
 * re-imports to the same hash, printing hides the buttons; the replay steps, a what-if branch is
 * set beside the real game, and a rewind from the console takes both windows back.
 * Screenshots: artifacts/screenshots/console-*.png and debrief-*.png.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { compileRules, makeSave, playGame, replay, stateHash } from '../../src/engine';
import type { Scenario } from '../../src/format';
import {
  baseUrl,
  horizontalOverflow,
  launch,
  openPage,
  shot,
  smallText,
  type Watched,
} from './browser';

const scenario = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../scenarios/default.json', import.meta.url)), 'utf8'),
) as Scenario;
const rules = compileRules(scenario);
const SEED = 'facilitator-e2e';

/**
 * Four turns of the default scenario played by the cooperative policy, cut at the start of turn 5.
 */
function recordedSave(): string {
  const { commands } = playGame(rules, SEED, 'cooperative');
  const cut = commands.slice(0, replay(rules, SEED, commands).turnStarts[5]);
  return JSON.stringify(makeSave(rules.scenario.id, rules.scenarioHash, SEED, cut));
}

let browser: Browser;
let main: Watched;
let page: Page;
let second: Page;
const secondErrors: string[] = [];

beforeAll(async () => {
  browser = await launch();
  main = await openPage(browser);
  page = main.page;
});
afterAll(async () => {
  await browser?.close();
});

const hashOf = (p: Page) => p.getByTestId('state-hash').getAttribute('data-state-hash');

/** Buttons and fields a screen reader could not name. */
async function unnamed(p: Page): Promise<string[]> {
  return p.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        'button, select, input:not([type=hidden]), textarea, [role=tab], summary',
      ),
    )
      .filter(
        (el) =>
          !el.classList.contains('sr-only') &&
          el.getAttribute('aria-hidden') !== 'true' &&
          el.getClientRects().length > 0,
      )
      .filter((el) => {
        const label =
          el.getAttribute('aria-label') ||
          el.getAttribute('aria-labelledby') ||
          (el as HTMLInputElement).labels?.length ||
          el.closest('label');
        return !label && !(el.textContent ?? '').trim();
      })
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}`),
  );
}

async function readable(p: Page, where: string): Promise<void> {
  expect(await smallText(p), `text under 14 px on ${where}`).toEqual([]);
  expect(await horizontalOverflow(p), `sideways overflow on ${where}`).toBeLessThanOrEqual(0);
  expect(await unnamed(p), `controls without a name on ${where}`).toEqual([]);
}

/**
 * Shots at the laptop's 1366×768 and the projector's 1920×1080, both checked for small text.
 * `again` brings the same part back into view after the resize has moved the layout.
 */
async function shots(p: Page, name: string, again?: () => Promise<void>): Promise<void> {
  await shot(p, `${name}-1366`);
  await readable(p, `${name} at 1366×768`);
  await p.setViewportSize({ width: 1920, height: 1080 });
  await again?.();
  await shot(p, `${name}-1920`);
  await readable(p, `${name} at 1920×1080`);
  await p.setViewportSize({ width: 1366, height: 768 });
}

/** The font size of every chart label as drawn on screen: its CSS size times the SVG's scale. */
async function chartTextSizes(p: Page): Promise<number[]> {
  return p.locator('svg.chart-svg text').evaluateAll((ts) =>
    ts.map((t) => {
      const m = (t as SVGGraphicsElement).getScreenCTM();
      return Number.parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
    }),
  );
}

async function download(p: Page, testId: string): Promise<{ name: string; text: string }> {
  const wait = p.waitForEvent('download');
  await p.getByTestId(testId).click();
  const file = await wait;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('the facilitator runs the exercise from the console', () => {
  it('opens a recorded game and the console with the god\u2019s-eye view', async () => {
    // The canvas renderer: the software WebGL of a headless browser is slow to redraw the map.
    await page.goto(`${baseUrl()}?renderer=canvas`);
    await page.getByTestId('import-save-input').setInputFiles({
      name: 'four-turns.json',
      mimeType: 'application/json',
      buffer: Buffer.from(recordedSave()),
    });
    await page.getByRole('heading', { name: 'Briefing' }).waitFor();
    await page.getByTestId('open-console').click();
    await page.getByTestId('console').waitFor();
    expect(await page.getByTestId('team-card').count()).toBe(3);
    expect(await page.getByTestId('console-districts').locator('tbody tr').count()).toBe(10);
    expect(await page.getByTestId('console-intelligence').locator('tbody tr').count()).toBe(
      scenario.intelligence.length,
    );
    await shots(page, 'console-overview');
  });

  it('releases an inject from the master events list', async () => {
    const before = await hashOf(page);
    await page.getByTestId('console-tab-injects').click();
    const inject = page.locator('[data-testid=inject][data-inject=inj_corruption_scandal]');
    expect(await inject.getAttribute('data-status')).toBe('pending');
    expect(await inject.innerText()).toMatch(/Expected response[\s\S]*Tests/);
    await page.getByTestId('release-inj_corruption_scandal').click();
    await expect.poll(() => inject.getAttribute('data-status')).toBe('fired');
    expect(await hashOf(page)).not.toBe(before);
    await shots(page, 'console-injects');

    // A custom inject: changes a scenario may make to a district, with a title and a reason.
    await page.getByTestId('ci-title').fill('Market traders strike');
    await page.getByTestId('ci-district').selectOption('dunmere');
    await page.getByTestId('ci-ind-1').selectOption('tension');
    await page.getByTestId('ci-delta-1').fill('6');
    await page.getByTestId('ci-submit').click();
    await expect.poll(() => page.getByTestId('notice').innerText()).toMatch(/State why/);
    await page.getByTestId('ci-reason').fill('to test the civilian mediation');
    await page.getByTestId('ci-submit').click();
    await expect
      .poll(() => page.getByTestId('notice').innerText())
      .toMatch(/Custom inject .Market traders strike.: 1 change in Dunmere/);
  });

  it('overrules an outcome with a reason and annotates an entry', async () => {
    await page.getByTestId('console-tab-log').click();
    const overrule = page.locator('summary[data-testid^="overrule-"]').first();
    const id = (await overrule.getAttribute('data-testid'))!.replace('overrule-', '');
    await overrule.click();
    // No reason, no overrule.
    await page.getByTestId(`overrule-${id}-save`).click();
    await expect.poll(() => page.getByTestId('notice').innerText()).toMatch(/State a reason/);
    await page.getByTestId(`overrule-${id}-reason`).fill('the patrol never reached the district');
    await page.getByTestId(`overrule-${id}-save`).click();
    const entry = page.locator(`[data-testid=console-entry][data-entry="${id}"]`);
    await expect.poll(() => entry.innerText()).toMatch(/Overruled by the facilitator/);

    const annotate = page.locator('summary[data-testid^="annotate-"]').first();
    const aid = (await annotate.getAttribute('data-testid'))!.replace('annotate-', '');
    await annotate.click();
    await page
      .getByTestId(`annotate-${aid}-note`)
      .fill('Ask the police what they knew before this.');
    await page.getByTestId(`annotate-${aid}-save`).click();
    await expect
      .poll(() => page.locator(`[data-testid=console-entry][data-entry="${aid}"]`).innerText())
      .toMatch(/Ask the police what they knew/);
    await shots(page, 'console-log');

    await page.getByTestId('console-tab-evaluation').click();
    await page.getByTestId('rate-obj_security-rating').selectOption('someChallenges');
    await page.getByTestId('rate-obj_security-note').fill('Joint patrols came late in the north.');
    await page.getByTestId('rate-obj_security-save').click();
    await expect
      .poll(() => page.locator('[data-testid=eval-row][data-objective=obj_security]').innerText())
      .toMatch(/Performed with some challenges/);
    await shots(page, 'console-evaluation');

    // A planning timer, counted down on the projector.
    await page.getByTestId('timer-minutes').fill('7');
    await page.getByTestId('timer-set').click();
    await page.getByTestId('console-back').click();
    await page.getByRole('heading', { name: 'Briefing' }).waitFor();
    await expect.poll(() => page.getByTestId('timer').innerText()).toMatch(/Planning 0[67]:\d\d/);
  });

  it('a second window opened as the console shows the same state, and its commands reach the first', async () => {
    await page.getByTestId('open-console').click();
    const popup = page.waitForEvent('popup');
    await page.getByTestId('open-console-window').click();
    second = await popup;
    second.on('pageerror', (e) => secondErrors.push(`pageerror: ${e.message}`));
    second.on('console', (m) => {
      if (m.type() === 'error') secondErrors.push(`console: ${m.text()}`);
    });
    await second.setViewportSize({ width: 1366, height: 768 });
    await second.getByTestId('console').waitFor();
    expect(new URL(second.url()).searchParams.get('view')).toBe('console');
    // The main window goes back to the game: the console lives in the other window now.
    await page.getByRole('heading', { name: 'Briefing' }).waitFor();
    const hash = await hashOf(page);
    await expect.poll(() => hashOf(second)).toBe(hash);
    // The timer it was set to travels too.
    await expect.poll(() => second.getByTestId('console-timer').innerText()).toMatch(/0[67]:\d\d/);
    await shots(second, 'console-window');

    await second.getByTestId('console-pause').click();
    await page.getByTestId('paused').waitFor();
    await expect.poll(() => hashOf(page)).toBe(await hashOf(second));
    // And back: resumed from the main window's own console.
    await page.getByTestId('open-console').click();
    await page.getByTestId('console-resume').click();
    await second.getByTestId('console-pause').waitFor();
    await expect.poll(() => hashOf(second)).toBe(await hashOf(page));
    expect(secondErrors).toEqual([]);
  });
});

describe('the debrief', () => {
  it('lists the released inject, the overrule and the annotation; its charts render', async () => {
    await page.getByTestId('console-end').click();
    await page.getByTestId('end-reason').fill('the class is out of time');
    await page.getByTestId('confirm-end').click();
    await page.getByTestId('end').waitFor();
    await page.getByTestId('open-debrief').click();
    await page.getByRole('heading', { name: /^Debrief:/ }).waitFor();
    await shots(page, 'debrief');

    expect(await page.getByTestId('released-injects').innerText()).toMatch(
      /Port police chief exposed|corruption/i,
    );
    expect(await page.getByTestId('facilitator-actions').innerText()).toMatch(
      /overruled .*the patrol never reached the district/,
    );
    expect(await page.getByTestId('facilitator-actions').innerText()).toMatch(
      /adjusted tension in Dunmere by \+6: Custom inject .Market traders strike.: to test the civilian mediation/,
    );
    expect(await page.getByTestId('annotations').innerText()).toMatch(
      /Ask the police what they knew before this/,
    );
    expect(
      await page.locator('[data-testid=db-evaluation] tr[data-objective=obj_security]').innerText(),
    ).toMatch(/some challenges[\s\S]*came late/);

    // Evidence: open one to see its roll.
    const evidence = page.getByTestId('evidence').first();
    await evidence.locator('summary').click();
    expect(await evidence.innerText()).toMatch(/Rolled \d+ against \d+|No roll/);

    const indicators = page.getByTestId('chart-indicators');
    const trust = page.getByTestId('chart-trust');
    expect(await indicators.locator('svg.chart-svg path.chart-line').count()).toBe(
      rules.indicators.length,
    );
    expect(await trust.locator('svg.chart-svg path.chart-line').count()).toBe(rules.pairs.length);
    for (const d of await indicators
      .locator('path.chart-line')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? '')))
      expect(d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){4}$/);
    // Lines are told apart without colour: each has its own dash pattern.
    const dashes = await indicators
      .locator('path.chart-line')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('stroke-dasharray')));
    expect(new Set(dashes).size).toBe(dashes.length);
    await page.getByTestId('chart-scope').selectOption('dunmere');
    await expect
      .poll(() => page.locator('#db-charts h3').first().innerText())
      .toBe('Indicators in Dunmere');

    const goCharts = () => page.getByRole('link', { name: 'Charts' }).click();
    await goCharts();
    await shots(page, 'debrief-charts', goCharts);
    // The chart text as drawn on screen (the SVG is scaled): never under 14 px.
    expect(Math.min(...(await chartTextSizes(page)))).toBeGreaterThanOrEqual(14);
    const goFacts = () => page.getByRole('link', { name: 'Who knew what, when' }).click();
    await goFacts();
    await shots(page, 'debrief-facts', goFacts);
    const goObjectives = () => page.getByRole('link', { name: 'Objectives' }).click();
    await goObjectives();
    await shots(page, 'debrief-objectives', goObjectives);
  });

  it('keeps an improvement plan and exports Markdown, CSV and a JSON save that re-imports to the same hash', async () => {
    await page.getByRole('link', { name: 'Improvement plan' }).click();
    await page.getByTestId('impr-action').fill('Write a joint patrol procedure with the police');
    await page.getByTestId('impr-owner').fill('Force commander');
    await page.getByTestId('impr-due').fill('end of March');
    await page.getByTestId('impr-add').click();
    await expect.poll(() => page.getByTestId('improvement').count()).toBe(1);
    const goEvaluation = () => page.getByRole('link', { name: 'Evaluation' }).click();
    await goEvaluation();
    await shots(page, 'debrief-evaluation', goEvaluation);

    const md = await download(page, 'export-markdown');
    expect(md.name).toMatch(/\.md$/);
    expect(md.text).toMatch(/^# After-action report: Velmora/);
    expect(md.text).toContain('Ask the police what they knew before this.');
    expect(md.text).toMatch(
      /\| Write a joint patrol procedure with the police \| .* \| Force commander \| end of March \|/,
    );

    const csv = await download(page, 'export-csv');
    const rows = csv.text.trim().split('\n');
    const turns = 5; // the start and four resolved turns
    expect(rows[0]).toBe(
      ['turn', 'district', 'name', ...rules.indicators.map((i) => i.id)].join(','),
    );
    expect(rows).toHaveLength(1 + turns * scenario.districts.length);
    for (let t = 0; t < turns; t++) {
      expect(
        rows
          .filter((r) => r.startsWith(`${t},`))
          .map((r) => r.split(',')[1])
          .sort(),
      ).toEqual(scenario.districts.map((d) => d.id).sort());
    }

    const json = await download(page, 'export-json');
    const file = JSON.parse(json.text) as {
      commands: unknown[];
      app: { log: unknown[]; seats: Record<string, unknown> };
    };
    expect(file.app.log.length).toBeGreaterThan(50);
    expect(Object.keys(file.app.seats).sort()).toEqual(['civilian', 'military', 'police']);
    const hash = await hashOf(page);
    // It replays to the same state in Node…
    expect(stateHash(replay(rules, SEED, file.commands as never).state)).toBe(hash);
    // …and in a fresh browser.
    const other = await openPage(browser);
    await other.page.goto(baseUrl());
    await other.page.getByTestId('import-save-input').setInputFiles({
      name: json.name,
      mimeType: 'application/json',
      buffer: Buffer.from(json.text),
    });
    await other.page.getByTestId('end').waitFor();
    expect(await hashOf(other.page)).toBe(hash);
    expect(other.errors).toEqual([]);
    await other.context.close();
  });

  it('prints cleanly: no top bar, no buttons, the charts kept', async () => {
    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() => {
      const shown = (sel: string) =>
        Array.from(document.querySelectorAll<HTMLElement>(sel)).filter(
          (el) => el.getClientRects().length > 0,
        ).length;
      return {
        buttons: shown('button'),
        topbar: shown('.topbar'),
        nav: shown('.debrief-nav'),
        charts: shown('svg.chart-svg'),
        background: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(visible).toEqual({
      buttons: 0,
      topbar: 0,
      nav: 0,
      charts: 2,
      background: 'rgb(255, 255, 255)',
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'debrief-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('replay, what-if and rewind', () => {
  it('steps the map and the log through the turns, forwards and back', async () => {
    await page.getByTestId('open-replay').click();
    await page.locator('[data-testid=map][data-ready=true] canvas').waitFor();
    const pos = page.getByTestId('replay-position');
    expect([await pos.getAttribute('data-turn'), await pos.getAttribute('data-edge')]).toEqual([
      '1',
      'end',
    ]);
    await page.getByTestId('replay-next').click();
    await expect.poll(() => pos.getAttribute('data-edge')).toBe('start');
    expect(await pos.getAttribute('data-turn')).toBe('2');
    await page.locator('body').press('ArrowRight');
    await expect.poll(() => pos.getAttribute('data-edge')).toBe('end');
    await page.getByTestId('replay-prev').click();
    await page.getByTestId('replay-prev').click();
    await expect.poll(() => pos.getAttribute('data-turn')).toBe('1');
    await page.getByTestId('replay-turn').selectOption('2');
    await expect.poll(() => pos.getAttribute('data-turn')).toBe('2');
    expect(await page.getByTestId('replay').getByTestId('log-entry').count()).toBeGreaterThan(3);
    await shots(page, 'debrief-replay');
  });

  it('branches from a turn with other orders for one team and sets the two outcomes side by side', async () => {
    const real = await hashOf(page);
    await page.getByTestId('open-whatif').click();
    await page.getByTestId('whatif-role').selectOption('police');
    await page.getByTestId('whatif-policy').selectOption('siloed');
    await page.getByTestId('whatif-play').click();
    const results = page.getByTestId('whatif-results');
    await results.getByTestId('branch-outcome').waitFor();
    expect(await results.getByTestId('real-outcome').innerText()).toMatch(/Real game\s+\d+/i);
    expect(await results.getByTestId('branch-outcome').innerText()).toMatch(/What-if\s+\d+/i);
    expect(await results.getByTestId('whatif-objectives').locator('tbody tr').count()).toBe(
      scenario.objectives.length,
    );
    expect(await results.getByTestId('whatif-chart').locator('path.chart-line').count()).toBe(2);
    const [branchHash, realHash] = (await results.innerText())
      .match(/Branch state ([0-9a-f]{16}); real state ([0-9a-f]{16})/)!
      .slice(1);
    expect(realHash).toBe(real);
    expect(branchHash).not.toBe(real);
    await shots(page, 'debrief-whatif');
    await results.getByTestId('whatif-chart').scrollIntoViewIfNeeded();
    await shots(page, 'debrief-whatif-chart', () =>
      results.getByTestId('whatif-chart').scrollIntoViewIfNeeded(),
    );
    expect(Math.min(...(await chartTextSizes(page)))).toBeGreaterThanOrEqual(14);
    // The real game is untouched.
    expect(await hashOf(page)).toBe(real);
  });

  it('rewinds to the start of an earlier turn from the console, after asking, in both windows', async () => {
    await page.getByTestId('whatif-close').click();
    await page.getByTestId('open-console').click();
    await page.getByTestId('rewind-turn').selectOption('3');
    await page.getByTestId('rewind').click();
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await page.getByTestId('confirm-dialog').innerText()).toMatch(
      /Rewind to the start of turn 3\?/,
    );
    await page.getByTestId('confirm-no').click();
    expect(await page.getByTestId('turn').getAttribute('data-turn')).toBe('5');
    await page.getByTestId('rewind').click();
    await page.getByTestId('confirm-yes').click();
    await page.getByRole('heading', { name: 'Briefing' }).waitFor();
    expect(await page.getByTestId('turn').getAttribute('data-turn')).toBe('3');
    await expect.poll(() => second.getByTestId('turn').getAttribute('data-turn')).toBe('3');
    const hash = await hashOf(page);
    await expect.poll(() => hashOf(second)).toBe(hash);
    // The same state as replaying the recorded commands cut at the start of turn 3, plus the note.
    await page.getByTestId('tools-menu').click();
    const json = await download(page, 'export-save');
    const commands = (JSON.parse(json.text) as { commands: never[] }).commands;
    expect(stateHash(replay(rules, SEED, commands).state)).toBe(hash);
    expect(main.errors).toEqual([]);
    expect(secondErrors).toEqual([]);
  });
});
