/**
 * Hostile devices against a real host: thousands of messages made from every message of the
 * protocol by a seeded mutator (fields dropped, added, retyped, huge, nested, hostile keys;
 * frames cut, garbled, not JSON, binary), sent by devices with no seat, with the projector's
 * seat, with a team's seat speaking for other roles or against old views, and with tokens that
 * were freed. Afterwards the host still runs, the game is exactly as it was (same sequence
 * number and state hash), no honest device was sent anything, and every message was refused with
 * a reason. Frames past the size limit close the socket unread; a flood meets the rate limit.
 */
import seedrandom from 'seedrandom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { HOST_REASONS, type HostMessage, type HostReason } from '../../src/net/protocol';
import { Client, HostProcess, sleep, tempDir, until } from './helpers';

const tmp = tempDir('hostile');
let host: HostProcess;
let facilitator: Client;
let honest: Client;
/** A team seated before the start, which will speak for other roles and against old views. */
let police: Client;
let session: { session: string; code: string; secret?: string };

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const rng = seedrandom.alea('hostile-host');
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

const HOSTILE: Json[] = [
  null,
  true,
  -1,
  0,
  1e308,
  -1e308,
  2 ** 53 + 1,
  1.5,
  '',
  'x'.repeat(5000),
  {},
  [],
  [[[[[]]]]],
  '\u0000',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '\u202Egnp.exe',
  'police',
  'facilitator',
  { __proto__: { polluted: 1 } } as unknown as Json,
];

/** Messages of every kind the protocol has, none of which this attacker may have granted. */
function bases(): Record<string, Json>[] {
  const order = { type: 'order', role: 'military', action: 'patrol', district: 'tavi_town' };
  return [
    { t: 'lobby', code: 'ZZZZZZ' },
    { t: 'join', code: 'ZZZZZZ', seat: 'team', role: 'police' },
    { t: 'join', code: session.code, seat: 'team', role: 'no-such-role' },
    { t: 'resume', session: session.session, token: 'forged-token', lastSeq: 0, logLength: 0 },
    { t: 'resume', session: 'no-such-session', token: 'x', lastSeq: 0, logLength: 0 },
    { t: 'facilitate', session: session.session, secret: 'guess' },
    { t: 'command', id: 'c1', seq: 0, command: order },
    { t: 'command', id: 'c2', seq: 0, command: { type: 'commit', role: 'civilian' } },
    { t: 'command', id: 'c3', seq: 0, command: { type: 'rewind', turn: 1 } },
    {
      t: 'command',
      id: 'c4',
      seq: 0,
      command: { type: 'message', role: 'military', to: 'all', text: 'hi' },
    },
    { t: 'command', id: 'c5', seq: 0, command: { type: 'commit', role: 'police', by: 'timer' } },
    { t: 'command', id: 'c6', seq: 99999, command: { type: 'endExercise', reason: 'x' } },
    { t: 'seatAdmin', op: 'free', seat: 'x' },
    { t: 'seatAdmin', op: 'toPolicy', role: 'police' },
    { t: 'start' },
    { t: 'timer', op: 'set', seconds: 5 },
    { t: 'export' },
    { t: 'list', admin: 'guess' },
    { t: 'create', admin: 'guess', scenario: 'default' },
  ];
}

function mutate(value: Json, depth = 0): Json {
  if (value === null || typeof value !== 'object' || depth > 3)
    return rng() < 0.5 ? pick(HOSTILE) : value;
  if (Array.isArray(value)) return value.map((v) => mutate(v, depth + 1));
  const out: { [k: string]: Json } = { ...value };
  const keys = Object.keys(out);
  const what = rng();
  if (what < 0.25 && keys.length) delete out[pick(keys)];
  else if (what < 0.5)
    out[pick(['extra', '__proto__', 'constructor', 'by', 'at', 'role'])] = pick(HOSTILE);
  else if (what < 0.85 && keys.length) {
    const k = pick(keys);
    out[k] =
      k === 't'
        ? pick(['nope', 'command', 'seat', 'update', 'welcome'])
        : mutate(out[k]!, depth + 1);
  } else return pick(HOSTILE);
  return out;
}

/** One hostile frame: a mutated message, or text that is no message at all. */
function frame(): string {
  const r = rng();
  if (r < 0.08) return JSON.stringify(pick(bases())).slice(0, Math.floor(rng() * 40));
  if (r < 0.12)
    return Array.from({ length: 30 }, () => String.fromCharCode(32 + Math.floor(rng() * 90))).join(
      '',
    );
  if (r < 0.14) return '['.repeat(2000) + ']'.repeat(2000);
  if (r < 0.16) return '{"t":"join","code":"' + 'A'.repeat(60_000) + '"}';
  if (r < 0.18) return JSON.stringify({ t: 'command', id: 'x'.repeat(65), seq: 0, command: {} });
  if (r < 0.2) return 'null';
  // Well formed but not this device's to send: the checks past the parser.
  if (r < 0.4) return JSON.stringify(pick(bases()));
  return JSON.stringify(mutate(pick(bases())));
}

async function attacker(label: string): Promise<Client> {
  const c = new Client(host.port, label);
  await c.connect();
  return c;
}

beforeAll(async () => {
  host = await HostProcess.start(tmp.dir, [
    '--scenario',
    'tutorial',
    '--seed',
    'h1',
    '--rate',
    '0',
    '--dist',
    tmp.dir,
  ]);
  session = host.info.sessions[0]!;
  facilitator = new Client(host.port, 'facilitator');
  await facilitator.connect();
  await facilitator.facilitate(session.session, session.secret!);
  honest = new Client(host.port, 'honest');
  await honest.connect();
  await honest.join(session.code, 'team', 'military');
  police = await attacker('police');
  await police.join(session.code, 'team', 'police');
  facilitator.send({ t: 'start' });
  await until(() => honest.view?.started === true, 10_000, 'the start');
  await honest.command({
    type: 'order',
    role: 'military',
    action: 'patrol',
    district: 'tavi_town',
  });
}, 60_000);

afterAll(async () => {
  await host.kill();
  tmp.remove();
});

async function snapshot(): Promise<{ seq: number; hash: string }> {
  const m = await facilitator.ask({ t: 'export' }, ['export']);
  if (m.t !== 'export') throw new Error('no export');
  return {
    seq: m.save.commands.length,
    hash: String((m.save.app as { stateHash: string }).stateHash),
  };
}

const isReason = (m: HostMessage): boolean => {
  if (m.t === 'stale') return m.seq >= 0;
  if (m.t === 'waiting') return typeof m.request === 'string';
  if (m.t !== 'refused') return false;
  if ('host' in m.reason) return m.reason.host in HOST_REASONS;
  return typeof m.reason.engine.key === 'string';
};

describe('hostile messages', () => {
  it('thousands of them change nothing, crash nothing, and each is refused with a reason', async () => {
    const before = await snapshot();
    // Attackers: no seat; the projector; a team (police) speaking out of turn; a freed seat.
    const unseated = await attacker('unseated');
    const projector = await attacker('projector');
    await projector.join(session.code, 'projector');
    const freed = await attacker('freed');
    await freed.join(session.code, 'projector');
    const seats = await facilitator.ask({ t: 'seatAdmin', op: 'toTeam', role: 'civilian' }, [
      'seats',
      'update',
    ]);
    expect(seats).toBeDefined();
    const last = facilitator.frames
      .map((f) => f.message)
      .filter((m) => m.t === 'seats')
      .at(-1);
    if (last?.t !== 'seats') throw new Error();
    const freedSeat = last.seats.find((s) => s.seat.id === freed.seat!.id)!;
    const revoked = freed.next('revoked');
    facilitator.send({ t: 'seatAdmin', op: 'free', seat: freedSeat.seat.id });
    await revoked;
    // The freed device keeps its token and replays it among the rest.
    const replayed = JSON.stringify({
      t: 'resume',
      session: session.session,
      token: freed.token,
      lastSeq: 0,
      logLength: 0,
    });
    const attackers = [unseated, projector, police, freed];
    const counts = new Map(attackers.map((a) => [a, a.frames.length]));
    // Changes since the start make police's seq 0 stale: every command it sends is stale or not its own.
    await facilitator.command({
      type: 'adjust',
      district: 'tavi_town',
      indicator: 'trust',
      delta: 1,
      reason: 'mark',
    });
    const marked = await snapshot();
    expect(marked.seq).toBe(before.seq + 1);
    for (const a of attackers) counts.set(a, a.frames.length);
    await sleep(100);
    const honestFrames = honest.frames.length;
    const sent = new Map(attackers.map((a) => [a, 0]));
    const N = 3000;
    for (let i = 0; i < N; i++) {
      const a = attackers[i % attackers.length]!;
      a.send(i % 97 === 0 ? replayed : frame());
      sent.set(a, sent.get(a)! + 1);
      if (i % 200 === 0) await sleep(5);
    }
    // A claim that happens to be well formed waits for the facilitator: an answer that grants
    // nothing and changes nothing in the game.
    const answers = (a: Client) =>
      a.frames
        .slice(counts.get(a))
        .filter((f) => ['refused', 'stale', 'waiting'].includes(f.message.t));
    await until(
      () => attackers.every((a) => answers(a).length >= sent.get(a)!),
      30_000,
      'every refusal',
    );
    expect(host.alive()).toBe(true);
    for (const a of attackers) {
      const got = a.frames.slice(counts.get(a)).map((f) => f.message);
      const granted = got.filter(
        (m) =>
          m.t === 'ack' ||
          m.t === 'welcome' ||
          m.t === 'seat' ||
          m.t === 'export' ||
          m.t === 'created' ||
          m.t === 'sessions',
      );
      expect(granted, a.label).toEqual([]);
      expect(
        answers(a).every((f) => isReason(f.message)),
        a.label,
      ).toBe(true);
      expect(answers(a).length, a.label).toBe(sent.get(a));
    }
    const reasons = new Set(
      attackers.flatMap((a) =>
        answers(a).map((f) =>
          f.message.t === 'refused' && 'host' in f.message.reason
            ? f.message.reason.host
            : f.message.t,
        ),
      ),
    );
    for (const r of [
      'notJson',
      'badMessage',
      'unknownSession',
      'badToken',
      'badSecret',
      'notAllowed',
      'notYourRole',
    ] as HostReason[])
      expect(reasons, r).toContain(r);
    expect(await snapshot()).toEqual(marked);
    // The honest team was sent nothing while it all went on.
    expect(honest.frames.slice(honestFrames).map((f) => f.message.t)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 90_000);

  it('a frame past the client limit closes the socket unread; the host goes on', async () => {
    for (const size of [64 * 1024 + 1, 2 * 1024 * 1024]) {
      const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ws`);
      await new Promise((r) => ws.once('open', r));
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
      ws.on('error', () => undefined);
      ws.send('x'.repeat(size));
      expect(await closed).toBe(1009);
    }
    const c = await attacker('binary');
    const answer = c.next('refused');
    c.ws!.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await answer).toMatchObject({ reason: { host: 'badMessage' } });
    expect(host.alive()).toBe(true);
    expect((await snapshot()).seq).toBeGreaterThan(0);
  });
});

describe('a flood', () => {
  it('meets the rate limit: refused as tooMany, then served again', async () => {
    const dir = tempDir('flood');
    const limited = await HostProcess.start(dir.dir, [
      '--scenario',
      'tutorial',
      '--rate',
      '5',
      '--dist',
      dir.dir,
    ]);
    try {
      const c = new Client(limited.port, 'flood');
      await c.connect();
      for (let i = 0; i < 40; i++) c.send({ t: 'list', admin: 'guess' });
      await until(() => c.frames.length >= 40, 5000, 'answers');
      const tooMany = c.frames.filter(
        (f) =>
          f.message.t === 'refused' &&
          'host' in f.message.reason &&
          f.message.reason.host === 'tooMany',
      );
      expect(tooMany.length).toBeGreaterThan(20);
      await sleep(1000);
      const again = await c.ask({ t: 'list', admin: 'guess' }, ['refused']);
      expect(again).toMatchObject({ reason: { host: 'badSecret' } });
    } finally {
      await limited.kill();
      dir.remove();
    }
  });
});
