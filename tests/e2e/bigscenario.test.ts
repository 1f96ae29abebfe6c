/**
 * The large generated scenario (60 districts, 8 roles, 40 turns) in the app: opened as a file,
 * seven roles played by the cooperative policy and one by a team, two turns played, the map drawn
 * (not blank), and a reload resumes at the same state hash. Times are printed, never asserted.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, distinctColours, frames, launch, openPage, SHOTS } from './browser';

const text = readFileSync(
  fileURLToPath(new URL('../fixtures/large-scenario.json', import.meta.url)),
  'utf8',
);
const scenario = JSON.parse(text) as {
  roles: { id: string }[];
  districts: { id: string; name: string }[];
};
const TEAM = 'unpol';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('opens the 60-district scenario from a file, plays two turns with seven policies and one team, draws the map and resumes after a reload', async () => {
  const { page, errors } = await openPage(browser);
  const times: Record<string, number> = {};
  const clock = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
    const t = Date.now();
    const r = await f();
    times[name] = Date.now() - t;
    return r;
  };
  await page.goto(baseUrl());
  await clock('open file to set-up (ms)', async () => {
    await page.getByTestId('scenario-file').setInputFiles({
      name: 'large-scenario.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.getByTestId('start-game').waitFor();
  });
  for (const r of scenario.roles)
    if (r.id !== TEAM) await page.getByTestId(`seat-${r.id}`).selectOption('cooperative');
  await page.getByTestId('seed').fill('big-e2e');
  await clock('start to drawn map (ms)', async () => {
    await page.getByTestId('start-game').click();
    await page.locator('[data-testid=map][data-ready=true] canvas').waitFor();
  });

  for (let turn = 1; turn <= 2; turn++) {
    await page.getByTestId('begin-planning').click();
    // Round 1: the team plans (policies have proposed); round 2: it commits after the policies.
    await page.getByTestId('reveal').click();
    await page.getByTestId('finish-round').click();
    await page.getByTestId('reveal').click();
    await clock(`turn ${turn}: commit to report (ms)`, async () => {
      await page.getByTestId('commit').click();
      await page.getByRole('heading', { name: `Turn ${turn} report` }).waitFor();
    });
    expect(await page.getByTestId('report').getByTestId('log-entry').count()).toBeGreaterThan(8);
    await page.getByTestId('next-turn').click();
    await page.getByTestId('begin-planning').waitFor();
  }
  expect(await page.getByTestId('turn').getAttribute('data-turn')).toBe('3');

  // The map is drawn: many colours, and a district can be picked from the list.
  const map = page.locator('[data-testid=map]');
  await page.locator('[data-testid=map][data-ready=true] canvas').waitFor();
  await frames(page);
  const png = await map.screenshot({ path: `${SHOTS}map-large.png` });
  expect(await distinctColours(page, png)).toBeGreaterThan(20);
  const last = scenario.districts[scenario.districts.length - 1]!;
  await page.locator('#district-picker').selectOption(last.id);
  await expect
    .poll(() => page.getByTestId('district-details').getByRole('heading', { level: 3 }).innerText())
    .toBe(last.name);

  // A reload resumes the autosave (the scenario's text is in it) at the same hash.
  const hash = await page.getByTestId('state-hash').getAttribute('data-state-hash');
  expect(hash).toMatch(/^[0-9a-f]{16}$/);
  await clock('reload to resumed game (ms)', async () => {
    await page.reload();
    await page.getByTestId('state-hash').waitFor();
  });
  expect(await page.getByTestId('state-hash').getAttribute('data-state-hash')).toBe(hash);
  expect(await page.getByTestId('turn').getAttribute('data-turn')).toBe('3');
  const stored = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('mandate.autosave'))
      .map((k) => [k, localStorage.getItem(k)!.length]),
  );
  console.log(
    `large scenario in the app: ${JSON.stringify(times)}; autosave keys ${JSON.stringify(stored)}`,
  );
  expect(errors).toEqual([]);
});
