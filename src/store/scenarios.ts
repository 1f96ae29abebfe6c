/**
 * Scenarios as the app knows them: the bundled ones (passed in, so tests need no Vite) and files
 * a user opens, read leniently for what the start screen shows and for the names of files.
 * Validating them is `scenarioChecks.ts`, loaded when first needed (see checks.ts).
 */
import { MAX_SAVE_BYTES } from '../engine/savedGame';
import { MAX_MAP_BYTES, MAX_TEXT_BYTES, type Problem, type LocalText } from '../format';
import { notice, type NoticeMsg } from './notices';

export type { Problem };
export type { Checked, Opened } from './scenarioChecks';

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

/** A file's name and text, as read from a picker, a drop or the dev server. */
export interface NamedText {
  name: string;
  text: string;
}

/** The last part of a path: `maps/port.tmj` → `port.tmj`. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** A file's JSON, a byte-order mark allowed; undefined when it is not JSON (read leniently, for
 * hints: the parser that checks it says why). */
export function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch {
    return undefined;
  }
}

/** The scenario id a text names, read leniently (for a file that does not validate). */
export function scenarioIdOf(text: string): string | undefined {
  const v = jsonOf(text) as { id?: unknown } | null | undefined;
  return typeof v?.id === 'string' ? v.id : undefined;
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
