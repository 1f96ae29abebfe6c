/**
 * Where the reading of a Tiled map puts its problems: in the map file or in the scenario, with
 * the words that quote a value found in the map.
 */
import { problem, quote, type Path, type Problem } from '../../format';
import { Suggester } from '../suggest';

/** Problems are collected, never thrown: an author fixes them all in one pass. */
export class Report {
  readonly problems: Problem[] = [];
  readonly warnings: Problem[] = [];
  /** "Did you mean" for this map, within its limit. */
  readonly suggest = new Suggester();

  constructor(private readonly source: string) {}

  /** A problem in the map file. */
  map(
    path: Path,
    message: string,
    suggestion?: string,
    severity: Problem['severity'] = 'error',
  ): void {
    const p = problem(severity, path, message, suggestion);
    (severity === 'error' ? this.problems : this.warnings).push({
      ...p,
      path: `${this.source}: ${p.path}`,
    });
  }

  /** A problem in the scenario file. */
  scenario(
    path: Path,
    message: string,
    suggestion?: string,
    severity: Problem['severity'] = 'error',
  ): void {
    (severity === 'error' ? this.problems : this.warnings).push(
      problem(severity, path, message, suggestion),
    );
  }
}

export function describe(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  if (v === undefined) return 'nothing';
  return typeof v === 'object' ? (Array.isArray(v) ? 'a list' : 'an object') : String(v);
}
