/**
 * Hostile content, end to end in Chromium. Scenario files and saves arrive by mail and USB stick:
 *
 * - markup and script in every text field of a scenario are shown as plain text on every screen,
 *   in the debrief and in the exports; no script runs (`window.__pwned` stays undefined) and no
 *   element is injected (ids may hold no markup at all: those of a district and a role are made
 *   of the marks ids may hold, and tests/e2e/bounds.test.ts shows markup in an id refused);
 * - the keys `__proto__`, `constructor` and `prototype` in a scenario or a save, and ids with
 *   those names, are refused with a path and leave no trace on `Object.prototype`;
 * - a file past the size, depth or list-length limits is refused with a clear message.
 *
 * The hostile scenario is made here from the default one, by a script, so it follows the default
 * scenario as that changes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { checkScenarioText } from '../../src/store/scenarioChecks';
import { baseUrl, launch, openPage, shot, tool } from './browser';

const defaultText = readFileSync(
  fileURLToPath(new URL('../../scenarios/default.json', import.meta.url)),
  'utf8',
);

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const LINK = '<a href="javascript:window.__pwned=1">open</a> javascript:window.__pwned=1';
const TEXTAREA = '</textarea><svg onload="window.__pwned=1"></svg>';
const RTL = '\u202Egnp.exe\u202C';
const LONG = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(6);
const MARKDOWN = '[x](javascript:window.__pwned=1) | # =HYPERLINK("http://evil.example")';
/** Every payload at once: what each text field of the hostile scenario ends with. */
const PAYLOAD = [IMG, SCRIPT, LINK, TEXTAREA, RTL, LONG, MARKDOWN].join(' ');

/** Keys whose string values are free text a person reads (everything else is an id, a reference or
 * an enum). */
const TEXT_KEYS = new Set([
  'title',
  'summary',
  'setting',
  'name',
  'description',
  'mandate',
  'reason',
  'text',
  'sender',
  'expectedResponse',
  'objectiveTested',
]);
const TEXT_LISTS = new Set(['learningObjectives', 'sources', 'debriefQuestions']);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A text given by language code: {"en": "…", "es": "…", "fr": "…"}. */
function isLocalText(v: Json): v is { [lang: string]: string } {
  return (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.entries(v).every(([k, x]) => /^[a-z]{2}(-[A-Z]{2})?$/.test(k) && typeof x === 'string')
  );
}

/** The default scenario with the payload appended to every text field (in every language); returns
 * how many it changed. */
function poison(value: Json, counter: { n: number }, key = ''): Json {
  if (typeof value === 'string') {
    counter.n++;
    return `${value} ${PAYLOAD}`;
  }
  if (isLocalText(value))
    return Object.fromEntries(
      Object.entries(value).map(([lang, text]) => [lang, poison(text, counter)]),
    );
  if (Array.isArray(value))
    return value.map((v) =>
      TEXT_LISTS.has(key) && (typeof v === 'string' || isLocalText(v))
        ? poison(v, counter)
        : poison2(v, counter),
    );
  return poison2(value, counter);
}

function poison2(value: Json, counter: { n: number }): Json {
  if (Array.isArray(value)) return value.map((v) => poison2(v, counter));
  if (value === null || typeof value !== 'object') return value;
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(value)) {
    // An asset's "type" is free text ("infantry company"); an effect's or constraint's is not.
    const isText =
      (TEXT_KEYS.has(k) || (k === 'type' && 'readiness' in value)) &&
      (typeof v === 'string' || isLocalText(v));
    if (isText) out[k] = poison(v, counter, k);
    else if (TEXT_LISTS.has(k)) out[k] = poison(v, counter, k);
    else if (k === 'short' && typeof v === 'string') out[k] = `<b>${v}`.slice(0, 8);
    else if (k === 'short' && isLocalText(v))
      out[k] = Object.fromEntries(
        Object.entries(v).map(([lang, x]) => [lang, `<b>${x}`.slice(0, 8)]),
      );
    else out[k] = poison2(v, counter);
  }
  return out;
}

/**
 * Ids as awkward as ids may be, renamed everywhere they are referenced: ids hold only ASCII
 * letters, digits, "_", "-" and "." (src/scenario/ids.ts), so quotes and markup in an id are
 * refused before any screen shows them (tests/e2e/bounds.test.ts).
 */
const HOSTILE_IDS: [string, string][] = [
  ['aldera', '-.aldera_.-'],
  ['civilian', '.civ--_.'],
];

function hostileScenario(): { text: string; fields: number; sample: string } {
  const counter = { n: 0 };
  const value = poison(JSON.parse(defaultText) as Json, counter) as { [k: string]: Json };
  value.id = 'hostile-velmora';
  let text = JSON.stringify(value, null, 2);
  for (const [from, to] of HOSTILE_IDS)
    text = text.split(JSON.stringify(from)).join(JSON.stringify(to));
  // A role's kind happens to equal the civilian role's id: keep the kind.
  text = text.split(`"kind": ${JSON.stringify(HOSTILE_IDS[1]![1])}`).join('"kind": "civilian"');
  return {
    text,
    fields: counter.n,
    sample: (JSON.parse(text) as { title: { en: string } }).title.en,
  };
}

function file(name: string, text: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** Signs that something ran or was injected, over the whole document, dialogs included. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown };
    const bad: string[] = [];
    if (w.__pwned !== undefined) bad.push('window.__pwned is set');
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) bad.push(`<${el.tagName.toLowerCase()} ${a.name}>`);
        if (
          /^\s*javascript:/i.test(a.value) &&
          /^(href|src|action|formaction|xlink:href)$/i.test(a.name)
        )
          bad.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`);
      }
    }
    for (const el of Array.from(
      document.querySelectorAll('img[src="x"], svg[onload], iframe, object, embed'),
    ))
      bad.push(el.outerHTML.slice(0, 80));
    for (const s of Array.from(document.scripts))
      if ((s.textContent ?? '').includes('__pwned')) bad.push('a script mentioning __pwned');
    if (
      Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted') ||
      ({} as { polluted?: unknown }).polluted !== undefined
    )
      bad.push('Object.prototype.polluted');
    return bad;
  });
}

/**
 * Sideways overflow per screen, reported (not asserted): very long words are part of the payload.
 */
const overflow: Record<string, number> = {};

async function expectInert(page: Page, where: string): Promise<void> {
  expect(await injected(page), `on ${where}`).toEqual([]);
  overflow[where] = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
}

/** The payload is on screen as the characters it is made of. */
async function expectLiteral(page: Page, where: string): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText);
  expect(text, `the payload shown as text on ${where}`).toContain(IMG);
  expect(text).toContain(SCRIPT);
  expect(text).toContain('</textarea><svg onload=');
}

async function readDownload(d: Download): Promise<string> {
  return readFileSync(await d.path(), 'utf8');
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('hostile scenario text', () => {
  it('the checks catch an injection when there is one (a control)', async () => {
    const { page } = await openPage(browser);
    await page.goto(baseUrl());
    expect(await injected(page)).toEqual([]);
    await page.evaluate((html) => {
      const div = document.createElement('div');
      div.innerHTML = html;
      document.body.append(div);
    }, PAYLOAD);
    await expect
      .poll(() => injected(page))
      .toEqual(expect.arrayContaining(['window.__pwned is set']));
    expect((await injected(page)).length).toBeGreaterThan(2);
  });

  it('is valid, and has the payload in every text field', () => {
    const h = hostileScenario();
    expect(h.fields).toBeGreaterThan(150);
    const checked = checkScenarioText(h.text, 'hostile.json');
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(h.sample).toContain(IMG);
  });

  it('is shown as plain text on every screen, in the debrief and in the exports, and no script runs', async () => {
    const h = hostileScenario();
    const { page, errors } = await openPage(browser);
    await page.goto(baseUrl());
    await page.getByTestId('scenario-file').setInputFiles(file('hostile.json', h.text));
    await page.getByTestId('start-game').waitFor();
    await expectInert(page, 'the set-up screen');
    await expectLiteral(page, 'the set-up screen');

    // The hostile-id civilian role is played by a policy, so its text reaches the log by itself.
    const civ = HOSTILE_IDS[1]![1];
    await page
      .locator(`[data-testid="seat-${civ.replace(/"/g, '\\"')}"]`)
      .selectOption('cooperative');
    await page.getByTestId('seed').fill('hostile');
    await page.getByTestId('start-game').click();
    await page.getByTestId('begin-planning').waitFor();
    await expectInert(page, 'the briefing');
    await expectLiteral(page, 'the briefing');
    await page.locator('[data-testid=map][data-ready=true] canvas').waitFor();
    await shot(page, 'hostile-briefing');

    // One turn: each team reveals its screen, gives an order where it can, and commits.
    await page.getByTestId('begin-planning').click();
    let screens = 0;
    while (!(await page.getByTestId('report').isVisible())) {
      await page.getByTestId('reveal').click();
      await page.getByTestId('role-card').waitFor();
      screens++;
      if (screens === 1) {
        await expectInert(page, 'the planning screen');
        await expectLiteral(page, 'the planning screen');
        await shot(page, 'hostile-planning');
        // The hostile-id district is the first one: order a patrol there.
        const action = page.getByTestId('draft-action');
        if (await action.locator('option[value="patrol"]').count()) {
          await action.selectOption('patrol');
          await page.getByTestId('draft-district').selectOption(HOSTILE_IDS[0]![1]);
          await page.getByTestId('draft-submit').click();
          await expect.poll(() => page.getByTestId('my-order').count()).toBe(1);
        }
        for (const tab of ['tab-log', 'tab-intel']) {
          if (await page.getByTestId(tab).count()) {
            await page.getByTestId(tab).click();
            await expectInert(page, `the planning screen, ${tab}`);
          }
        }
      }
      const commit = page.getByTestId('commit');
      await ((await commit.isVisible()) ? commit : page.getByTestId('finish-round')).click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid=report], [data-testid=handover]') !== null,
      );
      expect(screens).toBeLessThan(10);
    }
    await expectInert(page, 'the report');
    await expectLiteral(page, 'the report');
    // Open every "Why?" of the report: modifiers and effects name districts and roles.
    for (const d of await page.locator('[data-testid=report] details').all())
      await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
    await expectInert(page, 'the report with every explanation open');
    await shot(page, 'hostile-report');

    // The map's district list and details carry the hostile names too.
    const picker = page.locator('#district-picker');
    if (await picker.count()) {
      await picker.selectOption(HOSTILE_IDS[0]![1]);
      await expect.poll(() => page.getByTestId('district-details').innerText()).toContain(IMG);
      await expectInert(page, 'the district details');
    }

    // The facilitator's view, if there is one, shows everything.
    if (await page.getByTestId('facilitator-toggle').count()) {
      await tool(page, 'facilitator-toggle');
      await expectInert(page, 'the facilitator view');
      await expectLiteral(page, 'the facilitator view');
      await shot(page, 'hostile-facilitator');
    }

    // A reload resumes the autosave, hostile text and all.
    const hash = await page.getByTestId('state-hash').getAttribute('data-state-hash');
    await page.reload();
    await page.getByTestId('state-hash').waitFor();
    expect(await page.getByTestId('state-hash').getAttribute('data-state-hash')).toBe(hash);
    await expectInert(page, 'the resumed game');

    // The exported save is the engine's save: plain JSON, the hostile ids inside strings.
    const saveDl = page.waitForEvent('download');
    await tool(page, 'export-save');
    const saveText = await readDownload(await saveDl);
    expect(JSON.parse(saveText)).toMatchObject({ format: 'mandate-save' });

    // End the exercise with a hostile reason, then the end screen and the debrief.
    await tool(page, 'end-exercise');
    await page.getByTestId('end-reason').fill(`${IMG}${SCRIPT}`.slice(0, 200));
    await page.getByTestId('confirm-end').click();
    await page.getByTestId('end').waitFor();
    await expectInert(page, 'the end screen');
    await expectLiteral(page, 'the end screen');
    await shot(page, 'hostile-end');
    await page.getByTestId('open-debrief').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid=end]'));
    await expectInert(page, 'the debrief');
    await expectLiteral(page, 'the debrief');
    await shot(page, 'hostile-debrief');

    // Exports from the debrief, whichever exist yet: each is checked for what it must not contain.
    const exported: Record<string, string> = {};
    for (const [kind, name] of [
      ['markdown', /markdown/i],
      ['csv', /csv/i],
      ['json', /json|full log/i],
    ] as const) {
      const button = page.getByRole('button', { name }).or(page.getByRole('link', { name }));
      if ((await button.count()) === 0) continue;
      const dl = page.waitForEvent('download', { timeout: 10_000 });
      await button.first().click();
      exported[kind] = await readDownload(await dl);
      await expectInert(page, `the debrief after exporting ${kind}`);
    }
    if (exported.markdown !== undefined) {
      const md = exported.markdown;
      // Escaped so no Markdown renderer makes HTML or a link of it.
      expect(md).not.toMatch(/(^|[^\\])<img/);
      expect(md).not.toMatch(/(^|[^\\])<script/);
      expect(md).not.toMatch(/(^|[^\\])\[x\]\(javascript:/);
      expect(md).toContain('\\<img src=x onerror="window.\\_\\_pwned=1"\\>');
    }
    if (exported.csv !== undefined) {
      // No cell a spreadsheet would run as a formula.
      for (const line of exported.csv.split('\n'))
        for (const cell of line.split(',')) expect(cell, line).not.toMatch(/^"?[=+@]/);
    }
    if (exported.json !== undefined) expect(() => JSON.parse(exported.json!)).not.toThrow();
    console.log(
      `hostile e2e: exports found in the debrief: ${Object.keys(exported).join(', ') || 'none yet'}`,
    );
    console.log(`hostile e2e: sideways overflow in px (long words): ${JSON.stringify(overflow)}`);
    expect(errors).toEqual([]);
  });
});

describe('prototype keys and ids', () => {
  it('refuses __proto__, constructor and prototype keys in a scenario, with their paths, and leaves Object.prototype alone', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(baseUrl());
    // Written as text: an object literal with a __proto__ key would not survive JSON.stringify.
    const text = defaultText
      .replace('"schemaVersion": 1,', '"__proto__": { "polluted": "yes" }, "schemaVersion": 1,')
      .replace(
        '"population":',
        '"constructor": { "prototype": { "polluted": "yes" } }, "population":',
      )
      .replace(
        '"actionOverrides": {',
        '"actionOverrides": { "__proto__": { "cost": 0, "polluted": "yes" },',
      );
    expect(text).not.toBe(defaultText);
    await page.getByTestId('scenario-file').setInputFiles(file('proto.json', text));
    const panel = page.getByTestId('scenario-problems');
    await panel.waitFor();
    const paths = await panel.locator('.problem .path').allInnerTexts();
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.__proto__',
        '$.districts[0].constructor',
        '$.actionOverrides.__proto__',
      ]),
    );
    expect(await panel.innerText()).toMatch(/is not allowed in a scenario file/);
    await expectInert(page, 'the problems of a scenario with prototype keys');
    expect(errors).toEqual([]);
  });

  it('refuses ids named __proto__, constructor or prototype, which would become object keys', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(baseUrl());
    const value = JSON.parse(defaultText) as { roles: { id: string }[] };
    let text = JSON.stringify(value);
    text = text.split('"aldera"').join('"__proto__"').split('"dunmere"').join('"constructor"');
    text = text.replace(/"id":"civilian"/, '"id":"prototype"');
    await page.getByTestId('scenario-file').setInputFiles(file('proto-ids.json', text));
    const panel = page.getByTestId('scenario-problems');
    await panel.waitFor();
    const body = await panel.innerText();
    expect(body).toMatch(/'__proto__' cannot be an id/);
    expect(body).toMatch(/'constructor' cannot be an id/);
    expect(body).toMatch(/'prototype' cannot be an id/);
    await expectInert(page, 'the problems of a scenario with prototype ids');
    expect(errors).toEqual([]);
  });

  it('refuses a save with prototype keys, with the path, and keeps the game', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(baseUrl());
    await page.getByTestId('choose-velmora').click();
    await page.getByTestId('start-game').click();
    await page.getByTestId('begin-planning').waitFor();
    const before = await page.getByTestId('state-hash').getAttribute('data-state-hash');
    const dl = page.waitForEvent('download');
    await tool(page, 'export-save');
    const good = await readDownload(await dl);
    const problem = page.getByTestId('save-problem');
    const cases: [string, string][] = [
      [good.replace('"format":', '"__proto__": { "polluted": "yes" }, "format":'), '$.__proto__'],
      [
        good.replace(
          /"commands": \[\]/,
          '"commands": [{ "type": "pause", "constructor": { "prototype": { "polluted": "yes" } } }]',
        ),
        '$.commands[0].constructor',
      ],
      [
        good.includes('"app": {')
          ? good.replace('"app": {', '"app": { "__proto__": { "polluted": "yes" },')
          : good.replace('"format":', '"app": { "__proto__": { "polluted": "yes" } }, "format":'),
        '$.app.__proto__',
      ],
    ];
    for (const [text, path] of cases) {
      expect(text).not.toBe(good);
      await page.getByTestId('game-import-save-input').setInputFiles(file('proto-save.json', text));
      await problem.waitFor();
      await expect.poll(() => problem.locator('.path').innerText()).toBe(path);
      await expectInert(page, `a refused save (${path})`);
      await problem.getByRole('button', { name: 'Dismiss' }).click();
      await expect.poll(() => problem.count()).toBe(0);
    }
    expect(await page.getByTestId('state-hash').getAttribute('data-state-hash')).toBe(before);
    expect(errors).toEqual([]);
  });
});

describe('files past sane limits', () => {
  it('refuses a 3 MB scenario, a 100-deep one and a 10,001-item list with a clear message, before any work', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(baseUrl());
    const panel = page.getByTestId('scenario-problems');

    const value = JSON.parse(defaultText) as { summary: string; sources: string[] };
    value.summary = 'x'.repeat(3 * 1024 * 1024);
    const big = JSON.stringify(value);
    expect(big.length).toBeGreaterThan(3 * 1024 * 1024);
    await page.getByTestId('scenario-file').setInputFiles(file('big.json', big));
    await panel.waitFor();
    expect(await panel.innerText()).toMatch(/big\.json cannot be used[\s\S]*larger than 2 MB/);
    expect(await panel.locator('.problem').count()).toBe(1);

    const deep = `{"id": "deep", "districts": ${'['.repeat(100)}${']'.repeat(100)}}`;
    await page.getByTestId('scenario-file').setInputFiles(file('deep.json', deep));
    await expect
      .poll(() => panel.innerText())
      .toMatch(/deep\.json cannot be used[\s\S]*nests deeper than 64 levels/);
    expect(await panel.locator('.problem').count()).toBe(1);

    value.summary = 'a summary';
    value.sources = Array.from({ length: 10_001 }, (_, i) => `source ${i}`);
    await page.getByTestId('scenario-file').setInputFiles(file('long.json', JSON.stringify(value)));
    await expect
      .poll(() => panel.innerText())
      .toMatch(/long\.json cannot be used[\s\S]*more than 10000 items/);

    // A save that nests too deep is refused the same way.
    const deepSave = `{"format": "mandate-save", "version": 1, "commands": ${'['.repeat(100)}${']'.repeat(100)}}`;
    await page.getByTestId('import-save-input').setInputFiles(file('deep-save.json', deepSave));
    const problem = page.getByTestId('save-problem');
    await problem.waitFor();
    expect(await problem.innerText()).toMatch(/nests deeper than 64 levels/);
    await expectInert(page, 'the refusals');
    // The app still works.
    await page.getByTestId('choose-velmora').click();
    await page.getByTestId('start-game').click();
    await page.getByTestId('begin-planning').waitFor();
    expect(errors).toEqual([]);
  });
});
