/**
 * Scenarios as the app knows them: the bundled ones (passed in, so tests need no Vite) and files
 * a user opens. Validation is the scenario module's; this file only adapts it to the session.
 */
import { compileRules, type Rules } from '../engine';
import { parseScenarioText } from '../scenario/load';
import type { Problem } from '../scenario/problems';
import { validateScenario } from '../scenario/validate';
import type { Scenario } from '../scenario/types';

export type { Problem };

/** A scenario shipped with the app, as its raw JSON value. */
export interface BundledScenario {
  /** File name, e.g. `default.json`. */
  file: string;
  json: unknown;
}

/** What the start screen shows of a bundled scenario before it is validated. */
export interface ScenarioSummary {
  file: string;
  id: string;
  title: string;
  summary: string;
  learningObjectives: string[];
  turns: number | null;
  roles: string[];
}

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);

export function summarise(b: BundledScenario): ScenarioSummary {
  const j = (b.json && typeof b.json === 'object' ? b.json : {}) as Record<string, unknown>;
  const roles = Array.isArray(j.roles) ? j.roles.map((r) => str((r as Record<string, unknown> | null)?.name)).filter(Boolean) : [];
  return {
    file: b.file,
    id: str(j.id, b.file),
    title: str(j.title, b.file),
    summary: str(j.summary),
    learningObjectives: Array.isArray(j.learningObjectives) ? j.learningObjectives.map((x) => str(x)).filter(Boolean) : [],
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
    return { ok: false, problems: [{ path: '$', message: `The engine cannot use this scenario: ${why}`, severity: 'error' }], warnings };
  }
}

/** Checks scenario text from a file; never throws. */
export function checkScenarioText(text: string, source?: string): Checked {
  const r = parseScenarioText(text, source);
  return r.ok ? compile(r.scenario, r.warnings) : { ok: false, problems: r.problems, warnings: r.warnings };
}

/** Checks an already-parsed value (a bundled scenario); never throws. */
export function checkScenarioValue(value: unknown): Checked {
  const r = validateScenario(value);
  return r.ok ? compile(r.scenario, r.warnings) : { ok: false, problems: r.problems, warnings: r.warnings };
}
