/**
 * Every engine message worded in every language: none renders empty or with a hole
 * ("undefined", "NaN", "[object …"), none of the Spanish or French is left in English, counts take
 * each language's plural (French counts 0 as singular), and French keeps its typography.
 */
import { describe, expect, it } from 'vitest';
import { ref, type MessageKey, type Msg } from '../../src/engine/messages';
import { CATALOGUES } from '../../src/i18n/all';
import { makeLang, type Lang } from '../../src/i18n/lang';
import { LOCALES, type Locale } from '../../src/i18n/locale';
import type { Scenario } from '../../src/format';
import { samples, type Samples } from './samples';

/** Scenario words as a scenario written in English names them: the same in every language, so a
 * translated sentence differs only by its own words. */
const scenario = {
  language: 'en',
  indicators: [
    {
      id: 'access',
      name: 'UNMO access',
      description: 'Freedom of movement of observers.',
      goodWhen: 'high',
    },
  ],
} as unknown as Pick<Scenario, 'language' | 'indicators'>;

const role = 'UN Police';
const partner = 'Sector East Battalion';
const district = 'Harbour';
const fact = 'Arms cache under the market';
const incident = 'Riot at the bus station';

/** Arguments for every key: a key added to the engine does not compile until it has a sample. */
const SAMPLES: Samples = samples({
  role,
  partner,
  district,
  other: 'Kora Hills',
  fact,
  incident,
  asset: 'Alpha Company',
  inject: 'Shots heard near the ferry landing',
  event: 'Fuel shortage',
});

/** Keys whose wording is only their arguments, the same in every language (scenario text, "Sender:
 * title"). */
const COMPOSED: ReadonlySet<MessageKey> = new Set<MessageKey>(['text', 'log.inject']);

const keys = Object.keys(SAMPLES) as MessageKey[];
const message = (key: MessageKey): Msg => ({ key, args: SAMPLES[key] }) as Msg;
const langs = Object.fromEntries(LOCALES.map((l) => [l, makeLang(l, scenario)])) as Record<
  Locale,
  Lang
>;
const render = (l: Locale, key: MessageKey, args?: object) =>
  langs[l].msg({ key, args: args ?? SAMPLES[key] } as Msg);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('engine messages', () => {
  it('has a sample for every key every catalogue words', () => {
    for (const l of LOCALES)
      expect(Object.keys(CATALOGUES[l].messages).sort()).toEqual([...keys].sort());
  });

  for (const l of LOCALES) {
    it(`renders every message in ${l} without holes`, () => {
      const bad: string[] = [];
      for (const key of keys) {
        const text = langs[l].msg(message(key));
        if (!text.trim() || /undefined|NaN|\[object|#/.test(text))
          bad.push(`${key}: ${JSON.stringify(text)}`);
        if (/\s$|^\s|\s{2}/.test(text)) bad.push(`${key}: stray spaces in ${JSON.stringify(text)}`);
        if (l !== 'en' && /['"]/.test(text))
          bad.push(`${key}: straight quote or apostrophe in ${JSON.stringify(text)}`);
      }
      expect(bad).toEqual([]);
    });
  }

  for (const l of ['es', 'fr'] as const) {
    it(`words every message of more than a few words in ${l}, not in English`, () => {
      const same = keys.filter((key) => {
        if (COMPOSED.has(key)) return false;
        const en = langs.en.msg(message(key));
        return words(en) > 3 && langs[l].msg(message(key)) === en;
      });
      expect(same).toEqual([]);
    });
  }

  it('keeps French typography: a no-break space before two-part punctuation and inside guillemets', () => {
    const bad = keys
      .map((key) => [key, langs.fr.msg(message(key))] as const)
      .filter(([, text]) => / [:;!?»]|« |[^\u00a0][;!?»]|«[^\u00a0]|[^\u00a0\d]:/.test(text));
    expect(bad).toEqual([]);
  });

  it('counts with each language’s plural: French singular for 0 and 1', () => {
    const units = (l: Locale, count: number) => render(l, 'mod.unitsDeployed', { count });
    expect([0, 1, 2].map((n) => units('en', n))).toEqual([
      '0 units deployed in the district',
      '1 unit deployed in the district',
      '2 units deployed in the district',
    ]);
    expect([0, 1, 2].map((n) => units('es', n))).toEqual([
      '0 unidades desplegadas en el distrito',
      '1 unidad desplegada en el distrito',
      '2 unidades desplegadas en el distrito',
    ]);
    expect([0, 1, 2].map((n) => units('fr', n))).toEqual([
      '0 unité déployée dans le district',
      '1 unité déployée dans le district',
      '2 unités déployées dans le district',
    ]);
    expect(render('fr', 'no.cost', { cost: 1, left: 0 })).toBe(
      'Nécessite 1 point d’action\u00a0; 0 restant.',
    );
    expect(render('es', 'no.cost', { cost: 3, left: 1 })).toBe(
      'Requiere 3 puntos de acción; queda 1.',
    );
    expect(render('es', 'mod.absent', { roles: [role] })).toBe('UN Police no participó');
    expect(render('fr', 'mod.absent', { roles: [role, partner] })).toBe(
      'UN Police et Sector East Battalion n’ont pas participé',
    );
  });

  it('lower-cases the game’s words mid-sentence but keeps an acronym, and formats deltas and lists', () => {
    expect(langs.es.msg(message('log.actionSucceeded'))).toBe(
      'UN Police y Sector East Battalion: patrulla conjunta en Harbour \u2014 éxito.',
    );
    expect(langs.fr.msg(message('log.actionFailed'))).toBe(
      'UN Police\u00a0: patrouille conjointe (Harbour) \u2014 échec.',
    );
    expect(langs.fr.msg(message('fac.adjusted'))).toContain(
      'de \u22125 le niveau de sécurité (Harbour)',
    );
    expect(langs.es.msg(message('log.expectedResponse'))).toBe(
      'Respuesta esperada: control de multitudes o mediación.',
    );
    const access = { indicator: ref('indicator', 'access'), districts: [] };
    expect(render('es', 'metric.average', access)).toBe('el promedio de UNMO access');
    expect(render('fr', 'metric.counter', { counter: ref('counter', 'arrests') })).toBe(
      'le nombre d’arrestations',
    );
  });

  it('shows scenario text in the reader’s language and nested messages worded', () => {
    const port = { en: 'Harbour', es: 'Puerto', fr: 'Port' };
    const args = {
      from: { en: 'UN Police', es: 'Policía de la ONU', fr: 'Police de l’ONU' },
      fact: 'Cache',
      to: partner,
    };
    expect(render('es', 'log.shared', args)).toBe(
      'Policía de la ONU compartió «Cache» con Sector East Battalion.',
    );
    expect(render('fr', 'log.event', { title: 'Pénurie', district: port })).toBe('Pénurie (Port)');
    expect(langs.es.msg(message('why.triggered'))).toBe(
      'activado porque el valor máximo de tensión en cualquier distrito es 80',
    );
    expect(langs.fr.msg(message('log.endAccomplished'))).toBe(
      'Fin de l’exercice\u00a0: le dernier tour (8) est terminé. Score\u00a0: 72 sur 100\u00a0; mission accomplie.',
    );
  });
});

describe('vocabulary', () => {
  const strings = (v: unknown, path = ''): [string, string][] =>
    typeof v === 'string'
      ? [[path, v]]
      : Object.entries(v as object).flatMap(([k, x]) => strings(x, path ? `${path}.${k}` : k));

  for (const l of ['es', 'fr'] as const) {
    it(`words every name and description in ${l}`, () => {
      const en = new Map(strings(CATALOGUES.en.vocab));
      const mine = strings(CATALOGUES[l].vocab);
      expect(mine.map(([p]) => p)).toEqual([...en.keys()]);
      expect(mine.filter(([, s]) => !s.trim())).toEqual([]);
      // Names may be cognates ("Tension", "Incidents", "Civil"); a sentence may not stay English.
      expect(mine.filter(([p, s]) => words(s) > 3 && s === en.get(p))).toEqual([]);
    });
  }
});
