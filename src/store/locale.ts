/**
 * The window's language: chosen before in this browser, else the one suggested (the browser's
 * preferred one). Each window keeps its own; switching never touches the game.
 */
import { isLocale, type Locale } from '../i18n/locale';
import { makeLang } from '../i18n';
import type { RoleId } from '../engine';
import type { Kit } from './kit';
import { defaultTeamName } from './seatNames';
import type { StorageLike } from './types';

export const LOCALE_KEY = 'mandate.locale';

export function readLocale(storage: StorageLike | null, suggested: Locale | undefined): Locale {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(LOCALE_KEY) ?? null;
  } catch {
    // Storage may refuse to be read (private mode); the suggested language is as good.
  }
  return isLocale(stored) ? stored : (suggested ?? 'en');
}

export interface LocaleActions {
  /** Switches this window's language and remembers it; the game itself is untouched. */
  setLocale(locale: Locale): void;
}

export function localeActions(kit: Kit): LocaleActions {
  return {
    setLocale(locale) {
      // Team names the set-up offered and nobody changed follow the language; typed ones stay.
      const setup = kit.get().setup;
      const renamed: Record<RoleId, string> = {};
      if (setup) {
        const before = kit.lang(setup.scenario);
        const after = makeLang(locale, setup.scenario);
        for (const r of setup.rules.scenario.roles) {
          const seat = setup.seats[r.id];
          if (seat?.kind === 'team' && seat.name === defaultTeamName(before, setup.rules, r.id)) {
            renamed[r.id] = defaultTeamName(after, setup.rules, r.id);
          }
        }
      }
      kit.set((d) => {
        d.locale = locale;
        for (const [role, name] of Object.entries(renamed)) {
          d.setup!.seats[role] = { kind: 'team', name };
        }
      });
      try {
        kit.storage?.setItem(LOCALE_KEY, locale);
      } catch {
        // Not remembered across reloads, but switched: nothing else depends on it.
      }
    },
  };
}
