/**
 * A `Lang` is everything a screen or an export needs to speak one language about one scenario:
 * the interface strings, the game's vocabulary, number and plural formats, the scenario's own
 * text in that language, and the engine's messages worded. Build one with `makeLang`.
 */
import type { Msg, Ref } from '../engine/messages';
import { DEFAULT_DRIFT, type LocalText, type Scenario } from '../format';
import { catalogueOf, type Catalogue } from './catalogues';
import { formatter, type Formatter } from './format';
import type { Locale } from './locale';
import { pickText } from './localText';

export interface Lang {
  locale: Locale;
  /** The interface's strings, by screen. */
  ui: Catalogue['ui'];
  vocab: Catalogue['vocab'];
  f: Formatter;
  /** Scenario text in this language, or in the scenario's own when it lacks a translation. */
  text(t: LocalText | undefined): string;
  /** An engine message, worded. */
  msg(m: Msg): string;
  /** What a ref names: an action, indicator, counter, kind or posture; a role, district, fact or
   * unit of the scenario. */
  word(r: Ref): string;
}

type ScenarioWords = Pick<Scenario, 'language' | 'indicators'> &
  Partial<Pick<Scenario, 'roles' | 'districts' | 'intelligence' | 'injects' | 'events' | 'drift'>>;

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `civilianHarm` → `Civilian harm`, for a counter a scenario made up and no catalogue names. */
export function humanise(id: string): string {
  return capitalised(
    id
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/_/g, ' ')
      .toLowerCase(),
  );
}

const langs = new Map<Locale, WeakMap<object, Lang>>();
const NO_SCENARIO = {};
const unloadedSaid = new Set<Locale>();

export function makeLang(locale: Locale, scenario?: ScenarioWords): Lang {
  if (!catalogueOf(locale)) {
    // A window switches only to a loaded language (store/locale.ts): this is a bug or a failed
    // fetch, said once, but the screen stays readable, in English.
    if (!unloadedSaid.has(locale))
      console.error(`Mandate: the ${locale} catalogue is not loaded; speaking English.`);
    unloadedSaid.add(locale);
    return makeLang('en', scenario);
  }
  const key = scenario ?? NO_SCENARIO;
  let byScenario = langs.get(locale);
  if (!byScenario) langs.set(locale, (byScenario = new WeakMap()));
  const known = byScenario.get(key);
  if (known) return known;
  const made = build(locale, scenario);
  byScenario.set(key, made);
  return made;
}

function build(locale: Locale, scenario: ScenarioWords | undefined): Lang {
  const cat = catalogueOf(locale)!;
  const fallback = scenario?.language ?? 'en';
  const text = (t: LocalText | undefined) => pickText(t, locale, fallback);
  const vocab = cat.vocab;
  // Scenario names by id, for the refs the engine's messages carry.
  const names = new Map<string, LocalText>();
  for (const r of scenario?.roles ?? []) {
    names.set(`role:${r.id}`, r.name);
    for (const a of r.assets) names.set(`asset:${a.id}`, a.name);
  }
  for (const d of scenario?.districts ?? []) names.set(`district:${d.id}`, d.name);
  for (const f of scenario?.intelligence ?? []) names.set(`fact:${f.id}`, f.title);
  for (const i of scenario?.injects ?? []) {
    names.set(`injectTitle:${i.id}`, i.title);
    names.set(`injectText:${i.id}`, i.text);
    names.set(`injectSender:${i.id}`, i.sender);
  }
  for (const c of scenario?.events?.cards ?? []) {
    names.set(`eventTitle:${c.id}`, c.title);
    names.set(`eventText:${c.id}`, c.text);
  }
  (scenario?.drift ?? DEFAULT_DRIFT).forEach((rule, i) => names.set(`drift:${i}`, rule.reason));

  function word(r: Ref): string {
    switch (r.ref) {
      case 'action':
        return vocab.actions[r.id as keyof typeof vocab.actions]?.name ?? humanise(r.id);
      case 'indicator': {
        const custom = scenario?.indicators?.find((i) => i.id === r.id);
        if (custom) return text(custom.name);
        return vocab.indicators[r.id as keyof typeof vocab.indicators]?.name ?? humanise(r.id);
      }
      case 'counter':
        return vocab.counters[r.id as keyof typeof vocab.counters] ?? humanise(r.id);
      case 'kind':
        return vocab.kinds[r.id as keyof typeof vocab.kinds]?.mandate ?? r.id;
      case 'posture':
        return vocab.postures[r.id as keyof typeof vocab.postures]?.name ?? r.id;
      default: {
        const name = names.get(`${r.ref}:${r.id}`);
        return name === undefined ? r.id : text(name);
      }
    }
  }

  function arg(v: unknown): unknown {
    if (typeof v === 'number' || typeof v === 'string') return v;
    if (Array.isArray(v)) return v.map((x) => String(arg(x)));
    if (v && typeof v === 'object') {
      if ('key' in v && 'args' in v) return msg(v as Msg);
      if ('ref' in v && 'id' in v) return word(v as Ref);
      return text(v as LocalText);
    }
    return '';
  }

  function msg(m: Msg): string {
    const wording = cat.messages[m.key] as ((a: Record<string, unknown>) => string) | undefined;
    if (!wording) return m.key;
    const worded: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(m.args)) worded[k] = arg(v);
    return wording(worded);
  }

  return { locale, ui: cat.ui, vocab, f: formatter(locale), text, msg, word };
}
