/**
 * The planning timer in one-screen play, through the session store as the screens use it: it
 * belongs to its game (a new exercise after "← Start screen" starts without the last one's, in
 * this window and in a console window), to its turn (every briefing after the one it was
 * started in finds it back at its full time, held, never run out), and stops on a pause (also
 * across a reload, and whichever window gives the resume).
 */
import { describe, expect, it } from 'vitest';
import { createSessionStore, timerLeft, type SessionStore } from '../../src/store';
import { connectSync } from '../../src/store/sync';
import { bundled, memoryStorage } from './helpers';
import { hub } from './windows';

/** A fake clock every window of a test reads. */
function clock() {
  const c = { now: 1_000_000 };
  return { c, now: () => c.now };
}

function started(storage = memoryStorage(), now: () => number, seed = 'timer'): SessionStore {
  const s = createSessionStore({ storage, bundled, randomSeed: () => seed, now });
  expect(s.chooseBundled('default.json')).toBe(true);
  expect(s.startGame()).toBeNull();
  return s;
}

function commitAll(s: SessionStore): void {
  const g = s.getState().game!;
  for (const r of g.rules.scenario.roles)
    expect(s.dispatch({ type: 'commit', role: r.id })).toBeNull();
}

/** What the top bar shows of the timer: nothing, or the time left, "Time is up" at 0. */
function shown(s: SessionStore, now: number): number | null {
  const t = s.getState().timer;
  return t && t.seconds > 0 ? timerLeft(t, now) : null;
}

describe('the planning timer belongs to its game', () => {
  it('is not carried into a new exercise begun from the start screen', () => {
    const { c, now } = clock();
    const s = started(memoryStorage(), now);
    s.setTimer(60);
    s.startTimer();
    c.now += 30_000;
    s.exitToStart();
    // Left, not ended: it does not run out behind the start screen.
    c.now += 3_600_000;
    expect(shown(s, c.now)).toBe(30_000);
    expect(s.chooseBundled('default.json')).toBe(true);
    expect(s.startGame()).toBeNull();
    expect(shown(s, c.now)).toBeNull();
  });

  it('is not handed back by a console window, nor kept there, when a new exercise begins', () => {
    const { c, now } = clock();
    const storage = memoryStorage();
    const h = hub();
    const main = started(storage, now);
    connectSync(main, h.channel(), 'main-1');
    const con = createSessionStore({ storage, bundled, mode: 'console', now });
    void con.resumeAutosave();
    connectSync(con, h.channel(), 'console-1', { initialClock: -1 });
    h.flush();
    c.now += 1_000;
    con.setTimer(60);
    con.startTimer();
    h.flush();
    c.now += 120_000;
    expect(shown(main, c.now)).toBe(0);
    main.exitToStart();
    c.now += 1_000;
    expect(main.chooseBundled('default.json')).toBe(true);
    // The same seed: even the same scenario and seed is another exercise.
    expect(main.startGame()).toBeNull();
    h.flush();
    expect(shown(main, c.now)).toBeNull();
    expect(shown(con, c.now)).toBeNull();
    // A window that opens later says hello and is answered: still nobody's old timer.
    const late = createSessionStore({ storage, bundled, mode: 'console', now });
    void late.resumeAutosave();
    connectSync(late, h.channel(), 'console-2', { initialClock: -1 });
    h.flush();
    for (const w of [main, con, late]) expect(shown(w, c.now)).toBeNull();
  });
});

describe('the planning timer belongs to its turn', () => {
  it('started in turn 3, it is back at its full time, held, at every later briefing', () => {
    const { c, now } = clock();
    const s = started(memoryStorage(), now);
    commitAll(s);
    commitAll(s);
    expect(s.getState().game!.state.turn).toBe(3);
    s.setTimer(300);
    s.startTimer();
    const turns = s.getState().game!.rules.scenario.turns;
    while (s.getState().game!.state.status !== 'ended') {
      // However long the teams take, the next turn starts with the whole time, held.
      c.now += 3_600_000;
      commitAll(s);
      const t = s.getState().timer!;
      expect(t).toMatchObject({ seconds: 300, endsAt: null, left: 300_000 });
      expect(timerLeft(t, c.now + 10 ** 8)).toBe(300_000);
      expect(s.getState().game!.state.turn).toBeLessThanOrEqual(turns);
    }
  });
});

describe('the planning timer stops on a pause', () => {
  it('holds through the pause and a reload, and the resume starts it again', () => {
    const { c, now } = clock();
    const storage = memoryStorage();
    const s = started(storage, now);
    s.setTimer(600);
    s.startTimer();
    c.now += 100_000;
    expect(s.dispatch({ type: 'pause' })).toBeNull();
    c.now += 3_600_000;
    expect(shown(s, c.now)).toBe(500_000);
    const again = createSessionStore({ storage, bundled, now });
    expect(again.resumeAutosave()).toBe(true);
    expect(shown(again, c.now)).toBe(500_000);
    c.now += 1_000;
    expect(again.dispatch({ type: 'resume' })).toBeNull();
    expect(again.getState().timer!.endsAt).toBe(c.now + 500_000);
  });

  it('in two windows: paused from the console, resumed from the main window', () => {
    const { c, now } = clock();
    const storage = memoryStorage();
    const h = hub();
    const main = started(storage, now);
    connectSync(main, h.channel(), 'main-1');
    const con = createSessionStore({ storage, bundled, mode: 'console', now });
    void con.resumeAutosave();
    connectSync(con, h.channel(), 'console-1', { initialClock: -1 });
    h.flush();
    c.now += 1_000;
    con.setTimer(600);
    con.startTimer();
    h.flush();
    expect(main.getState().timer).toEqual(con.getState().timer);
    c.now += 60_000;
    expect(con.dispatch({ type: 'pause' })).toBeNull();
    h.flush();
    c.now += 3_600_000;
    expect(shown(main, c.now)).toBe(540_000);
    c.now += 1_000;
    expect(main.dispatch({ type: 'resume' })).toBeNull();
    h.flush();
    for (const w of [main, con]) expect(w.getState().timer!.endsAt).toBe(c.now + 540_000);
  });
});
