/**
 * How every engine message names things, in every language, with the bundled scenarios' own
 * names: roles (some ending in "s", some beginning with a vowel), districts, facts, units, and
 * incidents whose titles name their district ("Barricades in Dunmere"). A sentence must not
 * - say a name more often than it was given one (a list that repeats a role: "resolved by
 *   UNISMV Force, UN Police, and UN Police");
 * - name a place twice ("Intercommunal clashes in Dunmere in Dunmere");
 * - write a malformed possessive: English "Civilian Sections's", French "de" not elided
 *   ("de Aldera") or not joined with an article ("de Le Havre"), Spanish "de el".
 * First every key with generated arguments, then whole games played by the policies on every
 * bundled scenario, whose logs must also never carry a list that names one thing twice.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  compileRules,
  gameSeed,
  playGame,
  POLICY_IDS,
  type GameState,
  type LogEntry,
  type Rules,
} from '../../src/engine';
import { msg, ref, type MessageKey, type Msg, type Ref } from '../../src/engine/messages';
import type { LocalText, Scenario } from '../../src/format';
import { makeLang, type Lang } from '../../src/i18n/lang';
import { LOCALES, type Locale } from '../../src/i18n/locale';
import { samples, type Named, type SampleNames } from './samples';

const FILES = ['default', 'tutorial', 'organised-crime', 'election-capital', 'divided-town'];

function load(name: string): Rules {
  const path = fileURLToPath(new URL(`../../scenarios/${name}.json`, import.meta.url));
  return compileRules(JSON.parse(readFileSync(path, 'utf8')) as Scenario);
}
const scenarios = FILES.map((f) => ({ file: f, rules: load(f) }));

// ---- Reading a sentence ------------------------------------------------------------------------

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How often `name` occurs in `text` as whole words. */
function count(text: string, name: string): number {
  if (!name.trim()) return 0;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped(name)}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(re)].length;
}

const isMsg = (v: object): v is Msg => 'key' in v && 'args' in v;
const isRef = (v: object): v is Ref => 'ref' in v && 'id' in v;

/** The words of one argument of a message: its text, or every text inside it. */
function words(L: Lang, v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => words(L, x));
  if (v && typeof v === 'object') {
    if (isMsg(v)) return Object.values(v.args).flatMap((x) => words(L, x));
    if (isRef(v)) return [L.word(v)];
    return [L.text(v as LocalText)];
  }
  return [];
}

/** Arguments that are the title of something happening somewhere (an incident, an event). */
const TITLES = new Set(['incident', 'title']);

/**
 * How often a sentence may say `name`: as often as its arguments do, except that the place of a
 * thing whose title names the place already is not said again ("Barricades in Dunmere", not
 * "Barricades in Dunmere in Dunmere").
 */
function allowed(L: Lang, m: Msg, name: string): number {
  const args = Object.entries(m.args as Record<string, unknown>);
  const titled = args.some(([k, v]) => TITLES.has(k) && words(L, v).some((x) => count(x, name)));
  return args.reduce((a, [k, v]) => {
    if (k === 'district' && titled) return a;
    if (v && typeof v === 'object' && !Array.isArray(v) && isMsg(v)) return a + allowed(L, v, name);
    return a + words(L, v).reduce((b, x) => b + count(x, name), 0);
  }, 0);
}

/** The malformed possessives and articles of each language, as patterns over a sentence. */
const MALFORMED: Record<Locale, [RegExp, string][]> = {
  en: [[/s['\u2019]s(?![\p{L}])/iu, 'a possessive "s\u2019s"']],
  es: [
    [/(?<![\p{L}])(de|a) el(?![\p{L}])/u, '"de el" or "a el" (del, al)'],
    [/\p{L}['\u2019]s(?![\p{L}])/u, 'an English possessive'],
  ],
  fr: [
    [/(?<![\p{L}])de (?=[aeiouyàâäéèêëîïôöûùüœæ])/iu, '"de" before a vowel (d\u2019)'],
    [/(?<![\p{L}])(de|à) (le|les)(?![\p{L}])/iu, '"de le", "à les"… (du, des, au, aux)'],
    [/\p{L}['\u2019]s(?![\p{L}])/u, 'an English possessive'],
  ],
};

interface Known {
  /** Names of roles, facts and units: each said no more often than given. */
  things: string[];
  places: string[];
}

function knownNames(L: Lang, rules: Rules): Known {
  const sc = rules.scenario;
  return {
    things: [
      ...sc.roles.map((r) => L.text(r.name)),
      ...sc.roles.flatMap((r) => r.assets.map((a) => L.text(a.name))),
      ...sc.intelligence.map((f) => L.text(f.title)),
    ],
    places: sc.districts.map((d) => L.text(d.name)),
  };
}

/** The lists among a message's arguments, nested messages' included. */
function lists(m: Msg): unknown[][] {
  return Object.values(m.args as Record<string, unknown>).flatMap((v): unknown[][] => {
    if (Array.isArray(v))
      return [
        v,
        ...v.flatMap((x: unknown) => (x && typeof x === 'object' && isMsg(x) ? lists(x) : [])),
      ];
    return v && typeof v === 'object' && isMsg(v) ? lists(v) : [];
  });
}

/** Where in `text` the arguments' own words stand: what a scenario's author wrote is theirs. */
function spans(L: Lang, m: Msg, text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const w of Object.values(m.args).flatMap((v) => words(L, v)))
    for (let i = w ? text.indexOf(w) : -1; i >= 0; i = text.indexOf(w, i + 1))
      out.push([i, i + w.length]);
  return out;
}

/** What is wrong with how `text`, the wording of `m`, names things. */
function problems(L: Lang, known: Known, m: Msg, text: string): string[] {
  const out: string[] = [];
  for (const list of lists(m)) {
    const said = list.map((x) => words(L, x).join(' '));
    if (new Set(said).size < said.length)
      out.push(`a list names one thing twice (${said.join(', ')})`);
  }
  for (const name of known.things)
    if (count(text, name) > allowed(L, m, name)) out.push(`"${name}" said more often than given`);
  for (const place of known.places)
    if (count(text, place) > allowed(L, m, place)) out.push(`"${place}" named twice`);
  // A join of the catalogue's own: a pattern wholly inside an argument is the author's prose.
  const own = spans(L, m, text);
  for (const [re, what] of MALFORMED[L.locale]) {
    const g = new RegExp(re.source, `${re.flags}g`);
    for (const x of text.matchAll(g)) {
      const [from, to] = [x.index, x.index + x[0].length];
      if (!own.some(([a, b]) => a <= from && to <= b)) out.push(what);
    }
  }
  return out.map((p) => `${m.key}: ${p} in ${JSON.stringify(text)}`);
}

// ---- Generated arguments -----------------------------------------------------------------------

interface IncidentDef {
  title: LocalText;
}

/** Every incident a scenario can open, from its injects and its event cards. */
function incidentsOf(sc: Scenario): IncidentDef[] {
  const out: IncidentDef[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'incident' && o.incident && typeof o.incident === 'object')
        out.push(o.incident as IncidentDef);
      Object.values(o).forEach(walk);
    }
  };
  walk(sc.injects);
  walk(sc.events);
  return out;
}

const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;

/**
 * Argument sets that between them put every name of the scenario in every slot; an incident
 * goes with the district its title names, when it names one, as the engine's log has it.
 */
function nameSets(L: Lang, rules: Rules): SampleNames[] {
  const sc = rules.scenario;
  const roles = sc.roles.map((r) => ref('role', r.id));
  const districts = sc.districts.map((d) => d.id);
  const facts = sc.intelligence.map((f) => ref('fact', f.id));
  const assets = sc.roles.flatMap((r) => r.assets.map((a) => ref('asset', a.id)));
  const injects = sc.injects.map((i) => ref('injectTitle', i.id));
  const cards = sc.events?.cards ?? [];
  const events = cards.length ? cards.map((c) => ref('eventTitle', c.id)) : injects;
  const incidents = incidentsOf(sc);
  const n = Math.max(roles.length, districts.length, facts.length, assets.length, incidents.length);
  const sets: SampleNames[] = [];
  for (let i = 0; i < n; i++) {
    const incident = incidents.length ? pick(incidents, i).title : `Riot ${i}`;
    const title = typeof incident === 'string' ? incident : L.text(incident);
    const named = districts.find((d) => count(title, L.word(ref('district', d))) > 0);
    const district = named ?? pick(districts, i);
    const other = districts.find((d) => d !== district) ?? district;
    const set = {
      role: pick(roles, i),
      partner: pick(roles, i + 1),
      district: ref('district', district),
      other: ref('district', other),
      fact: pick(facts, i),
      incident: incident as Named,
      asset: pick(assets, i),
      inject: pick(injects, i),
      event: pick(events, i),
    };
    sets.push(set);
    // An event card titled after its place, as an author may write one.
    const place = L.word(set.district);
    sets.push({ ...set, event: `Riot in ${place}`, incident: `Barricades in ${place}` });
  }
  return sets;
}

describe('every engine message names things once and well, in every language', () => {
  for (const { file, rules } of scenarios)
    for (const locale of LOCALES) {
      it(`with the names of ${file} in ${locale}`, () => {
        const L = makeLang(locale, rules.scenario);
        const known = knownNames(L, rules);
        const bad = new Set<string>();
        for (const names of nameSets(L, rules)) {
          const all = samples(names);
          for (const key of Object.keys(all) as MessageKey[]) {
            const m = { key, args: all[key] } as Msg;
            for (const p of problems(L, known, m, L.msg(m))) bad.add(p);
          }
        }
        expect([...bad]).toEqual([]);
      });
    }

  it('meets names ending in "s" and names beginning with a vowel among the bundled ones', () => {
    const en = scenarios.flatMap(({ rules }) =>
      rules.scenario.roles.map((r) => makeLang('en', rules.scenario).text(r.name)),
    );
    expect(en.some((n) => /s$/.test(n))).toBe(true);
    const fr = scenarios.flatMap(({ rules }) => [
      ...rules.scenario.roles.map((r) => makeLang('fr', rules.scenario).text(r.name)),
      ...rules.scenario.districts.map((d) => makeLang('fr', rules.scenario).text(d.name)),
    ]);
    expect(fr.some((n) => /^[AEIOUÉ]/.test(n))).toBe(true);
  });

  it('catches each kind of mistake it looks for', () => {
    const L = makeLang('en');
    const known = {
      things: ['UN Police', 'UNISMV Force', 'Civilian Sections'],
      places: ['Dunmere'],
    };
    const resolved = msg('log.incidentResolved', {
      incident: 'Clashes in Dunmere',
      district: 'Dunmere',
      who: ['UNISMV Force', 'UN Police'],
    });
    const bad = (l: Lang, m: Msg, text: string) => problems(l, known, m, text).length;
    expect(bad(L, resolved, 'Clashes in Dunmere: resolved by UNISMV Force and UN Police.')).toBe(0);
    expect(
      bad(L, resolved, 'Clashes in Dunmere: resolved by UNISMV Force, UN Police, and UN Police.'),
    ).toBe(1);
    expect(
      bad(L, resolved, 'Clashes in Dunmere in Dunmere: resolved by UNISMV Force and UN Police.'),
    ).toBe(1);
    const twice = msg('log.incidentResolved', {
      incident: 'Clashes',
      district: 'Dunmere',
      who: [ref('role', 'police'), ref('role', 'police')],
    });
    expect(bad(L, twice, 'Clashes in Dunmere: resolved by police and police.')).toBe(1);
    const timer = msg('log.committedByTimer', { role: 'Civilian Sections' });
    expect(bad(L, timer, 'Time ran out: Civilian Sections\u2019s orders stand.')).toBe(1);
    const moved = msg('log.moved', { asset: 'Alpha', from: 'Aldera', to: 'Les Ulis' });
    expect(bad(makeLang('fr'), moved, 'Alpha\u00a0: déplacement de Aldera vers Les Ulis.')).toBe(1);
    expect(bad(makeLang('fr'), moved, 'Alpha\u00a0: retour de Les Ulis.')).toBe(1);
    const lapsed = msg('log.proposalLapsed', {
      lead: 'el equipo',
      action: ref('action', 'patrol'),
      district: 'X',
    });
    expect(bad(makeLang('es'), lapsed, 'La propuesta de el equipo caducó.')).toBe(1);
    // The author's own prose is theirs.
    const text = msg('text', { text: 'Il demande à la Force de le faire respecter.' });
    expect(bad(makeLang('fr'), text, 'Il demande à la Force de le faire respecter.')).toBe(0);
  });
});

// ---- Played games ------------------------------------------------------------------------------

/** Every message an entry carries: title, detail, modifiers' and effects' reasons, nested ones. */
function messagesOf(e: LogEntry): Msg[] {
  const top: Msg[] = [e.title];
  if (e.detail) top.push(e.detail);
  if (e.roll) top.push(...e.roll.modifiers.map((m) => m.reason));
  top.push(...e.effects.map((x) => x.reason));
  const out: Msg[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (isMsg(v)) out.push(v);
      Object.values(isMsg(v) ? v.args : v).forEach(walk);
    }
  };
  top.forEach(walk);
  return out;
}

/** Lists in a message's arguments that name one thing twice. */
function repeatedInLists(m: Msg): string[] {
  return Object.entries(m.args).flatMap(([k, v]) => {
    if (!Array.isArray(v)) return [];
    const seen = v.map((x) => JSON.stringify(x));
    return new Set(seen).size === seen.length ? [] : [`${m.key}.${k}: ${seen.join(', ')}`];
  });
}

const played = scenarios.map(({ file, rules }) => ({
  file,
  rules,
  games: POLICY_IDS.map((policy, i): GameState => playGame(rules, gameSeed(file, i), policy).state),
}));

describe('the log of whole games', () => {
  for (const { file, rules, games } of played) {
    it(`of ${file} never names one role twice in a list or among an entry's roles`, () => {
      const bad = new Set<string>();
      for (const s of games)
        for (const e of s.log) {
          if (new Set(e.roles).size !== e.roles.length)
            bad.add(`${e.kind} entry ${e.id}: roles ${e.roles.join(', ')}`);
          for (const m of messagesOf(e)) for (const r of repeatedInLists(m)) bad.add(r);
        }
      expect([...bad]).toEqual([]);
    });

    for (const locale of LOCALES)
      it(`of ${file} reads well in ${locale}`, () => {
        const L = makeLang(locale, rules.scenario);
        const known = knownNames(L, rules);
        const bad = new Set<string>();
        for (const s of games)
          for (const e of s.log)
            for (const m of messagesOf(e))
              for (const p of problems(L, known, m, L.msg(m))) bad.add(p);
        expect([...bad]).toEqual([]);
      });
  }
});
