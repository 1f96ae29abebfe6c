/**
 * The wire between the host and the browsers of a networked classroom: one JSON object per
 * WebSocket frame. Shared by both ends and by the tests, so it has no Node and no DOM in it.
 *
 * The host is the authority. A client sends commands with its own id for each (a retry with the
 * same id is not applied twice) and the sequence number of the last update it saw; the host
 * checks the sender's seat and the phase, applies, writes the command durably, then
 * acknowledges and sends every seat its own filtered view. A command made against an older
 * sequence number is refused as `stale`: the client catches up and sends it again.
 */
import type { Command, GameState, LogEntry, Msg, RoleId } from '../engine';
import type { Scenario } from '../format';

/** Who a connection is: what it may see and do. */
export type SeatKind = 'team' | 'projector' | 'evaluator' | 'facilitator';

export interface SeatInfo {
  kind: SeatKind;
  /** The role a team plays. */
  role?: RoleId;
  /** The name the device gave (a team's, an evaluator's); shown to the facilitator. */
  name?: string;
}

/** Frames are small; a scenario with every translation is the largest thing sent (2 MB). */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;
/** What a client may send: a command or a short message, never a file. */
export const MAX_CLIENT_FRAME_BYTES = 64 * 1024;
export const MAX_MESSAGE_CHARS = 1000;

/**
 * What one seat may know of the game: the scenario with what it may not know taken out, and
 * the state likewise (no seed, no generator state, only its own orders, proposals and facts, the
 * log entries it may read). The log comes as the entries from `logFrom` on: a client keeps the
 * entries before it and replaces the rest.
 */
export interface SeatView {
  seq: number;
  /** Changes when the scenario as this seat may know it changes (a fact shared with it). */
  scenarioRev: string;
  /** Sent with the first view and whenever `scenarioRev` changes. */
  scenario?: Scenario;
  state: Omit<GameState, 'log'>;
  logFrom: number;
  log: LogEntry[];
  /** The planning timer (ms left, running or not); null when none is set. */
  timer: { seconds: number; leftMs: number; running: boolean } | null;
  /** Which roles people hold (the others are played by a policy), and who is connected. */
  roles: { role: RoleId; held: boolean; devices: number }[];
}

export type ClientMessage =
  /** A device asks for a seat in a session by its code: a role (a team), or to watch or evaluate. */
  | {
      t: 'join';
      code: string;
      seat: 'team' | 'projector' | 'evaluator';
      role?: RoleId;
      name?: string;
    }
  /** A device that has a seat comes back with it (after a reload, a drop, a host restart). */
  | { t: 'resume'; session: string; token: string; lastSeq: number; logLength: number }
  | { t: 'command'; id: string; seq: number; command: Command }
  /** The facilitator's answers about seats: approve or refuse a claim, free or move a seat. */
  | {
      t: 'seatAdmin';
      op: 'approve' | 'refuse' | 'free' | 'move';
      request?: string;
      token?: string;
      role?: RoleId;
    };

export type HostMessage =
  | { t: 'seat'; session: string; token: string; seat: SeatInfo }
  /** A claim for a role already held waits for the facilitator. */
  | { t: 'waiting'; request: string }
  | { t: 'welcome'; session: string; bootId: string; seat: SeatInfo; view: SeatView }
  | { t: 'update'; view: SeatView }
  | { t: 'ack'; id: string; seq: number }
  | { t: 'refused'; id?: string; reason: Msg | string; seq?: number }
  | { t: 'stale'; id: string; seq: number }
  /** For the facilitator: who is connected, on which seat, since when; claims to approve. */
  | { t: 'seats'; seats: SeatStatus[]; requests: SeatRequest[] }
  /** The seat was freed or moved by the facilitator: the device must join again. */
  | { t: 'revoked'; reason: string };

export interface SeatStatus {
  token: string;
  seat: SeatInfo;
  connected: number;
  since: number;
}

export interface SeatRequest {
  request: string;
  seat: SeatInfo;
  at: number;
}
