/**
 * The window's language in the session: remembered in this browser, never part of the game (its
 * state hash), and what the session says (notices, refusals, problems) worded when shown, so a
 * switch re-words what is already on screen.
 */
import { describe, expect, it } from 'vitest';
import { makeLang, type Locale } from '../../src/i18n';
import {
  AUTOSAVE_KEY,
  createSessionStore,
  defaultTeamName,
  LOCALE_KEY,
  say,
  seatName,
  type SessionStore,
} from '../../src/store';
import { bundled, memoryStorage, newSession, startedSession } from './helpers';

/** What is on screen, worded as the window would word it now. */
const shown = (s: SessionStore, said: Parameters<typeof say>[1] | null | undefined) =>
  said == null ? null : say(makeLang(s.getState().locale), said);

describe('the window’s language', () => {
  it('is remembered across a new session on the same storage', () => {
    const storage = memoryStorage();
    const a = createSessionStore({ storage, bundled, locale: 'en' });
    expect(a.getState().locale).toBe('en');
    void a.setLocale('fr');
    expect(storage.items.get(LOCALE_KEY)).toBe('fr');
    // The browser suggests another language: the one chosen before wins.
    const b = createSessionStore({ storage, bundled, locale: 'es' });
    expect(b.getState().locale).toBe('fr');
  });

  it('falls back to the suggested language when what is stored is not one the game speaks', () => {
    for (const stored of ['de', '', 'FR', 'es-AR', '{"locale":"es"}']) {
      const storage = memoryStorage();
      storage.setItem(LOCALE_KEY, stored);
      expect(createSessionStore({ storage, bundled, locale: 'es' }).getState().locale, stored).toBe(
        'es',
      );
      expect(createSessionStore({ storage, bundled }).getState().locale, stored).toBe('en');
    }
    // Nothing stored, or no storage at all: the suggestion.
    expect(
      createSessionStore({ storage: memoryStorage(), bundled, locale: 'fr' }).getState().locale,
    ).toBe('fr');
    expect(createSessionStore({ storage: null, bundled, locale: 'fr' }).getState().locale).toBe(
      'fr',
    );
  });

  it('still switches when the storage refuses to remember it', () => {
    const storage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const s = createSessionStore({ storage, bundled, locale: 'es' });
    expect(s.getState().locale).toBe('es');
    void s.setLocale('fr');
    expect(s.getState().locale).toBe('fr');
  });

  it('leaves the game as it is: the same game object, commands, state hash and autosave', () => {
    const storage = memoryStorage();
    const s = startedSession(storage);
    s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' });
    s.dispatch({ type: 'order', role: 'military', action: 'patrol', district: 'dunmere' });
    const game = s.getState().game!;
    const hash = game.hash;
    const autosave = storage.items.get(`${AUTOSAVE_KEY}#ptr`);
    for (const l of ['es', 'fr', 'en', 'fr'] as Locale[]) {
      void s.setLocale(l);
      expect(s.getState().locale).toBe(l);
      expect(s.getState().game).toBe(game);
      expect(s.getState().game!.hash).toBe(hash);
    }
    // No autosave was written for it: the language is this window's, not the game's.
    expect(storage.items.get(`${AUTOSAVE_KEY}#ptr`)).toBe(autosave);
    // And the game goes on to the same hash whatever the language it was played in.
    const english = startedSession();
    english.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'aldera' });
    english.dispatch({ type: 'order', role: 'military', action: 'patrol', district: 'dunmere' });
    expect(english.getState().game!.hash).toBe(hash);
  });
});

describe('what the session says follows the language', () => {
  it('re-words a notice already on screen when the language changes', () => {
    const s = startedSession();
    for (const role of ['military', 'police', 'civilian']) s.dispatch({ type: 'commit', role });
    expect(s.dispatch({ type: 'rewind', turn: 1 })).toBeNull();
    const notice = s.getState().notice!;
    expect(shown(s, notice.text)).toBe('Rewound to the start of turn 1.');
    void s.setLocale('es');
    expect(s.getState().notice).toBe(notice);
    expect(shown(s, notice.text)).toBe('Vuelta al inicio del turno 1.');
    void s.setLocale('fr');
    expect(shown(s, notice.text)).toBe('Retour au début du tour 1.');
  });

  it('keeps the engine’s refusal as its message, worded in the language of the moment', () => {
    const s = startedSession();
    const problem = s.dispatch({
      type: 'order',
      role: 'civilian',
      action: 'aid_delivery',
      district: 'torvel_forest',
    })!;
    expect(typeof problem).toBe('object');
    expect(s.getState().lastProblem).toBe(problem);
    const english = shown(s, problem);
    void s.setLocale('es');
    const spanish = shown(s, s.getState().lastProblem);
    expect(spanish).not.toBe(english);
    expect(spanish!.length).toBeGreaterThan(10);
  });

  it('words the set-up refusals and a plain string (already worded by a screen) as they are', () => {
    const s = newSession();
    expect(s.startGame()).toEqual({ notice: 'chooseScenario', args: [] });
    void s.setLocale('fr');
    expect(shown(s, s.startGame())).toBe('Choisissez d’abord un scénario.');
    s.notify('Texte déjà rédigé.');
    void s.setLocale('es');
    expect(shown(s, s.getState().notice!.text)).toBe('Texte déjà rédigé.');
  });

  it('frames a saved game’s problem in the language, with the engine’s detail inside', () => {
    const storage = memoryStorage();
    storage.setItem(
      AUTOSAVE_KEY,
      JSON.stringify({
        format: 'mandate-autosave',
        version: 1,
        save: { format: 'mandate-save', version: 1 },
        position: {},
      }),
    );
    const s = createSessionStore({ storage, bundled, locale: 'es' });
    expect(s.resumeAutosave()).toBe(false);
    const problem = s.getState().saveProblem!;
    expect(shown(s, problem.message)).toMatch(
      /^La partida guardada en este navegador no se puede reanudar: /,
    );
    void s.setLocale('en');
    expect(shown(s, problem.message)).toMatch(
      /^The saved game in this browser cannot be resumed: /,
    );
  });

  it('lists a refused scenario file’s problem in the window’s language', () => {
    const s = createSessionStore({ storage: memoryStorage(), bundled, locale: 'fr' });
    s.refuseFile('big.json', 'scenario', { notice: 'scenarioTooLarge', args: [2] });
    expect(s.getState().scenarioProblems!.problems[0]!.message).toBe(
      'le fichier dépasse 2\u00a0Mo\u00a0; un scénario est bien plus petit',
    );
  });

  it('records the default reason for ending in the language of the window that ended it', () => {
    const s = startedSession();
    void s.setLocale('es');
    expect(s.endExercise('   ')).toBeNull();
    expect(s.getState().game!.commands.at(-1)).toEqual({
      type: 'endExercise',
      reason: 'terminado por el facilitador',
    });
  });

  it('words the log of the debrief\u2019s JSON export in the language asked for; a save has none', () => {
    const s = startedSession();
    void s.setLocale('fr');
    const rules = s.getState().game!.rules;
    const read = (text: string) =>
      JSON.parse(text) as { app: { language?: string; log?: { title: unknown }[] } };
    const french = read(s.exportSave({ log: makeLang('fr', rules.scenario) })!.text);
    const turnBegins = makeLang('fr', rules.scenario).msg({
      key: 'log.turnBegins',
      args: { turn: 1, turns: 11 },
    });
    expect(french.app.language).toBe('fr');
    expect(french.app.log![0]!.title).toBe(turnBegins);
    const spanish = read(s.exportSave({ log: makeLang('es', rules.scenario) })!.text);
    expect(spanish.app.language).toBe('es');
    expect(spanish.app.log![0]!.title).toBe('Comienza el turno 1 de 11.');
    // "Export save": the game alone, a tenth of the size.
    const save = s.exportSave()!.text;
    expect(read(save).app.log).toBeUndefined();
    expect(save.length * 3).toBeLessThan(
      s.exportSave({ log: makeLang('fr', rules.scenario) })!.text.length,
    );
    // Both import: a replay ignores the worded log.
    for (const text of [save, s.exportSave({ log: makeLang('fr', rules.scenario) })!.text]) {
      const other = startedSession();
      expect(other.importSaveText(text, 'fr.json')).toBe(true);
      expect(other.getState().game!.hash).toBe(s.getState().game!.hash);
    }
  });
});

describe('team names', () => {
  it('offers default names in the language, renames the untouched ones on a switch and never a typed one', () => {
    const s = newSession();
    void s.chooseBundled('default.json');
    const names = () =>
      Object.fromEntries(
        Object.entries(s.getState().setup!.seats).map(([r, x]) => [
          r,
          x.kind === 'team' ? x.name : x.policy,
        ]),
      );
    expect(names()).toEqual({
      military: 'Military team',
      police: 'Police team',
      civilian: 'Civilian team',
    });
    s.setSeat('police', { kind: 'team', name: 'Blue' });
    s.setSeat('civilian', { kind: 'policy', policy: 'cooperative' });
    void s.setLocale('es');
    expect(names()).toEqual({
      military: 'Equipo militar',
      police: 'Blue',
      civilian: 'cooperative',
    });
    void s.setLocale('fr');
    expect(names()).toEqual({
      military: 'Équipe militaire',
      police: 'Blue',
      civilian: 'cooperative',
    });
    // The game records the name as it was; a default name is still worded in the reader's language.
    expect(s.startGame()).toBeNull();
    void s.setLocale('en');
    const g = s.getState().game!;
    expect(g.seats.military).toEqual({ kind: 'team', name: 'Équipe militaire' });
    expect(seatName(makeLang('en', g.rules.scenario), g, 'military')).toBe('Military team');
    expect(seatName(makeLang('es', g.rules.scenario), g, 'military')).toBe('Equipo militar');
    expect(seatName(makeLang('en', g.rules.scenario), g, 'police')).toBe('Blue');
    expect(seatName(makeLang('en', g.rules.scenario), g, 'civilian')).toBe(
      'Civilian Sections (cooperative)',
    );
    expect(seatName(makeLang('es', g.rules.scenario), g, 'civilian')).toMatch(
      /\(juego cooperativo\)$/,
    );
  });

  it('names a team by the role’s short name when several roles share a kind', () => {
    const s = newSession();
    void s.chooseBundled('default.json');
    const rules = s.getState().setup!.rules;
    const twoPolice = {
      ...rules,
      scenario: {
        ...rules.scenario,
        roles: rules.scenario.roles.map((r) =>
          r.id === 'military' ? { ...r, kind: 'police' } : r,
        ),
      },
    };
    const role = (id: string) => twoPolice.scenario.roles.find((r) => r.id === id)!;
    const withRoles = { ...twoPolice, role } as typeof rules;
    expect(defaultTeamName(makeLang('en', withRoles.scenario), withRoles, 'police')).toBe(
      `${makeLang('en', withRoles.scenario).text(role('police').short)} team`,
    );
    expect(defaultTeamName(makeLang('fr', withRoles.scenario), withRoles, 'police')).toBe(
      `Équipe ${makeLang('fr', withRoles.scenario).text(role('police').short)}`,
    );
  });
});
