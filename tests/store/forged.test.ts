/**
 * What comes from outside a window is checked before anything adopts it: a forged message on
 * the two-window channel (clocks and timers out of range), and an autosave whose seats or
 * position are not what the app writes. Each case has its control: the clean message or
 * autosave is taken, so a refusal is the check's doing.
 */
import { describe, expect, it } from 'vitest';
import { parseTimer, parseSeating } from '../../src/authority';
import { AUTOSAVE_KEY, createSessionStore } from '../../src/store';
import { bundled, memoryStorage, startedSession } from './helpers';
import { pair } from './windows';

describe('a forged message on the two-window channel', () => {
  const clocks: unknown[] = [Infinity, 1e300, 2 ** 53, Number.NaN, -5, 1.5, '7'];

  it.each(clocks)('with clock %s is refused and never outranks a later change', (clock) => {
    const { main, con, h, a } = pair();
    const game = main.sharedGame()!;
    const before = a.clock();
    a.receive({ kind: 'game', from: 'zzz', clock, game: { ...game, hash: 'f'.repeat(16) } });
    expect(a.clock()).toBe(before);
    // A game that does not replay to its hash, with a huge but sound clock, is refused too.
    const forged = { ...game, hash: '0'.repeat(16) };
    a.receive({ kind: 'game', from: 'zzz', clock: 2 ** 30, game: forged });
    expect(a.last()).toBe('refused');
    expect(a.clock()).toBe(before);
    con.dispatch({ type: 'pause' });
    h.flush();
    expect(main.getState().game!.state.paused).toBe(true);
    expect(main.getState().game!.hash).toBe(con.getState().game!.hash);
    // Control: the game as it is, with a sound clock, is taken (as the same game).
    a.receive({ kind: 'game', from: 'zzz', clock: a.clock(), game: main.sharedGame()! });
    expect(a.last()).toBe('same');
  });

  it('with a timer out of range is not adopted; a sound one is', () => {
    const { main, a } = pair();
    // A new game starts with a cleared timer of its own.
    const own = main.getState().timer;
    const now = (own?.changedAt ?? Date.now()) + 1;
    for (const changedAt of [1e300, Infinity, Number.NaN, -1]) {
      a.receive({
        kind: 'timer',
        from: 'zzz',
        timer: { seconds: 60, endsAt: null, left: 60_000, changedAt },
      });
      expect(main.getState().timer).toBe(own);
    }
    a.receive({
      kind: 'timer',
      from: 'zzz',
      timer: { seconds: 60, endsAt: 1e300, left: null, changedAt: now },
    });
    expect(main.getState().timer).toBe(own);
    a.receive({
      kind: 'timer',
      from: 'zzz',
      timer: { seconds: 60, endsAt: null, left: 60_000, changedAt: now },
    });
    expect(main.getState().timer).toMatchObject({ seconds: 60, left: 60_000 });
  });
});

describe('timers and seats read from outside', () => {
  it('a timer is whole, bounded numbers or nothing', () => {
    const ok = { seconds: 90, endsAt: null, left: 90_000, changedAt: 1_700_000_000_000 };
    expect(parseTimer(ok)).toEqual(ok);
    expect(parseTimer({ ...ok, seconds: 1e9 })).toBeNull();
    expect(parseTimer({ ...ok, left: -3 })).toBeNull();
    expect(parseTimer({ ...ok, changedAt: '1' })).toBeNull();
    expect(parseTimer({ ...ok, endsAt: 2 ** 60 })).toBeNull();
    expect(parseTimer(null)).toBeNull();
  });

  it('a seat is a named team or a known policy', () => {
    const s = startedSession();
    const rules = s.getState().game!.rules;
    const good = {
      military: { kind: 'team', name: 'A' },
      police: { kind: 'policy', policy: 'siloed' },
      civilian: { kind: 'team', name: 'C' },
    };
    expect(parseSeating(rules, good)).toEqual(good);
    for (const bad of [
      { kind: 'team', name: { x: 1 } },
      { kind: 'team', name: 42 },
      { kind: 'team', name: '  ' },
      { kind: 'policy', policy: 'chaotic' },
      'military',
    ]) {
      expect(parseSeating(rules, { ...good, police: bad })).toBeNull();
    }
  });
});

describe('an autosave not as the app writes it', () => {
  function edited(edit: (doc: Record<string, unknown>) => void) {
    const storage = memoryStorage();
    const s = startedSession(storage);
    s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' });
    const doc = JSON.parse(storage.getItem(AUTOSAVE_KEY)!) as Record<string, unknown>;
    edit(doc);
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(doc));
    return { storage, hash: s.getState().game!.hash };
  }

  it.each([
    ['a seat name that is an object', { military: { kind: 'team', name: { evil: true } } }],
    ['a seat name that is a number', { military: { kind: 'team', name: 7 } }],
    ['an unknown policy', { military: { kind: 'policy', policy: 'chaotic' } }],
    ['seats that are a string', 'everyone'],
  ])('with %s resumes with sound seats, and planning works', (_what, seats) => {
    const { storage, hash } = edited((doc) => {
      doc.seats = typeof seats === 'string' ? seats : { ...(doc.seats as object), ...seats };
    });
    const s = createSessionStore({ storage, bundled });
    expect(s.resumeAutosave()).toBe(true);
    const g = s.getState().game!;
    expect(g.hash).toBe(hash);
    for (const seat of Object.values(g.seats)) {
      if (seat.kind === 'team') expect(typeof seat.name).toBe('string');
      else expect(['cooperative', 'siloed', 'random']).toContain(seat.policy);
    }
    s.startNextTurn();
    expect(() => s.beginPlanning()).not.toThrow();
    expect(s.getState().screen).toBe('handover');
  });

  it('with a position of the wrong types comes back to a sound screen', () => {
    const { storage } = edited((doc) => {
      doc.position = {
        screen: { x: 1 },
        round: 'two',
        active: 5,
        reportTurn: 'x',
        reportIndex: -4,
        facilitator: 'yes',
      };
    });
    const s = createSessionStore({ storage, bundled });
    expect(s.resumeAutosave()).toBe(true);
    const st = s.getState();
    expect(st.screen).toBe('briefing');
    expect(st.round).toBe(1);
    expect(st.active).toBeNull();
    expect(st.reportIndex).toBe(0);
    expect(st.facilitator).toBe(false);
  });
});
