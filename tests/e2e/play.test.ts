/**
 * Plays the default scenario with three teams at one screen for three full turns: a joint patrol
 * (police lead, military accepts), shared intelligence, and crowd control with a posture. Checks
 * that the report and the log explain the rolls, that a reload mid-turn comes back to the same
 * turn and state hash, and that no text is under 14 px. Keeps screenshots of the main screens.
 */
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
  tool,
  type Watched,
} from './browser';

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

interface OrderSpec {
  action: string;
  district?: string;
  partners?: string[];
  posture?: string;
  fact?: string;
  to?: string;
}

async function expectReadable(where: string): Promise<void> {
  expect(await smallText(page), `text under 14 px on ${where}`).toEqual([]);
  expect(await horizontalOverflow(page), `sideways overflow on ${where}`).toBeLessThanOrEqual(0);
  expect(await clippedText(page), `text cut off on ${where}`).toEqual([]);
}

/** The same screen on a 1920×1080 projector, then back to the laptop. */
async function projectorShot(name: string): Promise<void> {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, `${name}-1920`);
  await expectReadable(`${name} at 1920×1080`);
  await page.setViewportSize({ width: 1366, height: 768 });
}

async function give(o: OrderSpec): Promise<void> {
  const before =
    (await page.getByTestId('my-order').count()) + (await page.getByTestId('my-proposal').count());
  await page.getByTestId('draft-action').selectOption(o.action);
  if (o.fact) await page.getByTestId('draft-fact').selectOption(o.fact);
  if (o.to) await page.getByTestId('draft-to').selectOption(o.to);
  if (o.district) await page.getByTestId('draft-district').selectOption(o.district);
  for (const p of o.partners ?? []) await page.getByTestId(`partner-${p}`).check();
  if (o.posture) await page.locator(`#posture-${o.posture}`).check();
  const submit = page.getByTestId('draft-submit');
  expect(await submit.isDisabled(), await page.getByTestId('draft-problem').innerText()).toBe(
    false,
  );
  await submit.click();
  await expect
    .poll(
      async () =>
        (await page.getByTestId('my-order').count()) +
        (await page.getByTestId('my-proposal').count()),
    )
    .toBe(before + 1);
}

async function takeScreen(team: string): Promise<void> {
  await page.getByRole('heading', { name: `Pass the screen to the ${team}` }).waitFor();
  await page.getByTestId('reveal').click();
  await page.getByTestId('role-card').waitFor();
}

async function acceptAll(): Promise<number> {
  const buttons = page.getByRole('button', { name: 'Accept', exact: true });
  const n = await buttons.count();
  for (let i = 0; i < n; i++) {
    await page.getByRole('button', { name: 'Accept', exact: true }).first().click();
  }
  await expect
    .poll(() => page.getByRole('button', { name: 'Accept', exact: true }).count())
    .toBe(0);
  return n;
}

async function hashAndTurn(): Promise<{ hash: string | null; turn: string | null }> {
  return {
    hash: await page.getByTestId('state-hash').getAttribute('data-state-hash'),
    turn: await page.getByTestId('turn').getAttribute('data-turn'),
  };
}

/** One full turn; `police` is what the police team does in round 1, `midTurn` runs after it. */
async function playTurn(
  turn: number,
  police: OrderSpec[],
  opts: {
    shots?: boolean;
    round2Shot?: boolean;
    midTurn?: () => Promise<void>;
    civilianAccepts?: number;
  } = {},
): Promise<void> {
  await page.getByRole('heading', { name: 'Briefing' }).waitFor();
  expect(await page.getByTestId('turn').getAttribute('data-turn')).toBe(String(turn));
  if (turn === 2) {
    await mapReady(page);
    await shot(page, 'briefing-turn2');
  }
  await page.getByTestId('begin-planning').click();
  if (opts.shots) await shot(page, 'handover');

  // Round 1.
  await takeScreen('Military team');
  await give({ action: 'patrol', district: 'kesh_highlands' });
  await page.getByTestId('finish-round').click();

  await takeScreen('Police team');
  for (const o of police) await give(o);
  if (opts.shots) {
    await mapReady(page);
    await shot(page, 'planning');
    await expectReadable('the planning screen');
    await projectorShot('planning');
  }
  await opts.midTurn?.();
  await page.getByTestId('finish-round').click();

  await takeScreen('Civilian team');
  await give({ action: 'aid_delivery', district: 'tamsin_plains' });
  await page.getByTestId('finish-round').click();

  // Round 2.
  await takeScreen('Military team');
  const military = await acceptAll();
  expect(military).toBeGreaterThan(0);
  await page.getByTestId('commit').click();
  await takeScreen('Police team');
  await page.getByTestId('commit').click();
  await takeScreen('Civilian team');
  if (opts.round2Shot) {
    await mapReady(page);
    await shot(page, 'planning-round2');
    await expectReadable('round 2 of planning');
  }
  expect(await acceptAll()).toBe(opts.civilianAccepts ?? 0);
  await page.getByTestId('commit').click();

  await page.getByRole('heading', { name: `Turn ${turn} report` }).waitFor();
}

describe('three teams play three turns of the default scenario', () => {
  it('starts on the start screen with the default scenario', async () => {
    await page.goto(baseUrl());
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    await expect
      .poll(() => page.getByRole('heading', { level: 3 }).first().innerText())
      .toBe('Velmora: Ballots and Borders');
    await shot(page, 'start');
    await expectReadable('the start screen');
    await projectorShot('start');
    await page.getByTestId('choose-velmora').click();
    await page.getByTestId('seed').fill('e2e-three-turns');
    await shot(page, 'setup');
    await expectReadable('the set-up screen');
    await page.getByTestId('start-game').click();
    await mapReady(page);
    await shot(page, 'briefing');
  });

  it('turn 1: police propose a joint patrol the military accept, and share a fact', async () => {
    await playTurn(
      1,
      [
        { action: 'joint_patrol', district: 'aldera', partners: ['military'] },
        { action: 'share_intel', fact: 'mineral_route', to: 'military' },
      ],
      { shots: true },
    );
    const report = page.getByTestId('report');
    const patrol = report
      .getByTestId('log-entry')
      .filter({ hasText: /joint patrol in Aldera (succeeded|failed)/ });
    await expect.poll(() => patrol.count()).toBe(1);
    await patrol.getByRole('button').first().click();
    await expect.poll(() => patrol.getAttribute('aria-current')).toBe('step');
    const why = patrol.locator('details.why');
    await expect.poll(() => why.getAttribute('open')).not.toBeNull();
    const text = await why.innerText();
    expect(text).toMatch(/Base chance/);
    expect(text).toMatch(/Chance/);
    expect(text).toMatch(/Rolled \d+ against \d+/);
    // Each modifier with its sign and its reason.
    const mods = await why.locator('tr').allInnerTexts();
    expect(mods.length).toBeGreaterThan(2);
    expect(mods.slice(1, -1).every((m) => /^[+\u2212\u00b1]\d+\s+\S/.test(m))).toBe(true);
    // Effects in words: "Security in Aldera 62 → 70 (Joint patrol succeeded)".
    expect(text).toMatch(
      /in Aldera \d+ \u2192 \d+ \(Joint patrol (succeeded|failed)\)|No values changed/,
    );
    await mapReady(page);
    await shot(page, 'report');
    await expectReadable('the report');
    await projectorShot('report');

    // Step through with the keyboard.
    const pos = page.getByTestId('report-position');
    const before = await pos.innerText();
    const [k] = before.split(' of ').map(Number);
    await page.locator('body').press('ArrowRight');
    await expect.poll(() => pos.innerText()).toBe(before.replace(/^\d+/, String(k! + 1)));
    await page.locator('body').press('ArrowLeft');
    await expect.poll(() => pos.innerText()).toBe(before);
    await page.getByTestId('next-turn').click();
  });

  it('turn 2: crowd control led by police with a posture, military cordon and civilian mediators', async () => {
    await playTurn(
      2,
      [
        {
          action: 'crowd_control',
          district: 'dunmere',
          partners: ['military', 'civilian'],
          posture: 'contain',
        },
      ],
      { civilianAccepts: 1, round2Shot: true },
    );
    const cc = page
      .getByTestId('report')
      .getByTestId('log-entry')
      .filter({ hasText: /crowd control in Dunmere/ });
    await expect.poll(() => cc.count()).toBe(1);
    await page.getByTestId('next-turn').click();
  });

  it('turn 3: a reload mid-turn returns to the same turn and state hash', async () => {
    await playTurn(
      3,
      [{ action: 'joint_patrol', district: 'port_lissa', partners: ['military'] }],
      {
        midTurn: async () => {
          const before = await hashAndTurn();
          expect(before.turn).toBe('3');
          await page.reload();
          await page.getByRole('heading', { name: 'Pass the screen to the Police team' }).waitFor();
          expect(await hashAndTurn()).toEqual(before);
          await page.getByTestId('reveal').click();
          await expect.poll(() => page.getByTestId('my-proposal').count()).toBe(1);
        },
      },
    );
    await page.getByTestId('next-turn').click();
    await page.getByRole('heading', { name: 'Briefing' }).waitFor();
    expect(await page.getByTestId('turn').getAttribute('data-turn')).toBe('4');
  });

  it('a team sees its own private log entries: the shared fact is in the police log', async () => {
    await page.getByTestId('begin-planning').click();
    await takeScreen('Military team');
    await page.getByTestId('tab-log').click();
    // The receiver sees the share; the facilitator view is off, so only what the role may know.
    const received = page
      .getByTestId('log-entry')
      .filter({ hasText: /shared \u201cNight convoys from the Kesh mines\u201d with/ });
    await expect.poll(() => received.count()).toBe(1);
    await page.getByTestId('finish-round').click();
    await takeScreen('Police team');
    await page.getByTestId('tab-log').click();
    const share = page
      .getByTestId('log-entry')
      .filter({ hasText: /shared \u201cNight convoys from the Kesh mines\u201d with/ });
    await expect.poll(() => share.count()).toBeGreaterThan(0);
    expect(await share.first().innerText()).toMatch(/Private: seen by/);
  });

  it('the facilitator ends the exercise: score, objectives, and the debrief opens the whole log', async () => {
    await tool(page, 'end-exercise');
    await page.getByTestId('end-reason').fill('the class is out of time');
    await page.getByTestId('confirm-end').click();
    await page.getByTestId('end').waitFor();
    expect(await page.getByTestId('score').innerText()).toMatch(/\d+\s+of 100/);
    expect(await page.getByTestId('objectives').locator('tbody tr').count()).toBe(5);
    expect(await page.getByTestId('private-objectives').locator('tbody tr').count()).toBe(3);
    expect(await page.getByTestId('objectives').innerText()).toMatch(/Met|Not met/);
    await shot(page, 'end');
    await expectReadable('the end screen');
    await projectorShot('end');

    await page.getByTestId('open-debrief').click();
    await page.getByRole('heading', { name: 'The whole log' }).waitFor();
    await page.locator('#debrief-log-turn').selectOption('2');
    await page.locator('#debrief-log-role').selectOption('police');
    const cc = page.getByTestId('log-entry').filter({ hasText: /crowd control in Dunmere/ });
    await expect.poll(() => cc.count()).toBe(1);
    await cc.locator('summary').click();
    const why = await cc.locator('details.why').innerText();
    expect(why).toMatch(/containment is the cautious posture/);
    expect(why).toMatch(/a military cordon holds the perimeter/);
    expect(why).toMatch(/mediators talk to the crowd/);
    expect(why).toMatch(/Rolled \d+ against \d+/);
    await shot(page, 'debrief');
    expect(w.errors).toEqual([]);
  });
});
