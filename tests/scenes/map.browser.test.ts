/**
 * Mounts the real map in headless Chromium under both renderers through the dev-only page
 * `map-demo.html`, and checks it draws without errors, reports clicks as intents and cleans up.
 * Skipped where no Chromium is installed.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViteDevServer } from 'vite';
import type { Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/** SwiftShader's own chatter on any WebGL page here; not ours. */
const DRIVER_NOISE = /GL Driver Message/;

interface Demo {
  mapDemo: {
    events: string[];
    handle: { destroy(): void; update(m: unknown): void; resetView?(): void; labels?(): string[] };
    model: Record<string, unknown>;
    langs: Record<'en' | 'es' | 'fr', unknown>;
  };
}

describe.skipIf(!existsSync(CHROMIUM))('map in Chromium', () => {
  let server: ViteDevServer;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    const { createServer } = await import('vite');
    const { chromium } = await import('playwright-core');
    // Its own dep cache: the app's dev server pre-bundles for another mode, and sharing one cache
    // would make each side re-bundle Phaser (10 s and more) on every switch.
    // No watcher and no HMR: a teammate saving a file mid-run must not reload the page under test.
    // Scanning the demo page up front spares a reload when Vite discovers Phaser late.
    server = await createServer({
      configFile: 'vite.config.ts',
      cacheDir: 'node_modules/.vite-map-test',
      optimizeDeps: { entries: ['map-demo.html'], include: ['phaser'] },
      server: { port: 5290, strictPort: false, hmr: false, watch: null },
      logLevel: 'silent',
    });
    await server.listen();
    base = server.resolvedUrls?.local[0] ?? 'http://localhost:5290/';
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const renderer of ['webgl', 'canvas'] as const) {
    it(`draws, reports clicks and tears down under ${renderer}`, async () => {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error' && !DRIVER_NOISE.test(m.text())) problems.push(m.text());
      });
      await page.goto(`${base}map-demo.html?renderer=${renderer}&incidents=1`);
      await page
        .waitForFunction(() => 'mapDemo' in window, null, { timeout: 90_000 })
        .catch((e: unknown) => {
          throw new Error(`map never mounted: ${String(e)}; page said: ${problems.join(' / ')}`);
        });

      const size = await page.evaluate(() => {
        const c = document.querySelector('canvas');
        return c ? [c.width, c.height] : null;
      });
      expect(size).toEqual([1366, 768]);

      // The centre of the canvas is inside the fitted map; the top-left corner is margin.
      await page.mouse.click(683, 384);
      await page.mouse.click(3, 3);
      const events = await page.evaluate(() => (window as unknown as Demo).mapDemo.events);
      const selects = events.filter((e) => e.startsWith('select:'));
      expect(selects).toHaveLength(2);
      expect(selects[0]).toMatch(/^select:[a-z_]+$/);
      expect(selects[1]).toBe('select:null');
      expect(events.some((e) => /^hover:[a-z_]+$/.test(e))).toBe(true);

      // Another language redraws every label in it, and the canvas says what it shows in it.
      const words = await page.evaluate(() => {
        const { handle, model, langs } = (window as unknown as Demo).mapDemo;
        const before = {
          labels: handle.labels!(),
          aria: document.querySelector('canvas')!.getAttribute('aria-label'),
        };
        handle.update({ ...model, lang: langs.fr });
        const after = {
          labels: handle.labels!(),
          aria: document.querySelector('canvas')!.getAttribute('aria-label'),
        };
        handle.update({ ...model, lang: langs.en });
        return { before, after };
      });
      expect(words.before.labels).toContain('Port Lissa');
      expect(words.before.aria).toMatch(/^Map of 10 districts/);
      expect(words.after.labels).toContain('Port-Lissa');
      expect(words.after.labels).not.toContain('Port Lissa');
      expect(words.after.aria).toMatch(/^Carte de 10[\s\u00a0]districts/);

      // A wheel zoom and a model update after the loop went idle must not throw.
      await page.mouse.move(683, 384);
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(300);
      await page.evaluate(() => {
        const { handle, model } = (window as unknown as Demo).mapDemo;
        handle.update({ ...model, indicator: 'tension', highlighted: ['aldera'] });
        handle.resetView?.();
        handle.destroy();
      });
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => document.querySelectorAll('canvas').length)).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    }, 120_000);
  }
});
