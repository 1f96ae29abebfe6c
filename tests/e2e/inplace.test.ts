/**
 * Screens update in place. The facilitator types in the console window while a team's order,
 * given in the main window, reaches it through the sync: the field keeps the focus, the words and
 * the selection. The notice region and the report's live region are the same elements before and
 * after their content changes, so assistive technology announces the change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, openPage, type Watched } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const hashOf = (p: Page) => p.getByTestId('state-hash').getAttribute('data-state-hash');

/** The default scenario started with a seed; the police and civilians played by the computer. */
async function startGame(w: Watched, seed: string): Promise<void> {
  await w.page.goto(`${baseUrl()}?renderer=canvas`);
  await w.page.getByTestId('choose-velmora').click();
  await w.page.getByTestId('seat-police').selectOption('cooperative');
  await w.page.getByTestId('seat-civilian').selectOption('cooperative');
  await w.page.getByTestId('seed').fill(seed);
  await w.page.getByTestId('start-game').click();
  await w.page.getByRole('heading', { name: 'Briefing' }).waitFor();
}

interface Focused {
  id: string;
  value: string;
  from: number;
  to: number;
  direction: string;
}

/** What has the focus, what it holds and where its selection is (and which way it was made). */
async function focused(p: Page): Promise<Focused> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      id: el?.id ?? '',
      value: el?.value ?? '',
      from: el?.selectionStart ?? -1,
      to: el?.selectionEnd ?? -1,
      direction: el?.selectionDirection ?? '',
    };
  });
}

/** Marks an element with a JS property: only the same node still carries it later. */
async function mark(p: Page, selector: string): Promise<void> {
  await p.locator(selector).evaluate((el) => {
    (el as HTMLElement & { __mark?: string }).__mark = 'the same node';
  });
}

async function marked(p: Page, selector: string): Promise<string | undefined> {
  return p.locator(selector).evaluate((el) => (el as HTMLElement & { __mark?: string }).__mark);
}

describe('typing while the game changes underneath', () => {
  it('keeps the focus, the text and the selection of a console field when another window gives an order', async () => {
    const main = await openPage(browser);
    await startGame(main, 'in-place');
    // The console in a second window of the same browser: the two stay in step over the sync.
    const second = await main.context.newPage();
    const secondErrors: string[] = [];
    second.on('pageerror', (e) => secondErrors.push(e.message));
    await second.goto(`${baseUrl()}?view=console&renderer=canvas`);
    await second.getByTestId('console').waitFor();
    await expect.poll(() => hashOf(second)).toBe(await hashOf(main.page));
    await second.getByTestId('console-tab-log').click();

    const words = 'Market traders say the road to Dunmere is closed';
    await second.locator('#adj-reason').click();
    await second.keyboard.type(words);
    // Selected backwards, as Shift+Left does: a field put back after a render would lose that.
    await second.locator('#adj-reason').evaluate((el) => {
      (el as HTMLInputElement).setSelectionRange(7, 14, 'backward');
    });
    await mark(second, '#adj-reason');
    const before = await hashOf(second);
    const typed: Focused = {
      id: 'adj-reason',
      value: words,
      from: 7,
      to: 14,
      direction: 'backward',
    };
    expect(await focused(second)).toEqual(typed);

    // A team gives an order in the main window.
    await main.page.getByTestId('begin-planning').click();
    await main.page.getByTestId('reveal').click();
    await main.page.getByTestId('draft-action').selectOption('patrol');
    await main.page.getByTestId('draft-district').selectOption('kesh_highlands');
    await main.page.getByTestId('draft-submit').click();
    await expect.poll(() => main.page.getByTestId('my-order').count()).toBe(1);

    // The control: the console did render the new game (its status bar shows the new state).
    await expect.poll(() => hashOf(second)).toBe(await hashOf(main.page));
    expect(await hashOf(second)).not.toBe(before);
    expect(await second.getByTestId('state-hash').innerText()).toContain(
      (await hashOf(main.page))!,
    );
    // The field is untouched: the same node, with its focus, words and selection.
    expect(await focused(second)).toEqual(typed);
    expect(await marked(second, '#adj-reason')).toBe('the same node');
    // Typing goes on where the selection was.
    await second.keyboard.type('shop owners');
    expect((await focused(second)).value).toBe(
      'Market shop owners say the road to Dunmere is closed',
    );
    expect([...main.errors, ...secondErrors]).toEqual([]);
    await main.context.close();
  });

  it('keeps what was typed in a console form across a switch to another tab and back', async () => {
    const w = await openPage(browser);
    await startGame(w, 'tabs');
    await w.page.getByTestId('open-console').click();
    await w.page.getByTestId('console-tab-injects').click();
    await w.page.getByTestId('ci-title').fill('Fuel queue riot');
    await w.page.getByTestId('console-tab-overview').click();
    await w.page.getByTestId('console-districts').waitFor();
    await w.page.getByTestId('console-tab-injects').click();
    expect(await w.page.getByTestId('ci-title').inputValue()).toBe('Fuel queue riot');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

describe('live regions are kept, their content changes', () => {
  it('the notice region is the same node through notices, re-renders and a change of screen', async () => {
    const w = await openPage(browser);
    const page = w.page;
    await startGame(w, 'notices');
    const region = '[data-testid=notices]';
    await mark(page, region);
    await page.getByTestId('open-console').click();
    await page.getByTestId('console-tab-injects').click();
    await page.getByTestId('ci-submit').click();
    await expect.poll(() => page.locator(region).innerText()).toMatch(/title/i);
    const first = await page.locator(region).innerText();
    // Re-renders: a command, a tab, and another notice.
    await page.getByTestId('console-pause').click();
    await page.getByTestId('console-resume').click();
    await page.getByTestId('console-tab-log').click();
    await page.locator('#adj-submit').click();
    await expect.poll(() => page.locator(region).innerText()).not.toBe(first);
    expect(await page.locator(region).innerText()).toMatch(/whole number/i);
    expect(await marked(page, region)).toBe('the same node');
    // Another screen: the region stays where it was, and there is still only one.
    await page.getByTestId('console-back').click();
    await page.getByRole('heading', { name: 'Briefing' }).waitFor();
    expect(await marked(page, region)).toBe('the same node');
    expect(await page.locator(region).count()).toBe(1);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('the report reads each step out of the same live region', async () => {
    const w = await openPage(browser);
    const page = w.page;
    await startGame(w, 'report-live');
    await page.getByTestId('begin-planning').click();
    await page.getByTestId('reveal').click();
    await page.getByTestId('finish-round').click();
    await page.getByTestId('reveal').click();
    await page.getByTestId('commit').click();
    await page.getByTestId('report').waitFor();
    const live = '.report-head [aria-live]';
    await mark(page, live);
    const first = await page.locator(live).textContent();
    await page.getByTestId('report-next').click();
    await expect.poll(() => page.locator(live).textContent()).not.toBe(first);
    expect(await marked(page, live)).toBe('the same node');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
