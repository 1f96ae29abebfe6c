/**
 * The host's admin page in Chromium: the address `npm run host` prints (`#admin=SECRET`) lists
 * the host's sessions, makes a new one on a bundled scenario (its facilitator's link shown once,
 * opening that session's console), and issues a new facilitator link for a lost one, after
 * which the old link no longer works. Without the secret the page is a join screen, nothing else.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, HostProcess, tempDir } from '../host/helpers';
import { launch, openPage, shot, type Watched } from './browser';

const tmp = tempDir('host-admin');
let host: HostProcess;
let browser: Awaited<ReturnType<typeof launch>>;
let admin: Watched;

const url = (fragment = '') => `http://127.0.0.1:${host.port}/${fragment}`;

beforeAll(async () => {
  host = await HostProcess.start(tmp.dir, ['--seed', 'admin-1', '--dist', inject('distDir')]);
  browser = await launch();
  admin = await openPage(browser);
  await admin.page.goto(url(`#admin=${host.info.admin}`));
  await admin.page.getByTestId('admin-session').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await host?.kill();
  tmp.remove();
});

describe('the host admin page', () => {
  it('lists the host’s sessions and takes the secret out of the address bar', async () => {
    expect(await admin.page.getByTestId('admin-session').count()).toBe(1);
    expect(admin.page.url()).not.toContain(host.info.admin);
    await expect
      .poll(() => admin.page.getByTestId('admin-session').first().innerText())
      .toContain(host.info.sessions[0]!.code);
  });

  it('makes a session on a bundled scenario whose link opens its console', async () => {
    await admin.page.locator('#admin-scenario').selectOption('tutorial');
    await admin.page.getByTestId('admin-create').click();
    await admin.page.getByTestId('admin-created').waitFor();
    await expect.poll(() => admin.page.getByTestId('admin-session').count()).toBe(2);
    const made = admin.page.getByTestId('admin-session').nth(1);
    expect(await made.innerText()).toContain('Tavi Valley');
    await shot(admin.page, 'network-admin-1366');
    const link = await admin.page.getByTestId('admin-link').innerText();
    const code = /Session (\w{6})/.exec(
      await admin.page.getByTestId('admin-created').innerText(),
    )![1]!;
    const console = await openPage(browser);
    await console.page.goto(link.replace(/^http:\/\/[^/]+\//, url()));
    await console.page.getByTestId('connections').waitFor();
    expect(await console.page.getByTestId('invite-code').innerText()).toBe(code);
    expect(console.errors).toEqual([]);
    await console.context.close();
  });

  it('issues a new facilitator link; the old one is refused from then on', async () => {
    const first = host.info.sessions[0]!;
    const before = new Client(host.port, 'old-link');
    await before.connect();
    expect((await before.facilitate(first.session, first.secret!)).t).toBe('welcome');
    before.close();
    const row = admin.page.getByTestId('admin-session').filter({ hasText: first.code });
    await row.getByRole('button').click();
    await admin.page.getByTestId('admin-created').getByText(new RegExp(first.code)).waitFor();
    const after = new Client(host.port, 'old-link-after');
    await after.connect();
    const answer = await after.facilitate(first.session, first.secret!);
    expect(answer.t === 'refused' && answer.reason).toEqual({ host: 'badSecret' });
    after.close();
    expect(admin.errors).toEqual([]);
  });

  it('is a join screen to a page without the secret', async () => {
    const team = await openPage(browser, { width: 390, height: 844 });
    await team.page.goto(url());
    await team.page.getByTestId('join-code').waitFor();
    expect(await team.page.getByTestId('admin').count()).toBe(0);
    await team.context.close();
  });
});
