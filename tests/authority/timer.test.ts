/**
 * The planning timer follows its game by one rule (`timerFollowing`), in one-screen play (the
 * authority applies it after every command) and on a host (the session applies it through
 * `followGame`): a timer belongs to a turn, so every way a turn begins sets it back to its full
 * time, held; a pause of the game holds it and the resume starts the timer the pause held. Both
 * ways are run side by side, command by command, and give the same timer.
 */
import { describe, expect, it } from 'vitest';
import {
  createAuthority,
  parseTimer,
  setTimer,
  startTimer,
  timerFollowing,
  timerLeft,
  type Authority,
  type GameMoment,
  type Seating,
  type Timer,
} from '../../src/authority';
import type { Command, GameState } from '../../src/engine';
import { defaultRules } from '../engine/helpers';

const rules = defaultRules();
const roles = rules.scenario.roles.map((r) => r.id);
const teams: Seating = Object.fromEntries(roles.map((r) => [r, { kind: 'team', name: r }]));

describe('the rule of the planning timer', () => {
  const now = 50_000;
  const set = setTimer(300, 1_000);
  const running = startTimer(set, 2_000)!;
  const heldByPause = timerFollowing(running, 'paused', 3_000)!;
  const cleared: Timer = { seconds: 0, endsAt: null, left: null, changedAt: 1_000 };
  const moments: GameMoment[] = ['turnBegan', 'paused', 'resumed'];

  it('sets the timer back to its full time, held, whenever a turn begins', () => {
    for (const t of [set, running, heldByPause])
      expect(timerFollowing(t, 'turnBegan', now)).toEqual({
        seconds: 300,
        endsAt: null,
        left: 300_000,
        changedAt: now,
      });
  });

  it('holds a running timer on a pause, and the resume starts only what the pause held', () => {
    expect(heldByPause).toEqual({
      seconds: 300,
      endsAt: null,
      left: 299_000,
      changedAt: 3_000,
      heldByPause: true,
    });
    expect(timerLeft(heldByPause, 10 ** 9)).toBe(299_000);
    expect(timerFollowing(heldByPause, 'resumed', now)).toEqual({
      seconds: 300,
      endsAt: now + 299_000,
      left: null,
      changedAt: now,
    });
    // Held by the facilitator before the pause: the resume leaves it held.
    expect(timerFollowing(set, 'paused', now)).toBeNull();
    expect(timerFollowing(set, 'resumed', now)).toBeNull();
    expect(timerFollowing(running, 'resumed', now)).toBeNull();
  });

  it('leaves no timer, or a cleared one, as it is', () => {
    for (const m of moments) {
      expect(timerFollowing(null, m, now)).toBeNull();
      expect(timerFollowing(cleared, m, now)).toBeNull();
    }
    expect(timerFollowing(running, null, now)).toBeNull();
  });

  it('keeps "held by a pause" through a file or another window, only on a held timer', () => {
    expect(parseTimer(JSON.parse(JSON.stringify(heldByPause)))).toEqual(heldByPause);
    expect(parseTimer({ ...running, heldByPause: true })).toEqual(running);
    expect(parseTimer({ ...set, heldByPause: 'yes' })).toEqual(set);
  });
});

/** Whether a turn began between two states, as the host's conductor reads it. */
function began(before: GameState, after: GameState, cmd: Command): boolean {
  return (
    cmd.type === 'rewind' ||
    after.turn !== before.turn ||
    (after.status === 'ended') !== (before.status === 'ended')
  );
}

/**
 * A one-screen authority and a host-like one on the same clock: the host-like one applies the
 * rule through `followGame` after each command, keeping "held by a pause" in its own record as
 * the session does.
 */
function sideBySide() {
  const clock = { now: 1_000_000 };
  const open = (follows: boolean): Authority =>
    createAuthority({
      rules,
      seed: 'timer-rule',
      seats: teams,
      bundledFile: 'default.json',
      scenarioText: null,
      timerFollowsGame: follows,
      now: () => clock.now,
    });
  const screen = open(true);
  const host = open(false);
  let recordHeldByPause = false;
  return {
    clock,
    screen,
    host,
    submit(cmd: Command): void {
      expect(screen.submit(cmd).problem, cmd.type).toBeNull();
      const before = host.game().state;
      expect(host.submit(cmd).problem).toBeNull();
      const next = host.followGame(cmd, began(before, host.game().state, cmd), recordHeldByPause);
      if (next) recordHeldByPause = next.heldByPause === true;
    },
    /** A facilitator's own timer operation, on both. */
    timer(op: (a: Authority) => void): void {
      op(screen);
      op(host);
      recordHeldByPause = false;
    },
    same(): Timer | null {
      expect(screen.timer()).toEqual(host.timer());
      return screen.timer();
    },
  };
}

const commitAll = (s: ReturnType<typeof sideBySide>) => {
  for (const role of roles) s.submit({ type: 'commit', role });
};

const full = (t: Timer | null) => ({ seconds: t?.seconds, endsAt: t?.endsAt, left: t?.left });

describe('the timer follows the game', () => {
  it('in one-screen play as on a host: turns, pauses, a rewind and the end', () => {
    const s = sideBySide();
    s.timer((a) => a.setTimer(600));
    s.timer((a) => a.startTimer());
    s.clock.now += 45_000;
    commitAll(s);
    expect(s.screen.game().state.turn).toBe(2);
    expect(full(s.same())).toEqual({ seconds: 600, endsAt: null, left: 600_000 });

    // Started in turn 2, it does not run on into turn 3, however long the turn took.
    s.timer((a) => a.startTimer());
    s.clock.now += 10 * 600_000;
    commitAll(s);
    expect(full(s.same())).toEqual({ seconds: 600, endsAt: null, left: 600_000 });

    // A pause holds it; time passing while paused costs nothing; the resume starts it again.
    s.timer((a) => a.startTimer());
    s.clock.now += 100_000;
    s.submit({ type: 'pause' });
    expect(s.same()).toMatchObject({ endsAt: null, left: 500_000 });
    s.clock.now += 3_600_000;
    expect(timerLeft(s.same()!, s.clock.now)).toBe(500_000);
    s.submit({ type: 'resume' });
    expect(s.same()).toMatchObject({ endsAt: s.clock.now + 500_000, left: null });

    // Held by the facilitator before the pause: the resume does not start it.
    s.timer((a) => a.pauseTimer());
    s.submit({ type: 'pause' });
    s.submit({ type: 'resume' });
    expect(s.same()).toMatchObject({ endsAt: null, left: 500_000 });

    // A rewind begins a turn again.
    s.timer((a) => a.startTimer());
    s.clock.now += 1_000;
    s.submit({ type: 'rewind', turn: 2 });
    expect(full(s.same())).toEqual({ seconds: 600, endsAt: null, left: 600_000 });

    // And the end ends its running.
    s.timer((a) => a.startTimer());
    s.submit({ type: 'endExercise', reason: 'time' });
    expect(s.screen.game().state.status).toBe('ended');
    expect(full(s.same())).toEqual({ seconds: 600, endsAt: null, left: 600_000 });
  });

  it('is heard once with the game it follows, and kept by storage with it', () => {
    const clock = { now: 5_000 };
    const heard: (Timer | null)[] = [];
    const a = createAuthority({
      rules,
      seed: 'timer-heard',
      seats: teams,
      bundledFile: 'default.json',
      scenarioText: null,
      timerFollowsGame: true,
      now: () => clock.now,
    });
    a.setTimer(120);
    a.startTimer();
    a.subscribe((_, t) => heard.push(t));
    clock.now += 1_000;
    a.submitAll(roles.map((role): Command => ({ type: 'commit', role })));
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ endsAt: null, left: 120_000 });
    expect(a.record().timer).toEqual(heard[0]);
  });
});
