/**
 * A whole exercise in other languages: Spanish chosen on the start screen, a turn planned and
 * resolved in Spanish (its log explained in Spanish), a switch to French mid-game that keeps the
 * game, the debrief in French, and its Markdown exported in Spanish. On every screen: no English
 * left, no text cut off or running out of its box, nothing under 14 px, no sideways scroll.
 * Screenshots: artifacts/screenshots/lang-*.png.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  clippedText,
  englishWords,
  horizontalOverflow,
  launch,
  mapReady,
  openPage,
  shot,
  smallText,
  tool,
  type Watched,
} from './browser';
import { makeLang, type Lang } from '../../src/i18n';
import { ref } from '../../src/engine/messages';
import type { Scenario } from '../../src/format';

const scenario = JSON.parse(
  readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'),
) as Scenario;
const es = makeLang('es', scenario);
const fr = makeLang('fr', scenario);

/** Words that only English has: any of them on a Spanish or French screen is an untranslated
 * string. */
const ENGLISH =
  /\b(the|and|with|which|succeeded|failed|orders?|turn|team|report|chance|rolled|share|shared|back|next|start|choose|scenario)\b/i;
/** Words of the other language: what a switch mid-game must not leave behind. */
const OTHER = {
  es: /(équipe|tour |rapport|réussite|échec)/i,
  fr: /\b(equipo|turno|informe|éxito|fracaso)\b/i,
};

/** The report's title for the police-led joint patrol in Aldera, succeeded or failed, in a
 * language. */
function patrolTitles(L: Lang): string[] {
  const args = {
    who: [ref('role', 'police'), ref('role', 'military')],
    action: ref('action', 'joint_patrol'),
    district: ref('district', 'aldera'),
  };
  return [L.msg({ key: 'log.actionSucceeded', args }), L.msg({ key: 'log.actionFailed', args })];
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let browser: Browser;
let w: Watched;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  w = await openPage(browser);
  page = w.page;
});
afterAll(async () => {
  await browser?.close();
});

/** The checks every screen gets in every language, at the laptop size and at 1024×768. */
async function check(name: string, lang: 'es' | 'fr'): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(size);
    await shot(page, `lang-${name}-${size.width}`);
    const where = `${name} at ${size.width}×${size.height}`;
    expect(await englishWords(page, ENGLISH), `English on ${where}`).toEqual([]);
    expect(await englishWords(page, OTHER[lang]), `the other language on ${where}`).toEqual([]);
    expect(await clippedText(page), `text cut off on ${where}`).toEqual([]);
    expect(await smallText(page), `text under 14 px on ${where}`).toEqual([]);
    expect(await horizontalOverflow(page), `sideways overflow on ${where}`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

async function state(): Promise<{ hash: string | null; turn: string | null }> {
  return {
    hash: await page.getByTestId('state-hash').getAttribute('data-state-hash'),
    turn: await page.getByTestId('turn').getAttribute('data-turn'),
  };
}

async function reveal(): Promise<void> {
  await page.getByTestId('reveal').click();
  await page.getByTestId('role-card').waitFor();
}

async function give(action: string, district: string, partners: string[] = []): Promise<void> {
  const before =
    (await page.getByTestId('my-order').count()) + (await page.getByTestId('my-proposal').count());
  await page.getByTestId('draft-action').selectOption(action);
  await page.getByTestId('draft-district').selectOption(district);
  for (const p of partners) await page.getByTestId(`partner-${p}`).check();
  await page.getByTestId('draft-submit').click();
  await expect
    .poll(
      async () =>
        (await page.getByTestId('my-order').count()) +
        (await page.getByTestId('my-proposal').count()),
    )
    .toBe(before + 1);
}

describe('an exercise in Spanish, then French', () => {
  it('offers the languages on the start screen, each named in itself, and switches to Spanish', async () => {
    await page.goto(baseUrl());
    const select = page.getByTestId('language-select');
    await select.waitFor();
    const options = await select.locator('option').allInnerTexts();
    expect(options).toEqual(expect.arrayContaining(['English', 'Español', 'Français']));
    await select.selectOption('es');
    await expect.poll(() => page.getByText(es.text(scenario.title)).count()).toBeGreaterThan(0);
    await check('start-es', 'es');
  });

  it('sets up and briefs in Spanish, with the scenario in Spanish', async () => {
    await page.getByTestId('choose-velmora').click();
    await page.getByTestId('seed').fill('lenguas');
    await check('setup-es', 'es');
    await page.getByTestId('start-game').click();
    await mapReady(page);
    const briefing = await page.locator('main').innerText();
    expect(briefing).toContain(es.text(scenario.districts[0]!.name));
    await check('briefing-es', 'es');
  });

  it('plans and resolves a turn in Spanish: a joint patrol the military accept, explained in Spanish', async () => {
    await page.getByTestId('begin-planning').click();
    await reveal();
    await give('patrol', 'kesh_highlands');
    await page.getByTestId('finish-round').click();
    await reveal();
    await give('joint_patrol', 'aldera', ['military']);
    await page.getByTestId('draft-action').selectOption('crowd_control');
    await mapReady(page);
    await check('planning-es', 'es');
    await page.getByTestId('finish-round').click();
    await reveal();
    await give('aid_delivery', 'tamsin_plains');
    await page.getByTestId('finish-round').click();
    // Round 2: the military accept, everyone commits.
    await reveal();
    await page.locator('[data-testid^=accept-]').first().click();
    await page.getByTestId('commit').click();
    await reveal();
    await page.getByTestId('commit').click();
    await reveal();
    await page.getByTestId('commit').click();

    const report = page.getByTestId('report');
    await report.waitFor();
    // The entry's title is the engine's message in Spanish, whichever way the roll went.
    const titles = patrolTitles(es);
    const patrol = report
      .getByTestId('log-entry')
      .filter({ hasText: new RegExp(titles.map(escape).join('|')) });
    await expect.poll(() => patrol.count()).toBe(1);
    await patrol.getByRole('button').first().click();
    const why = patrol.locator('details.why');
    await expect.poll(() => why.getAttribute('open')).not.toBeNull();
    const text = await why.innerText();
    // The modifiers' reasons are the engine's messages in Spanish.
    expect(text).toContain(
      es.msg({
        key: 'mod.unitOnSite',
        args: { role: scenario.roles.find((r) => r.kind === 'police')!.name },
      }),
    );
    await mapReady(page);
    await check('report-es', 'es');
  });

  it('switches to French in the middle of the game, and the game goes on untouched', async () => {
    const before = await state();
    await page.getByTestId('language-switch').selectOption('fr');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await state()).toEqual(before);
    const patrol = page
      .getByTestId('report')
      .getByTestId('log-entry')
      .filter({ hasText: new RegExp(patrolTitles(fr).map(escape).join('|')) });
    await expect.poll(() => patrol.count()).toBe(1);
    await check('report-fr', 'fr');
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await state()).toEqual(before);
  });

  it('shows the facilitator\u2019s console in French', async () => {
    await page.getByTestId('open-console').click();
    await page.getByTestId('console').waitFor();
    await check('console-fr', 'fr');
    await page.getByTestId('console-tab-injects').click();
    await page.getByTestId('injects').waitFor();
    await check('console-injects-fr', 'fr');
    await page.getByTestId('console-back').click();
  });

  it('ends the exercise and opens the debrief in French', async () => {
    await tool(page, 'end-exercise');
    await page.getByTestId('end-reason').fill('fin de la séance');
    await check('end-dialog-fr', 'fr');
    await page.getByTestId('confirm-end').click();
    await page.getByTestId('end').waitFor();
    await check('end-fr', 'fr');
    await page.getByTestId('open-debrief').click();
    await page.getByTestId('export-markdown').waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain(fr.text(scenario.title));
    expect(text).toContain(fr.text(scenario.debriefQuestions[0]!));
    await check('debrief-fr', 'fr');
  });

  it('exports the French debrief in Spanish without changing the window\u2019s language', async () => {
    await page.getByTestId('export-language').selectOption('es');
    const wait = page.waitForEvent('download');
    await page.getByTestId('export-markdown').click();
    const md = readFileSync(await (await wait).path(), 'utf8');
    expect(md).toContain(es.text(scenario.title));
    expect(md).toContain(es.text(scenario.debriefQuestions[0]!));
    expect(md).not.toContain(fr.text(scenario.debriefQuestions[0]!));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  });

  it('steps through the replay and plays a what-if branch in French', async () => {
    await page.getByTestId('open-replay').click();
    await mapReady(page);
    await page.getByTestId('replay').getByTestId('log-entry').first().waitFor();
    await check('replay-fr', 'fr');
    await page.getByTestId('open-whatif').click();
    await page.getByTestId('whatif-role').selectOption('police');
    await page.getByTestId('whatif-policy').selectOption('siloed');
    await page.getByTestId('whatif-play').click();
    await page.getByTestId('whatif-results').getByTestId('branch-outcome').waitFor();
    await check('whatif-fr', 'fr');
    expect(w.errors).toEqual([]);
  });
});
