/**
 * A window on a host (networked play): the host holds the game, this window holds its seat's
 * view of it. What the link hears becomes store state (`hear`); what people do becomes messages
 * to the host. The window never applies a command itself: `dispatch` (turnFlow.ts) sends it,
 * and the game on screen changes when the host's update comes back.
 *
 * Which screen follows a view is decided by `netScreen`, a pure function of the window's
 * position, the game before and the game after.
 */
import type { GameState, PolicyId, RoleId, SavedGame } from '../engine';
import type { Game, Timer } from '../authority';
import type { Link, LinkEvent } from '../net/link';
import type { ClientMessage, Refusal, SeatKind, SeatScenario, TimerView } from '../net/protocol';
import { seatGame, seatRules } from '../net/seatGame';
import type { Kit } from './kit';
import { toReport, toTurnStart } from './navigation';
import { notice, type Said } from './notices';
import { defaultTeamName } from './seatNames';
import { EMPTY_DRAFT, type NetState, type Screen, type SessionState } from './types';

export interface NetworkActions {
  /** The window is on a host: `link` carries its messages, and the join screen comes up. */
  attachLink(link: Link, o?: { code?: string; resuming?: boolean; addresses?: string[] }): void;
  /** What the link heard from the host. */
  hear(e: LinkEvent): void;
  /** Asks for the session of a code (its roles, for the join screen). */
  lookUpCode(code: string): void;
  joinSeat(kind: 'team' | 'projector' | 'evaluator', role?: RoleId, name?: string): void;
  /** Back to the code: the seat is given up on this device. */
  leaveSeat(): void;
  facilitate(session: string, secret: string): void;
  /** The facilitator's messages: start, seats, export. */
  startSession(policy?: PolicyId): void;
  seatAdmin(m: SeatAdminOp): void;
  /** The save file, which the host alone can write (it alone holds the seed). */
  exportFromHost(): Promise<{ filename: string; text: string }>;
  /** A team's planning: straight to its own role, there is no hand-over on its own device. */
  planOwnRole(): void;
  /** The host's admin page, with the host's admin secret: its sessions, and new ones. */
  administer(secret: string): void;
  createSession(scenario: string, seed?: string): void;
  /** A new facilitator secret for a session whose link was lost (the old one stops working). */
  reissueSecret(session: string): void;
}

/** One of the facilitator's seat operations, as `seatAdmin` takes it (without its `t`). */
export type SeatAdminOp =
  Extract<ClientMessage, { t: 'seatAdmin' }> extends infer M
    ? M extends unknown
      ? Omit<M, 't'>
      : never
    : never;

export const NO_NET: NetState = {
  connected: false,
  stage: 'code',
  code: '',
  lobby: null,
  seat: null,
  started: false,
  roles: [],
  seats: [],
  requests: [],
  pending: 0,
  refusal: null,
  revoked: null,
  bootId: null,
  addresses: [],
  sessions: [],
  created: null,
};

/** The planning timer as the page counts it down: `leftMs` was left when the view came. */
export function timerFromView(t: TimerView | null, now: number): Timer | null {
  if (!t) return null;
  return t.running
    ? { seconds: t.seconds, endsAt: now + t.leftMs, left: null, changedAt: now }
    : { seconds: t.seconds, endsAt: null, left: t.leftMs, changedAt: now };
}

export type NetMove =
  | { to: 'stay' }
  | { to: 'join' }
  | { to: 'console' }
  | { to: 'briefing'; turn: number; rewound: boolean }
  | { to: 'report'; turn: number }
  | { to: 'end' };

/**
 * Where a window goes when its seat's view changes. Staff live on the console; a team or the
 * projector is on the join screen until the game starts, then follows the turn: a resolved turn
 * shows its report, a rewind goes back to the briefing, the first view of a game in play starts
 * at its briefing (or its end).
 */
export function netScreen(
  kind: SeatKind,
  screen: Screen,
  before: GameState | null,
  started: boolean,
  after: GameState,
): NetMove {
  if (kind === 'facilitator' || kind === 'evaluator')
    return screen === 'join' || screen === 'start' ? { to: 'console' } : { to: 'stay' };
  if (!started) return screen === 'join' ? { to: 'stay' } : { to: 'join' };
  const ended = after.status === 'ended';
  if (!before || screen === 'join' || screen === 'start')
    return ended ? { to: 'end' } : { to: 'briefing', turn: after.turn, rewound: false };
  if (after.turn < before.turn || (before.status === 'ended' && !ended))
    return { to: 'briefing', turn: after.turn, rewound: true };
  if (after.turn > before.turn || (ended && before.status !== 'ended'))
    return { to: 'report', turn: before.turn };
  return { to: 'stay' };
}

/** A refusal as a notice says it: the engine's reason as it is, the host's by its code. */
export function refusalSaid(r: Refusal): Said {
  if ('engine' in r) return r.engine;
  return notice('hostRefused', r.host);
}

export function networkActions(kit: Kit): NetworkActions {
  const { get, set } = kit;
  let link: Link | null = null;
  /** The host's admin secret, when this window is its admin page (never in the store's state). */
  let admin: string | null = null;
  const exports: ((save: SavedGame) => void)[] = [];

  const net = (d: SessionState): NetState => (d.net ??= { ...NO_NET });

  function setNet(fn: (n: NetState, d: SessionState) => void): void {
    set((d) => fn(net(d), d));
  }

  /** The game as the seat sees it, and the screen that follows. */
  function show(game: Game, started: boolean, timer: TimerView | null, first: boolean): void {
    const s = get();
    const kind = s.net?.seat?.kind ?? 'team';
    const before = first ? null : (s.game?.state ?? null);
    const move = netScreen(kind, s.screen, before, started, game.state);
    set((d) => {
      d.game = game;
      d.timer = timerFromView(timer, kit.now());
      if (move.to === 'console' || move.to === 'join' || move.to === 'end') d.screen = move.to;
      else if (move.to === 'briefing') {
        toTurnStart(d, false, move.turn);
        if (move.rewound) d.notice = { tone: 'info', text: notice('rewound', move.turn) };
      } else if (move.to === 'report') toReport(d, move.turn);
      // A team's own planning is always its role.
      if (kind === 'team' && d.screen === 'planning') d.active = d.net?.seat?.role ?? null;
    });
  }

  /** A default team name from the scenario the view came with: the first has no game before it. */
  function teamNames(scenario: SeatScenario): (role: string) => string {
    const rules = seatRules(scenario);
    return (role) => defaultTeamName(kit.lang(), rules, role);
  }

  const actions: NetworkActions = {
    attachLink(l, o = {}) {
      link = kit.attachLink(l);
      set((d) => {
        d.net = {
          ...NO_NET,
          code: o.code?.trim().toUpperCase() ?? '',
          stage: o.resuming ? 'resuming' : 'code',
          addresses: o.addresses ?? [],
        };
        d.screen = 'join';
      });
      if (o.code && !o.resuming) l.lobby(o.code.trim().toUpperCase());
    },

    hear(e) {
      switch (e.t) {
        case 'connection':
          setNet((n) => {
            n.connected = e.connected;
            n.pending = link?.pending() ?? 0;
          });
          if (e.connected && admin) link?.send({ t: 'list', admin });
          return;
        case 'sessions':
          return setNet((n) => {
            n.sessions = e.sessions;
          });
        case 'created':
          setNet((n) => {
            n.created = { session: e.session, secret: e.secret };
          });
          if (admin) link?.send({ t: 'list', admin });
          return;
        case 'lobby':
          return setNet((n, d) => {
            if (d.notice?.tone === 'error') d.notice = null;
            n.lobby = e.lobby;
            n.code = e.lobby.code;
            n.refusal = null;
            if (n.stage === 'code') n.stage = 'seat';
          });
        case 'waiting':
          return setNet((n) => {
            n.stage = 'waiting';
            n.refusal = null;
          });
        case 'welcome': {
          const restarted = get().net?.bootId !== null && get().net?.bootId !== e.bootId;
          setNet((n, d) => {
            n.stage = 'seated';
            n.seat = e.seat;
            n.code = e.code;
            n.bootId = e.bootId;
            n.started = e.held.view.started;
            n.roles = e.held.view.roles;
            n.revoked = null;
            n.refusal = null;
            n.pending = link?.pending() ?? 0;
            // What the join screen said (a wrong code, a refused claim) is over.
            if (d.screen === 'join') d.notice = null;
            if (restarted) d.notice = { tone: 'info', text: notice('hostRestarted') };
          });
          // A device that comes back after a drop or a host restart stays where it was; one that
          // starts afresh (a reload, a new seat) starts at the turn's briefing.
          const { view, log, scenario } = e.held;
          const fresh = get().game === null;
          show(seatGame(view, log, scenario, teamNames(scenario)), view.started, view.timer, fresh);
          return;
        }
        case 'view': {
          const { view, log, scenario } = e.held;
          setNet((n) => {
            n.started = view.started;
            n.roles = view.roles;
            n.pending = link?.pending() ?? 0;
          });
          show(seatGame(view, log, scenario, teamNames(scenario)), view.started, view.timer, false);
          return;
        }
        case 'refused':
          return setNet((n, d) => {
            n.pending = link?.pending() ?? 0;
            const said = refusalSaid(e.reason);
            n.refusal = said;
            d.lastProblem = said;
            if (n.stage === 'waiting' || n.stage === 'resuming')
              n.stage = n.lobby ? 'seat' : 'code';
            d.notice = { tone: 'error', text: said };
          });
        case 'stale':
          return setNet((n, d) => {
            n.pending = link?.pending() ?? 0;
            d.notice = { tone: 'error', text: notice('staleCommand') };
          });
        case 'seats':
          return setNet((n) => {
            n.seats = e.seats;
            n.requests = e.requests;
          });
        case 'revoked':
          return setNet((n, d) => {
            n.stage = n.lobby ? 'seat' : 'code';
            n.seat = null;
            n.revoked = e.reason;
            d.game = null;
            d.screen = 'join';
          });
        case 'export':
          for (const resolve of exports.splice(0)) resolve(e.save);
          return;
        case 'garbled':
          return setNet((_, d) => {
            d.notice = { tone: 'error', text: notice('hostGarbled', e.detail) };
          });
      }
    },

    lookUpCode(code) {
      const c = code.trim().toUpperCase();
      setNet((n) => {
        n.code = c;
        n.refusal = null;
      });
      link?.lobby(c);
    },

    joinSeat(kind, role, name) {
      const code = get().net?.code ?? '';
      setNet((n) => {
        n.refusal = null;
        n.revoked = null;
      });
      link?.join({
        code,
        seat: kind,
        ...(role ? { role } : {}),
        ...(name?.trim() ? { name: name.trim() } : {}),
      });
    },

    leaveSeat() {
      link?.leave();
      set((d) => {
        d.net = {
          ...NO_NET,
          connected: d.net?.connected ?? false,
          addresses: d.net?.addresses ?? [],
        };
        d.game = null;
        d.screen = 'join';
      });
    },

    facilitate(session, secret) {
      setNet((n) => {
        n.stage = 'resuming';
      });
      link?.facilitate(session, secret);
    },

    startSession(policy) {
      link?.send({ t: 'start', ...(policy ? { policy } : {}) });
    },

    seatAdmin(m) {
      link?.send({ t: 'seatAdmin', ...m } as ClientMessage);
    },

    exportFromHost() {
      return new Promise<SavedGame>((resolve) => {
        exports.push(resolve);
        link?.send({ t: 'export' });
      }).then((save) => {
        const id = get().game?.rules.scenario.id ?? 'scenario';
        const safeId = id.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'scenario';
        const turn = get().game?.state.turn ?? 0;
        return {
          filename: `mandate-${safeId}-turn${turn}.json`,
          text: `${JSON.stringify(save, null, 2)}\n`,
        };
      });
    },

    administer(secret) {
      admin = secret;
      setNet((n) => {
        n.stage = 'admin';
      });
      link?.send({ t: 'list', admin: secret });
    },

    createSession(scenario, seed) {
      if (!admin) return;
      const s = seed?.trim();
      link?.send({ t: 'create', admin, scenario, ...(s ? { seed: s } : {}) });
    },

    reissueSecret(session) {
      if (admin) link?.send({ t: 'reissue', admin, session });
    },

    planOwnRole() {
      const s = get();
      const role = s.net?.seat?.role;
      if (!s.game || !role || s.game.state.status === 'ended') return;
      set((d) => {
        d.screen = 'planning';
        d.active = role;
        d.round = 1;
        d.draft = { ...EMPTY_DRAFT };
        d.selected = null;
      });
    },
  };
  return actions;
}
