/**
 * Limits and trust boundaries in the page (docs/security.md): a huge map draws without freezing,
 * a map of too many corners is refused at once, look-alike ids are refused with what differs shown
 * escaped, and a scenario that names a map outside its folder is refused. Times are printed, never
 * asserted; the work itself is counted in tests/scenario/growth.test.ts and
 * tests/scenes/growth.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, distinctColours, frames, launch, openPage } from './browser';
import { gridScenario, tiledGrid } from '../scenario/generated';
import { MAX_CORNERS_PER_SHAPE } from '../../src/format';

const defaultText = readFileSync(
  fileURLToPath(new URL('../../scenarios/default.json', import.meta.url)),
  'utf8',
);

const file = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function problemsOf(page: Page): Promise<{ path: string; text: string }[]> {
  const panel = page.getByTestId('scenario-problems');
  await panel.waitFor();
  return panel.locator('.problem').evaluateAll((els) =>
    els.map((el) => ({
      path: el.querySelector('.path')?.textContent ?? '',
      text: el.textContent ?? '',
    })),
  );
}

describe('large inputs', () => {
  it('a valid scenario of 10,000 districts is drawn, and the page answers while it is', async () => {
    const { page, errors } = await openPage(browser);
    const times: Record<string, number> = {};
    const clock = async (name: string, f: () => Promise<unknown>) => {
      const t = Date.now();
      await f();
      times[name] = Date.now() - t;
    };
    await page.goto(baseUrl());
    const text = JSON.stringify(gridScenario(10_000));
    await clock('open file to set-up (ms)', async () => {
      await page.getByTestId('scenario-file').setInputFiles(file('ten-thousand.json', text));
      await page.getByTestId('start-game').waitFor({ timeout: 60_000 });
    });
    await clock('start to drawn map (ms)', async () => {
      await page.getByTestId('start-game').click();
      await page.locator('[data-testid=map][data-ready=true] canvas').waitFor({ timeout: 60_000 });
      await frames(page);
    });
    // A hover redraws the whole map: it must come back in a moment, not in a minute.
    const box = (await page.locator('[data-testid=map] canvas').boundingBox())!;
    await clock('ten pointer moves over the map (ms)', async () => {
      for (let i = 0; i < 10; i++)
        await page.mouse.move(box.x + box.width * (0.3 + i * 0.04), box.y + box.height / 2);
      await frames(page);
    });
    const png = await page.locator('[data-testid=map]').screenshot();
    expect(await distinctColours(page, png)).toBeGreaterThan(5);
    console.log(`10,000 districts in the page: ${JSON.stringify(times)}`);
    expect(errors).toEqual([]);
  });

  it(`a Tiled map with a polygon of more than ${MAX_CORNERS_PER_SHAPE} corners is refused at once`, async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(baseUrl());
    const { scenario, map } = tiledGrid(2, 1, 4);
    map.layers[0].objects[0].polygon = Array.from({ length: 20_000 }, (_, i) => ({
      x: 100 + 100 * Math.cos(i / 3183),
      y: 100 + 100 * Math.sin(i / 3183),
    }));
    const t = Date.now();
    await page
      .getByTestId('scenario-file')
      .setInputFiles([
        file('grid.json', JSON.stringify(scenario)),
        file('grid.tmj', JSON.stringify(map)),
      ]);
    const problems = await problemsOf(page);
    console.log(`a 20,000-corner polygon refused in ${Date.now() - t} ms`);
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'grid.tmj: $.layers[0].objects[0].polygon' }),
    );
    expect(problems.map((p) => p.text).join('\n')).toContain(
      `a polygon of 20000 corners; at most ${MAX_CORNERS_PER_SHAPE} are allowed`,
    );
    expect(errors).toEqual([]);
  });
});

describe('what a scenario may name', () => {
  it('refuses look-alike and markup ids, and shows what differs escaped', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(baseUrl());
    const text = defaultText
      .split('"aldera"')
      .join('"ald\u0435ra\u200b"')
      .replace('"id": "civilian"', '"id": "civ\\"><img src=x onerror=window.__pwned=1>"');
    await page.getByTestId('scenario-file').setInputFiles(file('look-alike.json', text));
    const problems = await problemsOf(page);
    const all = problems.map((p) => p.text).join('\n');
    expect(problems.some((p) => p.path === '$.districts[0].id')).toBe(true);
    expect(all).toContain("'ald\\u{435}ra\\u{200b}' is not a valid id");
    expect(all).toContain('ids hold only ASCII letters, digits, "_", "-" and "."');
    expect(all).not.toMatch(/[\u0435\u200b]/);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("refuses a Tiled map named outside the scenario's folder, at $.map.tiled.file", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(baseUrl());
    const { scenario, map } = tiledGrid(2, 1, 4);
    scenario.map.tiled.file = '../../etc/passwd';
    await page
      .getByTestId('scenario-file')
      .setInputFiles([
        file('grid.json', JSON.stringify(scenario)),
        file('passwd', JSON.stringify(map)),
      ]);
    const problems = await problemsOf(page);
    const found = problems.find((p) => p.path === '$.map.tiled.file');
    expect(found?.text).toMatch(/must be beside the scenario file or in a folder below it/);
    expect(errors).toEqual([]);
  });
});
