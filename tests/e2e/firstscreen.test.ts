/**
 * The first screen carries no scenario's whole text, no validator (zod) and no map engine
 * (Phaser): what the browser fetched until the start screen was visible is read, and each is
 * looked for by its content, not by a chunk's name that a build may change. The control: the
 * same detectors find all three in what a game then fetches.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Response } from 'playwright-core';
import { baseUrl, launch, mapReady, openPage } from './browser';

const defaultScenario = JSON.parse(
  readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'),
) as { setting: { en: string } };

/** What each one is recognised by in a fetched script. */
const DETECTORS = {
  // The scenario's setting is in its whole text, never in the head its card is drawn from.
  scenarioText: defaultScenario.setting.en.slice(0, 60),
  zod: '$ZodError',
  phaser: 'Phaser v',
} as const;
type Found = keyof typeof DETECTORS;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function found(scripts: readonly string[]): Found[] {
  return (Object.keys(DETECTORS) as Found[]).filter((k) =>
    scripts.some((body) => body.includes(DETECTORS[k])),
  );
}

describe('the first screen', () => {
  it('fetches no scenario text, zod or Phaser until it is visible; a game then does', async () => {
    const { page, errors } = await openPage(browser);
    const bodies: Promise<{ url: string; body: string }>[] = [];
    page.on('response', (r: Response) => {
      if (/\.js(\?|$)/.test(r.url()))
        bodies.push(r.text().then((body) => ({ url: r.url(), body })));
    });
    await page.goto(baseUrl());
    await page.getByTestId('choose-velmora').waitFor();
    const first = await Promise.all(bodies);
    expect(first.length).toBeGreaterThan(0);
    expect(found(first.map((f) => f.body))).toEqual([]);

    // The control: a game's scripts hold all three, seen by the same detectors.
    await page.getByTestId('choose-velmora').click();
    await page.getByTestId('start-game').click();
    await mapReady(page);
    const all = await Promise.all(bodies);
    expect(all.length).toBeGreaterThan(first.length);
    expect(found(all.map((f) => f.body)).sort()).toEqual(['phaser', 'scenarioText', 'zod']);
    expect(errors).toEqual([]);
  });
});
