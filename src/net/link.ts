/**
 * A page's link to the host: one WebSocket at a time, opened again with a backoff whenever it
 * drops (a sleeping tablet, a Wi-Fi blip, a host restart), and the seat taken back on every
 * open with what the page holds (`resume` with the last sequence number, log length and
 * scenario revision). Commands carry the page's own id and the seq of the view they were made
 * on; those not yet answered are sent again, same id, after a reconnect, so none is lost and the
 * host applies none twice.
 *
 * It keeps the view as the host cuts it (the log from `logFrom`, the scenario when it comes) and
 * tells its owner of every change through `onEvent`. No DOM: the socket and the place the seat
 * token is kept are handed in, so Node tests drive it with `ws`.
 */
import type { LogEntry } from '../engine';
import type {
  ClientMessage,
  HostMessage,
  Id,
  Lobby,
  Refusal,
  SeatInfo,
  SeatRequest,
  SeatScenario,
  SeatStatus,
  SeatView,
  SessionSummary,
  WireCommand,
} from './protocol';

/** What a page needs of a WebSocket (the browser's, or `ws` in Node). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}

/** Where the seat is kept between reloads of one tab (`sessionStorage`). */
export interface SeatKeeper {
  read(): Credentials | null;
  write(c: Credentials | null): void;
}

/** A team's, projector's or evaluator's seat token, or the facilitator's secret. */
export type Credentials =
  | { kind: 'seat'; session: Id; token: string }
  | { kind: 'facilitator'; session: Id; secret: string };

/** The view as the page holds it: the last `SeatView`, the whole log and the scenario. */
export interface HeldView {
  view: SeatView;
  log: LogEntry[];
  scenario: SeatScenario;
}

export type LinkEvent =
  | { t: 'connection'; connected: boolean }
  | { t: 'lobby'; lobby: Lobby }
  | { t: 'waiting'; request: Id }
  | { t: 'welcome'; seat: SeatInfo; code: string; bootId: string; held: HeldView }
  | { t: 'view'; held: HeldView }
  | { t: 'refused'; reason: Refusal; command: WireCommand | null }
  | { t: 'stale'; command: WireCommand }
  | { t: 'seats'; seats: SeatStatus[]; requests: SeatRequest[] }
  | { t: 'revoked'; reason: Extract<HostMessage, { t: 'revoked' }>['reason'] }
  | { t: 'export'; save: Extract<HostMessage, { t: 'export' }>['save'] }
  /** The admin's: the host's sessions, and one just made (or re-keyed) with its secret. */
  | { t: 'sessions'; sessions: SessionSummary[] }
  | { t: 'created'; session: SessionSummary; secret: string }
  /** A frame the host sent that is not one of its messages (shown, never acted on). */
  | { t: 'garbled'; detail: string };

export interface LinkOptions {
  url: string;
  open(url: string): SocketLike;
  keeper: SeatKeeper;
  onEvent(e: LinkEvent): void;
  /** 16 random bytes as hex, from `crypto.getRandomValues` (no `randomUUID` on plain HTTP). */
  randomId(): string;
  /** Timers, handed in so tests can drive them. */
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Link {
  /** Asks what a session's join screen shows. */
  lobby(code: string): void;
  join(m: Omit<Extract<ClientMessage, { t: 'join' }>, 't'>): void;
  facilitate(session: Id, secret: string): void;
  /** Sends a command against the view held; its answer comes as an event (or an update). */
  command(command: WireCommand): void;
  /** A facilitator's or admin's message (start, timer, seats, export). */
  send(m: ClientMessage): void;
  /** Commands sent and not yet answered. */
  pending(): number;
  held(): HeldView | null;
  /** Gives the seat up on this device (the token is forgotten); the socket stays for a new join. */
  leave(): void;
  close(): void;
}

const OPEN = 1;
const BACKOFF_MS = [250, 500, 1000, 2000, 4000, 8000];

export function createLink(o: LinkOptions): Link {
  let socket: SocketLike | null = null;
  let attempt = 0;
  let retry: unknown = null;
  let closed = false;
  let credentials = o.keeper.read();
  /** A join asked for while the socket was down, sent when it opens. */
  let joining: ClientMessage | null = null;
  /** The code last looked up, asked again when the socket opens. */
  let lookingUp: string | null = null;
  let held: HeldView | null = null;
  const unanswered = new Map<string, { command: WireCommand; seq: number }>();

  function write(m: ClientMessage): boolean {
    if (!socket || socket.readyState !== OPEN) return false;
    socket.send(JSON.stringify(m));
    return true;
  }

  /** What the page holds, so the host sends only what it lacks. */
  function catchUp() {
    return held
      ? {
          lastSeq: held.view.seq,
          logLength: held.log.length,
          scenarioRev: held.view.scenarioRev,
        }
      : { lastSeq: 0, logLength: 0 };
  }

  function takeBack(): void {
    if (credentials?.kind === 'seat')
      write({ t: 'resume', session: credentials.session, token: credentials.token, ...catchUp() });
    else if (credentials?.kind === 'facilitator')
      write({
        t: 'facilitate',
        session: credentials.session,
        secret: credentials.secret,
        ...catchUp(),
      });
    else if (joining) write(joining);
    else if (lookingUp) write({ t: 'lobby', code: lookingUp });
  }

  function connect(): void {
    if (closed) return;
    const s = o.open(o.url);
    socket = s;
    s.onopen = () => {
      attempt = 0;
      o.onEvent({ t: 'connection', connected: true });
      takeBack();
    };
    s.onmessage = (ev) => receive(typeof ev.data === 'string' ? ev.data : String(ev.data));
    s.onerror = () => undefined; // a close follows
    s.onclose = () => {
      if (socket !== s) return;
      socket = null;
      o.onEvent({ t: 'connection', connected: false });
      if (closed) return;
      const wait = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]!;
      attempt++;
      retry = o.setTimeout(connect, wait);
    };
  }

  function keep(view: SeatView): HeldView | null {
    const scenario = view.scenario ?? held?.scenario;
    if (!scenario) return null;
    const log = [...(held?.log ?? []).slice(0, view.logFrom), ...view.log];
    held = { view, log, scenario };
    return held;
  }

  function answered(id: string | undefined): WireCommand | null {
    if (id === undefined) return null;
    const c = unanswered.get(id);
    unanswered.delete(id);
    return c?.command ?? null;
  }

  function receive(text: string): void {
    let m: HostMessage;
    try {
      m = JSON.parse(text) as HostMessage;
    } catch {
      return o.onEvent({ t: 'garbled', detail: text.slice(0, 80) });
    }
    if (!m || typeof m !== 'object' || typeof m.t !== 'string')
      return o.onEvent({ t: 'garbled', detail: text.slice(0, 80) });
    switch (m.t) {
      case 'seat':
        credentials = { kind: 'seat', session: m.session, token: m.token };
        o.keeper.write(credentials);
        joining = null;
        return;
      case 'welcome': {
        joining = null;
        const h = keep(m.view);
        if (!h) return o.onEvent({ t: 'garbled', detail: 'a first view without its scenario' });
        o.onEvent({ t: 'welcome', seat: m.seat, code: m.code, bootId: m.bootId, held: h });
        // What was sent before the drop and never answered goes again, same id.
        for (const [id, c] of unanswered)
          write({ t: 'command', id, seq: c.seq, command: c.command });
        return;
      }
      case 'update': {
        const h = keep(m.view);
        if (h) o.onEvent({ t: 'view', held: h });
        return;
      }
      case 'ack':
        answered(m.id);
        return;
      case 'stale': {
        const command = answered(m.id);
        if (command) o.onEvent({ t: 'stale', command });
        return;
      }
      case 'refused': {
        const command = answered(m.id);
        const r = m.reason;
        // A seat the host no longer knows (freed while away, or a wiped host): join again.
        if (r && 'host' in r && (r.host === 'badToken' || r.host === 'badSecret')) forget();
        return o.onEvent({ t: 'refused', reason: r, command });
      }
      case 'waiting':
        return o.onEvent({ t: 'waiting', request: m.request });
      case 'seats':
        return o.onEvent({ t: 'seats', seats: m.seats, requests: m.requests });
      case 'revoked':
        forget();
        return o.onEvent({ t: 'revoked', reason: m.reason });
      case 'lobby':
        return o.onEvent({ t: 'lobby', lobby: m.lobby });
      case 'export':
        return o.onEvent({ t: 'export', save: m.save });
      case 'sessions':
        return o.onEvent({ t: 'sessions', sessions: m.sessions });
      case 'created':
        return o.onEvent({ t: 'created', session: m.session, secret: m.secret });
      default:
        return;
    }
  }

  function forget(): void {
    credentials = null;
    o.keeper.write(null);
    held = null;
    unanswered.clear();
  }

  connect();

  return {
    lobby(code) {
      lookingUp = code;
      write({ t: 'lobby', code });
    },
    join(m) {
      forget();
      joining = { t: 'join', ...m };
      write(joining);
    },
    facilitate(session, secret) {
      held = null;
      credentials = { kind: 'facilitator', session, secret };
      o.keeper.write(credentials);
      takeBack();
    },
    command(command) {
      const id = o.randomId();
      const seq = held?.view.seq ?? 0;
      unanswered.set(id, { command, seq });
      write({ t: 'command', id, seq, command });
    },
    send: (m) => void write(m),
    pending: () => unanswered.size,
    held: () => held,
    leave: forget,
    close() {
      closed = true;
      if (retry !== null) o.clearTimeout(retry);
      socket?.close();
      socket = null;
    },
  };
}
