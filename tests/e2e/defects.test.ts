/**
 * Defects a class would see on screen, in headless Chromium, in English and in Spanish, at the
 * laptop's 1366×768 and the projector's 1920×1080: a recorded game of ten turns (the default
 * scenario, cooperative policy) with an outcome the facilitator overruled, ended by the
 * facilitator, is imported. After the end the console says nothing of planning or action points
 * and nothing of injects to come; the debrief's timeline marks an intelligence share that did not
 * leak as a success, the overruled outcome as overruled where it stands, and names Dunmere once
 * in "Intercommunal clashes in Dunmere".
 * Screenshots: artifacts/screenshots/defects-*.png.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  compileRules,
  makeSave,
  playGame,
  replay,
  type Command,
  type LogEntry,
} from '../../src/engine';
import { buildDebrief } from '../../src/debrief/model';
import { makeLang, type Locale } from '../../src/i18n';
import type { Scenario } from '../../src/format';
import {
  baseUrl,
  horizontalOverflow,
  launch,
  openPage,
  shot,
  smallText,
  type Watched,
} from './browser';

const scenario = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../scenarios/default.json', import.meta.url)), 'utf8'),
) as Scenario;
const rules = compileRules(scenario);
const SEED = 'defects-e2e';
const REASON = 'the patrol never reached the district';

/** Ten turns, an overrule of a failed action with a reason, and the end. */
function recorded(): { commands: Command[]; overruled: LogEntry } {
  const { commands } = playGame(rules, SEED, 'cooperative');
  const cut = commands.slice(0, replay(rules, SEED, commands).turnStarts[11]);
  const state = replay(rules, SEED, cut).state;
  const overruled = state.log.find(
    (e) => e.kind === 'joint' && e.roll && !e.roll.success && e.effects.some((x) => 'before' in x),
  )!;
  return {
    commands: [
      ...cut,
      { type: 'overrule', entry: overruled.id, reason: REASON },
      { type: 'endExercise', reason: 'the class is out of time' },
    ],
    overruled,
  };
}

const { commands, overruled } = recorded();
const final = replay(rules, SEED, commands).state;
const save = JSON.stringify(makeSave(rules.scenario.id, rules.scenarioHash, SEED, commands));
/** Shares whose leak roll came out well: "it did not leak". */
const kept = final.log.filter((e) => e.kind === 'share' && e.detail?.key === 'log.notLeaked');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function readable(p: Page, where: string): Promise<void> {
  expect(await smallText(p), `text under 14 px on ${where}`).toEqual([]);
  expect(await horizontalOverflow(p), `sideways overflow on ${where}`).toBeLessThanOrEqual(0);
}

/** Shots at 1366×768 and 1920×1080; `again` brings the part back into view after the resize. */
async function shots(p: Page, name: string, again?: () => Promise<void>): Promise<void> {
  await again?.();
  await shot(p, `${name}-1366`);
  await readable(p, `${name} at 1366×768`);
  await p.setViewportSize({ width: 1920, height: 1080 });
  await again?.();
  await shot(p, `${name}-1920`);
  await readable(p, `${name} at 1920×1080`);
  await p.setViewportSize({ width: 1366, height: 768 });
}

for (const locale of ['en', 'es'] as Locale[]) {
  const L = makeLang(locale, scenario);
  const f = L.ui.facilitator;
  const d = buildDebrief(rules, final, L);

  describe(`after the end, in ${locale}`, () => {
    let w: Watched;
    let page: Page;
    beforeAll(async () => {
      w = await openPage(browser);
      page = w.page;
    });
    afterAll(async () => {
      await w?.context.close();
    });

    it('opens the ended game in the chosen language', async () => {
      expect(kept.length).toBeGreaterThan(0);
      await page.goto(`${baseUrl()}?renderer=canvas`);
      await page.getByTestId('language-select').selectOption(locale);
      await page.getByTestId('import-save-input').setInputFiles({
        name: 'ten-turns.json',
        mimeType: 'application/json',
        buffer: Buffer.from(save),
      });
      await page.getByTestId('end').waitFor();
    });

    it('the console says nothing of planning, action points or injects to come', async () => {
      await page.getByTestId('open-console').click();
      await page.getByTestId('console').waitFor();
      const cards = page.getByTestId('team-card');
      expect(await cards.count()).toBe(3);
      for (const card of rules.scenario.roles) {
        const text = await page
          .locator(`[data-testid=team-card][data-role=${card.id}]`)
          .innerText();
        // No line opens with the separator, nobody has action points left to spend, and no
        // orders are still to be drafted.
        for (const line of text.split('\n')) expect(line.trim()).not.toMatch(/^\u00b7/);
        for (let n = 0; n <= card.actionPoints; n++)
          expect(text).not.toContain(f.apLeft(n, card.actionPoints));
        // (Headings are upper-cased by the style sheet: innerText says them so.)
        for (const planning of [f.planning, f.noneYet, f.draftOrders(0)])
          expect(text.toLowerCase()).not.toContain(planning.toLowerCase());
      }
      expect(await page.locator('.team-state').count()).toBe(0);
      // Nor a planning timer to start.
      expect(await page.getByTestId('timer-set').count()).toBe(0);
      const tab = page.getByTestId('console-tab-injects');
      expect((await tab.innerText()).trim()).toBe(f.tabInjectsEnded);
      await shots(page, `defects-console-end-${locale}`);

      await tab.click();
      const statuses = await page
        .locator('[data-testid=inject]')
        .evaluateAll((xs) => xs.map((x) => x.getAttribute('data-status')));
      expect(statuses.length).toBe(scenario.injects.length);
      expect(statuses.filter((s) => s === 'pending' || s === 'scheduled')).toEqual([]);
      expect(statuses).toContain('unfired');
      const list = await page.getByTestId('injects').innerText();
      expect(list).not.toContain(f.toCome);
      expect(list).toContain(f.notFired);
      await shots(page, `defects-console-injects-end-${locale}`);
      await page.getByTestId('console-back').click();
      await page.getByTestId('end').waitFor();
    });

    it('the timeline marks a share that did not leak a success, and the overrule where it stands', async () => {
      await page.getByTestId('open-debrief').click();
      await page.locator('#db-timeline').waitFor();
      const item = (id: number) => page.locator(`[data-testid=tl-item][data-entry="${id}"]`);
      for (const e of kept) {
        const mark = item(e.id).getByTestId('tl-mark');
        expect(await mark.innerText()).toBe('\u2714');
        expect(await mark.getAttribute('aria-label')).toBe(L.ui.debrief.succeeded);
        expect(await mark.getAttribute('class')).toContain('good');
      }
      const ruled = item(overruled.id);
      // In its own turn's list, marked overruled with the ruling's reason, not "failed".
      const turnOf = await ruled.evaluate(
        (el) => el.closest('.tl-turn')?.querySelector('h3')?.textContent ?? '',
      );
      expect(turnOf).toBe(L.ui.debrief.turn(overruled.turn));
      expect(await ruled.getByTestId('tl-mark').innerText()).toBe('\u2298');
      expect(await ruled.getByTestId('tl-mark').getAttribute('aria-label')).toBe(
        L.ui.debrief.overruled,
      );
      expect(await ruled.getAttribute('class')).not.toContain('failed');
      expect(await ruled.innerText()).toContain(L.ui.debrief.overruledNote(REASON));

      // Dunmere is named once in the incident of turn 9.
      const timeline = await page.locator('#db-timeline').innerText();
      const dunmere = L.text(scenario.districts.find((x) => x.id === 'dunmere')!.name);
      const clash = d.timeline
        .flatMap((t) => t.items)
        .find((i) => i.kind === 'incident' && i.turn >= 9 && i.title.includes(dunmere));
      expect(clash, 'the clash in Dunmere is in the game').toBeDefined();
      expect(timeline).toContain(clash!.title);
      expect(timeline).not.toMatch(new RegExp(`${dunmere}\\W+(in|en)?\\W*${dunmere}`));

      await shots(page, `defects-timeline-overruled-${locale}`, () =>
        ruled.evaluate((el) => el.scrollIntoView({ block: 'center' })),
      );
      await shots(page, `defects-timeline-share-${locale}`, () =>
        item(kept[0]!.id).evaluate((el) => el.scrollIntoView({ block: 'center' })),
      );
      expect(w.errors).toEqual([]);
    });
  });
}
