/**
 * Scenario files and bundled scenarios checked for the session: parsed, validated and compiled
 * into rules, with the Tiled map a file names. Validation is the scenario module's (zod and the
 * semantic checks); this file adapts it to the session. It is in the chunk `checks.ts` loads,
 * never on the first screen.
 */
import { compileRules } from '../engine';
import { parseScenarioText, tiledReference, type TiledMapText } from '../scenario/load';
import { problem, type Problem, type Scenario } from '../format';
import { MISSING_FROM_MAP, validateScenario } from '../scenario/validate';
import { makeLang, type Lang } from '../i18n';
import type { Rules } from '../engine';
import { baseName, findMap, type NamedText, type PendingMap } from './scenarios';

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

/** The Tiled map a scenario's text names in `map.tiled.file`, if it parses and names one. */
export function tiledMapNamed(text: string): string | undefined {
  try {
    return tiledReference(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text))?.file;
  } catch {
    return undefined;
  }
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

/** Checks an already-parsed value (a bundled scenario); never throws. */
export function checkScenarioValue(value: unknown): Checked {
  const r = validateScenario(value);
  return r.ok
    ? compile(r.scenario, r.warnings)
    : { ok: false, problems: r.problems, warnings: r.warnings };
}
