/**
 * What the devices of a session are sent: each seat's view, cut by `views.ts`, sent only when it
 * changed for that seat, serialised once per seat and log position however many devices hold it.
 * It also remembers since when each view has been what it is, which is how a command made against
 * an older picture is found stale.
 */
import { timerLeft, type Game, type Timer } from '../authority';
import { hashJson, type GameState, type LogEntry, type Rules } from '../engine';
import type { HostMessage, RoleSeating, SeatInfo, SeatView, TimerView } from '../net/protocol';
import { seatParts, viewerKey, type SeatParts, type Viewer } from './views';

/** A connected device, as a session sees it: somewhere to send messages. */
export interface Peer {
  send(message: HostMessage): void;
  /** A frame already serialised, shared by every device of a seat. */
  sendFrame(frame: string): void;
  /** Hangs up, so that the device reconnects: to the session's new host, when another took it. */
  close(): void;
}

/** A device attached to a seat, and what it was last sent. */
export interface Attached {
  seat: SeatInfo;
  viewer: Viewer;
  /** The log entries the device holds (as last sent), the scenario revision it holds. */
  sentLog: readonly LogEntry[];
  scenarioRev: string | null;
  /** What the last view it was sent showed, to send nothing when nothing changed for it. */
  digest: string | null;
}

/**
 * The session as the publisher reads it. Functions, not values: the session replaces its
 * authority when it reloads from the store, and the seating changes before the start.
 */
export interface ViewSource {
  rules: Rules;
  game(): Game;
  timer(): Timer | null;
  started(): boolean;
  roles(): RoleSeating[];
  now(): number;
}

export class Publisher {
  private partsCache = new WeakMap<GameState, Map<string, SeatParts>>();
  /** Per viewer key: the digest of its game view and the seq at which it last changed. */
  private readonly changed = new Map<string, { digest: string; seq: number }>();

  constructor(private readonly source: ViewSource) {}

  private get seq(): number {
    return this.source.game().commands.length;
  }

  /** The game cut for a viewer; computed once per state and viewer. */
  parts(viewer: Viewer): SeatParts {
    const state = this.source.game().state;
    let byKey = this.partsCache.get(state);
    if (!byKey) this.partsCache.set(state, (byKey = new Map()));
    const key = viewerKey(viewer);
    let parts = byKey.get(key);
    if (!parts) byKey.set(key, (parts = seatParts(this.source.rules, state, viewer)));
    return parts;
  }

  private timerView(): TimerView | null {
    const t = this.source.timer();
    if (!t || t.seconds <= 0) return null;
    return {
      seconds: t.seconds,
      leftMs: timerLeft(t, this.source.now()),
      running: t.endsAt !== null,
    };
  }

  /** The seat's view of the game; the log from what the device holds. */
  viewFor(at: Attached, parts: SeatParts): SeatView {
    let logFrom = 0;
    const n = Math.min(at.sentLog.length, parts.log.length);
    while (logFrom < n && at.sentLog[logFrom] === parts.log[logFrom]) logFrom++;
    const view: SeatView = {
      seq: this.seq,
      started: this.source.started(),
      scenarioRev: parts.scenarioRev,
      ...(at.scenarioRev === parts.scenarioRev ? {} : { scenario: parts.scenario }),
      state: parts.state,
      logFrom,
      log: parts.log.slice(logFrom),
      timer: this.timerView(),
      roles: this.source.roles(),
    };
    this.sent(at, parts);
    return view;
  }

  private sent(at: Attached, parts: SeatParts): void {
    at.sentLog = parts.log;
    at.scenarioRev = parts.scenarioRev;
    at.digest = this.fullDigest(at.viewer, parts);
  }

  /** What a seat's game view shows, for staleness: the state, the log, the scenario. */
  private gameDigest(viewer: Viewer, parts: SeatParts): { digest: string; seq: number } {
    const key = viewerKey(viewer);
    let c = this.changed.get(key);
    const digest = hashJson({
      state: parts.state,
      log: parts.log.map((e) => e.id),
      rev: parts.scenarioRev,
    });
    if (!c || c.digest !== digest) this.changed.set(key, (c = { digest, seq: this.seq }));
    return c;
  }

  private fullDigest(viewer: Viewer, parts: SeatParts): string {
    const t = this.source.timer();
    return hashJson({
      game: this.gameDigest(viewer, parts).digest,
      started: this.source.started(),
      timer: t ? [t.seconds, t.endsAt, t.left] : null,
      roles: this.source.roles(),
    });
  }

  /**
   * The seq from which a seat's view of the game has been what it is: a command made against an
   * older one is stale. Staff act on the public picture (what the projector shows), or every
   * team's order would make the facilitator's next command stale.
   */
  changedAt(viewer: Viewer): number {
    const v: Viewer = viewer.kind === 'team' ? viewer : { kind: 'projector' };
    return this.gameDigest(v, this.parts(v)).seq;
  }

  /** Every device whose view changed is sent it: one serialised frame per seat and log index. */
  publish(peers: Iterable<[Peer, Attached]>): void {
    // The public view's changes are what staff commands are judged stale by: noted even when no
    // projector is connected.
    this.changedAt({ kind: 'projector' });
    const frames = new Map<string, string>();
    for (const [peer, at] of peers) {
      const parts = this.parts(at.viewer);
      if (this.fullDigest(at.viewer, parts) === at.digest) continue;
      const frameKey = `${viewerKey(at.viewer)}|${at.sentLog.length}|${at.scenarioRev}|${at.sentLog.at(-1)?.id}`;
      const frame = frames.get(frameKey);
      if (frame) {
        // The same view from the same point: the frame is the same too.
        this.sent(at, parts);
        peer.sendFrame(frame);
        continue;
      }
      const text = JSON.stringify({
        t: 'update',
        view: this.viewFor(at, parts),
      } satisfies HostMessage);
      frames.set(frameKey, text);
      peer.sendFrame(text);
    }
  }
}
