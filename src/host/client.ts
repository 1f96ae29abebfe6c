/**
 * A Node client of the host's protocol, and a host in a child process: what the host's tests, its
 * benchmark and scripts drive a host with. A `Client` is one device: a `ws` socket that records
 * every frame it is sent and keeps its view the way a page would (the log from `logFrom`, the
 * scenario when it comes); the browser's client is the page's own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import WebSocket from 'ws';
import { roleView, type GameState, type LogEntry, type RoleId, type Rules } from '../engine';
import type {
  ClientMessage,
  HostMessage,
  SeatInfo,
  SeatScenario,
  SeatView,
  WireCommand,
} from '../net/protocol';
import { seatGameState } from '../net/seatGame';
import { ROOT } from './build';

export interface HostInfo {
  port: number;
  fellBack: boolean;
  bootId: string;
  admin: string;
  sessions: { session: string; code: string; secret?: string }[];
}

export class HostProcess {
  private constructor(
    readonly proc: ChildProcess,
    readonly info: HostInfo,
    readonly stderr: string[],
  ) {}

  get port(): number {
    return this.info.port;
  }

  /**
   * Starts a host (`--json`, `--no-build`) and waits for its ready line. `database` is a
   * PostgreSQL URL, passed as `MANDATE_DATABASE_URL` (an argument would show its password to
   * anyone listing processes); without it the host keeps its SQLite file in `dataDir`, whatever
   * the environment says.
   */
  static async start(
    dataDir: string,
    args: string[] = [],
    port = 0,
    options: { database?: string } = {},
  ): Promise<HostProcess> {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.MANDATE_DATABASE_URL;
    if (options.database) env.MANDATE_DATABASE_URL = options.database;
    const proc = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'src/host/cli.ts'),
        '--json',
        '--no-build',
        '--port',
        String(port),
        '--data',
        dataDir,
        ...args,
      ],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const stderr: string[] = [];
    proc.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
    const info = await new Promise<HostInfo>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(
        () => reject(new Error(`host did not start: ${stderr.join('')}`)),
        30_000,
      );
      proc.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const line = out.split('\n').find((l) => l.startsWith('{"ready"'));
        if (line) {
          clearTimeout(timer);
          resolve(JSON.parse(line) as HostInfo);
        }
      });
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`host exited (${code}): ${stderr.join('')}`));
      });
    });
    return new HostProcess(proc, info, stderr);
  }

  /** Kills the process with a signal and waits for it to be gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      this.proc.once('exit', () => resolve());
      this.proc.kill(signal);
    });
  }

  /** Whether it is still running (it must never crash on input). */
  alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }
}

/** A frame as it came: its text (what a leak check reads) and what it says. */
export interface Frame {
  text: string;
  message: HostMessage;
}

/**
 * A device: one socket at a time (it reconnects on its own after a drop or a host restart), every
 * frame recorded, and its view kept as a page keeps it.
 */
export class Client {
  ws: WebSocket | null = null;
  readonly frames: Frame[] = [];
  view: SeatView | null = null;
  log: LogEntry[] = [];
  scenario: SeatScenario | null = null;
  seat: SeatInfo | null = null;
  session: string | null = null;
  token: string | null = null;
  bootId: string | null = null;
  private waiters: { test: (m: HostMessage) => boolean; resolve: (m: HostMessage) => void }[] = [];
  private nextId = 1;

  /** Called with every frame as it comes (a benchmark measures here). */
  onFrame: ((text: string, message: HostMessage) => void) | null = null;

  constructor(
    public port: number,
    readonly label: string,
    /** Whether to keep every frame in `frames` (tests read them; a benchmark need not). */
    private readonly keep = true,
  ) {}

  async connect(): Promise<void> {
    const ws = new WebSocket(`ws://127.0.0.1:${this.port}/ws`);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    ws.on('message', (data) => this.receive(data.toString()));
    this.ws = ws;
  }

  /** Connects, retrying while the host is away (a restart), for up to `ms`. */
  async reconnect(ms = 30_000): Promise<void> {
    const until = Date.now() + ms;
    for (;;) {
      try {
        await this.connect();
        return;
      } catch (e) {
        if (Date.now() > until) throw e;
        await sleep(100);
      }
    }
  }

  close(): void {
    this.ws?.close();
    this.ws = null;
  }

  /** Waits until the socket is closed by the other end. */
  closed(): Promise<number> {
    const ws = this.ws;
    if (!ws || ws.readyState === ws.CLOSED) return Promise.resolve(0);
    return new Promise((resolve) => ws.once('close', (code) => resolve(code)));
  }

  private receive(text: string): void {
    const message = JSON.parse(text) as HostMessage;
    if (this.keep) this.frames.push({ text, message });
    this.onFrame?.(text, message);
    if (message.t === 'seat') {
      this.token = message.token;
      this.session = message.session;
      this.seat = message.seat;
    }
    if (message.t === 'welcome') {
      this.session = message.session;
      this.seat = message.seat;
      this.bootId = message.bootId;
      this.apply(message.view);
    }
    if (message.t === 'update') this.apply(message.view);
    if (message.t === 'revoked') this.view = null;
    for (const w of [...this.waiters]) {
      if (w.test(message)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(message);
      }
    }
  }

  private apply(view: SeatView): void {
    this.log = [...this.log.slice(0, view.logFrom), ...view.log];
    if (view.scenario) this.scenario = view.scenario;
    this.view = view;
  }

  send(m: ClientMessage | string): void {
    this.ws!.send(typeof m === 'string' ? m : JSON.stringify(m));
  }

  /** The next frame that passes `test` (frames already received do not count). */
  next<T extends HostMessage['t']>(
    t: T | ((m: HostMessage) => boolean),
    ms = 20_000,
  ): Promise<Extract<HostMessage, { t: T }>> {
    const test = typeof t === 'function' ? t : (m: HostMessage) => m.t === t;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.label}: no ${String(t)} within ${ms} ms`)),
        ms,
      );
      this.waiters.push({
        test,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as Extract<HostMessage, { t: T }>);
        },
      });
    });
  }

  /** Sends `m` and waits for the first frame that answers it. */
  async ask<T extends HostMessage['t']>(m: ClientMessage | string, t: T[]): Promise<HostMessage> {
    const answer = this.next((x) => (t as string[]).includes(x.t));
    this.send(m);
    return answer;
  }

  async join(code: string, seat: 'team' | 'projector' | 'evaluator', role?: RoleId, name?: string) {
    return this.ask(
      { t: 'join', code, seat, ...(role ? { role } : {}), ...(name ? { name } : {}) },
      ['welcome', 'waiting', 'refused'],
    );
  }

  async resume(): Promise<HostMessage> {
    return this.ask(
      {
        t: 'resume',
        session: this.session!,
        token: this.token!,
        lastSeq: this.view?.seq ?? 0,
        logLength: this.log.length,
        ...(this.view ? { scenarioRev: this.view.scenarioRev } : {}),
      },
      ['welcome', 'refused'],
    );
  }

  async facilitate(session: string, secret: string): Promise<HostMessage> {
    this.session = session;
    return this.ask({ t: 'facilitate', session, secret }, ['welcome', 'refused']);
  }

  newId(): string {
    return `${this.label}-${this.nextId++}`;
  }

  /** Sends a command against the view it holds; resolves with the host's answer to it. */
  async command(command: WireCommand, id = this.newId(), seq = this.view?.seq ?? 0) {
    const answer = this.next(
      (m) => (m.t === 'ack' || m.t === 'refused' || m.t === 'stale') && m.id === id,
    );
    this.send({ t: 'command', id, seq, command });
    return answer as Promise<Extract<HostMessage, { t: 'ack' | 'refused' | 'stale' }>>;
  }

  /** The state as the engine's functions take it, from the seat's view (for planning bots). */
  gameState(): GameState {
    return seatGameState(this.view!, this.log);
  }

  /** What the engine's `roleView` gives this team, built from what the host sent it. */
  roleView(rules: Rules) {
    return roleView(rules, this.gameState(), this.seat!.role!);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `test` holds, polling. */
export async function until(test: () => boolean, ms = 20_000, what = 'a condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}
