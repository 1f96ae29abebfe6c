/**
 * Every interface string, every word of the game's vocabulary and every engine message exists in
 * every language. The types already refuse a missing key; this catches what types cannot: an
 * empty string, a function that words its arguments away, or English left in a translation.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/i18n/all';
import { LOCALES, type Locale } from '../../src/i18n';

type Tree = { [key: string]: unknown };

/** Strings that are the same in English and the other language, legitimately. */
const SAME_EVERYWHERE = new Set([
  'OK',
  'CSV',
  'JSON',
  'Markdown',
  'PNG',
  'Tiled',
  'Canvas',
  'WebGL',
  'Total',
  'Mandate',
  'Score',
  'Confidence',
  'Patrol',
  'Mediation',
  'Incidents',
  'Objectives',
  'Civilian',
  'Police',
  'Tension',
  'Info',
  'Replay',
  'Briefing',
  'Points',
  'Code',
  'Communication',
  'Facilitateur',
  'Solo',
  'Minimum',
  'Maximum',
  'Moyenne',
  'Sources',
  'Notes',
  'Note',
  'Actions',
  'Action',
  'Description',
  'Impression',
  'Version',
  'Instructions',
  'Message',
  'Messages',
  'Position',
  'Question',
  'Questions',
  'Annotations',
  'Distance',
  'Rotation',
  'Zoom',
  'Menu',
  'District',
  'Coordination',
  'Pause',
  'Briefing',
]);

function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? leaves(v as Tree, `${prefix}${k}.`)
      : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

const NUMERIC =
  /^(n|count|turn|turns|turnsLeft|before|after|score|value|delta|total|done|left|cost|seconds|minutes|index|from|to|size|games|percent|points|ap|max|min|tension|security|trust|severity|id)$/i;
const LISTS = /^(who|reasons|roles|actions|districts|objectives)$/;

/** Arguments of an engine message: whatever it reads, a number, a list or a word. */
function messageArgs(n: number): object {
  return new Proxy(
    {},
    {
      get: (_t, p) =>
        typeof p !== 'string'
          ? undefined
          : LISTS.test(p)
            ? ['«a»', '«b»']
            : NUMERIC.test(p)
              ? n
              : `«${p}»`,
    },
  );
}

/** Sample arguments for a function entry: numbers where the English takes numbers (plural forms get
 * 0, 1 and 2). */
function samples(fn: (...a: unknown[]) => string): unknown[][] {
  const src = fn.toString();
  const params = src
    .slice(src.indexOf('(') + 1, src.indexOf(')'))
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (params.length === 1 && /^a\b/.test(params[0]!))
    return [0, 1, 2, 7].map((n) => [messageArgs(n)]);
  return [0, 1, 2, 7].map((n) =>
    params.map((p, i) => (NUMERIC.test(p.replace(/[:=].*/, '').trim()) ? n : `«arg${i}»`)),
  );
}

const english = leaves(CATALOGUES.en as unknown as Tree);

describe.each(LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en'))('%s', (locale) => {
  const other = new Map(leaves(CATALOGUES[locale] as unknown as Tree));

  it('has every key English has, and no key English lacks', () => {
    expect([...other.keys()].sort()).toEqual(english.map(([k]) => k).sort());
  });

  it('words every key: no empty string, every function keeps its parameters and returns text', () => {
    for (const [key, en] of english) {
      const tr = other.get(key);
      expect(typeof tr, key).toBe(typeof en);
      if (typeof en === 'string') {
        expect((tr as string).trim(), key).not.toBe('');
      } else if (typeof en === 'function') {
        const fn = tr as (...a: unknown[]) => string;
        expect(fn.length, `${key}: parameters`).toBe(en.length);
        for (const args of samples(en as (...a: unknown[]) => string)) {
          const out = (fn as (...a: unknown[]) => unknown)(...args);
          expect(typeof out, key).toBe('string');
          expect(out as string, key).not.toMatch(/undefined|NaN|\[object /);
        }
      }
    }
  });

  it('leaves no English sentence untranslated', () => {
    const untranslated = english
      .filter(
        ([key, en]) => typeof en === 'string' && en.trim().length > 0 && other.get(key) === en,
      )
      .filter(([, en]) => !SAME_EVERYWHERE.has(en as string) && /[a-z]{3,}/i.test(en as string))
      .map(([key, en]) => `${key}: ${en as string}`);
    // A function whose words, once its arguments are taken out, are still the English ones.
    const ownWords = (text: string) => text.replace(/«[^»]*»/g, ' ').match(/\p{L}{3,}/gu) ?? [];
    for (const [key, en] of english) {
      const tr = other.get(key);
      if (typeof en !== 'function' || typeof tr !== 'function') continue; // the tests above report it
      const [args] = samples(en as (...a: unknown[]) => string);
      const inEnglish = (en as (...a: unknown[]) => string)(...args!);
      const translated = (tr as (...a: unknown[]) => string)(...args!);
      if (translated === inEnglish && ownWords(inEnglish).length >= 2)
        untranslated.push(`${key}: ${inEnglish}`);
    }
    expect(untranslated).toEqual([]);
  });
});
