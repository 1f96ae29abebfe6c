/**
 * `validateScenario`: every problem of a scenario value at once, shapes and meaning, each with a
 * JSON path. It never throws, whatever it is given.
 */
import { scenarioSchema } from './schema';
import {
  guardValue,
  withoutHostileKeys,
  problem,
  quote,
  type Problem,
  type ValidationResult,
  type Scenario,
} from '../format';
import { checkMeaning } from './semantics';
import { checkFeasibility } from './feasible';
import { issuesToProblems } from './zodIssues';
import { Suggester } from './suggest';
import { field, str } from './loose';

export type { Problem, ValidationResult } from '../format';

/** Past this many, more problems only bury the first ones; the rest are summarised. */
export const MAX_PROBLEMS = 500;

export function validateScenario(input: unknown): ValidationResult {
  try {
    return validate(input);
  } catch (err) {
    // A bug of ours must still end as a message, never as a blank screen.
    const why = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      problems: [problem('error', [], `internal error while validating: ${why}`)],
      warnings: [],
    };
  }
}

function validate(input: unknown): ValidationResult {
  const guard = guardValue(input);
  if (guard.fatal) return { ok: false, problems: guard.problems, warnings: [] };

  const problems: Problem[] = [...guard.problems];
  // Zod assigns record keys, so it only ever sees a copy without the keys the guard reported.
  const data = guard.problems.length === 0 ? input : withoutHostileKeys(input);
  let scenario: Scenario | undefined;
  const parsed = scenarioSchema.safeParse(data);
  // One limit on suggestions for the whole file, whichever check asks for them.
  const suggest = new Suggester();
  if (parsed.success) scenario = parsed.data;
  else
    problems.push(...explainTiledGaps(issuesToProblems(parsed.error.issues, data, suggest), data));
  const meaning = checkMeaning(data, suggest);
  problems.push(...meaning.errors);

  // Bounds need a whole, consistent scenario; on a broken one they would only add noise.
  const feasibility =
    scenario !== undefined && problems.length === 0 ? checkFeasibility(scenario) : [];
  const warnings = cap([...meaning.warnings, ...feasibility]);
  if (problems.length === 0 && scenario !== undefined) return { ok: true, scenario, warnings };
  return { ok: false, problems: cap(problems), warnings };
}

/** Where a file that uses a Tiled map may leave a district's field out. */
export const MISSING_FROM_MAP = /^\$\.districts\[\d+\]\.(shape|neighbours)$/;

/**
 * A file that takes its shapes from a Tiled map is valid as written, but can only be checked
 * once the map has filled them in (`readScenarioFile` does, the browser passes the map's text).
 * Reaching here without it, "required field missing" would send the author to the wrong fix.
 */
function explainTiledGaps(problems: Problem[], data: unknown): Problem[] {
  const file = str(field(field(field(data, 'map'), 'tiled'), 'file'));
  if (file === undefined) return problems;
  return problems.map((p) =>
    MISSING_FROM_MAP.test(p.path) && p.message.startsWith('required field')
      ? {
          ...p,
          message: `left out, to come from the Tiled map ${quote(file)}, which was not loaded with the scenario`,
          suggestion:
            'open the map together with the scenario (npm run validate reads it by itself), or write it here',
        }
      : p,
  );
}

function cap(list: Problem[]): Problem[] {
  if (list.length <= MAX_PROBLEMS) return list;
  const rest = list.length - MAX_PROBLEMS;
  const severity = list[0]?.severity ?? 'error';
  return [
    ...list.slice(0, MAX_PROBLEMS),
    problem(severity, [], `and ${rest} more like these; fix the ones above first`),
  ];
}
