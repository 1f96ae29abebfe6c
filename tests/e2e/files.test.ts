/**
 * Files from outside: a malformed scenario lists every problem with its JSON path while the app
 * keeps working, and a corrupt or foreign save gets a message naming the path, a download of what
 * was found, and leaves the current game as it was.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { checkScenarioText } from '../../src/store/scenarioChecks';
import { baseUrl, launch, openPage, shot, smallText, tool } from './browser';

const defaultText = readFileSync(
  fileURLToPath(new URL('../../scenarios/default.json', import.meta.url)),
  'utf8',
);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function json(name: string, value: unknown): { name: string; mimeType: string; buffer: Buffer } {
  return {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2)),
  };
}

describe('opening files', () => {
  it('lists every problem of a malformed scenario with its path, and the app carries on', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(baseUrl());
    const bad = JSON.parse(defaultText) as Record<string, unknown> & {
      districts: Record<string, unknown>[];
      roles: Record<string, unknown>[];
    };
    bad.turns = 'eleven';
    bad.districts[0]!.population = -100;
    bad.districts[2]!.neighbours = ['atlantis'];
    bad.roles[1]!.actionPoints = 'many';
    delete bad.summary;
    await page.getByTestId('scenario-file').setInputFiles(json('broken-velmora.json', bad));
    const panel = page.getByTestId('scenario-problems');
    await panel.waitFor();
    expect(await panel.getByRole('heading').first().innerText()).toMatch(
      /broken-velmora\.json cannot be used/,
    );
    const paths = await panel.locator('.problem .path').allInnerTexts();
    expect(paths).toEqual(expect.arrayContaining(['$.turns', '$.roles[1].actionPoints']));
    expect(paths.some((p) => p.startsWith('$.districts[0].population'))).toBe(true);
    expect(paths.some((p) => p.startsWith('$.districts[2].neighbours'))).toBe(true);
    expect(paths.some((p) => p === '$' || p.startsWith('$.summary'))).toBe(true);
    await shot(page, 'scenario-problems');
    expect(await smallText(page)).toEqual([]);

    // Not JSON at all: one problem, still a path, still no crash.
    await page.getByTestId('scenario-file').setInputFiles(json('not-json.json', '{ "id": "x", '));
    await expect
      .poll(() => panel.getByRole('heading').first().innerText())
      .toMatch(/not-json\.json cannot be used/);
    expect((await panel.locator('.problem .path').allInnerTexts()).length).toBeGreaterThan(0);

    // Dropped on the page rather than picked: the same report.
    await page.evaluate(
      (text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
        document.body.dispatchEvent(
          new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }),
        );
        document.body.dispatchEvent(
          new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
        );
      },
      JSON.stringify({ ...bad, turns: 11 }),
    );
    await expect
      .poll(() => panel.getByRole('heading').first().innerText())
      .toMatch(/dropped\.json cannot be used/);
    expect(await panel.locator('.problem .path').allInnerTexts()).not.toContain('$.turns');

    // The app keeps working: the default scenario still starts.
    await page.getByTestId('choose-velmora').click();
    await page.getByTestId('start-game').click();
    await page.getByRole('heading', { name: 'Briefing' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('refuses a corrupt or foreign save with its path, offers what was found, and keeps the game', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(baseUrl());
    const checked = checkScenarioText(defaultText, 'default.json');
    if (!checked.ok) throw new Error('default scenario does not validate');
    const hash = checked.rules.scenarioHash;

    // On the start screen.
    await page
      .getByTestId('import-save-input')
      .setInputFiles(json('garbage.json', 'this is not a save'));
    const problem = page.getByTestId('save-problem');
    await problem.waitFor();
    expect(await problem.locator('.path').innerText()).toBe('$');

    // In a game: a save whose second command cannot be replayed.
    await page.getByTestId('choose-velmora').click();
    await page.getByTestId('start-game').click();
    await page.getByRole('heading', { name: 'Briefing' }).waitFor();
    const before = await page.getByTestId('state-hash').getAttribute('data-state-hash');
    const corrupt = {
      format: 'mandate-save',
      version: 1,
      scenarioHash: hash,
      scenarioId: 'velmora',
      seed: 'x',
      commands: [
        { type: 'order', role: 'police', action: 'patrol', district: 'aldera' },
        { type: 'order', role: 'police', action: 'patrol', district: 'atlantis' },
      ],
    };
    await page
      .getByTestId('game-import-save-input')
      .setInputFiles(json('corrupt-save.json', corrupt));
    await problem.waitFor();
    await expect.poll(() => problem.locator('.path').innerText()).toBe('$.commands[1]');
    expect(await problem.innerText()).toMatch(/cannot be opened/);
    const download = page.waitForEvent('download');
    await problem.getByRole('button', { name: 'Download what was found' }).click();
    expect((await download).suggestedFilename()).toBe('corrupt-save.json');
    await shot(page, 'save-problem');
    expect(await page.getByTestId('state-hash').getAttribute('data-state-hash')).toBe(before);

    // A save of a scenario this app does not have.
    await page
      .getByTestId('game-import-save-input')
      .setInputFiles(
        json('foreign.json', { ...corrupt, scenarioHash: '0000000000000000', commands: [] }),
      );
    await expect.poll(() => problem.locator('.path').innerText()).toBe('$.scenarioHash');
    await problem.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => problem.count()).toBe(0);
    expect(await page.getByTestId('state-hash').getAttribute('data-state-hash')).toBe(before);
    expect(errors).toEqual([]);
  });

  it('exports the save and imports it in a fresh browser to the same state hash', async () => {
    const a = await openPage(browser);
    await a.page.goto(baseUrl());
    await a.page.getByTestId('choose-velmora').click();
    await a.page.getByTestId('seed').fill('export-import');
    await a.page.getByTestId('start-game').click();
    await a.page.getByTestId('begin-planning').click();
    await a.page.getByTestId('reveal').click();
    await a.page.getByTestId('draft-action').selectOption('patrol');
    await a.page.getByTestId('draft-district').selectOption('dunmere');
    await a.page.getByTestId('draft-submit').click();
    await expect.poll(() => a.page.getByTestId('my-order').count()).toBe(1);
    const hash = await a.page.getByTestId('state-hash').getAttribute('data-state-hash');
    const download = a.page.waitForEvent('download');
    await tool(a.page, 'export-save');
    const file = await download;
    const path = await file.path();
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text)).toMatchObject({
      format: 'mandate-save',
      version: 1,
      seed: 'export-import',
    });

    const b = await openPage(browser);
    await b.page.goto(baseUrl());
    await b.page
      .getByTestId('import-save-input')
      .setInputFiles(json(file.suggestedFilename(), text));
    await b.page.getByRole('heading', { name: 'Briefing' }).waitFor();
    expect(await b.page.getByTestId('state-hash').getAttribute('data-state-hash')).toBe(hash);
    expect([...a.errors, ...b.errors]).toEqual([]);
  });
});
