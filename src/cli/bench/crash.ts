/**
 * Kill tests: a game played in real headless Chromium on a profile kept on disk, the browser
 * killed with SIGKILL mid-game and started again on the same profile, over and over. Counts
 * the commands the page had said were saved ("acknowledged") that the restarted page no longer
 * has. Used by `tests/e2e/kill.test.ts` (a few kills) and `npm run bench:kill` (thirty).
 *
 * The page says a command is saved when the status bar's `save-status` has `data-saving` false:
 * every autosave write made so far is on disk (IndexedDB, strict durability).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-default-browser-check',
  '--remote-debugging-port=0',
];

interface Running {
  child: ChildProcess;
  browser: Browser;
  page: Page;
}

async function start(profile: string, url: string): Promise<Running> {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const child = spawn(exe, [...ARGS, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group, so a kill takes the renderers and the GPU process with it.
    detached: true,
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${text}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${text}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  return { child, browser, page };
}

function kill(r: Running): Promise<void> {
  return new Promise((resolve) => {
    if (r.child.exitCode !== null) return resolve();
    r.child.once('exit', () => resolve());
    try {
      process.kill(-r.child.pid!, 'SIGKILL');
    } catch {
      r.child.kill('SIGKILL');
    }
  });
}

/** How many commands the game on screen has, once the page shows one; null before. */
async function commandsOnScreen(page: Page): Promise<number | null> {
  const status = page.getByTestId('save-status');
  if ((await status.count()) === 0) return null;
  const n = await status.getAttribute('data-commands');
  return n === null ? null : Number(n);
}

/** The count of commands, once the page says every write is made. */
async function acknowledged(page: Page): Promise<number> {
  const status = page.getByTestId('save-status');
  await page.locator('[data-testid=save-status][data-saving=false]').waitFor();
  return Number(await status.getAttribute('data-commands'));
}

/** From the start screen to the first team's planning screen of a new default game. */
async function newGame(page: Page): Promise<void> {
  await page.getByTestId('choose-velmora').click();
  await page.getByTestId('seed').fill('kill-test');
  await page.getByTestId('start-game').click();
  await page.getByTestId('begin-planning').click();
}

/** Wherever the resumed page is, on to a team's planning screen. */
async function toPlanning(page: Page): Promise<void> {
  for (let i = 0; i < 10; i++) {
    if ((await page.getByTestId('draft-action').count()) > 0) return;
    if (
      await page
        .getByTestId('reveal')
        .isVisible()
        .catch(() => false)
    ) {
      await page.getByTestId('reveal').click();
    } else if (
      await page
        .getByTestId('begin-planning')
        .isVisible()
        .catch(() => false)
    ) {
      await page.getByTestId('begin-planning').click();
    } else if (
      await page
        .getByTestId('choose-velmora')
        .isVisible()
        .catch(() => false)
    ) {
      await newGame(page);
    } else await page.waitForTimeout(200);
  }
  await page.getByTestId('draft-action').waitFor();
}

/** One command: an order given, or the last one cancelled. */
async function oneCommand(page: Page, i: number): Promise<void> {
  const cancel = page.locator('[id^=cancel-]');
  if (i % 2 === 1 && (await cancel.count()) > 0) {
    await cancel.first().click();
    return;
  }
  await page.getByTestId('draft-action').selectOption('patrol');
  const district = page.getByTestId('draft-district');
  const options = await district
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  await district.selectOption(options[i % options.length]!);
  await page.getByTestId('draft-submit').click();
}

export interface KillResult {
  kills: number;
  /** Commands given over the whole run. */
  given: number;
  /** Commands acknowledged as saved that a restarted page did not have, over all kills. */
  lost: number;
  /** Kills after which anything acknowledged was missing. */
  killsWithLoss: number;
  /** Kills made while a command was still being written (its loss is allowed). */
  inFlight: number;
  perKill: { acknowledged: number; restored: number; inFlight: boolean }[];
}

/**
 * `kills` rounds of: a few commands (each acknowledged, the last one maybe not), SIGKILL,
 * restart on the same profile, and compare what came back. `url`: the built game.
 */
export async function killRuns(url: string, kills: number): Promise<KillResult> {
  const profile = mkdtempSync(join(tmpdir(), 'mandate-kill-'));
  const result: KillResult = {
    kills,
    given: 0,
    lost: 0,
    killsWithLoss: 0,
    inFlight: 0,
    perKill: [],
  };
  try {
    let running = await start(profile, url);
    await running.page.getByTestId('choose-velmora').waitFor();
    await newGame(running.page);
    for (let k = 0; k < kills; k++) {
      const page = running.page;
      await toPlanning(page);
      const n = 2 + (k % 3);
      let ack = await acknowledged(page);
      for (let i = 0; i < n; i++) {
        await oneCommand(page, k + i);
        ack = await acknowledged(page);
        result.given++;
      }
      // Every other round, one more command and the kill at once, while it is being written.
      const inFlight = k % 2 === 1;
      if (inFlight) {
        await oneCommand(page, k + n);
        result.given++;
      }
      await kill(running);
      running = await start(profile, url);
      // The game comes back (its status bar), or nothing did and the start screen shows.
      const back = running.page.getByTestId('save-status');
      await back.or(running.page.getByTestId('choose-velmora')).first().waitFor();
      const restored = (await commandsOnScreen(running.page)) ?? 0;
      result.perKill.push({ acknowledged: ack, restored, inFlight });
      result.lost += Math.max(0, ack - restored);
      if (restored < ack) result.killsWithLoss++;
      if (inFlight) result.inFlight++;
    }
    await running.browser.close().catch(() => undefined);
    await kill(running);
  } finally {
    // A dying browser's last writes may still land in the profile for a moment.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
  return result;
}
