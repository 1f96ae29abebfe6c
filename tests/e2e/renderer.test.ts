/**
 * Which renderer draws the map, and the panel saying so. Headless Chromium here has WebGL only
 * through SwiftShader, a software GL that pans the map at a third of Canvas' rate: left to itself
 * the map picks Canvas; an address that names a renderer is obeyed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  clippedText,
  frames,
  launch,
  mapReady,
  openPage,
  SHOTS,
  smallText,
} from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function startGame(page: Page, query: string): Promise<void> {
  await page.goto(`${baseUrl()}${query}`);
  await page.getByTestId('choose-velmora').click();
  await page.getByTestId('start-game').click();
  await mapReady(page);
}

/** What the canvas is drawn with: a 2D context is only there on a canvas Phaser draws in 2D. */
async function canvasKind(page: Page): Promise<string> {
  return page
    .locator('[data-testid=map] canvas')
    .evaluate((c: HTMLCanvasElement) => (c.getContext('2d') ? 'canvas' : 'webgl'));
}

describe('the map renderer', () => {
  it('is a software GL in this browser (the premise of the default below)', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(baseUrl());
    const name = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
    });
    expect(name).toMatch(/swiftshader/i);
    await context.close();
  });

  const cases = [
    { query: '', renderer: 'canvas', says: /Canvas \(software WebGL would be slow here\)/ },
    { query: '?renderer=webgl', renderer: 'webgl', says: /WebGL, as asked in the address/ },
    { query: '?renderer=canvas', renderer: 'canvas', says: /Canvas, as asked in the address/ },
  ] as const;
  for (const c of cases) {
    it(`draws with ${c.renderer} at ${c.query || 'no ?renderer='}, and says so`, async () => {
      const { page, context, errors } = await openPage(browser);
      await startGame(page, c.query);
      const line = page.getByTestId('map-renderer');
      await expect.poll(() => line.getAttribute('data-renderer')).toBe(c.renderer);
      expect(await canvasKind(page)).toBe(c.renderer);
      expect(await line.innerText()).toMatch(c.says);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('speaks the window language', async () => {
    const { page, context } = await openPage(browser);
    await startGame(page, '');
    const line = page.getByTestId('map-renderer');
    await page.getByTestId('language-switch').selectOption('fr');
    await expect.poll(() => line.innerText()).toMatch(/^Carte dessinée avec Canvas/);
    await context.close();
  });

  for (const size of [
    { name: 'desktop', width: 1366, height: 768 },
    // A phone held sideways: upright (390 wide), the game's columns leave the map no width at
    // all, on every screen, with or without this line.
    { name: 'phone', width: 844, height: 390 },
    { name: 'tablet', width: 768, height: 1024 },
  ]) {
    it(`reads clearly at ${size.width}×${size.height}`, async () => {
      const { page, context } = await openPage(browser, size);
      await startGame(page, '');
      const line = page.getByTestId('map-renderer');
      await line.waitFor();
      await frames(page);
      const frame = page.locator('.map-frame');
      await frame.screenshot({ path: `${SHOTS}map-renderer-${size.name}.png` });
      // Inside the map, on one or two lines, not clipped and not small.
      const [box, outer] = [(await line.boundingBox())!, (await frame.boundingBox())!];
      expect(box.x).toBeGreaterThanOrEqual(outer.x);
      expect(box.x + box.width).toBeLessThanOrEqual(outer.x + outer.width);
      expect(box.height).toBeLessThan(60);
      expect((await clippedText(page)).filter((s) => s.includes('map-renderer'))).toEqual([]);
      expect((await smallText(page)).filter((s) => s.includes('map-renderer'))).toEqual([]);
      await context.close();
    });
  }
});
