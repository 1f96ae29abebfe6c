/**
 * A classroom on the network with real pages: a real host process serves the built game; the
 * police team plays in Chromium (it joins on a phone-sized page, then plans on a tablet-sized
 * one), the projector and the facilitator are Chromium pages too, and the military and civilian
 * teams are WebSocket clients planning at the same time. Mid-turn the police page is reloaded
 * (it must come back to its seat by itself), and later the host is killed with SIGKILL and
 * started again (every device must reconnect by itself, the police's order still there). Then:
 *
 * - the state hash the host exports is the one its commands give when replayed offline;
 * - every frame the police and projector pages received is checked against the true game at its
 *   sequence number (the checker is first shown to catch a leaky frame);
 * - the page's message to the military reached the military and not the civilians.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  replay,
  stateHash,
  type Command,
  type PlanStep,
  type RoleId,
  type SavedGame,
} from '../../src/engine';
import { POLICIES } from '../../src/engine/policies';
import { seedRng } from '../../src/engine/rng';
import type { HostMessage } from '../../src/net/protocol';
import type { Scenario } from '../../src/format';
import { ROOT } from '../../src/host/build';
import { Client, defaultRules, HostProcess, tempDir, until } from '../host/helpers';
import { leaksIn, statesOf, type Secrets } from '../host/leaks';
import { launch, openPage, shot, type Watched } from './browser';

const rules = defaultRules();
const SEED = 'browser-class-5d21';
const ARGS = ['--seed', SEED, '--rate', '0', '--dist', inject('distDir')];
const secrets: Secrets = { seed: SEED, staffNotes: [] };
const MESSAGE = 'Police to military: meet at the Dunmere bridge';

const tmp = tempDir('browser-class');
let host: HostProcess;
let browser: Awaited<ReturnType<typeof launch>>;
let police: Watched;
let projector: Watched;
let facilitatorPage: Watched;
const bots = new Map<RoleId, Client>();
let staff: Client;
let session: { session: string; code: string; secret?: string };
let save: SavedGame & { app: { stateHash: string } };
const pageFrames = new Map<Page, string[]>();
let reloadedBack = false;
let reconnectedAfterKill = false;
let orderKeptAcrossKill = false;
let timerOnTable = '';

/** Every text frame a page receives, over every socket it opens (reloads included). */
function record(page: Page): void {
  const frames: string[] = [];
  pageFrames.set(page, frames);
  page.on('websocket', (ws) =>
    ws.on('framereceived', ({ payload }) => {
      if (typeof payload === 'string') frames.push(payload);
    }),
  );
}

const url = (fragment = '') => `http://127.0.0.1:${host.port}/${fragment}`;

async function send(c: Client, command: Command): Promise<HostMessage> {
  const id = c.newId();
  for (;;) {
    const answer = await c.command(command, id);
    if (answer.t !== 'stale') return answer;
    await until(() => (c.view?.seq ?? 0) >= answer.seq, 5000, 'the view after stale');
  }
}

async function step(c: Client, s: PlanStep): Promise<void> {
  for (const cmd of POLICIES.cooperative.plan(c.roleView(rules), s, seedRng('bot')))
    await send(c, cmd);
}

/** Polls `read` until `test` holds (expect.poll is for tests, this runs in beforeAll). */
async function eventually<T>(read: () => Promise<T>, test: (v: T) => boolean, what: string) {
  const end = Date.now() + 15_000;
  for (;;) {
    const v = await read();
    if (test(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${String(v)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The turn the police page shows (its status bar). */
async function pageTurn(page: Page): Promise<number> {
  return Number(await page.getByTestId('turn').getAttribute('data-turn'));
}

/** From wherever the police page is in the turn (report, briefing) to its planning screen. */
async function toPlanning(page: Page): Promise<void> {
  for (let i = 0; i < 4; i++) {
    if (await page.getByTestId('commit').or(page.getByTestId('uncommit')).isVisible()) return;
    const next = page.getByTestId('next-turn').or(page.getByTestId('begin-planning'));
    await next.first().click();
  }
  await page.getByTestId('commit').or(page.getByTestId('uncommit')).waitFor();
}

async function toEnd(page: Page): Promise<void> {
  if (!(await page.getByTestId('end').isVisible())) await page.getByTestId('next-turn').click();
  await page.getByTestId('end').waitFor();
}

/** A patrol in the first district open to it, through the order builder. */
async function givePatrol(page: Page): Promise<void> {
  const before = await page.getByTestId('my-order').count();
  await page.getByTestId('draft-action').selectOption('patrol');
  const district = await page
    .getByTestId('draft-district')
    .locator('option:not([disabled]):not([value=""])')
    .first()
    .getAttribute('value');
  await page.getByTestId('draft-district').selectOption(district!);
  await page.getByTestId('draft-submit').click();
  await eventually(
    () => page.getByTestId('my-order').count(),
    (n) => n === before + 1,
    'the order',
  );
}

async function acceptProposals(page: Page): Promise<void> {
  const accept = page.locator('[data-testid^=accept-]:not([disabled])');
  while ((await accept.count()) > 0) {
    const n = await accept.count();
    await accept.first().click();
    await eventually(
      () => accept.count(),
      (m) => m < n,
      'the answer',
    );
  }
}

async function commitOnPage(page: Page): Promise<void> {
  await page.getByTestId('commit').click();
  await page.getByTestId('uncommit').or(page.getByTestId('report')).first().waitFor();
}

async function restartHost(): Promise<void> {
  const closed = [...bots.values(), staff].map((c) => c.closed());
  await host.kill('SIGKILL');
  await Promise.all(closed);
  await police.page.locator('[data-testid=connection][data-connected=false]').first().waitFor();
  host = await HostProcess.start(tmp.dir, ARGS, host.port);
  for (const c of bots.values()) {
    await c.reconnect();
    expect((await c.resume()).t).toBe('welcome');
  }
  await staff.reconnect();
  expect((await staff.facilitate(session.session, session.secret!)).t).toBe('welcome');
}

async function playTurn(turn: number): Promise<void> {
  const page = police.page;
  await Promise.all([...bots.values()].map((c) => step(c, 'propose')));
  if (turn === 2) {
    // The tablet is reloaded mid-turn: it comes back to its own seat, with no code typed.
    await page.reload();
    await page.getByTestId('begin-planning').waitFor({ timeout: 20_000 });
    reloadedBack = (await page.getByTestId('seat').innerText()).includes('Police');
  }
  await toPlanning(page);
  if (turn <= 3) await givePatrol(page);
  if (turn === 1) {
    await page.getByTestId('message-to').selectOption('military');
    await page.getByTestId('message-text').fill(MESSAGE);
    await page.getByTestId('message-send').click();
    await page.getByTestId('messages').getByText(MESSAGE).waitFor();
  }
  if (turn === 3) {
    await restartHost();
    await page
      .locator('[data-testid=connection][data-connected=true]')
      .first()
      .waitFor({ timeout: 30_000 });
    reconnectedAfterKill = true;
    orderKeptAcrossKill = (await page.getByTestId('my-order').count()) >= 1;
  }
  await Promise.all([...bots.values()].map((c) => step(c, 'respond')));
  await acceptProposals(page);
  if (turn === 1) await shot(page, 'network-team-planning-tablet');
  await Promise.all([...bots.values()].map((c) => step(c, 'complete')));
  await commitOnPage(page);
  if (turn === 1) await shot(page, 'network-team-committed-tablet');
  await Promise.all(
    [...bots.values()].map((c) => send(c, { type: 'commit', role: c.seat!.role! })),
  );
  await until(
    () =>
      [...bots.values()].every(
        (c) => c.view!.state.turn > turn || c.view!.state.status === 'ended',
      ),
    30_000,
    `turn ${turn} resolved`,
  );
  await page.getByTestId('report').waitFor();
  if (turn === 1) {
    await projector.page.getByTestId('report').waitFor();
    await shot(projector.page, 'network-projector-report-1920');
  }
}

beforeAll(async () => {
  host = await HostProcess.start(tmp.dir, ARGS);
  session = host.info.sessions[0]!;
  browser = await launch();

  facilitatorPage = await openPage(browser);
  await facilitatorPage.page.goto(url(`#facilitate=${session.session}.${session.secret}`));
  await facilitatorPage.page.getByTestId('connections').waitFor();

  police = await openPage(browser, { width: 390, height: 844 });
  record(police.page);
  await police.page.goto(url(`#join=${session.code.toLowerCase()}`));
  await police.page.getByTestId('join-role-police').waitFor();
  await shot(police.page, 'network-join-phone');
  await police.page.getByTestId('join-name').fill('Table 3');
  await police.page.getByTestId('join-role-police').click();
  await police.page.getByTestId('join-not-started').waitFor();
  await shot(police.page, 'network-join-seated-phone');
  // The same team plans on a tablet (the join screen is shown on a phone above).
  await police.page.setViewportSize({ width: 1024, height: 768 });

  for (const role of ['military', 'civilian'] as const) {
    const c = new Client(host.port, role);
    await c.connect();
    expect((await c.join(session.code, 'team', role, `Team ${role}`)).t).toBe('welcome');
    bots.set(role, c);
  }
  staff = new Client(host.port, 'staff');
  await staff.connect();
  expect((await staff.facilitate(session.session, session.secret!)).t).toBe('welcome');

  projector = await openPage(browser, { width: 1920, height: 1080 });
  record(projector.page);
  await projector.page.goto(url(`#join=${session.code}`));
  await projector.page.getByTestId('join-projector').click();
  await projector.page.getByTestId('join-not-started').waitFor();
  await projector.page.getByTestId('invite-code').getByText(session.code).waitFor();
  await projector.page.locator('img.invite-qr').evaluate((img: HTMLImageElement) => img.decode());
  await shot(projector.page, 'network-projector-waiting-1920');

  const fp = facilitatorPage.page;
  await fp.locator('[data-testid=net-start]:not([disabled])').waitFor();
  await eventually(
    () => fp.getByTestId('seat-row').count(),
    (n) => n === 4,
    'four seats',
  );
  await shot(fp, 'network-console-connections-1366');
  await fp.getByTestId('net-start').click();

  await police.page.getByTestId('begin-planning').waitFor();
  // The facilitator's planning timer reaches every table's top bar.
  await fp.getByTestId('timer-minutes').fill('12');
  await fp.getByTestId('timer-set').click();
  await police.page.getByTestId('timer').waitFor();
  timerOnTable = await police.page.getByTestId('timer').innerText();
  await projector.page
    .getByTestId('begin-planning')
    .or(projector.page.getByTestId('tables'))
    .first()
    .waitFor();
  await shot(projector.page, 'network-projector-briefing-1920');
  for (let turn = 1; bots.get('military')!.view!.state.status === 'planning'; turn++) {
    expect(await pageTurn(police.page)).toBe(turn);
    await playTurn(turn);
  }
  // At the end a team reads the debrief on its own device: everything opened to all.
  await toEnd(police.page);
  await police.page.getByTestId('open-debrief').click();
  await police.page.locator('.debrief-content').waitFor();
  await shot(police.page, 'network-team-debrief-tablet');
  const exported = await staff.ask({ t: 'export' }, ['export']);
  if (exported.t === 'export') save = exported.save as typeof save;
}, 400_000);

afterAll(async () => {
  for (const c of [...bots.values(), staff]) c?.close();
  await browser?.close();
  await host?.kill();
  tmp.remove();
});

describe('a classroom with real pages on a real host', () => {
  it('played the whole game through a reload and a SIGKILL, every page coming back itself', () => {
    expect(save.commands.length).toBeGreaterThan(60);
    expect(reloadedBack).toBe(true);
    expect(reconnectedAfterKill).toBe(true);
    expect(orderKeptAcrossKill).toBe(true);
    expect(timerOnTable).toMatch(/1[12]:\d\d/);
    // While the host is down, the browser itself logs each refused reconnection: that is the
    // outage, not a fault of the page.
    const faults = (w: Watched) =>
      w.errors.filter((e) => !/WebSocket connection to .* failed: .*CONNECTION_REFUSED/.test(e));
    expect(faults(police)).toEqual([]);
    expect(faults(projector)).toEqual([]);
    expect(faults(facilitatorPage)).toEqual([]);
  });

  it('ends on the state hash the logged commands give when replayed offline', () => {
    const { state } = replay(rules, save.seed, save.commands);
    expect(save.app.stateHash).toBe(stateHash(state));
    expect(state.status).toBe('ended');
  });

  it('logged the orders and the message the page gave, each once', () => {
    const mine = save.commands.filter((c) => 'role' in c && c.role === 'police');
    expect(
      mine.filter((c) => c.type === 'order' && c.action === 'patrol').length,
    ).toBeGreaterThanOrEqual(3);
    expect(save.commands.filter((c) => c.type === 'message' && c.text === MESSAGE)).toHaveLength(1);
  });

  it('the message reached the military and not the civilians before the debrief', () => {
    const seen = (c: Client) =>
      c.frames
        .filter((f) => !(f.message.t === 'update' && f.message.view.state.status === 'ended'))
        .some((f) => f.text.includes(MESSAGE));
    expect(seen(bots.get('military')!)).toBe(true);
    expect(seen(bots.get('civilian')!)).toBe(false);
  });
});

describe('what the host serves of the built game', () => {
  /** Every bundled scenario's fact texts: what a team must not read in a JavaScript file. */
  const factTexts = readdirSync(join(ROOT, 'scenarios'))
    .filter((f) => f.endsWith('.json') && !f.includes('schema'))
    .flatMap((f) => {
      const sc = JSON.parse(readFileSync(join(ROOT, 'scenarios', f), 'utf8')) as Scenario;
      return sc.intelligence.flatMap((fact) =>
        typeof fact.text === 'string' ? [fact.text] : Object.values(fact.text),
      );
    })
    .map((t) => JSON.stringify(t).slice(1, -1).slice(0, 60));
  const dist = inject('distDir');
  const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const holding = (read: (file: string) => string) =>
    assets.filter((f) => factTexts.some((t) => read(f).includes(t)));

  it('the built files hold the scenarios’ secrets (the check can find them)', () => {
    const raw = (f: string) => readFileSync(join(dist, 'assets', f), 'utf8');
    expect(holding(raw).length).toBeGreaterThanOrEqual(5);
  });

  it('no file the host serves holds a bundled scenario’s facts', async () => {
    const served = new Map<string, string>();
    for (const f of assets) {
      const res = await fetch(url(`assets/${f}`));
      served.set(f, res.ok ? await res.text() : '');
      if (!res.ok) expect(res.status).toBe(404);
    }
    expect(holding((f) => served.get(f)!)).toEqual([]);
    // What a game needs is still served: the entry, the game's screens, the map.
    expect([...served.values()].filter((t) => t.length > 0).length).toBeGreaterThan(5);
  });
});

describe('what the pages were sent', () => {
  function leaks(frames: string[], me: RoleId | null): string[] {
    const states = statesOf(rules, save.seed, save.commands);
    const found: string[] = [];
    let seq = 0;
    for (const text of frames) {
      const m = JSON.parse(text) as HostMessage;
      if (m.t === 'welcome' || m.t === 'update') seq = m.view.seq;
      for (const leak of leaksIn(
        text,
        rules,
        states[seq]!,
        save.commands.slice(0, seq),
        me,
        secrets,
      ))
        found.push(`${m.t} at seq ${seq}: ${leak}`);
    }
    return found;
  }

  it('the checker catches the facilitator’s frames read as the police’s', () => {
    expect(
      leaks(
        staff.frames.map((f) => f.text).filter((t) => !t.includes('"export"')),
        'police',
      ).length,
    ).toBeGreaterThan(0);
  });

  it('no frame to the police page or the projector holds what that seat may not know', () => {
    const policeFrames = pageFrames.get(police.page)!;
    const projectorFrames = pageFrames.get(projector.page)!;
    expect(policeFrames.length).toBeGreaterThan(20);
    expect(projectorFrames.length).toBeGreaterThan(20);
    expect(leaks(policeFrames, 'police')).toEqual([]);
    expect(leaks(projectorFrames, null)).toEqual([]);
  });
});
