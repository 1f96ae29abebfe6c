/** Headless Debian Chromium through playwright-core, and the checks every page test shares. */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const SHOTS = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors seen so far. */
  errors: string[];
}

/** A fresh context (its own localStorage) and page that records every page error. */
export async function openPage(
  browser: Browser,
  viewport = { width: 1366, height: 768 },
): Promise<Watched> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  // The built game must run offline: any request off this machine is an error.
  await context.route(/^(?!http:\/\/127\.0\.0\.1)(?!blob:)(?!data:).*/, (route) => {
    errors.push(`network: ${route.request().url()}`);
    return route.abort();
  });
  return { context, page, errors };
}

/** Waits until the map panel reports its canvas drawn. */
export async function mapReady(page: Page): Promise<void> {
  await page.locator('[data-testid=map][data-ready=true] canvas').waitFor();
}

/** Two animation frames: enough for the map to draw after a resize or a new model. */
export async function frames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
}

/**
 * Clicks a tool of the top bar's "Exercise" menu (the facilitator view, the saves, the end of the
 * exercise, the start screen), opening the menu first when it is folded away.
 */
export async function tool(page: Page, testId: string): Promise<void> {
  const item = page.getByTestId(testId);
  if (!(await item.isVisible())) await page.getByTestId('tools-menu').click();
  await item.click();
}

export async function shot(page: Page, name: string): Promise<void> {
  await frames(page);
  await page.screenshot({ path: `${SHOTS}${name}.png` });
}

/** Visible elements with their own text whose computed font size is under 14 px. */
export async function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const own = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!own) continue;
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || cs.visibility === 'hidden' || cs.display === 'none')
        continue;
      if (el.closest('option, select') && el.tagName === 'OPTION') continue;
      const size = Number.parseFloat(cs.fontSize);
      if (size < 14)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className}: ${size}px "${(el.textContent ?? '').trim().slice(0, 40)}"`,
        );
    }
    return out;
  });
}

/** Elements that stick out of the viewport sideways (a sign of a broken layout). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Distinct colours in a PNG, counted by decoding it in the page: a blank map has one or two. */
export async function distinctColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(
    async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const data = g.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7)
        seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}

/**
 * Visible elements whose own text does not fit: it is cut off by a box that hides overflow, or
 * it runs out of a control (a button, tab or select) sideways. Spanish and French run longer than
 * English, so every language gets this check.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const own = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!own || el.closest('canvas, svg, option, [data-testid=state-hash]')) continue;
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || cs.visibility === 'hidden' || cs.display === 'none')
        continue;
      const hidesX =
        cs.overflowX !== 'visible' && cs.overflowX !== 'auto' && cs.overflowX !== 'scroll';
      const hidesY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
      const control = el.closest('button, select, [role=tab], .btn');
      const cutX = (hidesX || control !== null) && el.scrollWidth > el.clientWidth + 1;
      const cutY = hidesY && el.scrollHeight > el.clientHeight + 1;
      if (cutX || cutY)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className}: "${(el.textContent ?? '').trim().slice(0, 60)}"`,
        );
    }
    return out;
  });
}

/** English words on a page that should speak another language, with a little context. */
export async function englishWords(page: Page, words: RegExp): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (words.test(line)) out.push(line.trim().slice(0, 100));
  }
  return out;
}
