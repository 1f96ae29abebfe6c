/**
 * Scenarios as the app knows them: the bundled ones (passed in, so tests need no Vite) and files
 * a user opens. Validation is the scenario module's; this file only adapts it to the session.
 */
import { compileRules, type Rules } from '../engine';
import { MAX_SAVE_BYTES } from '../engine/save';
import {
  MAX_MAP_BYTES,
  MAX_TEXT_BYTES,
  parseScenarioText,
  tiledReference,
  type TiledMapText,
} from '../scenario/load';
import { problem, type Problem, type LocalText, type Scenario } from '../format';
import { MISSING_FROM_MAP, validateScenario } from '../scenario/validate';
import { makeLang, type Lang } from '../i18n';
import { notice, type NoticeMsg } from './notices';

export type { Problem };

/** A scenario shipped with the app, as its raw JSON value. */
export interface BundledScenario {
  /** File name, e.g. `default.json`. */
  file: string;
  json: unknown;
}

/**
 * What the start screen shows of a bundled scenario before it is validated. Its text is the
 * scenario's own (`LocalText`): show it with `pickText(x, locale, summary.language)`, or with
 * `makeLang(locale, summary).text(x)`.
 */
export interface ScenarioSummary {
  file: string;
  id: string;
  /** The language of the scenario's plain-string text ("en" when it names none). */
  language: string;
  /** The languages it says its text is offered in (its `languages`, else its own). */
  languages: string[];
  title: LocalText;
  summary: LocalText;
  learningObjectives: LocalText[];
  turns: number | null;
  roles: LocalText[];
}

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);

/** A text field read leniently: a string, or an object of strings by language; anything else is
 * `fallback`. */
function localText(v: unknown, fallback = ''): LocalText {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const entries = Object.entries(v as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    );
    if (entries.length > 0) return Object.fromEntries(entries);
  }
  return fallback;
}

const present = (t: LocalText) => (typeof t === 'string' ? t !== '' : Object.keys(t).length > 0);

export function summarise(b: BundledScenario): ScenarioSummary {
  const j = (b.json && typeof b.json === 'object' ? b.json : {}) as Record<string, unknown>;
  const roles = Array.isArray(j.roles)
    ? j.roles.map((r) => localText((r as Record<string, unknown> | null)?.name)).filter(present)
    : [];
  const language = str(j.language, 'en') || 'en';
  const languages = Array.isArray(j.languages)
    ? j.languages.filter((x): x is string => typeof x === 'string')
    : [];
  return {
    file: b.file,
    id: str(j.id, b.file),
    language,
    languages: languages.length ? languages : [language],
    title: localText(j.title, b.file),
    summary: localText(j.summary),
    learningObjectives: Array.isArray(j.learningObjectives)
      ? j.learningObjectives.map((x) => localText(x)).filter(present)
      : [],
    turns: typeof j.turns === 'number' ? j.turns : null,
    roles,
  };
}

export type Checked =
  | { ok: true; scenario: Scenario; rules: Rules; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

function compile(scenario: Scenario, warnings: Problem[]): Checked {
  try {
    return { ok: true, scenario, rules: compileRules(scenario), warnings };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [
        { path: '$', message: `The engine cannot use this scenario: ${why}`, severity: 'error' },
      ],
      warnings,
    };
  }
}

/** Checks scenario text from a file (with the text of the Tiled map it names, if given); never
 * throws. */
export function checkScenarioText(
  text: string,
  source?: string,
  map?: TiledMapText,
  maxBytes?: number,
): Checked {
  const r = parseScenarioText(text, source, map, maxBytes);
  return r.ok
    ? compile(r.scenario, r.warnings)
    : { ok: false, problems: r.problems, warnings: r.warnings };
}

/** A file's name and text, as read from a picker, a drop or the dev server. */
export interface NamedText {
  name: string;
  text: string;
}

/** The last part of a path: `maps/port.tmj` → `port.tmj`. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The Tiled map a scenario's text names in `map.tiled.file`, if it parses and names one. */
export function tiledMapNamed(text: string): string | undefined {
  try {
    return tiledReference(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text))?.file;
  } catch {
    return undefined;
  }
}

/** The scenario id a text names, read leniently (for a file that does not validate). */
export function scenarioIdOf(text: string): string | undefined {
  try {
    const v = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as {
      id?: unknown;
    } | null;
    return typeof v?.id === 'string' ? v.id : undefined;
  } catch {
    return undefined;
  }
}

/** Among the files given, the map named `file` (by its base name, then ignoring case). */
export function findMap(maps: readonly NamedText[], file: string): NamedText | undefined {
  const base = baseName(file);
  return (
    maps.find((m) => m.name === base) ??
    maps.find((m) => m.name.toLowerCase() === base.toLowerCase())
  );
}

/** The scenario waits for the Tiled map it names: it was not given, or it was and has problems. */
export interface PendingMap {
  /** The map as the scenario names it (`maps/port.tmj`). */
  file: string;
  /** True when no file of that name was given; false when the one given has problems. */
  missing: boolean;
  /** The scenario's text and name, kept to check again with the map. */
  scenarioText: string;
  source: string;
}

export type Opened =
  /** `text`: what to keep in the autosave; for a scenario with a Tiled map, the scenario as
   * validated, shapes filled in. */
  | { ok: true; checked: Extract<Checked, { ok: true }>; text: string }
  | { ok: false; problems: Problem[]; warnings: Problem[]; map: PendingMap | null };

const LEFT_FOR_MAP = 'left out, to come from the Tiled map';

/**
 * A scenario file with the files opened beside it: when it names a Tiled map, the map is looked
 * for among `maps` by its base name. Without it, the one problem to fix first says which file to
 * add, in `L`'s language (the validator's own problems stay English technical detail).
 * `force`: the map to use whatever its name (the user picked it as the map). Never throws.
 */
export function openScenario(
  text: string,
  source: string,
  maps: readonly NamedText[] = [],
  force?: NamedText,
  L: Lang = makeLang('en'),
): Opened {
  const named = tiledMapNamed(text);
  const fail = (c: Extract<Checked, { ok: false }>, map: PendingMap | null): Opened => ({
    ok: false,
    problems: c.problems,
    warnings: c.warnings,
    map,
  });
  if (named === undefined) {
    const c = checkScenarioText(text, source);
    return c.ok ? { ok: true, checked: c, text } : fail(c, null);
  }
  const map = force ?? findMap(maps, named);
  if (!map) {
    const c = checkScenarioText(text, source);
    // Every district may draw its own shape: then the map is not needed.
    if (c.ok) return { ok: true, checked: c, text };
    const missing = problem(
      'error',
      ['map', 'tiled', 'file'],
      L.ui.notices.mapMissing(
        named,
        maps.map((m) => m.name),
        baseName(named),
      ),
      L.ui.notices.mapMissingHint,
    );
    const rest = c.problems.filter(
      (p) => !(MISSING_FROM_MAP.test(p.path) && p.message.startsWith(LEFT_FOR_MAP)),
    );
    // Warnings about a scenario without its shapes and neighbours (districts no one can reach)
    // would mislead.
    return {
      ok: false,
      problems: [missing, ...rest],
      warnings: [],
      map: { file: named, missing: true, scenarioText: text, source },
    };
  }
  const c = checkScenarioText(text, source, { text: map.text });
  if (!c.ok) return fail(c, { file: named, missing: false, scenarioText: text, source });
  // Kept as validated, with the map's shapes and neighbours in it, so a reload needs no map.
  return { ok: true, checked: c, text: JSON.stringify(c.scenario) };
}

/** The refusal of a file too large to be what it should be, worded as the loaders word it. */
export function tooLargeMessage(kind: 'scenario' | 'save' | 'map'): NoticeMsg {
  const mb = (n: number) => n / 1024 / 1024;
  if (kind === 'save') return notice('saveTooLarge', mb(MAX_SAVE_BYTES));
  if (kind === 'map') return notice('mapTooLarge', mb(MAX_MAP_BYTES));
  return notice('scenarioTooLarge', mb(MAX_TEXT_BYTES));
}

export const FILE_LIMITS = {
  scenario: MAX_TEXT_BYTES,
  save: MAX_SAVE_BYTES,
  map: MAX_MAP_BYTES,
} as const;

/** Checks an already-parsed value (a bundled scenario); never throws. */
export function checkScenarioValue(value: unknown): Checked {
  const r = validateScenario(value);
  return r.ok
    ? compile(r.scenario, r.warnings)
    : { ok: false, problems: r.problems, warnings: r.warnings };
}
