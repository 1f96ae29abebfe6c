/**
 * The page's link to the host (`src/net/link.ts`) without a host: a fake socket the test opens,
 * feeds and drops, and timers the test runs by hand, so every reconnect is one the test asked
 * for. The views are cut from a real game by the host's own view functions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { applyCommand, newGame, type GameState, type LogEntry } from '../../src/engine';
import { seatParts } from '../../src/host/views';
import {
  createLink,
  type Credentials,
  type Link,
  type LinkEvent,
  type SocketLike,
} from '../../src/net/link';
import type {
  ClientMessage,
  HostMessage,
  Refusal,
  SeatInfo,
  SeatView,
  WireCommand,
} from '../../src/net/protocol';
import { defaultRules } from '../engine/helpers';

const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 3;

/** A WebSocket the test drives: it opens, hears and drops only when told to. */
class FakeSocket implements SocketLike {
  readyState = CONNECTING;
  readonly sent: string[] = [];
  closedByPage = false;
  onopen: ((ev: unknown) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;

  constructor(readonly url: string) {}

  send(data: string): void {
    // A browser throws on a socket still connecting: a link that sent early would be lost.
    if (this.readyState !== OPEN) throw new Error('send on a socket that is not open');
    this.sent.push(data);
  }

  /** As a browser does, the close event comes later (`drop`), not from inside `close()`. */
  close(): void {
    this.closedByPage = true;
    this.readyState = CLOSED;
  }

  open(): void {
    this.readyState = OPEN;
    this.onopen?.({});
  }

  hear(m: HostMessage | string): void {
    this.onmessage?.({ data: typeof m === 'string' ? m : JSON.stringify(m) });
  }

  drop(): void {
    this.readyState = CLOSED;
    this.onerror?.({});
    this.onclose?.({});
  }

  messages(): ClientMessage[] {
    return this.sent.map((s) => JSON.parse(s) as ClientMessage);
  }
}

interface Timer {
  fn: () => void;
  ms: number;
  handle: number;
}

function harness(stored: Credentials | null = null) {
  const sockets: FakeSocket[] = [];
  const events: LinkEvent[] = [];
  const written: (Credentials | null)[] = [];
  let kept = stored;
  const timers: Timer[] = [];
  const delays: number[] = [];
  let handles = 0;
  let ids = 0;
  const link: Link = createLink({
    url: 'ws://host.test/ws',
    open(url) {
      const s = new FakeSocket(url);
      sockets.push(s);
      return s;
    },
    keeper: {
      read: () => kept,
      write(c) {
        kept = c;
        written.push(c);
      },
    },
    onEvent: (e) => void events.push(e),
    randomId: () => `cmd-${++ids}`,
    setTimeout(fn, ms) {
      const handle = ++handles;
      timers.push({ fn, ms, handle });
      delays.push(ms);
      return handle;
    },
    clearTimeout(handle) {
      const i = timers.findIndex((t) => t.handle === handle);
      if (i >= 0) timers.splice(i, 1);
    },
  });
  return {
    link,
    sockets,
    events,
    written,
    timers,
    delays,
    kept: () => kept,
    socket(): FakeSocket {
      const s = sockets.at(-1);
      if (!s) throw new Error('no socket opened');
      return s;
    },
    /** The one pending timer fires (the link waits on no more than one). */
    fire(): void {
      expect(timers).toHaveLength(1);
      timers.shift()!.fn();
    },
    /** The socket drops and the link's retry opens the next one. */
    reconnect(): FakeSocket {
      this.socket().drop();
      this.fire();
      const s = this.socket();
      s.open();
      return s;
    },
  };
}

const rules = defaultRules();
const police: SeatInfo = { id: 'seat-1', kind: 'team', role: 'police', name: 'Blue' };
const order = (district: string): WireCommand => ({
  type: 'order',
  role: 'police',
  action: 'patrol',
  district,
});
let start: GameState;
let played: GameState;
/** Police's log after turn 1: enough entries to cut in several places. */
let entries: LogEntry[];

beforeAll(() => {
  start = newGame(rules, 'link');
  played = rules.scenario.roles.reduce(
    (s, r) => applyCommand(rules, s, { type: 'commit', role: r.id }),
    start,
  );
  entries = seatParts(rules, played, { kind: 'team', role: 'police' }).log;
  expect(entries.length).toBeGreaterThan(5);
});

/** A view as the host sends police: `log` is what comes from `logFrom` on. */
function view(o: {
  seq: number;
  logFrom?: number;
  log?: LogEntry[];
  withScenario?: boolean;
  rev?: string;
  state?: GameState;
}): SeatView {
  const parts = seatParts(rules, o.state ?? start, { kind: 'team', role: 'police' });
  return {
    seq: o.seq,
    started: true,
    scenarioRev: o.rev ?? parts.scenarioRev,
    ...(o.withScenario === false ? {} : { scenario: parts.scenario }),
    state: parts.state,
    logFrom: o.logFrom ?? 0,
    log: o.log ?? [],
    timer: null,
    roles: rules.scenario.roles.map((r) => ({ role: r.id, by: 'team' })),
  };
}

const welcome = (v: SeatView): HostMessage => ({
  t: 'welcome',
  session: 'sess-1',
  bootId: 'boot-1',
  code: 'ABC234',
  seat: police,
  view: v,
});

/** A link seated as police from a kept token, its first view held. */
function seated(v: SeatView = view({ seq: 7, log: entries.slice(0, 3) })) {
  const h = harness({ kind: 'seat', session: 'sess-1', token: 'tok-1' });
  h.socket().open();
  h.socket().hear(welcome(v));
  h.events.length = 0;
  return h;
}

const commandsIn = (s: FakeSocket) =>
  s.messages().filter((m): m is Extract<ClientMessage, { t: 'command' }> => m.t === 'command');

describe('taking a seat', () => {
  it('sends a lobby asked for before the socket opened once it opens', () => {
    const h = harness();
    h.link.lobby('ABC234');
    expect(h.socket().sent).toEqual([]);
    h.socket().open();
    expect(h.socket().messages()).toEqual([{ t: 'lobby', code: 'ABC234' }]);
    expect(h.events).toContainEqual({ t: 'connection', connected: true });
  });

  it('sends a join, keeps the seat the host grants, and resumes with what it holds', () => {
    const h = harness();
    h.socket().open();
    h.link.join({ code: 'ABC234', seat: 'team', role: 'police', name: 'Blue' });
    expect(h.socket().messages()).toEqual([
      { t: 'join', code: 'ABC234', seat: 'team', role: 'police', name: 'Blue' },
    ]);
    h.socket().hear({ t: 'seat', session: 'sess-1', token: 'tok-1', seat: police });
    expect(h.kept()).toEqual({ kind: 'seat', session: 'sess-1', token: 'tok-1' });
    const v = view({ seq: 4, log: entries.slice(0, 3) });
    h.socket().hear(welcome(v));

    const next = h.reconnect();
    // Not the join again: that would ask for a second seat.
    expect(next.messages()).toEqual([
      {
        t: 'resume',
        session: 'sess-1',
        token: 'tok-1',
        lastSeq: 4,
        logLength: 3,
        scenarioRev: v.scenarioRev,
      },
    ]);
  });

  it('resumes a seat kept from before a reload, holding nothing yet', () => {
    const h = harness({ kind: 'seat', session: 'sess-9', token: 'tok-9' });
    h.link.lobby('ABC234');
    h.socket().open();
    expect(h.socket().messages()).toEqual([
      { t: 'resume', session: 'sess-9', token: 'tok-9', lastSeq: 0, logLength: 0 },
    ]);
  });
});

describe('the view held', () => {
  it('keeps the log before logFrom and replaces the rest, as the host cuts it', () => {
    const h = seated(view({ seq: 7, log: entries.slice(0, 4) }));
    expect(h.link.held()!.log).toEqual(entries.slice(0, 4));

    h.socket().hear({ t: 'update', view: view({ seq: 8, logFrom: 2, log: entries.slice(5, 7) }) });
    expect(h.link.held()!.log).toEqual([...entries.slice(0, 2), ...entries.slice(5, 7)]);

    // A rewind shortens it: nothing after logFrom survives.
    h.socket().hear({ t: 'update', view: view({ seq: 9, logFrom: 1, log: [] }) });
    expect(h.link.held()!.log).toEqual(entries.slice(0, 1));
    expect(h.events.at(-1)).toEqual({ t: 'view', held: h.link.held() });
  });

  it('keeps the earlier scenario when an update comes without one', () => {
    const h = seated();
    const first = h.link.held()!.scenario;
    const later = view({ seq: 8, state: played, withScenario: false, rev: 'same' });
    h.socket().hear({ t: 'update', view: later });
    expect(h.link.held()!.scenario).toBe(first);
    expect(h.link.held()!.view).toEqual(later);
  });

  it('takes the new scenario when an update brings one (a fact shared with the seat)', () => {
    const h = seated();
    const first = h.link.held()!.scenario;
    const cut = view({ seq: 8, state: played, rev: 'after-turn-1' });
    // Marked, so the new one cannot pass for the first (each frame arrives as a new object).
    const later = { ...cut, scenario: { ...cut.scenario!, turns: first.turns + 1 } };
    h.socket().hear({ t: 'update', view: later });
    expect(h.link.held()!.scenario).toEqual(later.scenario);
  });

  it('reports a first view without any scenario as garbled, and holds nothing', () => {
    const h = harness({ kind: 'seat', session: 'sess-1', token: 'tok-1' });
    h.socket().open();
    h.socket().hear(welcome(view({ seq: 3, withScenario: false })));
    expect(h.link.held()).toBeNull();
    expect(h.events.map((e) => e.t)).toEqual(['connection', 'garbled']);
  });
});

describe('commands', () => {
  it('sends each with a fresh id and the seq of the view held', () => {
    const h = seated();
    h.link.command(order('aldera'));
    h.socket().hear({ t: 'update', view: view({ seq: 9, logFrom: 3, log: [] }) });
    h.link.command(order('port_lissa'));
    expect(commandsIn(h.socket())).toEqual([
      { t: 'command', id: 'cmd-1', seq: 7, command: order('aldera') },
      { t: 'command', id: 'cmd-2', seq: 9, command: order('port_lissa') },
    ]);
    expect(h.link.pending()).toBe(2);
  });

  it('sends every unanswered command again after a reconnect, same id and seq, until acked', () => {
    const h = seated();
    h.link.command(order('aldera'));
    h.link.command(order('port_lissa'));
    h.socket().hear({ t: 'ack', id: 'cmd-1', seq: 8 });
    expect(h.link.pending()).toBe(1);
    // Made while the socket was down: it goes out with the others once the seat is back.
    h.socket().drop();
    h.link.command(order('dunmere'));
    h.fire();
    h.socket().open();
    // Before the welcome the host does not know the seat yet: nothing is sent but the resume.
    expect(
      h
        .socket()
        .messages()
        .map((m) => m.t),
    ).toEqual(['resume']);
    h.socket().hear(welcome(view({ seq: 12, logFrom: 3, log: [] })));
    expect(commandsIn(h.socket())).toEqual([
      { t: 'command', id: 'cmd-2', seq: 7, command: order('port_lissa') },
      { t: 'command', id: 'cmd-3', seq: 7, command: order('dunmere') },
    ]);

    h.socket().hear({ t: 'ack', id: 'cmd-2', seq: 13 });
    h.socket().hear({ t: 'ack', id: 'cmd-3', seq: 14 });
    expect(h.link.pending()).toBe(0);
    const next = h.reconnect();
    next.hear(welcome(view({ seq: 14, logFrom: 3, log: [] })));
    expect(commandsIn(next)).toEqual([]);
  });

  it('reports a stale command with what it was, and does not send it again', () => {
    const h = seated();
    h.link.command(order('aldera'));
    h.socket().hear({ t: 'stale', id: 'cmd-1', seq: 9 });
    expect(h.events).toEqual([{ t: 'stale', command: order('aldera') }]);
    expect(h.link.pending()).toBe(0);
    const next = h.reconnect();
    next.hear(welcome(view({ seq: 9, logFrom: 3, log: [] })));
    expect(commandsIn(next)).toEqual([]);
  });

  it('reports a refused command with what it was, and keeps the seat for an engine reason', () => {
    const h = seated();
    h.link.command(order('aldera'));
    const reason: Refusal = { engine: { key: 'no.ended', args: {} } };
    h.socket().hear({ t: 'refused', id: 'cmd-1', reason });
    expect(h.events).toEqual([{ t: 'refused', reason, command: order('aldera') }]);
    expect(h.link.pending()).toBe(0);
    expect(h.written).toEqual([]);
    expect(h.link.held()).not.toBeNull();
  });
});

describe('losing the seat', () => {
  it('forgets the credentials when the host no longer knows the token', () => {
    const h = seated();
    h.link.lobby('ABC234');
    h.link.command(order('aldera'));
    h.socket().hear({ t: 'refused', reason: { host: 'badToken' } });
    expect(h.written).toEqual([null]);
    expect(h.link.held()).toBeNull();
    expect(h.link.pending()).toBe(0);
    expect(h.events).toEqual([{ t: 'refused', reason: { host: 'badToken' }, command: null }]);
    // Back to the join screen's question, not the dead token.
    expect(h.reconnect().messages()).toEqual([{ t: 'lobby', code: 'ABC234' }]);
  });

  it('forgets the credentials when the seat is revoked', () => {
    const h = seated();
    h.link.command(order('aldera'));
    h.socket().hear({ t: 'revoked', reason: 'freed' });
    expect(h.written).toEqual([null]);
    expect(h.kept()).toBeNull();
    expect(h.link.held()).toBeNull();
    expect(h.link.pending()).toBe(0);
    expect(h.events).toEqual([{ t: 'revoked', reason: 'freed' }]);
    expect(h.reconnect().messages()).toEqual([]);
  });
});

describe('reconnecting', () => {
  it('opens again after each drop, waiting longer each time up to a cap, and afresh after an open', () => {
    const h = harness();
    for (let i = 0; i < 9; i++) {
      h.socket().drop();
      h.fire();
    }
    expect(h.sockets).toHaveLength(10);
    const waits = h.delays;
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]!);
    expect(waits.at(-1)!).toBeGreaterThan(4 * waits[0]!);
    // Capped: a tablet asleep for an hour does not wait an hour once it wakes.
    const cap = waits.at(-1)!;
    expect(waits.slice(-3)).toEqual([cap, cap, cap]);
    expect(cap).toBeLessThanOrEqual(30_000);

    h.socket().open();
    h.socket().drop();
    expect(h.delays.at(-1)).toBe(waits[0]);
    expect(h.events.filter((e) => e.t === 'connection' && !e.connected)).toHaveLength(10);
  });

  it('stops reconnecting once closed, whether a retry was waiting or the socket was open', () => {
    const waiting = harness();
    waiting.socket().drop();
    const retry = waiting.timers[0]!;
    waiting.link.close();
    expect(waiting.timers).toEqual([]);
    // Even a timer that fired anyway opens nothing.
    retry.fn();
    expect(waiting.sockets).toHaveLength(1);

    const open = harness();
    open.socket().open();
    open.link.close();
    expect(open.socket().closedByPage).toBe(true);
    open.socket().drop();
    expect(open.timers).toEqual([]);
    expect(open.sockets).toHaveLength(1);

    // A socket may report its close from inside `close()`: that is no drop to recover from.
    const eager = harness();
    eager.socket().open();
    eager.socket().close = function (this: FakeSocket) {
      this.closedByPage = true;
      this.drop();
    };
    eager.link.close();
    expect(eager.timers).toEqual([]);
  });
});

describe('what the host sent that it should not have', () => {
  it.each([
    ['not JSON', '{"t": "welcome", '],
    ['JSON without t', '{"view": {}}'],
    ['a t that is not a string', '{"t": 5}'],
    ['JSON null', 'null'],
    ['a bare string', '"welcome"'],
  ])('reports %s as garbled and changes nothing', (_what, frame) => {
    const h = seated();
    h.link.command(order('aldera'));
    const before = h.link.held();
    const sent = h.socket().sent.length;
    h.socket().hear(frame);
    expect(h.events).toEqual([{ t: 'garbled', detail: expect.any(String) as string }]);
    expect(h.link.held()).toBe(before);
    expect(h.link.pending()).toBe(1);
    expect(h.socket().sent).toHaveLength(sent);
    expect(h.written).toEqual([]);
  });
});
