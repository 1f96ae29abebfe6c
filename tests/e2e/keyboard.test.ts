/**
 * Keyboard only: from the start screen to a given order without the mouse, with a visible focus
 * ring on every stop and focus kept across re-renders. Every control has an accessible name.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Presses Tab until the element with `id` has the focus; fails if it never does. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    if (focused === id) {
      const ring = await page.evaluate(() => {
        const cs = getComputedStyle(document.activeElement!);
        return { style: cs.outlineStyle, width: Number.parseFloat(cs.outlineWidth) };
      });
      expect(ring.style, `focus ring on #${id}`).not.toBe('none');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`#${id} is not reachable with the Tab key`);
}

/** Buttons, fields and selects that a screen reader could not name. */
async function unnamed(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        'button, select, input:not([type=hidden]), textarea, [role=tab]',
      ),
    )
      .filter(
        (el) => !el.classList.contains('sr-only') && el.getAttribute('aria-hidden') !== 'true',
      )
      .filter((el) => {
        const label =
          el.getAttribute('aria-label') ||
          el.getAttribute('aria-labelledby') ||
          (el as HTMLInputElement).labels?.length ||
          el.closest('label');
        return !label && !(el.textContent ?? '').trim();
      })
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}`),
  );
}

it('plays from the start screen to a given order with the keyboard alone', async () => {
  const { page, errors } = await openPage(browser);
  await page.goto(baseUrl());
  await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
  expect(await unnamed(page)).toEqual([]);
  await tabTo(page, 'choose-default.json');
  await page.keyboard.press('Enter');
  await page.getByTestId('start-game').waitFor();
  expect(await unnamed(page)).toEqual([]);
  await tabTo(page, 'start-game');
  await page.keyboard.press('Enter');
  await tabTo(page, 'begin-planning');
  await page.keyboard.press('Enter');
  await tabTo(page, 'reveal');
  await page.keyboard.press('Enter');
  await page.getByTestId('role-card').waitFor();
  expect(await unnamed(page)).toEqual([]);

  // Choose an action and a district with the arrow keys; focus stays put across re-renders.
  await tabTo(page, 'draft-action');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.getByTestId('draft-action').inputValue()).not.toBe('');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft-action');
  await tabTo(page, 'draft-district');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.getByTestId('draft-district').inputValue()).not.toBe('');
  await tabTo(page, 'draft-submit');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('my-order').count()).toBe(1);

  // The log tab and the hand-over onwards.
  await tabTo(page, 'tab-log');
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: 'Filter the log' }).waitFor();
  expect(await unnamed(page)).toEqual([]);
  await tabTo(page, 'finish-round');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Pass the screen to the Police team' }).waitFor();
  expect(errors).toEqual([]);
});
