/**
 * The protocol's rules, one at a time, against a real host: seats and claims, the permission
 * table, idempotent retries, stale commands, the policies' part in simultaneous planning, the
 * planning timer's end, team messages, export, the admin secret, heartbeats and the HTTP side.
 * Each test makes its own session through the admin secret, so none depends on another.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { HostMessage } from '../../src/net/protocol';
import { Client, HostProcess, sleep, tempDir, until } from './helpers';

const tmp = tempDir('protocol');
const dist = join(tmp.dir, 'dist');
let host: HostProcess;

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Mandate</title>');
  writeFileSync(join(dist, 'assets', 'index-AbCdEf12.js'), 'export {};');
  writeFileSync(join(dist, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(tmp.dir, 'secret.txt'), 'outside the game');
  symlinkSync(join(tmp.dir, 'secret.txt'), join(dist, 'link.txt'));
  host = await HostProcess.start(join(tmp.dir, 'data'), [
    '--dist',
    dist,
    '--rate',
    '0',
    '--heartbeat',
    '200',
  ]);
}, 60_000);

afterAll(async () => {
  await host.kill();
  tmp.remove();
});

interface Table {
  session: string;
  code: string;
  secret: string;
  facilitator: Client;
  team: (role: string, name?: string) => Promise<Client>;
}

/** A new session on the tutorial scenario (military, police, civilian), its facilitator in. */
async function table(): Promise<Table> {
  const admin = new Client(host.port, 'admin');
  await admin.connect();
  const made = await admin.ask(
    { t: 'create', admin: host.info.admin, scenario: 'tutorial', seed: 'p1' },
    ['created'],
  );
  admin.close();
  if (made.t !== 'created') throw new Error('not created');
  const { session, code } = made.session;
  const facilitator = new Client(host.port, 'fac');
  await facilitator.connect();
  expect((await facilitator.facilitate(session, made.secret)).t).toBe('welcome');
  let n = 0;
  return {
    session,
    code,
    secret: made.secret,
    facilitator,
    async team(role, name) {
      const c = new Client(host.port, `${role}${n++}`);
      await c.connect();
      expect((await c.join(code, 'team', role, name)).t).toBe('welcome');
      return c;
    },
  };
}

async function started(t: Table, ...clients: Client[]): Promise<void> {
  t.facilitator.send({ t: 'start' });
  await until(() => [t.facilitator, ...clients].every((c) => c.view?.started), 10_000, 'start');
}

const hostReason = (m: HostMessage) =>
  m.t === 'refused' && 'host' in m.reason ? m.reason.host : null;

describe('seats', () => {
  it('a second device on a held role waits for the facilitator, who approves or refuses', async () => {
    const t = await table();
    await t.team('police');
    const second = new Client(host.port, 'second');
    await second.connect();
    const asked = t.facilitator.next((m) => m.t === 'seats' && m.requests.length > 0);
    expect((await second.join(t.code, 'team', 'police')).t).toBe('waiting');
    const seats = await asked;
    if (seats.t !== 'seats') throw new Error();
    const refused = second.next('refused');
    t.facilitator.send({ t: 'seatAdmin', op: 'refuse', request: seats.requests[0]!.request });
    expect(hostReason(await refused)).toBe('claimRefused');
    expect(second.token).toBeNull();
  });

  it('the facilitator sees who sits where; freeing a seat revokes its token', async () => {
    const t = await table();
    const police = await t.team('police', 'Blue');
    // Before the start a role is a team's when a device holds it: toTeam is refused.
    const refused = await t.facilitator.ask({ t: 'seatAdmin', op: 'toTeam', role: 'military' }, [
      'refused',
    ]);
    expect(hostReason(refused)).toBe('notStarted');
    const list = t.facilitator.frames
      .map((f) => f.message)
      .filter((m) => m.t === 'seats')
      .at(-1);
    if (list?.t !== 'seats') throw new Error();
    const mine = list.seats.find((s) => s.seat.role === 'police')!;
    expect(mine).toMatchObject({ connected: 1, seat: { kind: 'team', name: 'Blue' } });
    expect(JSON.stringify(list)).not.toContain(police.token);
    const revoked = police.next('revoked');
    t.facilitator.send({ t: 'seatAdmin', op: 'free', seat: mine.seat.id });
    expect(await revoked).toMatchObject({ reason: 'freed' });
    expect(hostReason(await police.resume())).toBe('badToken');
  });

  it('moving a seat gives the device a new token on the other role', async () => {
    const t = await table();
    const c = await t.team('police');
    const old = c.token;
    const seatId = c.seat!.id;
    const welcome = c.next('welcome');
    t.facilitator.send({ t: 'seatAdmin', op: 'move', seat: seatId, role: 'military' });
    await welcome;
    expect(c.frames.some((f) => f.message.t === 'revoked')).toBe(true);
    expect(c.seat!.role).toBe('military');
    expect(c.token).not.toBe(old);
  });

  it('an evaluator needs approval, then may rate and annotate and nothing else', async () => {
    const t = await table();
    const police = await t.team('police');
    const ev = new Client(host.port, 'ev');
    await ev.connect();
    const asked = t.facilitator.next((m) => m.t === 'seats' && m.requests.length > 0);
    expect((await ev.join(t.code, 'evaluator')).t).toBe('waiting');
    const seats = await asked;
    if (seats.t !== 'seats') throw new Error();
    const welcome = ev.next('welcome');
    t.facilitator.send({ t: 'seatAdmin', op: 'approve', request: seats.requests[0]!.request });
    await welcome;
    await started(t, police, ev);
    expect(
      (await ev.command({ type: 'rate', objective: 'obj_security', rating: 'performed', note: '' }))
        .t,
    ).toBe('ack');
    expect((await ev.command({ type: 'annotate', entry: ev.log[0]!.id, note: 'n' })).t).toBe('ack');
    expect(hostReason(await ev.command({ type: 'pause' }))).toBe('notAllowed');
    expect(hostReason(await ev.command({ type: 'commit', role: 'police' }))).toBe('notAllowed');
    // The evaluator sees everything (but the seed): the other roles' facts too.
    expect(ev.view!.state.roles.every((r) => Array.isArray(r.knows))).toBe(true);
  });
});

describe('commands', () => {
  it('are refused before the start, for another role, from a projector, and by the timer’s hand', async () => {
    const t = await table();
    const police = await t.team('police');
    expect(hostReason(await police.command({ type: 'commit', role: 'police' }))).toBe('notStarted');
    await started(t, police);
    expect(hostReason(await police.command({ type: 'commit', role: 'military' }))).toBe(
      'notYourRole',
    );
    expect(hostReason(await police.command({ type: 'pause' }))).toBe('notAllowed');
    expect(hostReason(await police.command({ type: 'commit', role: 'police', by: 'timer' }))).toBe(
      'notAllowed',
    );
    const projector = new Client(host.port, 'proj');
    await projector.connect();
    await projector.join(t.code, 'projector');
    expect(
      hostReason(
        await projector.command({ type: 'message', role: 'police', to: 'all', text: 'x' }),
      ),
    ).toBe('notAllowed');
    expect(hostReason(await police.ask({ t: 'export' }, ['refused', 'export']))).toBe('notAllowed');
    const engine = await police.command({
      type: 'order',
      role: 'police',
      action: 'arrest',
      district: 'nowhere',
    });
    expect(engine.t === 'refused' && 'engine' in engine.reason && engine.reason.engine.key).toBe(
      'no.district',
    );
  });

  it('a retry with the same id is acknowledged again, never applied twice', async () => {
    const t = await table();
    const police = await t.team('police');
    await started(t, police);
    const order = {
      type: 'order' as const,
      role: 'police',
      action: 'patrol',
      district: 'tavi_town',
    };
    const first = await police.command(order, 'same-id');
    const again = await police.command(order, 'same-id', 0);
    expect(first).toMatchObject({ t: 'ack' });
    expect(again).toEqual(first);
    await until(() => police.view!.state.orders.length === 1, 5000, 'the order');
    await sleep(100);
    expect(police.view!.state.orders).toHaveLength(1);
  });

  it('a command made against a view that changed since is stale, and goes through once resent', async () => {
    const t = await table();
    const police = await t.team('police');
    const military = await t.team('military');
    await started(t, police, military);
    const seen = police.view!.seq;
    // Another team's order changes nothing police can see: its older seq is still good.
    expect(
      (
        await military.command({
          type: 'order',
          role: 'military',
          action: 'patrol',
          district: 'tavi_town',
        })
      ).t,
    ).toBe('ack');
    expect(
      (
        await police.command(
          { type: 'order', role: 'police', action: 'patrol', district: 'tavi_town' },
          'p1',
          seen,
        )
      ).t,
    ).toBe('ack');
    // The facilitator's adjustment is public: police's view changed after `seen`.
    await t.facilitator.command({
      type: 'adjust',
      district: 'tavi_town',
      indicator: 'trust',
      delta: 5,
      reason: 'rumour',
    });
    const stale = await police.command({ type: 'commit', role: 'police' }, 'p2', seen);
    expect(stale).toMatchObject({ t: 'stale' });
    await until(() => police.view!.seq >= (stale as { seq: number }).seq, 5000, 'resync');
    expect((await police.command({ type: 'commit', role: 'police' }, 'p2')).t).toBe('ack');
    expect(
      hostReason(await police.command({ type: 'uncommit', role: 'police' }, 'p3', 10 ** 9)),
    ).toBe('badSeq');
  });

  it('a team message reaches the two teams and the facilitator, stamped with the host’s time', async () => {
    const t = await table();
    const police = await t.team('police');
    const military = await t.team('military');
    const civilian = await t.team('civilian');
    await started(t, police, military, civilian);
    const before = Date.now();
    const r = await police.command({
      type: 'message',
      role: 'police',
      to: 'military',
      text: 'Bridge at six',
      at: 1,
    } as never);
    expect(r.t).toBe('ack');
    await until(() => military.log.some((e) => e.kind === 'message'), 5000, 'the message');
    const entry = military.log.find((e) => e.kind === 'message')!;
    expect(entry.at).toBeGreaterThanOrEqual(before);
    await until(() => t.facilitator.log.some((e) => e.kind === 'message'), 5000, 'the facilitator');
    await sleep(100);
    expect(civilian.log.some((e) => e.kind === 'message')).toBe(false);
    const long = await police.command({
      type: 'message',
      role: 'police',
      to: 'all',
      text: 'x'.repeat(1001),
    });
    expect(hostReason(long)).toBe('badMessage');
  });
});

describe('the turn', () => {
  it('policies propose at the start, answer a team’s proposal at once, and finish once teams commit', async () => {
    const t = await table();
    const police = await t.team('police');
    await started(t, police);
    const turn = police.view!.state.turn;
    const r = await police.command({
      type: 'propose',
      role: 'police',
      action: 'joint_patrol',
      district: 'tavi_town',
      partners: ['military'],
    });
    expect(r.t).toBe('ack');
    await until(
      () =>
        police.view!.state.proposals.some(
          (p) => p.lead === 'police' && p.responses[0] !== 'pending',
        ),
      5000,
      'the answer',
    );
    expect((await police.command({ type: 'commit', role: 'police' })).t).toBe('ack');
    await until(() => police.view!.state.turn === turn + 1, 5000, 'the next turn');
  });

  it('the planning timer’s end commits the teams as they stand, and the log says so', async () => {
    const t = await table();
    const police = await t.team('police');
    const military = await t.team('military');
    await started(t, police, military);
    t.facilitator.send({ t: 'timer', op: 'set', seconds: 1 });
    await until(() => police.view!.timer?.seconds === 1, 5000, 'the timer');
    expect(police.view!.timer!.running).toBe(false);
    t.facilitator.send({ t: 'timer', op: 'start' });
    await until(() => police.view!.state.turn === 2, 10_000, 'the timer to end the turn');
    const timed = police.log.filter((e) => e.title.key === 'log.committedByTimer');
    expect(timed.map((e) => e.roles[0]).sort()).toEqual(['military', 'police']);
    expect(police.view!.timer).toMatchObject({ seconds: 1, running: false, leftMs: 1000 });
  });

  it('giving a role to a policy lets the turn resolve when the teams left have committed', async () => {
    const t = await table();
    const police = await t.team('police');
    const military = await t.team('military');
    await started(t, police, military);
    expect((await police.command({ type: 'commit', role: 'police' })).t).toBe('ack');
    const revoked = military.next('revoked');
    t.facilitator.send({ t: 'seatAdmin', op: 'toPolicy', role: 'military' });
    expect(await revoked).toMatchObject({ reason: 'policy' });
    await until(() => police.view!.state.turn === 2, 5000, 'the turn to resolve');
    expect(police.view!.roles.find((r) => r.role === 'military')!.by).toBe('policy');
  });
});

describe('a restart before the start', () => {
  it('keeps the seats taken, so the start gives their roles to the teams', async () => {
    const dir = tempDir('before-start');
    let h = await HostProcess.start(dir.dir, ['--scenario', 'tutorial', '--dist', dist]);
    try {
      const s = h.info.sessions[0]!;
      const police = new Client(h.port, 'police');
      await police.connect();
      expect((await police.join(s.code, 'team', 'police', 'Blue')).t).toBe('welcome');
      const closed = police.closed();
      await h.kill('SIGKILL');
      await closed;
      h = await HostProcess.start(dir.dir, ['--dist', dist], h.port);
      expect(h.info.sessions.map((x) => x.session)).toEqual([s.session]);
      await police.reconnect();
      expect((await police.resume()).t).toBe('welcome');
      const fac = new Client(h.port, 'fac');
      await fac.connect();
      await fac.facilitate(s.session, s.secret!);
      fac.send({ t: 'start' });
      await until(() => police.view?.started === true, 5000, 'the start');
      expect(police.view!.roles).toEqual([
        { role: 'military', by: 'policy' },
        { role: 'police', by: 'team', team: 'Blue' },
        { role: 'civilian', by: 'policy' },
      ]);
    } finally {
      await h.kill();
      dir.remove();
    }
  });
});

describe('the host around the sessions', () => {
  it('the admin secret lists and creates sessions; a wrong one does neither', async () => {
    const c = new Client(host.port, 'adm');
    await c.connect();
    expect(hostReason(await c.ask({ t: 'list', admin: 'wrong' }, ['refused']))).toBe('badSecret');
    const list = await c.ask({ t: 'list', admin: host.info.admin }, ['sessions']);
    expect(list.t === 'sessions' && list.sessions.length).toBeGreaterThan(0);
    expect(
      hostReason(
        await c.ask({ t: 'create', admin: host.info.admin, scenario: '../package' }, ['refused']),
      ),
    ).toBe('unknownScenario');
    expect(JSON.stringify(list)).not.toMatch(/secret/i);
  });

  it('a lost facilitator secret is issued again, and the old one stops working', async () => {
    const t = await table();
    const c = new Client(host.port, 'adm2');
    await c.connect();
    const again = await c.ask({ t: 'reissue', admin: host.info.admin, session: t.session }, [
      'created',
    ]);
    if (again.t !== 'created') throw new Error();
    const fac = new Client(host.port, 'fac2');
    await fac.connect();
    expect((await fac.facilitate(t.session, again.secret)).t).toBe('welcome');
    const other = new Client(host.port, 'fac3');
    await other.connect();
    expect(hostReason(await other.facilitate(t.session, t.secret))).toBe('badSecret');
  });

  it('falls back to a free port when the one asked for is taken, and says so', async () => {
    const dir = tempDir('port');
    const second = await HostProcess.start(
      dir.dir,
      ['--scenario', 'tutorial', '--dist', dist],
      host.port,
    );
    try {
      expect(second.info.fellBack).toBe(true);
      expect(second.port).not.toBe(host.port);
    } finally {
      await second.kill();
      dir.remove();
    }
  });

  it('a socket that stops answering pings is dropped', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ws`, { autoPong: false });
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    await new Promise((r) => ws.once('open', r));
    const start = Date.now();
    await closed;
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it('serves the game with its types, cache headers and host.json; never outside dist/ or a listing', async () => {
    const get = (path: string, init?: RequestInit) =>
      fetch(`http://127.0.0.1:${host.port}${path}`, init);
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await get('/assets/index-AbCdEf12.js');
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    expect((await get('/assets/app.css')).headers.get('content-type')).toMatch(/text\/css/);
    const info = (await (await get('/host.json')).json()) as {
      mandateHost: number;
      bootId: string;
    };
    expect(info).toMatchObject({ mandateHost: 1, bootId: host.info.bootId });
    for (const path of [
      '/assets/',
      '/assets',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/link.txt',
      '/%00',
      '/nothing.js',
      '/assets/%E0%A4%A',
    ])
      expect((await get(path)).status, path).toBe(404);
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });
});
