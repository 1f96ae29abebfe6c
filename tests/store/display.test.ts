/**
 * The window's display (standard or the projector's large text) in the session: remembered in
 * this browser like the language, and never part of the game (its state hash, its autosave).
 */
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY, createSessionStore, DISPLAY_KEY } from '../../src/store';
import { bundled, memoryStorage, startedSession } from './helpers';

describe('the window’s display', () => {
  it('is standard at first, and remembered across a new session on the same storage', () => {
    const storage = memoryStorage();
    const a = createSessionStore({ storage, bundled });
    expect(a.getState().display).toBe('standard');
    a.setDisplay('projector');
    expect(a.getState().display).toBe('projector');
    expect(storage.items.get(DISPLAY_KEY)).toBe('projector');
    expect(createSessionStore({ storage, bundled }).getState().display).toBe('projector');
    a.setDisplay('standard');
    expect(createSessionStore({ storage, bundled }).getState().display).toBe('standard');
  });

  it('falls back to the standard size when what is stored is not a display', () => {
    for (const stored of ['', 'Projector', 'large', '{"display":"projector"}']) {
      const storage = memoryStorage();
      storage.setItem(DISPLAY_KEY, stored);
      expect(createSessionStore({ storage, bundled }).getState().display, stored).toBe('standard');
    }
    expect(createSessionStore({ storage: null, bundled }).getState().display).toBe('standard');
  });

  it('still switches when the storage refuses to read or remember it', () => {
    const storage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const s = createSessionStore({ storage, bundled });
    expect(s.getState().display).toBe('standard');
    s.setDisplay('projector');
    expect(s.getState().display).toBe('projector');
  });

  it('leaves the game as it is: the same game object, state hash and autosave', () => {
    const storage = memoryStorage();
    const s = startedSession(storage);
    s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' });
    const game = s.getState().game!;
    const autosave = storage.items.get(`${AUTOSAVE_KEY}#ptr`);
    s.setDisplay('projector');
    s.setDisplay('standard');
    s.setDisplay('projector');
    expect(s.getState().game).toBe(game);
    expect(s.getState().game!.hash).toBe(game.hash);
    expect(storage.items.get(`${AUTOSAVE_KEY}#ptr`)).toBe(autosave);
  });
});
