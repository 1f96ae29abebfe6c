/**
 * How the game reads in a classroom, in English, Spanish and French, at a laptop's 1366×768 and a
 * projector's 1920×1080, in the standard size and in the projector's large text:
 *
 * - large text is switched from the top bar of every game screen, remembered by the browser, and
 *   measured: body text at least 24 px and every map label at least 20 px at 1920×1080, read from
 *   the page and from the sizes the map's own text objects were drawn at;
 * - the top bar holds one row on every game screen; the order builder's "Propose" and the end
 *   screen's "Open the debrief" are in sight without scrolling; nothing runs sideways, is cut off
 *   or falls under 14 px;
 * - no map label runs past the canvas, and the canvas fills its frame;
 * - the map keeps its size under the pointer, so a hover then a click selects the district under
 *   the pointer (every district, the Kesh Highlands among them);
 * - the printed debrief of a whole default game is at most 15 A4 pages without the log, the log
 *   is an appendix when asked for, and nothing runs past the page's edge.
 *
 * Screenshots: artifacts/screenshots/display-*.png.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  clippedText,
  frames,
  horizontalOverflow,
  launch,
  mapReady,
  openPage,
  shot,
  SHOTS,
  smallText,
} from './browser';
import { compileRules, makeSave, playGame } from '../../src/engine';
import type { Scenario } from '../../src/format';
import { makeLang, type Locale } from '../../src/i18n';

const scenario = JSON.parse(
  readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'),
) as Scenario;
const rules = compileRules(scenario);

const LAPTOP = { width: 1366, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };
const SIZES = [LAPTOP, PROJECTOR] as const;

/** A whole default game played by the cooperative policy, as a save file. */
function wholeGame(seed: string): Buffer {
  const { commands } = playGame(rules, seed, 'cooperative');
  return Buffer.from(
    JSON.stringify(makeSave(rules.scenario.id, rules.scenarioHash, seed, commands)),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function startGame(page: Page, lang: Locale, seed: string): Promise<void> {
  // The canvas renderer: the software WebGL of a headless browser is slow to redraw the map.
  await page.goto(`${baseUrl()}?renderer=canvas`);
  await page.getByTestId('language-select').selectOption(lang);
  await page.getByTestId('choose-velmora').click();
  await page.getByTestId('seed').fill(seed);
  await page.getByTestId('start-game').click();
  await mapReady(page);
}

async function setDisplay(page: Page, projector: boolean): Promise<void> {
  const toggle = page.getByTestId('display-switch');
  if ((await toggle.getAttribute('aria-pressed')) !== String(projector)) await toggle.click();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.display))
    .toBe(projector ? 'projector' : 'standard');
}

/** The top bar's parts: on one row when they all share a horizontal band. */
async function topBar(page: Page): Promise<{ oneRow: boolean; height: number }> {
  return page.locator('.topbar').evaluate((bar) => {
    const boxes = Array.from(bar.children)
      .map((c) => c.getBoundingClientRect())
      .filter((r) => r.width > 1 && r.height > 1);
    const top = Math.max(...boxes.map((r) => r.top));
    const bottom = Math.min(...boxes.map((r) => r.bottom));
    return { oneRow: top < bottom, height: bar.getBoundingClientRect().height };
  });
}

interface MapState {
  /** The smallest font size of each kind of label, as the map drew them. */
  sizes: Record<string, number>;
  /** Labels running past the canvas. */
  cut: string[];
  /** The canvas fills its frame (no part of it hidden by the frame's edge). */
  fills: boolean;
}

async function mapState(page: Page): Promise<MapState> {
  return page.locator('[data-testid=map]').evaluate((host) => {
    const canvas = host.querySelector('canvas');
    const r = host.getBoundingClientRect();
    return {
      sizes: JSON.parse(host.dataset.labelSizes ?? '{}') as Record<string, number>,
      cut: JSON.parse(host.dataset.labelsCut ?? '[]') as string[],
      fills:
        canvas !== null &&
        Math.abs(canvas.width - r.width) <= 1 &&
        Math.abs(canvas.height - r.height) <= 1,
    };
  });
}

/** Visible text smaller than `px` (the page's own; the map is a canvas). */
async function textUnder(page: Page, px: number): Promise<string[]> {
  return page.evaluate((min) => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('main *, .topbar *'))) {
      const own = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!own || el.closest('svg, option, .sr-only')) continue;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (r.width <= 1 || r.height <= 1 || cs.visibility === 'hidden') continue;
      const size = Number.parseFloat(cs.fontSize);
      if (size < min) out.push(`${size}px "${(el.textContent ?? '').trim().slice(0, 40)}"`);
    }
    return out;
  }, px);
}

/** The font size of the first visible element matching `selector`. */
async function fontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
}

/** In sight without scrolling: inside the window, and what is drawn at its middle is itself. */
async function inSight(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && el.contains(hit);
  });
}

/**
 * A screen at both sizes, standard and projector: a screenshot of each, one-row top bar, nothing
 * sideways, cut off or under 14 px; on the map no label cut; at 1920×1080 in large text, body text
 * from 24 px and map labels from 20 px. `also` adds the screen's own checks.
 */
async function everyWay(
  page: Page,
  name: string,
  lang: Locale,
  opts: { map?: boolean; also?: (where: string, projector: boolean) => Promise<void> } = {},
): Promise<void> {
  for (const size of SIZES) {
    for (const projector of [false, true]) {
      const where = `${name} (${lang}, ${size.width}×${size.height}${projector ? ', projector' : ''})`;
      await page.setViewportSize(size);
      await setDisplay(page, projector);
      await frames(page);
      if (opts.map)
        await expect.poll(async () => (await mapState(page)).fills, { message: where }).toBe(true);
      await shot(page, `display-${name}-${lang}-${size.width}${projector ? '-projector' : ''}`);
      const bar = await topBar(page);
      expect(bar.oneRow, `the top bar wraps on ${where} (${bar.height} px)`).toBe(true);
      expect(await horizontalOverflow(page), `sideways overflow on ${where}`).toBeLessThanOrEqual(
        0,
      );
      expect(await clippedText(page), `text cut off on ${where}`).toEqual([]);
      expect(await smallText(page), `text under 14 px on ${where}`).toEqual([]);
      if (opts.map) {
        const m = await mapState(page);
        expect(m.cut, `map labels cut off on ${where}`).toEqual([]);
        if (projector && size === PROJECTOR) {
          expect(Object.keys(m.sizes).length, where).toBeGreaterThan(0);
          for (const [kind, px] of Object.entries(m.sizes))
            expect(px, `map ${kind} labels on ${where}`).toBeGreaterThanOrEqual(20);
        }
      }
      if (projector && size === PROJECTOR) {
        expect(await fontSize(page, 'body'), `body text on ${where}`).toBeGreaterThanOrEqual(24);
        // Chrome around the text (the map's controls, the status bar) is a little smaller.
        expect(await textUnder(page, 20), `text under 20 px on ${where}`).toEqual([]);
      }
      await opts.also?.(where, projector);
    }
  }
  await page.setViewportSize(LAPTOP);
  await setDisplay(page, false);
}

describe('large text for a projector, and the main actions in sight', () => {
  for (const lang of ['en', 'es', 'fr'] as const) {
    it(`on every game screen (${lang})`, async () => {
      const { page, errors } = await openPage(browser, LAPTOP);
      await startGame(page, lang, `display-${lang}`);

      await everyWay(page, 'briefing', lang, {
        map: true,
        also: async (where, projector) => {
          if (!projector) return;
          // The briefing is read out: its text is body text.
          const px = await fontSize(page, '.setting-box p');
          if (page.viewportSize()!.width === PROJECTOR.width)
            expect(px, `the briefing on ${where}`).toBeGreaterThanOrEqual(24);
        },
      });

      await page.getByTestId('begin-planning').click();
      await page.getByTestId('handover').waitFor();
      await everyWay(page, 'handover', lang);

      // The police plan a crowd control with a partner and a posture: the longest form.
      await page.getByTestId('reveal').click();
      await page.getByTestId('finish-round').click();
      await page.getByTestId('reveal').click();
      await page.getByTestId('draft-action').selectOption('crowd_control');
      await page.getByTestId('draft-district').selectOption('dunmere');
      await page.getByTestId('partner-military').check();
      await page.locator('#posture-contain').check();
      await mapReady(page);
      await everyWay(page, 'planning', lang, {
        map: true,
        also: async (where) => {
          expect(await inSight(page, 'draft-submit'), `"Propose" in sight on ${where}`).toBe(true);
          expect(await inSight(page, 'finish-round'), `"Done" in sight on ${where}`).toBe(true);
        },
      });
      // The fields of a crowd control, from the action to the posture, were about 1,200 px tall
      // with all three postures described; side by side they stay within a laptop's column (what
      // the chance and the incidents add below them is not counted).
      const fields = await page.locator('form.builder').evaluate((form) => {
        const top = form.querySelector('#draft-action')!.closest('.field')!;
        const bottom = form.querySelector('[data-testid=posture]')!;
        return bottom.getBoundingClientRect().bottom - top.getBoundingClientRect().top;
      });
      expect(fields, 'the crowd-control fields at 1366×768').toBeLessThan(600);
      await page.getByTestId('draft-submit').click();
      await page.getByTestId('finish-round').click();
      await page.getByTestId('reveal').click();
      await page.getByTestId('finish-round').click();
      for (let i = 0; i < 3; i++) {
        await page.getByTestId('reveal').click();
        await page.getByTestId('commit').click();
      }

      // The report with a "Why?" open.
      await page.getByTestId('report').waitFor();
      await page
        .locator('details.why:has(.roll-table)')
        .first()
        .evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await everyWay(page, 'report', lang, {
        map: true,
        also: async (where, projector) => {
          if (projector && page.viewportSize()!.width === PROJECTOR.width)
            expect(
              await fontSize(page, 'details.why[open] .roll-table td'),
              `the "Why?" table on ${where}`,
            ).toBeGreaterThanOrEqual(24);
        },
      });

      // A whole game, imported from the top bar's menu: the end and the debrief.
      await page.getByTestId('game-import-save-input').setInputFiles({
        name: 'whole-game.json',
        mimeType: 'application/json',
        buffer: wholeGame(`display-${lang}`),
      });
      await page.getByTestId('end').waitFor();
      await everyWay(page, 'end', lang, {
        also: async (where) => {
          expect(await inSight(page, 'open-debrief'), `"Open the debrief" on ${where}`).toBe(true);
        },
      });
      await page.getByTestId('open-debrief').click();
      await page.locator('#db-overview').waitFor();
      await everyWay(page, 'debrief', lang);
      expect(errors).toEqual([]);
    });
  }

  it('is switched from the top bar, remembered by the browser, and redraws the map', async () => {
    const { page, errors } = await openPage(browser, PROJECTOR);
    await startGame(page, 'es', 'display-remembered');
    const before = await mapState(page);
    await page.getByTestId('display-switch').click();
    await expect
      .poll(() => page.getByTestId('display-switch').getAttribute('aria-pressed'))
      .toBe('true');
    // The map takes the mode as it takes its other options and draws its labels again.
    await expect
      .poll(async () => (await mapState(page)).sizes.name ?? 0)
      .toBeGreaterThan(before.sizes.name ?? 0);
    expect(await fontSize(page, 'body')).toBeGreaterThanOrEqual(24);

    await page.reload();
    await mapReady(page);
    expect(await page.getByTestId('display-switch').getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset.display)).toBe('projector');
    await expect
      .poll(async () => (await mapState(page)).sizes.badge ?? 0)
      .toBeGreaterThanOrEqual(20);

    // The menu folds the exercise's tools away and closes on a choice, Escape or a press elsewhere.
    await page.getByTestId('tools-menu').click();
    await expect.poll(() => page.getByTestId('facilitator-toggle').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('facilitator-toggle').isVisible()).toBe(false);
    await page.getByTestId('tools-menu').click();
    await page.getByTestId('facilitator-toggle').click();
    await expect.poll(() => page.getByTestId('facilitator-toggle').isVisible()).toBe(false);
    // Folded away, the facilitator view still shows that it is on.
    await expect.poll(() => page.getByTestId('facilitator-on').isVisible()).toBe(true);
    await page.getByTestId('tools-menu').click();
    await page.mouse.click(5, PROJECTOR.height - 5);
    await expect.poll(() => page.getByTestId('facilitator-toggle').isVisible()).toBe(false);

    await page.getByTestId('display-switch').click();
    await page.reload();
    await mapReady(page);
    expect(await page.evaluate(() => document.documentElement.dataset.display)).toBe('standard');
    expect(errors).toEqual([]);
  });
});

/** The districts' names in a language, by what the details panel heads them with. */
function districtsByName(lang: Locale): Map<string, string> {
  const L = makeLang(lang, scenario);
  return new Map(scenario.districts.map((d) => [L.text(d.name), d.id]));
}

/**
 * Points on the canvas for each district, found as a user would: by pointing and reading the
 * details. Each district gets the point in the middle of those that name it, away from its
 * borders.
 */
async function districtPoints(
  page: Page,
  lang: Locale,
): Promise<Map<string, { x: number; y: number }>> {
  const names = districtsByName(lang);
  const box = (await page.locator('[data-testid=map] canvas').boundingBox())!;
  const heading = page.getByTestId('district-details').getByRole('heading', { level: 3 });
  const seen = new Map<string, { x: number; y: number }[]>();
  const step = 28;
  for (let y = box.y + step / 2; y < box.y + box.height; y += step) {
    for (let x = box.x + step / 2; x < box.x + box.width; x += step) {
      await page.mouse.move(x, y);
      const id = (await heading.count()) ? names.get(await heading.innerText()) : undefined;
      if (id) seen.set(id, [...(seen.get(id) ?? []), { x, y }]);
    }
  }
  const out = new Map<string, { x: number; y: number }>();
  for (const [id, pts] of seen) {
    const mx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
    const my = pts.reduce((s, p) => s + p.y, 0) / pts.length;
    const near = (p: { x: number; y: number }) => Math.hypot(p.x - mx, p.y - my);
    out.set(
      id,
      pts.reduce((a, b) => (near(b) < near(a) ? b : a)),
    );
  }
  return out;
}

describe('the map under the pointer', () => {
  const cases = [
    { lang: 'en', size: LAPTOP, projector: false },
    { lang: 'es', size: LAPTOP, projector: false },
    { lang: 'fr', size: PROJECTOR, projector: true },
  ] as const;
  for (const c of cases) {
    it(`keeps its size on a hover, and a click selects the district pointed at (${c.lang}, ${c.size.width}${c.projector ? ', projector' : ''})`, async () => {
      const { page, errors } = await openPage(browser, c.size);
      await startGame(page, c.lang, `hover-${c.lang}`);
      await setDisplay(page, c.projector);
      await page.getByTestId('begin-planning').click();
      await page.getByTestId('reveal').click();
      await mapReady(page);
      const map = page.getByTestId('map');
      const names = districtsByName(c.lang);
      const nameOf = new Map([...names].map(([name, id]) => [id, name]));
      const points = await districtPoints(page, c.lang);
      expect([...points.keys()].sort()).toEqual(scenario.districts.map((d) => d.id).sort());

      for (const [id, p] of points) {
        // Nothing selected, the pointer away from the map: the map at rest.
        await page.mouse.move(5, 5);
        await page.locator('#district-picker').selectOption('');
        await frames(page);
        const rest = await map.boundingBox();
        await page.mouse.move(p.x, p.y);
        await expect
          .poll(() =>
            page.getByTestId('district-details').getByRole('heading', { level: 3 }).innerText(),
          )
          .toBe(nameOf.get(id));
        await frames(page);
        expect(await map.boundingBox(), `the map's box while ${id} is hovered`).toEqual(rest);
        await page.mouse.down();
        await page.mouse.up();
        await expect
          .poll(() => page.locator('#district-picker').inputValue(), {
            message: `a click on ${id}`,
          })
          .toBe(id);
      }
      expect(points.has('kesh_highlands')).toBe(true);
      await shot(page, `display-hover-${c.lang}-${c.size.width}${c.projector ? '-projector' : ''}`);
      expect(errors).toEqual([]);
    });
  }
});

/** PDF pages, counted from the file's page objects. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** A4's width less the print style sheet's side margins (13 mm each), in CSS pixels. */
const PRINT_WIDTH = Math.floor(((210 - 2 * 13) / 25.4) * 96);

describe('the printed debrief', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`is a report of at most 15 A4 pages, with the whole log as an appendix (${lang})`, async () => {
      const { page, errors } = await openPage(browser, LAPTOP);
      await page.goto(`${baseUrl()}?renderer=canvas`);
      await page.getByTestId('language-select').selectOption(lang);
      await page.getByTestId('import-save-input').setInputFiles({
        name: 'whole-game.json',
        mimeType: 'application/json',
        buffer: wholeGame('print-e2e'),
      });
      await page.getByTestId('end').waitFor();
      await page.getByTestId('open-debrief').click();
      await page.locator('#db-overview').waitFor();
      await shot(page, `display-debrief-print-${lang}`);

      const report = await page.pdf({ format: 'A4' });
      const pages = pageCount(report);
      expect(pages, 'pages without the log').toBeLessThanOrEqual(15);
      expect(pages).toBeGreaterThan(3);

      await page.getByTestId('print-whole-log').check();
      const withLog = await page.pdf({ format: 'A4' });
      expect(pageCount(withLog), 'pages with the log').toBeGreaterThan(pages + 3);

      // The pages as printed: the print style sheet at the paper's width.
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: PRINT_WIDTH, height: 1100 });
      for (const log of [false, true]) {
        // Hidden on paper, like every control: ticked as the screen would.
        await page.evaluate((on) => {
          (document.getElementById('print-whole-log') as HTMLInputElement).checked = on;
        }, log);
        const past = await page.evaluate((width) => {
          const out: string[] = [];
          for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            if (r.left < -1 || r.right > width + 1)
              out.push(
                `${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`,
              );
          }
          return out.slice(0, 10);
        }, PRINT_WIDTH);
        expect(past, `past the page's edge (log ${log})`).toEqual([]);
        expect(await clippedText(page), `text cut off in print (log ${log})`).toEqual([]);
        // Sections follow one another; only the log's appendix starts a page of its own.
        const breaks = await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLElement>('.dsec'))
            .filter((s) => s.getClientRects().length > 0)
            .filter((s) => getComputedStyle(s).breakBefore === 'page')
            .map((s) => s.id),
        );
        expect(breaks).toEqual(log ? ['db-log'] : []);
        expect(await page.locator('#db-log').isVisible()).toBe(log);
      }
      await page.evaluate(() => {
        (document.getElementById('print-whole-log') as HTMLInputElement).checked = false;
      });
      await page.screenshot({ path: `${SHOTS}display-print-${lang}.png`, fullPage: true });
      expect(errors).toEqual([]);
    });
  }
});
