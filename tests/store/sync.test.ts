/**
 * Two windows in step without a server: a main window and a console window, each with its own
 * session store, joined by a fake BroadcastChannel that delivers messages only when flushed (as
 * the real one delivers them later, never inside the sender's call).
 */
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY, createSessionStore, type SessionStore } from '../../src/store';
import { connectStorage, connectSync } from '../../src/store/sync';
import { bundled, memoryStorage } from './helpers';
import { hub, mainWindow, consoleWindow, pair } from './windows';

const hashOf = (s: SessionStore) => s.getState().game?.hash;

describe('two windows in step', () => {
  it('a console opened on the autosave shows the main window\u2019s game, on the console screen', () => {
    const { main, con } = pair();
    expect(hashOf(con)).toBe(hashOf(main));
    expect(con.getState().screen).toBe('console');
    expect(main.getState().screen).toBe('briefing');
  });

  it('a console opened before any game follows the game the main window starts', () => {
    const storage = memoryStorage();
    const h = hub();
    const con = createSessionStore({ storage, bundled, mode: 'console' });
    expect(con.resumeAutosave()).toBe(false);
    connectSync(con, h.channel(), 'console-1', { initialClock: -1 });
    const main = createSessionStore({ storage, bundled, randomSeed: () => 'late' });
    connectSync(main, h.channel(), 'main-1');
    h.flush();
    expect(con.getState().game).toBeNull();
    void main.chooseBundled('default.json');
    main.startGame();
    h.flush();
    expect(hashOf(con)).toBe(hashOf(main));
    expect(con.getState().screen).toBe('console');
  });

  it('commands given in the console apply in the main window, and the other way round', () => {
    const { main, con, h } = pair();
    expect(con.dispatch({ type: 'releaseInject', inject: 'inj_protest_march' })).toBeNull();
    expect(hashOf(main)).not.toBe(hashOf(con));
    h.flush();
    expect(hashOf(main)).toBe(hashOf(con));
    expect(main.getState().game!.state.firedInjects).toContain('inj_protest_march');
    // The console never moves the main window's screen, nor its own.
    expect(main.getState().screen).toBe('briefing');

    main.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' });
    for (const role of ['military', 'police', 'civilian']) main.dispatch({ type: 'commit', role });
    h.flush();
    expect(con.getState().game!.state.turn).toBe(2);
    expect(hashOf(con)).toBe(hashOf(main));
    expect(con.getState().screen).toBe('console');

    const entry = con.getState().game!.state.log.find((e) => e.action === 'patrol')!;
    con.dispatch({ type: 'annotate', entry: entry.id, note: 'good use of the unit on site' });
    con.dispatch({ type: 'pause' });
    h.flush();
    expect(main.getState().game!.state.paused).toBe(true);
    expect(main.getState().game!.state.annotations).toHaveLength(1);
    expect(hashOf(main)).toBe(hashOf(con));
  });

  it('a rewind given in the console takes the main window back to that turn\u2019s briefing', () => {
    const { main, con, h } = pair();
    for (let t = 0; t < 2; t++)
      for (const role of ['military', 'police', 'civilian'])
        main.dispatch({ type: 'commit', role });
    h.flush();
    main.openDebrief();
    main.startNextTurn();
    expect(main.getState().screen).toBe('briefing');
    main.beginPlanning();
    expect(main.getState().screen).toBe('handover');
    expect(con.dispatch({ type: 'rewind', turn: 2 })).toBeNull();
    h.flush();
    expect(main.getState().game!.state.turn).toBe(2);
    expect(main.getState().screen).toBe('briefing');
    expect(hashOf(main)).toBe(hashOf(con));
  });

  it('the console\u2019s autosave keeps the main window\u2019s place; the main window\u2019s autosave follows the console', () => {
    const { storage, main, con, h } = pair();
    main.beginPlanning();
    main.reveal();
    con.dispatch({ type: 'skipInject', inject: 'inj_radio_rumour' });
    const stored = () =>
      JSON.parse(storage.items.get(AUTOSAVE_KEY)!) as {
        position: { screen: string; active: string };
        save: { commands: unknown[] };
      };
    expect(stored().position).toMatchObject({ screen: 'planning', active: 'military' });
    expect(stored().save.commands).toHaveLength(1);
    h.flush();
    expect(main.getState().screen).toBe('planning');
    expect(stored().save.commands).toHaveLength(1);
  });

  it('two changes at the same moment end with both windows on the same game', () => {
    const { main, con, h } = pair();
    // One change each, before either hears of the other.
    main.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' });
    con.dispatch({ type: 'releaseInject', inject: 'inj_protest_march' });
    h.flush();
    expect(hashOf(main)).toBe(hashOf(con));
    expect(main.getState().game!.commands).toEqual(con.getState().game!.commands);
  });

  it('a save imported in one window replaces the game in the other, even with fewer commands', () => {
    const { main, con, h } = pair();
    for (const role of ['military', 'police', 'civilian']) main.dispatch({ type: 'commit', role });
    h.flush();
    const other = createSessionStore({
      storage: memoryStorage(),
      bundled,
      randomSeed: () => 'another-seed',
    });
    void other.chooseBundled('default.json');
    other.startGame();
    other.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'dunmere' });
    const file = other.exportSave()!;
    expect(con.importSaveText(file.text, file.filename)).toBe(true);
    h.flush();
    expect(main.getState().game!.seed).toBe('another-seed');
    expect(hashOf(main)).toBe(hashOf(other));
    expect(main.getState().game!.state.turn).toBe(1);
  });

  it('the planning timer set in the console counts down on the projector, the latest change winning', () => {
    let clock = 5_000;
    const storage = memoryStorage();
    const h = hub();
    const main = createSessionStore({ storage, bundled, randomSeed: () => 't', now: () => clock });
    void main.chooseBundled('default.json');
    main.startGame();
    connectSync(main, h.channel(), 'main-1');
    const con = createSessionStore({ storage, bundled, mode: 'console', now: () => clock });
    void con.resumeAutosave();
    connectSync(con, h.channel(), 'console-1', { initialClock: -1 });
    h.flush();
    con.setTimer(600);
    clock += 10;
    con.startTimer();
    h.flush();
    expect(main.getState().timer).toEqual(con.getState().timer);
    expect(main.getState().timer!.endsAt).toBe(5_010 + 600_000);
    clock += 1000;
    main.pauseTimer();
    h.flush();
    expect(con.getState().timer).toMatchObject({ endsAt: null, left: 599_000 });
    // The timer is no command: the games did not change.
    expect(main.getState().game!.commands).toHaveLength(0);
    expect(hashOf(main)).toBe(hashOf(con));
  });

  it('a game that does not replay to the sent hash is refused, and the window keeps its own', () => {
    const { main, con, a } = pair();
    const mine = hashOf(main);
    const shared = con.sharedGame()!;
    a.receive({
      kind: 'game',
      from: 'zz-forger',
      clock: 99,
      game: {
        ...shared,
        save: { ...shared.save, commands: [{ type: 'pause' }] },
        hash: '0000000000000000',
      },
    });
    expect(a.last()).toBe('refused');
    expect(hashOf(main)).toBe(mine);
    expect(main.getState().notice?.tone).toBe('error');
    // A save that is not one (an unknown command) is refused before anything replays it.
    a.receive({
      kind: 'game',
      from: 'zz-forger',
      clock: 100,
      game: { ...shared, save: { ...shared.save, commands: [{ type: 'fly' }] }, hash: mine },
    });
    expect(a.last()).toBe('refused');
    expect(hashOf(main)).toBe(mine);
    // Not a message at all: ignored.
    a.receive('hello');
    a.receive({ kind: 'game', from: 'x' });
    expect(hashOf(main)).toBe(mine);
  });

  it('without BroadcastChannel, the autosave\u2019s storage event carries the game across', () => {
    const storage = memoryStorage();
    const main = mainWindow(storage);
    const con = consoleWindow(storage);
    const listeners: ((ev: unknown) => void)[] = [];
    const fakeWindow = {
      addEventListener: (_: string, fn: (ev: unknown) => void) => void listeners.push(fn),
      removeEventListener: () => undefined,
    };
    connectStorage(main, fakeWindow as unknown as Window, AUTOSAVE_KEY);
    con.dispatch({
      type: 'adjust',
      district: 'aldera',
      indicator: 'trust',
      delta: 5,
      reason: 'a radio show',
    });
    for (const fn of listeners) fn({ key: 'something.else' });
    expect(hashOf(main)).not.toBe(hashOf(con));
    for (const fn of listeners) fn({ key: AUTOSAVE_KEY });
    expect(hashOf(main)).toBe(hashOf(con));
  });
});
