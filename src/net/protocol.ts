/**
 * The wire between the host and the browsers of a networked classroom: one JSON object per
 * WebSocket frame. Shared by both ends and by the tests, so it has no Node and no DOM in it.
 *
 * The host is the authority. A client sends commands with its own id for each (a retry with the
 * same id is acknowledged again, never applied twice) and the sequence number of the last view it
 * was sent; the host checks the sender's seat and the phase, applies, writes the command durably,
 * then acknowledges and sends every seat whose view changed its own filtered view. A command made
 * against a view that has changed since is refused as `stale`: the client is sent the view again
 * and decides whether to repeat it.
 *
 * A device speaks as one of four kinds of seat (`SeatKind`). It gets a seat by `join` (a session's
 * code), and comes back with its token by `resume`; the facilitator's page comes in with the
 * session's secret by `facilitate`; a page holding the host's admin secret may `list` and
 * `create` sessions. Every message the host sends is cut to what that seat may know
 * (`src/host/views.ts`); no message ever carries the seed or the generator's state, except the
 * facilitator's explicit `export` of the save file.
 */
import type {
  Command,
  GameState,
  LogEntry,
  Msg,
  PolicyId,
  RoleId,
  RoleState,
  SavedGame,
} from '../engine';
import type {
  EventCardDef,
  FactDef,
  InjectDef,
  LocalText,
  ObjectiveDef,
  RoleDef,
  Scenario,
} from '../format';

export { MAX_MESSAGE_CHARS } from '../engine/types';

/** Who a connection is: what it may see and do. */
export type SeatKind = 'team' | 'projector' | 'evaluator' | 'facilitator';

/** An opaque id: a session's, a seat's, a claim's. Never a secret and never guessable into one. */
export type Id = string;

export interface SeatInfo {
  /** The seat's id, as the facilitator names it to free or move it (never its token). */
  id: Id;
  kind: SeatKind;
  /** The role a team plays. */
  role?: RoleId;
  /** The name the device gave (a team's, an evaluator's); shown to the facilitator. */
  name?: string;
}

/** What a client may send: a command or a short message, never a file (the socket's maxPayload). */
export const MAX_CLIENT_FRAME_BYTES = 64 * 1024;
/** A session's code: 6 characters of `CODE_ALPHABET`, which has no look-alikes (0/O, 1/I/L). */
export const CODE_LENGTH = 6;
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** A client's command id: its own, unique among its seat's commands (a UUID fits). */
export const MAX_COMMAND_ID = 64;
/** A name a device gives itself (a team's name, an evaluator's). */
export const MAX_SEAT_NAME = 100;
/** Ping every this many ms; a socket that missed two pongs is closed (a sleeping tablet). */
export const HEARTBEAT_MS = 10_000;

/** The planning timer as a seat sees it: `leftMs` when the message was sent. */
export interface TimerView {
  seconds: number;
  leftMs: number;
  running: boolean;
}

/**
 * Who plays a role: a team, a policy, or nobody yet (before the start). Which devices are
 * connected is the facilitator's to know (`seats`), not the teams'.
 */
export interface RoleSeating {
  role: RoleId;
  by: 'team' | 'policy' | 'open';
  /** The team's name, when it gave one. */
  team?: string;
}

/** A role's state as a seat sees it: its own (or, for staff, everyone's) in full. */
export type SeatRoleState = Pick<RoleState, 'id' | 'committed'> &
  Partial<Pick<RoleState, 'apLeft' | 'knows'>>;

/**
 * The game's state as one seat may know it: no seed and no generator state ever; for a team, only
 * its own orders, proposals it leads or is asked to join, its own facts, the injects it received,
 * and none of the facilitator's notes, ratings, schedule or deck. The lists a seat may not see are
 * empty. The log travels beside it (`SeatView.log`).
 */
export type SeatState = Omit<GameState, 'seed' | 'rng' | 'log' | 'nextId' | 'roles'> & {
  roles: SeatRoleState[];
};

/** A role card as a seat sees it: another role's private objective is not on it. */
export type SeatRoleDef = Omit<RoleDef, 'privateObjective'> & { privateObjective?: ObjectiveDef };
/** An inject as a team sees it: one it received, without the facilitator's notes or trigger. */
export type SeatInjectDef = Pick<InjectDef, 'id' | 'title' | 'text' | 'sender' | 'recipients'> &
  Partial<InjectDef>;
/** An event card as a team sees it: one that was drawn, its words only. */
export type SeatEventCardDef = Pick<EventCardDef, 'id' | 'title' | 'text'> & Partial<EventCardDef>;

/**
 * The scenario as one seat may know it. For a team: every public part (map, districts, roles'
 * cards, actions and their numbers, objectives, drift), its own private objective, the facts it
 * holds now, and only the injects and event cards its log names. Staff get it whole.
 * To word a log or compile rules from it, a client may pass it where a `Scenario` is expected
 * once it has checked the seat is staff, or keep to the parts it has.
 */
export type SeatScenario = Omit<Scenario, 'roles' | 'intelligence' | 'injects' | 'events'> & {
  roles: SeatRoleDef[];
  intelligence: FactDef[];
  injects: SeatInjectDef[];
  events: { chancePerTurn: number; cards: SeatEventCardDef[] };
};

/**
 * What one seat may know of the game. The log comes as the entries from `logFrom` on: a client
 * keeps the entries before it and replaces the rest (a rewind shortens it).
 */
export interface SeatView {
  /** The session's sequence number (how many commands its log holds) when this view was made. */
  seq: number;
  /** False until the facilitator starts the game: seats are taken, no command is played. */
  started: boolean;
  /** Changes when the scenario as this seat may know it changes (a fact shared with it). */
  scenarioRev: string;
  /** Sent with the first view and whenever `scenarioRev` changes. */
  scenario?: SeatScenario;
  state: SeatState;
  logFrom: number;
  log: LogEntry[];
  timer: TimerView | null;
  roles: RoleSeating[];
}

/**
 * A command as a device sends it: a team's message goes without its time (the host stamps it),
 * and a commit never says `by` (only the host's timer commits that way).
 */
export type WireCommand =
  Exclude<Command, { type: 'message' }> | Omit<Extract<Command, { type: 'message' }>, 'at'>;

export type ClientMessage =
  /**
   * What a join screen shows before a device asks for a seat: the session's scenario title and
   * its roles (public: every role card is), and who plays each. Answered by `lobby`.
   */
  | { t: 'lobby'; code: string }
  /** A device asks for a seat in a session by its code: a role (a team), or to watch or evaluate. */
  | {
      t: 'join';
      code: string;
      seat: 'team' | 'projector' | 'evaluator';
      role?: RoleId;
      name?: string;
    }
  /**
   * A device that has a seat comes back with it (after a reload, a drop, a host restart):
   * `lastSeq` and `logLength` from the last view it kept, `scenarioRev` of the scenario it kept.
   */
  | {
      t: 'resume';
      session: Id;
      token: string;
      lastSeq: number;
      logLength: number;
      scenarioRev?: string;
    }
  /** The facilitator's page, with the session's secret; the same catching up as `resume`. */
  | {
      t: 'facilitate';
      session: Id;
      secret: string;
      lastSeq?: number;
      logLength?: number;
      scenarioRev?: string;
    }
  | { t: 'command'; id: string; seq: number; command: WireCommand }
  /** The facilitator's answers about seats: approve or refuse a claim, free or move a seat. */
  | { t: 'seatAdmin'; op: 'approve' | 'refuse'; request: Id }
  | { t: 'seatAdmin'; op: 'free'; seat: Id }
  | { t: 'seatAdmin'; op: 'move'; seat: Id; role: RoleId }
  /**
   * The facilitator gives a role to a policy (its team's devices are told `revoked`), or opens a
   * policy-played role to a team again (the next claim for it needs approval).
   */
  | { t: 'seatAdmin'; op: 'toPolicy'; role: RoleId; policy?: PolicyId }
  | { t: 'seatAdmin'; op: 'toTeam'; role: RoleId }
  /** The facilitator starts the game: roles no team holds are played by `policy` (cooperative). */
  | { t: 'start'; policy?: PolicyId }
  | { t: 'timer'; op: 'set'; seconds: number }
  | { t: 'timer'; op: 'start' | 'pause' | 'clear' }
  /** The facilitator's download of the save file, which alone carries the seed. */
  | { t: 'export' }
  /** A page with the host's admin secret: the sessions, and a new one. */
  | { t: 'list'; admin: string }
  | { t: 'create'; admin: string; scenario: string; seed?: string }
  /** A new facilitator secret for a session (the old one stops working), when one was lost. */
  | { t: 'reissue'; admin: string; session: Id };

/** Why the host refused a message, when it is not the engine's reason. */
export type HostReason =
  | 'notJson'
  | 'tooLarge'
  | 'badMessage'
  | 'tooMany'
  | 'unknownSession'
  | 'unknownScenario'
  | 'badToken'
  | 'badSecret'
  | 'notSeated'
  | 'notAllowed'
  | 'notYourRole'
  | 'notStarted'
  | 'started'
  | 'unknownRole'
  | 'notTeamRole'
  | 'noRequest'
  | 'noSeat'
  | 'claimRefused'
  | 'badSeq'
  | 'noTimer'
  | 'storage';

/** The English gloss of each host reason, for logs and tests; a page words them in its language. */
export const HOST_REASONS: Record<HostReason, string> = {
  notJson: 'the message is not JSON',
  tooLarge: 'the message is larger than a client may send',
  badMessage: 'the message is not one the host knows',
  tooMany: 'too many messages at once; wait a moment',
  unknownSession: 'there is no session with that code or id',
  unknownScenario: 'there is no bundled scenario of that name',
  badToken: 'the seat token is wrong, or the seat was freed',
  badSecret: 'the secret is wrong',
  notSeated: 'this device has no seat yet: join or resume first',
  notAllowed: 'this seat may not do that',
  notYourRole: 'a team gives commands for its own role only',
  notStarted: 'the facilitator has not started the game yet',
  started: 'the game has started already',
  unknownRole: 'the scenario has no such role',
  notTeamRole: 'that role is played by a policy, not by a team',
  noRequest: 'there is no such claim waiting',
  noSeat: 'there is no such seat',
  claimRefused: 'the facilitator refused the claim',
  badSeq: 'the sequence number is not one the host sent',
  noTimer: 'the timer is not set, or not in a state for that',
  storage: 'the host could not write the command; nothing changed',
};

/** A refusal: the engine's reason (`Msg`, worded by the page's language) or the host's. */
export type Refusal = { engine: Msg } | { host: HostReason; detail?: string };

export type HostMessage =
  /** A seat was granted: the device keeps `token` (it alone receives it) to `resume` with it. */
  | { t: 'seat'; session: Id; token: string; seat: SeatInfo }
  /** A claim for a role already held (or for an evaluator) waits for the facilitator. */
  | { t: 'waiting'; request: Id }
  | {
      t: 'welcome';
      session: Id;
      /** Changes when the host process restarts: a client that sees a new one knows why it dropped. */
      bootId: string;
      code: string;
      seat: SeatInfo;
      view: SeatView;
    }
  | { t: 'update'; view: SeatView }
  | { t: 'ack'; id: string; seq: number }
  | { t: 'refused'; id?: string; reason: Refusal; seq?: number }
  /** The command was made against an older view: `update` follows with the current one. */
  | { t: 'stale'; id: string; seq: number }
  /** For the facilitator: who is connected, on which seat, since when; claims to approve. */
  | { t: 'seats'; seats: SeatStatus[]; requests: SeatRequest[] }
  /** The seat was freed or moved by the facilitator, or its claim refused: join again. */
  | { t: 'revoked'; reason: 'freed' | 'moved' | 'refused' | 'policy' }
  | { t: 'sessions'; sessions: SessionSummary[] }
  /** A session made by `create` (or re-keyed by `reissue`): its facilitator secret, once. */
  | { t: 'created'; session: SessionSummary; secret: string }
  | { t: 'export'; save: SavedGame }
  | { t: 'lobby'; lobby: Lobby };

/** A session as its join screen shows it: only what every seat may know. */
export interface Lobby {
  code: string;
  title: LocalText;
  /** The scenario's own language, for its text when the reader's is not there. */
  language: string;
  started: boolean;
  roles: { id: RoleId; name: LocalText; kind: string }[];
  seating: RoleSeating[];
}

export interface SeatStatus {
  seat: SeatInfo;
  /** Devices connected on it now. */
  connected: number;
  /** When the seat was granted (epoch ms). */
  since: number;
  /** When a device on it last connected or dropped (epoch ms). */
  seen: number;
}

export interface SeatRequest {
  request: Id;
  seat: Omit<SeatInfo, 'id'>;
  at: number;
}

export interface SessionSummary {
  session: Id;
  code: string;
  scenario: string;
  title: LocalText;
  started: boolean;
  turn: number;
  status: GameState['status'];
  seats: number;
}
