/**
 * A whole classroom over real sockets: three teams (police on two tablets) plan every turn at
 * once, with a projector, an evaluator and the facilitator. In turn 2 a team's tablet drops and
 * comes back; in turn 4 the host process is killed with SIGKILL, with a command in flight, and
 * started again; every device reconnects by itself and the game is played to its end. Then:
 *
 * - the state hash the host reports is the one the logged commands give when replayed offline;
 * - every frame any device was sent is checked against the true game at its sequence number: no
 *   team or projector is ever sent another role's facts, orders, proposals, drafts or messages,
 *   and no seat the seed or the generator's state (the facilitator's export aside);
 * - the checker itself is first shown to catch a deliberately leaky view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { seatParts } from '../../src/host/views';
import type { HostMessage } from '../../src/net/protocol';
import { Client, defaultRules, HostProcess, tempDir, until, type Frame } from './helpers';
import { leaksIn, statesOf, type Secrets } from './leaks';

const rules = defaultRules();
const SEED = 'leak-check-7f3a9c';
const ROLES: RoleId[] = rules.scenario.roles.map((r) => r.id);
const secrets: Secrets = { seed: SEED, staffNotes: ['STAFF-NOTE-91ab', 'STAFF-RATING-22cd'] };
const ARGS = ['--seed', SEED, '--rate', '0'];

const tmp = tempDir('classroom');
let host: HostProcess;
const teams = new Map<RoleId, Client>();
let tablet2: Client;
let projector: Client;
let evaluator: Client;
let facilitator: Client;
let session: { session: string; code: string; secret?: string };
let save: SavedGame & { app: { stateHash: string } };
let firstBoot = '';
let resumedFrom = -1;
const everyone = () => [...teams.values(), tablet2, projector, evaluator, facilitator];

/** Sends a command until the host answers it; a stale one is sent again against the new view. */
async function send(c: Client, command: Command, id = c.newId()): Promise<HostMessage> {
  for (;;) {
    const answer = await c.command(command, id);
    if (answer.t !== 'stale') return answer;
    await until(() => (c.view?.seq ?? 0) >= answer.seq, 5000, 'the view after stale');
  }
}

/** A team's planning step, planned by the cooperative policy on the view the host sent. */
async function step(c: Client, s: PlanStep): Promise<void> {
  for (const cmd of POLICIES.cooperative.plan(c.roleView(rules), s, seedRng('bot')))
    await send(c, cmd);
}

/** Approves the claim for `kind` (a role or a seat kind): in the seats list already sent, or next. */
async function approveNext(kind: string): Promise<void> {
  const wanted = (m: HostMessage) =>
    m.t === 'seats' && m.requests.some((r) => r.seat.kind === kind || r.seat.role === kind);
  const seats =
    [...facilitator.frames]
      .reverse()
      .map((f) => f.message)
      .find(wanted) ?? (await facilitator.next(wanted));
  if (seats.t !== 'seats') throw new Error('no seats');
  const request = seats.requests.find((r) => r.seat.kind === kind || r.seat.role === kind)!.request;
  facilitator.send({ t: 'seatAdmin', op: 'approve', request });
}

async function restartHost(): Promise<void> {
  const closed = everyone().map((c) => c.closed());
  await host.kill('SIGKILL');
  await Promise.all(closed);
  host = await HostProcess.start(tmp.dir, ARGS, host.port);
  await Promise.all(
    everyone().map(async (c) => {
      await c.reconnect();
      const back =
        c === facilitator ? await c.facilitate(session.session, session.secret!) : await c.resume();
      expect(back.t, c.label).toBe('welcome');
    }),
  );
}

async function playTurn(turn: number): Promise<void> {
  await Promise.all([...teams.values()].map((c) => step(c, 'propose')));
  if (turn === 2) {
    // A tablet drops mid-turn and comes back with its token and what it had seen.
    const police = teams.get('police')!;
    const closed = police.closed();
    police.close();
    await closed;
    await police.reconnect();
    const back = await police.resume();
    if (back.t === 'welcome') resumedFrom = back.view.logFrom;
  }
  if (turn === 3) {
    const entry = facilitator.log.at(-1)!.id;
    await send(facilitator, { type: 'annotate', entry, note: secrets.staffNotes[0]! });
    const objective = rules.scenario.objectives[0]!.id;
    await send(evaluator, {
      type: 'rate',
      objective,
      rating: 'someChallenges',
      note: secrets.staffNotes[1]!,
    });
  }
  const liaison: Command = {
    type: 'message',
    role: 'police',
    to: 'military',
    text: `Liaison ${turn}: hold the bridge`,
    at: 0,
  };
  const inFlight = teams.get('police')!;
  const liaisonId = inFlight.newId();
  if (turn === 4) {
    // A command in flight when the host dies: sent again with the same id once it is back.
    inFlight.send({
      t: 'command',
      id: liaisonId,
      seq: inFlight.view!.seq,
      command: {
        type: 'message',
        role: 'police',
        to: 'military',
        text: `Liaison ${turn}: hold the bridge`,
      },
    });
    firstBoot = inFlight.bootId!;
    await restartHost();
  }
  await send(inFlight, liaison, liaisonId);
  await send(teams.get('civilian')!, {
    type: 'message',
    role: 'civilian',
    to: 'all',
    text: `Aid convoy ${turn} leaves at dawn`,
    at: 0,
  });
  await Promise.all([...teams.values()].map((c) => step(c, 'respond')));
  await Promise.all([...teams.values()].map((c) => step(c, 'complete')));
  await Promise.all(
    [...teams.values()].map((c) => send(c, { type: 'commit', role: c.seat!.role! })),
  );
  await until(
    () =>
      everyone().every(
        (c) => c.view && (c.view.state.turn > turn || c.view.state.status === 'ended'),
      ),
    20_000,
    `every device to see turn ${turn} resolved`,
  );
}

beforeAll(async () => {
  host = await HostProcess.start(tmp.dir, ARGS);
  session = host.info.sessions[0]!;
  facilitator = new Client(host.port, 'facilitator');
  await facilitator.connect();
  expect((await facilitator.facilitate(session.session, session.secret!)).t).toBe('welcome');
  for (const role of ROLES) {
    const c = new Client(host.port, role);
    await c.connect();
    expect((await c.join(session.code.toLowerCase(), 'team', role, `Team ${role}`)).t).toBe(
      'welcome',
    );
    teams.set(role, c);
  }
  tablet2 = new Client(host.port, 'police-2');
  await tablet2.connect();
  const approved = tablet2.next('welcome');
  expect((await tablet2.join(session.code, 'team', 'police', 'Team police, tablet 2')).t).toBe(
    'waiting',
  );
  await approveNext('police');
  await approved;
  projector = new Client(host.port, 'projector');
  await projector.connect();
  expect((await projector.join(session.code, 'projector')).t).toBe('welcome');
  evaluator = new Client(host.port, 'evaluator');
  await evaluator.connect();
  const evaluating = evaluator.next('welcome');
  expect((await evaluator.join(session.code, 'evaluator', undefined, 'Evaluator')).t).toBe(
    'waiting',
  );
  await approveNext('evaluator');
  await evaluating;
  facilitator.send({ t: 'start' });
  await until(() => everyone().every((c) => c.view?.started), 10_000, 'the start');
  for (let turn = 1; teams.get('police')!.view!.state.status === 'planning'; turn++)
    await playTurn(turn);
  const exported = await facilitator.ask({ t: 'export' }, ['export']);
  if (exported.t === 'export') save = exported.save as typeof save;
}, 240_000);

afterAll(async () => {
  for (const c of everyone()) c?.close();
  await host?.kill();
  tmp.remove();
});

describe('a classroom on the network', () => {
  it('plays the whole game through a drop and a SIGKILL of the host', () => {
    expect(save.commands.length).toBeGreaterThan(100);
    expect(teams.get('military')!.view!.state.status).toBe('ended');
    expect(teams.get('police')!.bootId).not.toBe(firstBoot);
    expect(host.info.bootId).toBe(teams.get('police')!.bootId);
    expect(resumedFrom).toBeGreaterThan(0);
  });

  it('ends on the state hash the logged commands give when replayed offline', () => {
    const { state } = replay(rules, save.seed, save.commands);
    expect(save.app.stateHash).toBe(stateHash(state));
  });

  it('applied the command in flight at the kill exactly once', () => {
    const liaisons = save.commands.filter(
      (c) => c.type === 'message' && c.text === 'Liaison 4: hold the bridge',
    );
    expect(liaisons).toHaveLength(1);
  });

  it('showed both police tablets the same view', () => {
    expect(tablet2.view!.state).toEqual(teams.get('police')!.view!.state);
    expect(tablet2.log).toEqual(teams.get('police')!.log);
  });
});

describe('what every device was sent', () => {
  const checkAll = () => {
    const states = statesOf(rules, save.seed, save.commands);
    const found: string[] = [];
    const check = (c: Client, me: RoleId | null) => {
      let seq = 0;
      for (const f of c.frames) {
        if (f.message.t === 'welcome' || f.message.t === 'update') seq = f.message.view.seq;
        for (const leak of leaksIn(
          f.text,
          rules,
          states[seq]!,
          save.commands.slice(0, seq),
          me,
          secrets,
        ))
          found.push(`${c.label} at seq ${seq} (${f.message.t}): ${leak}`);
      }
    };
    for (const [role, c] of teams) check(c, role);
    check(tablet2, 'police');
    check(projector, null);
    return { found, states };
  };

  it('the checker catches a leaky view: the unfiltered state, or staff parts sent to a team', () => {
    const states = statesOf(rules, save.seed, save.commands);
    const at = save.commands.findIndex((c) => c.type === 'message');
    const truth = states[at + 1]!;
    const full: Frame['text'] = JSON.stringify({ t: 'update', view: { state: truth } });
    expect(
      leaksIn(full, rules, truth, save.commands.slice(0, at + 1), 'civilian', secrets),
    ).toEqual(
      expect.arrayContaining([
        'the seed',
        'the generator state or seed',
        'a message entry for others',
      ]),
    );
    const staff = JSON.stringify(seatParts(rules, truth, { kind: 'evaluator' }));
    const leaks = leaksIn(staff, rules, truth, save.commands.slice(0, at + 1), 'civilian', secrets);
    expect(leaks.some((l) => l.startsWith('the id of fact'))).toBe(true);
    expect(leaks.some((l) => l.startsWith('a message from police'))).toBe(true);
    // And the same checker finds nothing in what the host would send the civilians there.
    const own = JSON.stringify(seatParts(rules, truth, { kind: 'team', role: 'civilian' }));
    expect(leaksIn(own, rules, truth, save.commands.slice(0, at + 1), 'civilian', secrets)).toEqual(
      [],
    );
  });

  it('no team or projector frame holds what that seat may not know', () => {
    const { found } = checkAll();
    expect(found).toEqual([]);
    expect(projector.frames.length).toBeGreaterThan(20);
  });

  it('no frame but the facilitator’s export holds the seed or the generator state', () => {
    const bad: string[] = [];
    for (const c of [evaluator, facilitator]) {
      for (const f of c.frames) {
        if (f.message.t === 'export') continue;
        if (f.text.includes(SEED) || /"(rng|seed)":/.test(f.text))
          bad.push(`${c.label}: ${f.message.t}`);
      }
    }
    expect(bad).toEqual([]);
    const exported = facilitator.frames.find((f) => f.message.t === 'export')!;
    expect(exported.text).toContain(SEED);
  });

  it('messages between two teams reached the two and the facilitator only', () => {
    const text = 'Liaison 5: hold the bridge';
    // Before the end: the debrief opens every message to everyone.
    const saw = (c: Client) => {
      const end = c.frames.findIndex(
        (f) =>
          (f.message.t === 'update' || f.message.t === 'welcome') &&
          f.message.view.state.status === 'ended',
      );
      return c.frames.slice(0, end).some((f) => f.text.includes(text));
    };
    expect([...teams.values()].map(saw)).toEqual(ROLES.map((r) => r !== 'civilian'));
    expect(saw(facilitator)).toBe(true);
    expect(saw(projector)).toBe(false);
    // A message to all reached everyone.
    expect(
      everyone().every((c) => c.frames.some((f) => f.text.includes('Aid convoy 5 leaves at dawn'))),
    ).toBe(true);
  });
});
