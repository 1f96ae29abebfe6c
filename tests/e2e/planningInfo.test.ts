/**
 * What teams can see while they plan (issue 14), in English, Spanish and French, at 1366×768 and at
 * 1920×1080:
 *
 * - an open incident says what answers it in the briefing, in the district details under the map
 *   and in the order builder, which marks the team's orders that answer it (a button puts one in
 *   the builder);
 * - the order builder and a proposal (made, and addressed to a team) show the chance as it stands,
 *   with the base, each modifier and its reason as the report's "Why?" words them, what changes
 *   each, and what a unit or a partner would make of it; the chance shown is the one the roll then
 *   uses;
 * - the report's map shows the game as the reported turn left it: the next turn's inject, already
 *   in the game, is not on it.
 *
 * Screenshots: artifacts/screenshots/info-*.png.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  clippedText,
  horizontalOverflow,
  launch,
  mapReady,
  openPage,
  shot,
  smallText,
  type Watched,
} from './browser';
import { ref } from '../../src/engine/messages';
import type { Scenario } from '../../src/format';
import { makeLang } from '../../src/i18n';
import { TEAM_NAMES } from '../../src/i18n/teamNames';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

const scenario = JSON.parse(
  readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'),
) as Scenario;
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words each check looks for, from the language's own catalogue. */
function wordsOf(locale: 'en' | 'es' | 'fr') {
  const L = makeLang(locale, scenario);
  const o = L.ui.outlook;
  const team = (kind: 'military' | 'police' | 'civilian') => TEAM_NAMES[locale].kindTeam[kind];
  const roadblock = scenario.injects[0]!.effects!.find((e) => e.type === 'incident');
  const title = roadblock?.type === 'incident' ? L.text(roadblock.incident.title) : '';
  const checkpoint = (key: 'log.actionSucceeded' | 'log.actionFailed') =>
    L.msg({
      key,
      args: {
        who: [ref('role', 'military')],
        action: ref('action', 'checkpoint'),
        district: ref('district', 'kesh_highlands'),
      },
    });
  return {
    pass: (kind: 'military' | 'police' | 'civilian') => L.ui.turn.passTo(team(kind)),
    expected: L.msg({
      key: 'log.expectedResponse',
      args: { actions: ['joint_patrol', 'checkpoint', 'arrest'].map((a) => ref('action', a)) },
    }),
    chanceNow: o.chanceNow,
    baseChance: L.ui.components.baseChance,
    answersOption: o.answersOption('').replace(/^ \u00b7 /, ''),
    success: o.answers(o.incident(title)),
    ifYouAccept: o.ifYouAccept('', 0),
    report: (n: number) => L.ui.turn.reportTitle(n),
    checkpoint: new RegExp(
      `${escape(checkpoint('log.actionSucceeded'))}|${escape(checkpoint('log.actionFailed'))}`,
    ),
    tension: L.vocab.indicators.tension.name,
    briefing: L.ui.turn.briefing,
    accept: L.ui.planning.accept,
    posture: (p: 'negotiate' | 'disperse') => o.posture(L.vocab.postures[p].name),
    without: (role: 'civilian') =>
      o.without(L.text(scenario.roles.find((r) => r.id === role)!.name)),
    /** "Tension in Dunmere 64 → 69". */
    tensionIn: new RegExp(
      escape(L.ui.effects.indicator(L.vocab.indicators.tension.name, 'Dunmere', 111, 222))
        .replace('111', '(\\d+)')
        .replace('222', '(\\d+)'),
    ),
  };
}
type Words = ReturnType<typeof wordsOf>;

async function expectReadable(page: Page, where: string): Promise<void> {
  expect(await smallText(page), `text under 14 px on ${where}`).toEqual([]);
  expect(await horizontalOverflow(page), `sideways overflow on ${where}`).toBeLessThanOrEqual(0);
  expect(await clippedText(page), `text cut off on ${where}`).toEqual([]);
}

/** A screenshot at each size, the layout checked at each; back to the laptop size after. */
async function shots(page: Page, name: string, scroll?: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    if (scroll) await page.locator(scroll).first().scrollIntoViewIfNeeded();
    await shot(page, `${name}-${size.width}`);
    await expectReadable(page, `${name} at ${size.width}×${size.height}`);
  }
  await page.setViewportSize(SIZES[0]!);
}

async function takeScreen(
  page: Page,
  w: Words,
  kind: 'military' | 'police' | 'civilian',
): Promise<void> {
  await page.getByRole('heading', { name: w.pass(kind) }).waitFor();
  await page.getByTestId('reveal').click();
  await page.getByTestId('role-card').waitFor();
}

async function counted(page: Page): Promise<number> {
  return (
    (await page.getByTestId('my-order').count()) + (await page.getByTestId('my-proposal').count())
  );
}

/** Submits the builder's draft and waits for it in the orders list. */
async function submit(page: Page): Promise<void> {
  const before = await counted(page);
  const button = page.getByTestId('draft-submit');
  expect(await button.isDisabled(), await page.getByTestId('draft-problem').innerText()).toBe(
    false,
  );
  await button.click();
  await expect.poll(() => counted(page)).toBe(before + 1);
}

async function acceptAll(page: Page, w: Words): Promise<void> {
  const accept = page.getByRole('button', { name: w.accept, exact: true });
  while ((await accept.count()) > 0) {
    const n = await accept.count();
    await accept.first().click();
    await expect.poll(() => accept.count()).toBe(n - 1);
  }
}

/** The value an indicator has in the district details under the map, for a district picked. */
async function detailValue(page: Page, district: string, indicator: string): Promise<number> {
  await page.locator('#district-picker').selectOption(district);
  const row = page
    .getByTestId('district-details')
    .locator('.ind')
    .filter({
      has: page.locator('dt', { hasText: new RegExp(`^${indicator}$`) }),
    });
  return Number((await row.locator('dd').innerText()).replace(/\D/g, ''));
}

async function play(locale: 'en' | 'es' | 'fr'): Promise<void> {
  const w = wordsOf(locale);
  const watched: Watched = await openPage(browser);
  const { page } = watched;
  const tag = `info-${locale}`;
  await page.goto(baseUrl());
  await page.getByTestId('language-select').selectOption(locale);
  await page.getByTestId('choose-velmora').click();
  await page.getByTestId('seed').fill('e2e-planning-info');
  await page.getByTestId('start-game').click();
  await mapReady(page);

  // 1. The briefing says what answers the open incident, and so do the district details.
  const brief = page.locator('.col-brief').getByTestId('expected-response');
  await expect.poll(() => brief.count()).toBe(1);
  expect(await brief.innerText()).toBe(w.expected);
  await shots(page, `${tag}-briefing`, '.col-brief [data-testid=expected-response]');
  await page.locator('#district-picker').selectOption('kesh_highlands');
  const details = page.getByTestId('district-details').getByTestId('expected-response');
  await expect.poll(() => details.count()).toBe(1);
  expect(await details.innerText()).toBe(w.expected);
  await shots(page, `${tag}-district`, '[data-testid=district-details]');
  await page.locator('#district-picker').selectOption('');

  // 2. The military team: the builder lists the incident and the orders that answer it.
  await page.getByTestId('begin-planning').click();
  await takeScreen(page, w, 'military');
  const answers = page.getByTestId('incident-answers');
  await answers.waitFor();
  expect(await answers.getByTestId('incident-answer').first().innerText()).toContain(w.expected);
  const checkpointOption = page.locator('#draft-action option[value=checkpoint]');
  expect(await checkpointOption.innerText()).toContain(w.answersOption);
  expect(await page.locator('#draft-action option[value=patrol]').innerText()).not.toContain(
    w.answersOption,
  );
  await page.getByTestId('answer-checkpoint-kesh_highlands').click();
  expect(await page.getByTestId('draft-action').inputValue()).toBe('checkpoint');
  expect(await page.getByTestId('draft-district').inputValue()).toBe('kesh_highlands');
  expect(await page.getByTestId('draft-answers').innerText()).toBe(w.success);
  // Its chance now, the base and each modifier with its reason, and what changes each.
  const outlook = page.locator('#draft-outlook');
  await outlook.waitFor();
  expect(await outlook.innerText()).toContain(w.chanceNow);
  const why = outlook.locator('details.why');
  expect(await why.getAttribute('open')).not.toBeNull();
  const rows = await why.locator('tr').allInnerTexts();
  expect(rows[0]).toContain(w.baseChance);
  expect(rows.slice(1, -1).every((r) => /^[+\u2212\u00b1]\d+\s+\S/.test(r))).toBe(true);
  expect(await why.locator('.lever').count()).toBeGreaterThan(0);
  const shownCheckpoint = Number(
    (await page.getByTestId('outlook-chance').innerText()).replace(/\D/g, ''),
  );
  await shots(page, `${tag}-builder`, '#draft-outlook');
  await submit(page);
  await page.getByTestId('finish-round').click();

  // 3. Police propose a joint patrol to the military: the proposal shows its chance.
  await takeScreen(page, w, 'police');
  await page.getByTestId('draft-action').selectOption('joint_patrol');
  await page.getByTestId('draft-district').selectOption('aldera');
  await page.getByTestId('partner-military').check();
  await page.locator('#draft-outlook').waitFor();
  await submit(page);
  const mine = page.getByTestId('my-proposal').locator('[data-testid=outlook]');
  await mine.waitFor();
  expect(await mine.innerText()).toContain(w.chanceNow);
  await mine.locator('summary').click();
  await shots(page, `${tag}-proposal`, '[data-testid=my-proposal]');
  // Crowd control in Dunmere: what another posture or a partner fewer would make of it.
  await page.getByTestId('draft-action').selectOption('crowd_control');
  await page.getByTestId('draft-district').selectOption('dunmere');
  await page.getByTestId('partner-military').check();
  await page.getByTestId('partner-civilian').check();
  await page.locator('#posture-contain').check();
  const changes = page.locator('#draft-outlook').getByTestId('outlook-changes');
  await changes.waitFor();
  const said = await changes.innerText();
  for (const posture of ['negotiate', 'disperse'] as const)
    expect(said).toContain(w.posture(posture));
  expect(said).toContain(w.without('civilian'));
  await shots(page, `${tag}-alternatives`, '#draft-outlook [data-testid=outlook-changes]');
  await submit(page);
  await page.getByTestId('finish-round').click();
  await takeScreen(page, w, 'civilian');
  await page.getByTestId('finish-round').click();

  // 4. Round 2: the proposal addressed to the military shows its chance if it accepts.
  await takeScreen(page, w, 'military');
  const incoming = page.getByTestId('proposal-in').first().locator('[data-testid=outlook]');
  await incoming.waitFor();
  expect(await incoming.innerText()).toContain(w.ifYouAccept);
  await incoming.locator('summary').click();
  await shots(page, `${tag}-inbox`, '[data-testid=proposal-in]');
  await acceptAll(page, w);
  await page.getByTestId('commit').click();
  await takeScreen(page, w, 'police');
  await page.getByTestId('commit').click();
  await takeScreen(page, w, 'civilian');
  await acceptAll(page, w);
  await page.getByTestId('commit').click();

  // 5. The report: the roll of the checkpoint is made against the chance shown.
  await page.getByRole('heading', { name: w.report(1) }).waitFor();
  const entry = page
    .getByTestId('report')
    .getByTestId('log-entry')
    .filter({ hasText: w.checkpoint });
  await expect.poll(() => entry.count()).toBe(1);
  const rolled = (await entry.locator('.roll-result').textContent()) ?? '';
  const against = rolled.match(/(\d+)\D+(\d+)/);
  expect(Number(against?.[2])).toBe(shownCheckpoint);

  // 6. The report's map: Dunmere as turn 1 left it, not with turn 2's inject in it.
  await mapReady(page);
  const reported = await detailValue(page, 'dunmere', w.tension);
  const reportIncidents = await page
    .getByTestId('district-details')
    .locator('.incidents li')
    .count();
  await shots(page, `${tag}-report`, '[data-testid=district-details]');
  await page.getByTestId('next-turn').click();
  await page.getByRole('heading', { name: w.briefing }).waitFor();
  const news = (await page.getByTestId('briefing-news').textContent()) ?? '';
  const change = news.match(w.tensionIn);
  expect(change, 'turn 2’s inject raises tension in Dunmere').not.toBeNull();
  expect(reported).toBe(Number(change![1]));
  expect(await detailValue(page, 'dunmere', w.tension)).toBe(Number(change![2]));
  // The inject's incident is open now, and was not on the report's map.
  expect(
    await page.getByTestId('district-details').locator('.incidents li').count(),
  ).toBeGreaterThan(reportIncidents);
  expect(watched.errors).toEqual([]);
  await watched.context.close();
}

describe('what teams can see while they plan', () => {
  it('in English', async () => {
    await play('en');
  });
  it('in Spanish', async () => {
    await play('es');
  });
  it('in French', async () => {
    await play('fr');
  });
});
