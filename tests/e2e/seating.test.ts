/** Two teams play a three-role scenario: the computer plays the third role through the engine's
 * policy. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('seats two teams and lets a cooperative policy play the civilians', async () => {
  const { page, errors } = await openPage(browser);
  await page.goto(baseUrl());
  await page.getByTestId('choose-velmora').click();
  await page.getByTestId('seat-civilian').selectOption('cooperative');
  await page.getByTestId('team-police').fill('Blue');
  await page.getByTestId('seed').fill('two-teams');
  await page.getByTestId('start-game').click();
  await page.getByTestId('begin-planning').click();
  for (const team of ['the Military team', 'Blue']) {
    await page.getByRole('heading', { name: `Pass the screen to ${team}` }).waitFor();
    await page.getByTestId('reveal').click();
    await page.getByTestId('finish-round').click();
  }
  // Round 2 goes straight to the teams: the civilians' policy has answered and committed.
  for (const team of ['the Military team', 'Blue']) {
    await page.getByRole('heading', { name: `Pass the screen to ${team}` }).waitFor();
    await page.getByTestId('reveal').click();
    await page.getByTestId('commit').click();
  }
  await page.getByRole('heading', { name: 'Turn 1 report' }).waitFor();
  const civilian = page
    .getByTestId('report')
    .getByTestId('log-entry')
    .filter({ has: page.locator('.entry-badges .badge', { hasText: 'CIV' }) });
  expect(await civilian.count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
