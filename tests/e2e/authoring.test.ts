/**
 * What a scenario author does in the browser: opens a scenario that takes its districts from a
 * Tiled map together with the map (both files at once) and plays a turn, and the game survives a
 * reload; opens it without the map, reads which file to add, and adds just the map with the
 * panel's own picker; a scenario full of 300-letter words pushes no screen sideways; and a file
 * larger than it can be is refused before it is read.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, horizontalOverflow, launch, openPage, shot, smallText, tool } from './browser';

const fixture = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), 'utf8');
const scenarioText = fixture('tiled-scenario/riverside.json');
const mapText = fixture('tiled-scenario/maps/riverside.tmj');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function file(name: string, text: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** Drops files on the page as a user drags them from a file manager. */
async function drop(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    document.body.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }),
    );
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
    );
  }, files);
}

/** One turn with the police as the only team: a patrol, then commit. */
async function playOneTurn(page: Page, district: string): Promise<void> {
  await page.getByTestId('begin-planning').click();
  await page.getByRole('heading', { name: 'Pass the screen to the Police team' }).waitFor();
  await page.getByTestId('reveal').click();
  await page.getByTestId('draft-action').selectOption('patrol');
  await page.getByTestId('draft-district').selectOption(district);
  await page.getByTestId('draft-submit').click();
  await expect.poll(() => page.getByTestId('my-order').count()).toBe(1);
  await page.getByTestId('finish-round').click();
  await page.getByRole('heading', { name: 'Pass the screen to the Police team' }).waitFor();
  await page.getByTestId('reveal').click();
  await page.getByTestId('commit').click();
  await page.getByRole('heading', { name: 'Turn 1 report' }).waitFor();
}

async function policeOnly(page: Page, seed: string): Promise<void> {
  await page.getByTestId('seat-military').selectOption('cooperative');
  await page.getByTestId('seat-civilian').selectOption('cooperative');
  await page.getByTestId('seed').fill(seed);
  await page.getByTestId('start-game').click();
  await page.getByRole('heading', { name: 'Briefing' }).waitFor();
}

describe('a scenario with its districts drawn in Tiled', () => {
  it('opens with its map (both files at once), plays a turn, and comes back after a reload', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(baseUrl());
    await page
      .getByTestId('scenario-file')
      .setInputFiles([file('riverside.json', scenarioText), file('riverside.tmj', mapText)]);
    await page.getByRole('heading', { name: 'Riverside (Tiled map)' }).waitFor();
    await policeOnly(page, 'tiled-e2e');
    await page.locator('[data-testid=map][data-ready=true] canvas').waitFor();
    await playOneTurn(page, 'harbour');
    const hash = await page.getByTestId('state-hash').getAttribute('data-state-hash');

    // The autosave keeps the scenario with the map's shapes in it: a reload needs no map.
    await page.reload();
    await page.getByRole('heading', { name: 'Turn 1 report' }).waitFor();
    expect(await page.getByTestId('state-hash').getAttribute('data-state-hash')).toBe(hash);
    expect(await page.getByTestId('save-problem').count()).toBe(0);
    await page.getByTestId('next-turn').click();
    await page.getByRole('heading', { name: 'Briefing' }).waitFor();
    expect(await page.getByTestId('turn').getAttribute('data-turn')).toBe('2');
    expect(errors).toEqual([]);
  });

  it('without its map says which file to add, and takes just the map from the second picker', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(baseUrl());
    // The app takes drops once it has booted (main.ts opens the storage first, asynchronously).
    await page.getByTestId('dropzone').waitFor();
    await drop(page, [{ name: 'riverside.json', text: scenarioText }]);
    const panel = page.getByTestId('scenario-problems');
    await panel.waitFor();
    expect(await panel.getByRole('heading').first().innerText()).toMatch(
      /riverside\.json cannot be used/,
    );
    const message = await panel.locator('.problem-message').first().innerText();
    expect(message).toBe(
      'This scenario takes its district shapes from maps/riverside.tmj: open it together with the scenario (select both files, or drop both)',
    );
    expect(await panel.locator('.problem .path').first().innerText()).toBe('$.map.tiled.file');
    // Only that problem: the shapes the map would give are not listed one by one.
    expect(await panel.locator('.problem').count()).toBe(1);
    await expect
      .poll(() => panel.getByRole('button', { name: 'Add the map file\u2026' }).isVisible())
      .toBe(true);
    await shot(page, 'tiled-map-missing');
    expect(await smallText(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // The wrong map first: its problems are listed, and the panel still offers a map.
    await page.getByTestId('map-file').setInputFiles(file('riverside.tmj', '{"width": 0}'));
    await expect
      .poll(() => panel.locator('.problem .path').first().innerText())
      .toMatch(/^maps\/riverside\.tmj: \$/);
    await panel.getByRole('button', { name: 'Open another map file\u2026' }).waitFor();

    await page.getByTestId('map-file').setInputFiles(file('riverside.tmj', mapText));
    await page.getByRole('heading', { name: 'Riverside (Tiled map)' }).waitFor();
    expect(await panel.count()).toBe(0);

    // Dropped together, the two files open at once.
    await page.getByRole('button', { name: '\u2190 Back' }).click();
    await drop(page, [
      { name: 'riverside.tmj', text: mapText },
      { name: 'riverside.json', text: scenarioText },
    ]);
    await page.getByRole('heading', { name: 'Riverside (Tiled map)' }).waitFor();
    expect(errors).toEqual([]);
  });
});

/** The mini scenario with a 300-letter word in every kind of text a screen shows. */
function longWordScenario(): string {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits JSON of any shape, invalid included
  const d = JSON.parse(fixture('mini-scenario.json')) as Record<string, any>;
  const w = (c: string) => c.repeat(300);
  d.id = 'long-words';
  d.title = w('T');
  d.summary = `Summary ${w('s')}`;
  d.setting = `Setting ${w('g')}`;
  d.learningObjectives[0] = w('L');
  d.districts[0].name = w('D');
  d.districts[0].description = w('d');
  d.roles[1].name = w('R');
  d.injects[0].title = w('I');
  d.injects[0].text = w('i');
  d.injects[0].sender = w('S');
  d.injects[0].trigger = { turn: 1 };
  d.objectives[0].description = w('O');
  d.debriefQuestions[0] = w('Q');
  d.intelligence[0].text = w('F');
  return JSON.stringify(d, null, 2);
}

describe('long words in scenario text', () => {
  it('push no screen sideways', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(baseUrl());
    const sideways: Record<string, number> = {};
    const check = async (where: string) => {
      sideways[where] = await horizontalOverflow(page);
    };
    await page
      .getByTestId('scenario-file')
      .setInputFiles(file('long-words.json', longWordScenario()));
    await page.getByTestId('start-game').waitFor();
    await page.locator('details.setting summary').click();
    await check('set-up');
    await shot(page, 'long-words-setup');
    await page.getByTestId('seat-military').selectOption('cooperative');
    await page.getByTestId('seat-civilian').selectOption('cooperative');
    await page.getByTestId('start-game').click();
    await page.getByRole('heading', { name: 'Briefing' }).waitFor();
    await check('briefing');
    await page.getByTestId('begin-planning').click();
    await page.getByTestId('reveal').click();
    await page.getByTestId('role-card').waitFor();
    await check('planning');
    await shot(page, 'long-words-planning');
    await page.getByTestId('finish-round').click();
    await page.getByTestId('reveal').click();
    await page.getByTestId('commit').click();
    await page.getByRole('heading', { name: 'Turn 1 report' }).waitFor();
    await check('report');
    await shot(page, 'long-words-report');
    await page.getByTestId('open-console').click();
    await page.getByTestId('console').waitFor();
    await check('console');
    await page.getByTestId('console-tab-injects').click();
    await page.getByTestId('injects').waitFor();
    await check('console injects');
    await page.getByTestId('console-back').click();
    await tool(page, 'end-exercise');
    await page.getByTestId('confirm-end').click();
    await page.getByTestId('open-debrief').click();
    await page.locator('main.debrief-screen').waitFor();
    await check('debrief');
    await shot(page, 'long-words-debrief');
    expect(sideways).toEqual(
      Object.fromEntries(Object.keys(sideways).map((k) => [k, expect.any(Number)])),
    );
    expect(Object.entries(sideways).filter(([, px]) => px > 0)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('files larger than they can be', () => {
  it('are refused with the loader\u2019s message before they are read', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(baseUrl());
    // The app draws once its storage is open, which may be after the page's load event.
    await page.getByTestId('scenario-file').waitFor({ state: 'attached' });
    // Count every read of more than a few bytes of any file.
    await page.evaluate(() => {
      const w = window as unknown as { bigReads: string[] };
      w.bigReads = [];
      for (const method of ['text', 'arrayBuffer', 'stream', 'bytes'] as const) {
        const proto = Blob.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
        const original = proto[method];
        if (!original) continue;
        proto[method] = function (this: Blob, ...args: unknown[]) {
          if (this.size > 4096) w.bigReads.push(`${method} of ${this.size} bytes`);
          return original.apply(this, args);
        };
      }
    });
    /** Gives a picker a file made in the page (no 21 MB over the wire). */
    const pick = (testid: string, name: string, mb: number, head = '') =>
      page.evaluate(
        ({ testid, name, mb, head }) => {
          const input = document.querySelector<HTMLInputElement>(`[data-testid="${testid}"]`)!;
          const dt = new DataTransfer();
          dt.items.add(
            new File([head, new Uint8Array(mb * 1024 * 1024).fill(32)], name, {
              type: 'application/json',
            }),
          );
          input.files = dt.files;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        },
        { testid, name, mb, head },
      );

    await pick('scenario-file', 'huge-scenario.json', 3, '{"id": "huge", ');
    const panel = page.getByTestId('scenario-problems');
    await panel.waitFor();
    expect(await panel.innerText()).toMatch(
      /huge-scenario\.json cannot be used[\s\S]*the file is larger than 2 MB; a scenario is far smaller/,
    );

    await pick('import-save-input', 'huge-save.json', 21, '{"format": "mandate-save", ');
    const problem = page.getByTestId('save-problem');
    await problem.waitFor();
    expect(await problem.innerText()).toMatch(/the file is larger than 20 MB; a save never is/);
    expect(await problem.getByRole('button', { name: 'Download what was found' }).count()).toBe(0);

    // Dropped, a large file that is not a save is refused as a scenario.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(
        new File(['{"id": "x", ', new Uint8Array(3 * 1024 * 1024).fill(32)], 'dropped-big.json'),
      );
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
    });
    await expect
      .poll(() => panel.innerText())
      .toMatch(/dropped-big\.json cannot be used[\s\S]*larger than 2 MB/);
    expect(
      await page.evaluate(() => (window as unknown as { bigReads: string[] }).bigReads),
    ).toEqual([]);
    expect(errors).toEqual([]);
  });
});
