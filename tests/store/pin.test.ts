/**
 * The facilitator PIN of one-screen play, through the session store: set in the set-up or the
 * console, it stands before the console, the facilitator view and a console window; wrong tries
 * are refused and, five in a row, make every try wait 30 seconds on the session's clock; changing
 * or removing it needs the current one. It is kept as a salted hash beside the seating in the
 * autosave (so a reload and a second window ask too), never in the engine's save, the commands,
 * the state hash or the exported save; an old autosave without it has none, and a new game
 * starts without one.
 */
import { describe, expect, it } from 'vitest';
import {
  AUTOSAVE_KEY,
  createSessionStore,
  type AutosaveDoc,
  type NetState,
  type SessionStore,
  type StorageLike,
} from '../../src/store';
import { PIN_WAIT_MS, pinMatches } from '../../src/store/pin';
import { connectSync } from '../../src/store/sync';
import { bundled, en, memoryStorage } from './helpers';
import { consoleWindow, hub } from './windows';

const PIN = '97531864';

/** A session on a clock the test moves (epoch ms). */
function clocked(storage: StorageLike = memoryStorage()) {
  const clock = { now: 1_700_000_000_000 };
  const s = createSessionStore({
    storage,
    bundled,
    randomSeed: () => 'pin-seed',
    now: () => clock.now,
  });
  return { s, clock };
}

/** The default scenario started from its set-up, with `pin` typed in the set-up's field. */
function started(s: SessionStore, pin = PIN): void {
  expect(s.chooseBundled('default.json')).toBe(true);
  s.setSetupPin(pin);
  expect(en(s.startGame())).toBeNull();
}

const doc = (storage: ReturnType<typeof memoryStorage>): AutosaveDoc =>
  JSON.parse(storage.items.get(AUTOSAVE_KEY)!) as AutosaveDoc;

describe('a PIN typed in the set-up', () => {
  it('keeps digits only, and refuses a PIN that is not 4 to 12 of them', () => {
    const { s } = clocked();
    expect(s.chooseBundled('default.json')).toBe(true);
    s.setSetupPin('12a3 4-5');
    expect(s.getState().setup!.pin).toBe('12345');
    s.setSetupPin('123');
    expect(en(s.startGame())).toMatch(/4 to 12 digits/);
    expect(s.getState().game).toBeNull();
    s.setSetupPin('1234567890123');
    expect(s.getState().setup!.pin).toBe('123456789012');
  });

  it('stands before the console: a wrong PIN opens nothing, the right one opens it', () => {
    const { s } = clocked();
    started(s);
    expect(s.getState().setup!.pin).toBe('');
    s.openConsole();
    expect(s.getState().screen).toBe('briefing');
    expect(s.getState().pin.asking).toEqual({ purpose: 'console', refused: null });

    expect(s.enterPin('1111')).toBe('wrong');
    expect(s.getState().screen).toBe('briefing');
    expect(s.getState().pin.asking).toEqual({ purpose: 'console', refused: 'wrong' });
    expect(s.getState().pin.misses).toBe(1);

    expect(s.enterPin(PIN)).toBe('ok');
    expect(s.getState().screen).toBe('console');
    expect(s.getState().pin.asking).toBeNull();
    expect(s.getState().pin.misses).toBe(0);
    // "Back", then the console again: it asks again, every time.
    s.closeConsole();
    s.openConsole();
    expect(s.getState().screen).toBe('briefing');
    expect(s.getState().pin.asking?.purpose).toBe('console');
    s.cancelPin();
    expect(s.getState().pin.asking).toBeNull();
    expect(s.getState().screen).toBe('briefing');
  });

  it('stands before the facilitator view going on, not off', () => {
    const { s } = clocked();
    started(s);
    s.toggleFacilitator();
    expect(s.getState().facilitator).toBe(false);
    expect(s.getState().pin.asking?.purpose).toBe('facilitator');
    expect(s.enterPin('0000')).toBe('wrong');
    expect(s.getState().facilitator).toBe(false);
    expect(s.enterPin(PIN)).toBe('ok');
    expect(s.getState().facilitator).toBe(true);
    s.toggleFacilitator();
    expect(s.getState().facilitator).toBe(false);
    expect(s.getState().pin.asking).toBeNull();
  });

  it('without one, the console and the facilitator view open at a click, as before', () => {
    const { s } = clocked();
    started(s, '');
    expect(s.getState().pin.kept.lock).toBeNull();
    s.openConsole();
    expect(s.getState().screen).toBe('console');
    s.toggleFacilitator(true);
    expect(s.getState().facilitator).toBe(true);
    expect(s.getState().pin.asking).toBeNull();
  });

  it('is not used in networked play, where the facilitator has a secret link', () => {
    const { s } = clocked();
    started(s);
    s.setState({ net: { stage: 'seated', seat: null } as unknown as NetState });
    s.openConsole();
    expect(s.getState().screen).toBe('console');
    expect(s.getState().pin.asking).toBeNull();
    expect(s.setPin('2468')).toBe('none');
  });
});

describe('wrong tries', () => {
  it('five in a row make every try wait 30 seconds, the right PIN too; then it is read again', () => {
    const { s, clock } = clocked();
    started(s);
    s.openConsole();
    for (let i = 1; i <= 4; i++) {
      expect(s.enterPin(`000${i}`)).toBe('wrong');
      expect(s.getState().pin.misses).toBe(i);
      clock.now += 1000;
    }
    expect(s.pinWait()).toBe(0);
    expect(s.enterPin('0005')).toBe('locked');
    expect(s.getState().pin.asking?.refused).toBe('locked');
    expect(s.getState().pin.waitUntil).toBe(clock.now + PIN_WAIT_MS);
    expect(s.pinWait()).toBe(PIN_WAIT_MS);

    clock.now += PIN_WAIT_MS - 1;
    expect(s.pinWait()).toBe(1);
    expect(s.enterPin(PIN)).toBe('locked');
    expect(s.getState().screen).toBe('briefing');

    clock.now += 1;
    expect(s.pinWait()).toBe(0);
    // The count starts again after the wait: four more wrong tries are only wrong.
    for (let i = 0; i < 4; i++) expect(s.enterPin('4321')).toBe('wrong');
    expect(s.enterPin(PIN)).toBe('ok');
    expect(s.getState().screen).toBe('console');
  });

  it('a right PIN in between starts the count again', () => {
    const { s } = clocked();
    started(s);
    s.openConsole();
    for (let i = 0; i < 4; i++) expect(s.enterPin('1111')).toBe('wrong');
    expect(s.enterPin(PIN)).toBe('ok');
    s.closeConsole();
    s.openConsole();
    for (let i = 0; i < 4; i++) expect(s.enterPin('1111')).toBe('wrong');
    expect(s.getState().pin.waitUntil).toBe(0);
  });
});

describe('set, change and remove from the console', () => {
  it('sets one where there is none; changing or removing it needs the current one', () => {
    const { s, clock } = clocked();
    started(s, '');
    s.openConsole();
    expect(s.setPin('12')).toBe('malformed');
    expect(s.removePin('')).toBe('none');
    expect(s.setPin('2468')).toBe('ok');
    const first = s.getState().pin.kept;
    expect(first.lock).not.toBeNull();
    expect(first.changedAt).toBe(clock.now);

    clock.now += 5;
    expect(s.setPin('1357', '9999')).toBe('wrong');
    expect(s.setPin('1357')).toBe('wrong');
    expect(s.getState().pin.kept).toEqual(first);
    expect(s.setPin('1357', '2468')).toBe('ok');
    const second = s.getState().pin.kept.lock!;
    expect(pinMatches(second, '1357')).toBe(true);
    expect(pinMatches(second, '2468')).toBe(false);
    // Each PIN gets a salt of its own.
    expect(second.salt).not.toBe(first.lock!.salt);

    expect(s.removePin('2468')).toBe('wrong');
    expect(s.getState().pin.kept.lock).not.toBeNull();
    expect(s.removePin('1357')).toBe('ok');
    expect(s.getState().pin.kept.lock).toBeNull();
    s.closeConsole();
    s.openConsole();
    expect(s.getState().screen).toBe('console');
  });

  it('counts wrong current PINs with the dialog\u2019s, and waits the same', () => {
    const { s } = clocked();
    started(s);
    s.openConsole();
    expect(s.enterPin(PIN)).toBe('ok');
    for (let i = 0; i < 4; i++) expect(s.setPin('1357', '0000')).toBe('wrong');
    expect(s.removePin('0000')).toBe('locked');
    expect(s.removePin(PIN)).toBe('locked');
    expect(s.getState().pin.kept.lock).not.toBeNull();
  });
});

describe('where the PIN is kept', () => {
  it('the autosave holds its salted hash beside the seating, never the PIN; the game knows nothing of it', () => {
    const storage = memoryStorage();
    const { s } = clocked(storage);
    started(s, '');
    const before = s.getState().game!;
    const raw = () => storage.items.get(AUTOSAVE_KEY)!;
    expect(doc(storage).pin).toEqual({ lock: null, changedAt: expect.any(Number) });

    s.openConsole();
    expect(s.setPin(PIN)).toBe('ok');
    const written = doc(storage);
    const lock = written.pin!.lock!;
    expect(Object.keys(written.pin!).sort()).toEqual(['changedAt', 'lock']);
    expect(Object.keys(lock).sort()).toEqual(['hash', 'salt']);
    expect(lock).toEqual(s.getState().pin.kept.lock);
    expect(pinMatches(lock, PIN)).toBe(true);
    expect(raw()).not.toContain(PIN);
    // Beside the seating, outside the engine's save.
    const keys = Object.keys(written);
    expect(keys.indexOf('pin')).toBe(keys.indexOf('seats') + 1);
    expect(JSON.stringify(written.save)).not.toContain(lock.hash);
    expect(JSON.stringify(written.save)).not.toContain(lock.salt);

    // No command, no change of state or hash.
    const after = s.getState().game!;
    expect(after.commands).toEqual(before.commands);
    expect(after.hash).toBe(before.hash);
    expect(JSON.stringify(after.state)).not.toContain(lock.hash);
  });

  it('a reload asks again: it comes back to the game, not to the console or the facilitator view', () => {
    const storage = memoryStorage();
    const { s } = clocked(storage);
    started(s);
    s.toggleFacilitator();
    s.enterPin(PIN);
    s.openConsole();
    s.enterPin(PIN);
    expect(s.getState().screen).toBe('console');
    expect(doc(storage).position.screen).toBe('console');
    expect(doc(storage).position.facilitator).toBe(true);

    const { s: again } = clocked(storage);
    expect(again.resumeAutosave()).toBe(true);
    expect(again.getState().pin.kept).toEqual(s.getState().pin.kept);
    expect(again.getState().screen).toBe('briefing');
    expect(again.getState().facilitator).toBe(false);
    again.openConsole();
    expect(again.getState().screen).toBe('briefing');
    expect(again.getState().pin.asking?.purpose).toBe('console');
    expect(again.enterPin(PIN)).toBe('ok');
    expect(again.getState().screen).toBe('console');
  });

  it('an old autosave without the field has no PIN', () => {
    const storage = memoryStorage();
    const { s } = clocked(storage);
    started(s);
    const old = doc(storage) as Partial<AutosaveDoc>;
    delete old.pin;
    storage.items.set(AUTOSAVE_KEY, JSON.stringify(old));

    const { s: again } = clocked(storage);
    expect(again.resumeAutosave()).toBe(true);
    expect(again.getState().pin.kept.lock).toBeNull();
    again.openConsole();
    expect(again.getState().screen).toBe('console');
  });

  it('a new game starts without the last one\u2019s PIN', () => {
    const storage = memoryStorage();
    const { s } = clocked(storage);
    started(s);
    expect(s.getState().pin.kept.lock).not.toBeNull();
    s.exitToStart();
    started(s, '');
    expect(s.getState().pin.kept.lock).toBeNull();
    expect(doc(storage).pin!.lock).toBeNull();
    s.openConsole();
    expect(s.getState().screen).toBe('console');
  });

  it('the exported save carries no PIN, and a game imported from it has none', () => {
    const { s } = clocked();
    started(s);
    const lock = s.getState().pin.kept.lock!;
    const out = s.exportSave()!;
    const file = JSON.parse(out.text) as { app: object };
    expect(Object.keys(file).sort()).toEqual(
      ['app', 'commands', 'format', 'scenarioHash', 'scenarioId', 'seed', 'version'].sort(),
    );
    expect(Object.keys(file.app).sort()).toEqual(['seats', 'stateHash']);
    expect(out.text).not.toContain(lock.hash);
    expect(out.text).not.toContain(lock.salt);
    expect(out.text).not.toContain(PIN);
    expect(s.importSaveText(out.text, out.filename)).toBe(true);
    expect(s.getState().pin.kept.lock).toBeNull();
  });
});

describe('the console window', () => {
  it('opened on a game with a PIN shows nothing before it is given the PIN', () => {
    const storage = memoryStorage();
    const { s } = clocked(storage);
    started(s);
    const con = consoleWindow(storage);
    expect(con.getState().pin.asking).toEqual({ purpose: 'window', refused: null });
    expect(con.getState().pin.windowOpen).toBe(false);
    expect(con.enterPin('0000')).toBe('wrong');
    expect(con.getState().pin.windowOpen).toBe(false);
    con.cancelPin();
    expect(con.getState().pin.asking).toBeNull();
    con.askPin('window');
    expect(con.enterPin(PIN)).toBe('ok');
    expect(con.getState().pin.windowOpen).toBe(true);
    expect(con.getState().screen).toBe('console');
  });

  it('takes a PIN set, changed or removed in the other window', () => {
    const storage = memoryStorage();
    const h = hub();
    let now = 1_700_000_000_000;
    const main = createSessionStore({ storage, bundled, randomSeed: () => 'w', now: () => now });
    started(main, '');
    connectSync(main, h.channel(), 'main-1');
    const con = createSessionStore({ storage, bundled, mode: 'console', now: () => now });
    expect(con.resumeAutosave()).toBe(true);
    connectSync(con, h.channel(), 'console-1', { initialClock: -1 });
    h.flush();
    expect(con.getState().pin.asking).toBeNull();

    now += 10;
    main.openConsole();
    expect(main.setPin(PIN)).toBe('ok');
    h.flush();
    expect(con.getState().pin.kept).toEqual(main.getState().pin.kept);
    // The console window was not given this PIN: it locks and asks.
    expect(con.getState().pin.asking?.purpose).toBe('window');
    expect(con.enterPin(PIN)).toBe('ok');

    // Changed in the console window: the main window takes it and keeps it in the autosave.
    now += 10;
    expect(con.setPin('2468', PIN)).toBe('ok');
    h.flush();
    expect(main.getState().pin.kept).toEqual(con.getState().pin.kept);
    expect(pinMatches(doc(storage).pin!.lock!, '2468')).toBe(true);
    main.closeConsole();
    main.openConsole();
    expect(main.enterPin(PIN)).toBe('wrong');
    expect(main.enterPin('2468')).toBe('ok');

    now += 10;
    expect(main.removePin('2468')).toBe('ok');
    h.flush();
    expect(con.getState().pin.kept.lock).toBeNull();
    // An older message (a late echo) changes nothing.
    expect(con.adoptPin({ lock: null, changedAt: 5 })).toBe(false);
    expect(con.adoptPin({ lock: { salt: 'x', hash: 'y' }, changedAt: now + 1 })).toBe(false);
  });
});
