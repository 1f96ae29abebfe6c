/** The Phaser map draws under both renderers in headless Chromium without a GPU. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, distinctColours, frames, launch, openPage, SHOTS } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the map', () => {
  for (const renderer of ['canvas', 'webgl'] as const) {
    it(`renders with ?renderer=${renderer}`, async () => {
      const { page, errors } = await openPage(browser);
      await page.goto(`${baseUrl()}?renderer=${renderer}`);
      await page.getByTestId('choose-velmora').click();
      await page.getByTestId('start-game').click();
      const canvas = page.locator('[data-testid=map][data-ready=true] canvas');
      await canvas.waitFor();
      // A 2D context is only available on a canvas that Phaser's Canvas renderer owns.
      const kind = await canvas.evaluate((c: HTMLCanvasElement) =>
        c.getContext('2d') ? 'canvas' : 'webgl',
      );
      expect(kind).toBe(renderer);
      await frames(page);
      const png = await page
        .locator('[data-testid=map]')
        .screenshot({ path: `${SHOTS}map-${renderer}.png` });
      expect(await distinctColours(page, png)).toBeGreaterThan(20);

      // Choosing another indicator and a district updates the map and the details.
      await page.getByTestId('indicator-picker').selectOption('tension');
      await page.locator('#district-picker').selectOption('dunmere');
      const details = page.getByTestId('district-details');
      await expect
        .poll(() => details.getByRole('heading', { level: 3 }).innerText())
        .toBe('Dunmere');
      expect(await details.innerText()).toMatch(/Tension/);
      await frames(page);
      const after = await page.locator('[data-testid=map]').screenshot();
      expect(after.equals(png)).toBe(false);

      // Clicking on the canvas selects the district under the pointer.
      await page.locator('#district-picker').selectOption('');
      const box = (await canvas.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect
        .poll(async () => (await details.getByRole('heading', { level: 3 }).count()) > 0)
        .toBe(true);
      expect(errors).toEqual([]);
    });
  }
});
