/**
 * A window on a host (`src/store/network.ts`): which screen follows a view, the timer as the page
 * counts it, and the store driven end to end by what a link hears, with a fake link that records
 * what the store asks of it. The views are cut from real games by the host's own view functions.
 */
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  newGame,
  playGame,
  type Command,
  type GameState,
  type Msg,
} from '../../src/engine';
import { seatParts, type Viewer } from '../../src/host/views';
import type { HeldView, Link, LinkEvent } from '../../src/net/link';
import type {
  ClientMessage,
  SeatInfo,
  SeatKind,
  TimerView,
  WireCommand,
} from '../../src/net/protocol';
import { createSessionStore, notice, type Screen } from '../../src/store';
import { netScreen, refusalSaid, timerFromView, type NetMove } from '../../src/store/network';
import { defaultRules } from '../engine/helpers';
import { bundled, en, memoryStorage } from './helpers';

const rules = defaultRules();
const roles = rules.scenario.roles.map((r) => r.id);
const commitAll = (s: GameState) =>
  roles.reduce((x, role) => applyCommand(rules, x, { type: 'commit', role }), s);
const patrol = (role: string): Command => ({
  type: 'order',
  role,
  action: 'patrol',
  district: 'aldera',
});

/** Turn 1, its start and with an order given; turn 2; turn 11 before and after it resolved. */
const turn1 = newGame(rules, 'network');
const turn1Ordered = applyCommand(rules, turn1, patrol('police'));
const turn2 = commitAll(turn1);
const ended = playGame(rules, 'network', 'cooperative').state;
// The last turn ends the game without moving the turn on: its report is of that same turn.
const lastTurn: GameState = { ...ended, status: 'planning' };

describe('netScreen: where a window goes when its seat’s view changes', () => {
  interface Case {
    rule: string;
    kind: SeatKind;
    screen: Screen;
    before: GameState | null;
    started: boolean;
    after: GameState;
    move: NetMove;
  }
  const cases: Case[] = [
    {
      rule: 'the facilitator goes from the join screen to the console, started or not',
      kind: 'facilitator',
      screen: 'join',
      before: null,
      started: false,
      after: turn1,
      move: { to: 'console' },
    },
    {
      rule: 'an evaluator goes from the start screen to the console',
      kind: 'evaluator',
      screen: 'start',
      before: turn1,
      started: true,
      after: turn2,
      move: { to: 'console' },
    },
    {
      rule: 'the facilitator elsewhere stays, even when a turn resolved',
      kind: 'facilitator',
      screen: 'report',
      before: turn1,
      started: true,
      after: turn2,
      move: { to: 'stay' },
    },
    {
      rule: 'an evaluator on the console stays through a rewind',
      kind: 'evaluator',
      screen: 'console',
      before: turn2,
      started: true,
      after: turn1,
      move: { to: 'stay' },
    },
    {
      rule: 'a team stays on the join screen until the game starts',
      kind: 'team',
      screen: 'join',
      before: null,
      started: false,
      after: turn1,
      move: { to: 'stay' },
    },
    {
      rule: 'a projector anywhere else goes back to the join screen while not started',
      kind: 'projector',
      screen: 'briefing',
      before: turn1,
      started: false,
      after: turn1,
      move: { to: 'join' },
    },
    {
      rule: 'a team’s first view of a started game goes to its briefing',
      kind: 'team',
      screen: 'join',
      before: null,
      started: true,
      after: turn2,
      move: { to: 'briefing', turn: 2, rewound: false },
    },
    {
      rule: 'the start itself goes from the join screen to the briefing, not to a report',
      kind: 'team',
      screen: 'join',
      before: turn1,
      started: true,
      after: turn1,
      move: { to: 'briefing', turn: 1, rewound: false },
    },
    {
      rule: 'a projector’s first view of an ended game goes to the end',
      kind: 'projector',
      screen: 'report',
      before: null,
      started: true,
      after: ended,
      move: { to: 'end' },
    },
    {
      rule: 'a turn that advanced goes to the report of the previous turn',
      kind: 'team',
      screen: 'planning',
      before: turn1,
      started: true,
      after: turn2,
      move: { to: 'report', turn: 1 },
    },
    {
      rule: 'a game that ended goes to the report of its last turn',
      kind: 'projector',
      screen: 'briefing',
      before: lastTurn,
      started: true,
      after: ended,
      move: { to: 'report', turn: ended.turn },
    },
    {
      rule: 'a rewind (the turn went back) goes to that turn’s briefing, said to be a rewind',
      kind: 'team',
      screen: 'report',
      before: turn2,
      started: true,
      after: turn1,
      move: { to: 'briefing', turn: 1, rewound: true },
    },
    {
      rule: 'a rewind from the end to the last turn’s start goes to its briefing',
      kind: 'team',
      screen: 'end',
      before: ended,
      started: true,
      after: lastTurn,
      move: { to: 'briefing', turn: lastTurn.turn, rewound: true },
    },
    {
      rule: 'the same turn stays, whatever changed in it',
      kind: 'team',
      screen: 'planning',
      before: turn1,
      started: true,
      after: turn1Ordered,
      move: { to: 'stay' },
    },
  ];

  it.each(cases)('$rule', (c) => {
    expect(netScreen(c.kind, c.screen, c.before, c.started, c.after)).toEqual(c.move);
  });
});

describe('timerFromView: the planning timer as the page counts it down', () => {
  it('counts a running timer down from now plus what was left', () => {
    expect(timerFromView({ seconds: 300, leftMs: 42_000, running: true }, 1_000_000)).toEqual({
      seconds: 300,
      endsAt: 1_042_000,
      left: null,
      changedAt: 1_000_000,
    });
  });

  it('keeps what was left of a held timer, with no end', () => {
    expect(timerFromView({ seconds: 300, leftMs: 42_000, running: false }, 1_000_000)).toEqual({
      seconds: 300,
      endsAt: null,
      left: 42_000,
      changedAt: 1_000_000,
    });
  });

  it('has no timer when the view has none', () => {
    expect(timerFromView(null, 1_000_000)).toBeNull();
  });
});

describe('refusalSaid', () => {
  it('says the engine’s reason as it is, and the host’s by its code', () => {
    const reason: Msg = { key: 'no.ended', args: {} };
    expect(refusalSaid({ engine: reason })).toBe(reason);
    expect(en(refusalSaid({ host: 'notYourRole' }))).toMatch(/own role/);
  });
});

/** A link that records what the store asks of it; what the host says is handed to `hear`. */
class FakeLink implements Link {
  readonly lobbies: string[] = [];
  readonly joins: Parameters<Link['join']>[0][] = [];
  readonly commands: WireCommand[] = [];
  readonly sent: ClientMessage[] = [];
  left = 0;
  lobby(code: string): void {
    this.lobbies.push(code);
  }
  join(m: Parameters<Link['join']>[0]): void {
    this.joins.push(m);
  }
  facilitate(): void {}
  command(c: WireCommand): void {
    this.commands.push(c);
  }
  send(m: ClientMessage): void {
    this.sent.push(m);
  }
  pending(): number {
    return this.commands.length;
  }
  held(): HeldView | null {
    return null;
  }
  leave(): void {
    this.left++;
  }
  close(): void {}
}

const NOW = 5_000_000;
const police: SeatInfo = { id: 'seat-1', kind: 'team', role: 'police', name: 'Blue' };

/** What the link holds of `state` for `seat`, as the host cuts it. */
function held(
  state: GameState,
  o: { seq: number; started: boolean; seat?: SeatInfo; timer?: TimerView | null },
): HeldView {
  const seat = o.seat ?? police;
  const viewer: Viewer =
    seat.kind === 'team' ? { kind: 'team', role: seat.role! } : { kind: seat.kind };
  const parts = seatParts(rules, state, viewer);
  return {
    view: {
      seq: o.seq,
      started: o.started,
      scenarioRev: parts.scenarioRev,
      scenario: parts.scenario,
      state: parts.state,
      logFrom: 0,
      log: parts.log,
      timer: o.timer ?? null,
      roles: roles.map((role) => ({ role, by: 'team' })),
    },
    log: parts.log,
    scenario: parts.scenario,
  };
}

const welcome = (h: HeldView, seat: SeatInfo = police, bootId = 'boot-1'): LinkEvent => ({
  t: 'welcome',
  seat,
  code: 'ABC123',
  bootId,
  held: h,
});

function onHost() {
  const link = new FakeLink();
  let n = 0;
  const s = createSessionStore({
    storage: memoryStorage(),
    bundled,
    randomSeed: () => `net-seed-${++n}`,
    now: () => NOW,
  });
  s.attachLink(link, { code: 'abc123' });
  return { s, link };
}

/** A team seated as police in a started game, at its turn-1 briefing. */
function seatedTeam() {
  const h = onHost();
  h.s.hear(welcome(held(turn1, { seq: 3, started: true })));
  return h;
}

describe('a window on a host, driven by what its link hears', () => {
  it('asks for the lobby of its code, upper-cased, and shows the join screen', () => {
    const { s, link } = onHost();
    expect(link.lobbies).toEqual(['ABC123']);
    expect(s.getState().screen).toBe('join');
    expect(s.getState().net).toMatchObject({ code: 'ABC123', stage: 'code' });
  });

  it('keeps a seated team on the join screen until the game starts, then at the briefing', () => {
    const { s } = onHost();
    s.hear(welcome(held(turn1, { seq: 0, started: false })));
    expect(s.getState().screen).toBe('join');
    expect(s.getState().net).toMatchObject({ stage: 'seated', seat: police, started: false });

    s.hear({ t: 'view', held: held(turn1, { seq: 1, started: true }) });
    expect(s.getState().screen).toBe('briefing');
    expect(s.getState().reportTurn).toBe(1);
  });

  it('puts a team that comes in on a started game at its briefing, with the host’s timer', () => {
    const { s } = onHost();
    s.hear(
      welcome(
        held(turn1, {
          seq: 3,
          started: true,
          timer: { seconds: 600, leftMs: 90_000, running: true },
        }),
      ),
    );
    expect(s.getState().screen).toBe('briefing');
    expect(s.getState().game!.state.turn).toBe(1);
    expect(s.getState().timer).toMatchObject({ endsAt: NOW + 90_000, left: null });
  });

  it('names a team nobody named by its role’s default name from the first view on', () => {
    const { s } = onHost();
    const h = held(turn1, { seq: 3, started: true });
    const named = {
      ...h.view,
      roles: h.view.roles.map((r) => ({ ...r, team: r.role === 'military' ? 'Red' : undefined })),
    };
    s.hear(welcome({ ...h, view: named }));
    expect(s.getState().game!.seats).toEqual({
      military: { kind: 'team', name: 'Red' },
      police: { kind: 'team', name: 'Police team' },
      civilian: { kind: 'team', name: 'Civilian team' },
    });
  });

  it('sends the facilitator to the console', () => {
    const { s } = onHost();
    const seat: SeatInfo = { id: 'fac', kind: 'facilitator' };
    s.hear(welcome(held(turn1, { seq: 3, started: true, seat }), seat));
    expect(s.getState().screen).toBe('console');
  });

  it('plans a team’s own role, with no hand-over', () => {
    const { s } = seatedTeam();
    s.planOwnRole();
    expect(s.getState().screen).toBe('planning');
    expect(s.getState().active).toBe('police');
  });

  it('sends an order for its own role to the host and applies nothing itself', () => {
    const { s, link } = seatedTeam();
    s.planOwnRole();
    const before = s.getState().game!.state;
    expect(s.dispatch(patrol('police'))).toBeNull();
    expect(link.commands).toEqual([patrol('police')]);
    // The game on screen changes only when the host's update comes back.
    expect(s.getState().game!.state).toBe(before);
    expect(s.getState().screen).toBe('planning');
  });

  it('refuses an order for another role at once, and sends nothing', () => {
    const { s, link } = seatedTeam();
    const problem = s.dispatch(patrol('military'));
    expect(problem).toEqual(notice('hostRefused', 'notYourRole'));
    expect(link.commands).toEqual([]);
  });

  it('sends a message without its time: the host stamps it', () => {
    const { s, link } = seatedTeam();
    expect(
      s.dispatch({ type: 'message', role: 'police', to: 'all', text: 'on our way', at: 123 }),
    ).toBeNull();
    expect(link.commands).toEqual([
      { type: 'message', role: 'police', to: 'all', text: 'on our way' },
    ]);
  });

  it('shows the report of the turn that resolved when an update brings a later turn', () => {
    const { s } = seatedTeam();
    s.planOwnRole();
    s.hear({ t: 'view', held: held(turn2, { seq: 9, started: true }) });
    expect(s.getState().screen).toBe('report');
    expect(s.getState().reportTurn).toBe(1);
    expect(s.getState().game!.state.turn).toBe(2);
  });

  it('stays where it was when the seat comes back after the host restarted, and says so', () => {
    const { s } = seatedTeam();
    s.planOwnRole();
    s.hear(welcome(held(turn1Ordered, { seq: 4, started: true }), police, 'boot-2'));
    expect(s.getState().screen).toBe('planning');
    expect(s.getState().active).toBe('police');
    expect(s.getState().notice).toEqual({ tone: 'info', text: notice('hostRestarted') });
  });

  it('goes back to the join screen with no game when the seat is revoked', () => {
    const { s } = seatedTeam();
    s.hear({ t: 'revoked', reason: 'freed' });
    expect(s.getState().screen).toBe('join');
    expect(s.getState().game).toBeNull();
    expect(s.getState().net).toMatchObject({ seat: null, revoked: 'freed' });
  });

  it('puts a refusal up as an error notice', () => {
    const { s } = seatedTeam();
    s.hear({ t: 'refused', reason: { host: 'notStarted' }, command: patrol('police') });
    const said = s.getState().notice;
    expect(said?.tone).toBe('error');
    expect(en(said?.text)).toMatch(/not started/);
    expect(s.getState().net!.refusal).toEqual(notice('hostRefused', 'notStarted'));
  });
});
