/**
 * The facilitator PIN of one-screen play in headless Chromium: set on the set-up screen, it stands
 * before the console (a wrong PIN is refused with its message and opens nothing; the right one
 * opens it; Escape cancels), before the facilitator view, after a reload, and in a console window
 * opened on the same machine; removed from the console, the console opens at a click again.
 * Screenshots of the dialog at 1366×768 and 1920×1080: artifacts/screenshots/pin-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  clippedText,
  horizontalOverflow,
  launch,
  openPage,
  shot,
  smallText,
  tool,
  type Watched,
} from './browser';

const PIN = '4826';

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

async function readable(p: Page, where: string): Promise<void> {
  expect(await smallText(p), `text under 14 px on ${where}`).toEqual([]);
  expect(await horizontalOverflow(p), `sideways overflow on ${where}`).toBeLessThanOrEqual(0);
  expect(await clippedText(p), `text cut off on ${where}`).toEqual([]);
}

/** Shots at the laptop's 1366×768 and the projector's 1920×1080, both checked. */
async function shots(p: Page, name: string): Promise<void> {
  await shot(p, `${name}-1366`);
  await readable(p, `${name} at 1366×768`);
  await p.setViewportSize({ width: 1920, height: 1080 });
  await shot(p, `${name}-1920`);
  await readable(p, `${name} at 1920×1080`);
  await p.setViewportSize({ width: 1366, height: 768 });
}

const dialog = (p: Page) => p.getByTestId('pin-dialog');
const isOpen = (p: Page) => dialog(p).evaluate((d) => (d as HTMLDialogElement).open);
const focused = (p: Page) => p.evaluate(() => document.activeElement?.id ?? null);

async function enter(p: Page, pin: string): Promise<void> {
  await p.getByTestId('pin-input').fill(pin);
  await p.getByTestId('pin-input').press('Enter');
}

describe('the facilitator PIN at one screen', () => {
  it('is set on the set-up screen, and the game starts with it', async () => {
    await page.goto(`${baseUrl()}?renderer=canvas`);
    await page.getByTestId('choose-velmora').click();
    await page.getByTestId('seed').fill('pin-e2e');
    const field = page.getByTestId('setup-pin');
    expect(await field.getAttribute('type')).toBe('password');
    await field.fill(PIN);
    await page.getByTestId('start-game').scrollIntoViewIfNeeded();
    await shots(page, 'pin-setup');
    await page.getByTestId('start-game').click();
    await page.getByRole('heading', { name: 'Briefing' }).waitFor();
    expect(await isOpen(page)).toBe(false);
  });

  it('the Console button asks for it; a wrong PIN is refused and opens nothing', async () => {
    await page.getByTestId('open-console').click();
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await focused(page)).toBe('pin-input');
    expect(await dialog(page).innerText()).toMatch(/Type the facilitator\u2019s PIN to open it/);
    await shots(page, 'pin-dialog');

    await enter(page, '1111');
    await expect
      .poll(() => page.getByTestId('pin-error').innerText())
      .toMatch(/That is not the PIN, so nothing opened\. 4 more tries before a 30-second wait\./);
    expect(await isOpen(page)).toBe(true);
    expect(await page.getByTestId('pin-input').inputValue()).toBe('');
    expect(await focused(page)).toBe('pin-input');
    expect(await page.getByTestId('console').count()).toBe(0);
    await shots(page, 'pin-dialog-wrong');
  });

  it('the right PIN opens the console', async () => {
    await enter(page, PIN);
    await page.getByTestId('console').waitFor();
    expect(await isOpen(page)).toBe(false);
    expect(await page.getByTestId('pin-summary').innerText()).toBe('PIN: on');
  });

  it('a reload asks again, and Escape cancels', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Briefing' }).waitFor();
    expect(await page.getByTestId('console').count()).toBe(0);
    await page.getByTestId('open-console').click();
    await expect.poll(() => isOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await page.getByTestId('console').count()).toBe(0);

    // The facilitator view asks too.
    await tool(page, 'facilitator-toggle');
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await dialog(page).innerText()).toMatch(/facilitator view shows every team/);
    await page.getByTestId('pin-cancel').click();
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await page.getByTestId('facilitator-toggle').getAttribute('aria-pressed')).toBe('false');
    expect(w.errors).toEqual([]);
  });

  it('a console window on the same machine asks before it shows anything, and waits after five wrong tries', async () => {
    const second = await w.context.newPage();
    const errors: string[] = [];
    second.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    // The page's clock is the test's: the 30-second wait passes at once.
    await second.clock.install();
    await second.goto(`${baseUrl()}?view=console&renderer=canvas`);
    await second.getByTestId('console-locked').waitFor();
    await expect.poll(() => isOpen(second)).toBe(true);
    expect(await second.getByTestId('console').count()).toBe(0);
    await enter(second, '0000');
    await expect.poll(() => second.getByTestId('pin-error').innerText()).toMatch(/not the PIN/);
    for (let i = 1; i <= 4; i++) await enter(second, `000${i}`);
    await expect
      .poll(() => second.getByTestId('pin-error').innerText())
      .toBe('Too many wrong tries: wait 30 seconds before the next one.');
    expect(await second.getByTestId('pin-submit').isDisabled()).toBe(true);
    await shot(second, 'pin-dialog-wait-1366');
    await second.clock.fastForward(10_000);
    await expect.poll(() => second.getByTestId('pin-error').innerText()).toMatch(/wait 20 seconds/);
    await second.clock.fastForward(20_000);
    await expect
      .poll(() => second.getByTestId('pin-error').innerText())
      .toBe('The wait is over: type the PIN again.');
    expect(await second.getByTestId('pin-submit').isDisabled()).toBe(false);
    await enter(second, PIN);
    await second.getByTestId('console').waitFor();
    expect(errors).toEqual([]);
    await second.close();
  });

  it('removed from the console (with the current PIN), the console opens at a click', async () => {
    await page.getByTestId('open-console').click();
    await enter(page, PIN);
    await page.getByTestId('console').waitFor();
    await page.getByTestId('pin-summary').click();
    await page.getByTestId('pin-current').fill('9999');
    await page.getByTestId('pin-remove').click();
    await expect
      .poll(() => page.getByTestId('notice').innerText())
      .toMatch(/The current PIN is not right/);
    await shot(page, 'pin-console-1366');
    await page.getByTestId('pin-current').fill(PIN);
    await page.getByTestId('pin-remove').click();
    await expect.poll(() => page.getByTestId('pin-summary').innerText()).toBe('PIN: none');
    await page.getByTestId('console-back').click();
    await page.getByRole('heading', { name: 'Briefing' }).waitFor();
    await page.getByTestId('open-console').click();
    await page.getByTestId('console').waitFor();
    expect(await isOpen(page)).toBe(false);
    expect(w.errors).toEqual([]);
  });
});
