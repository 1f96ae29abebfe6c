/** What the Node commands share: argument parsing, loading a valid scenario, and clean failure. */
import { readScenarioFile } from '../scenario/loadNode';
import { compileRules, type Rules } from '../engine/rules';
import { guardOutput } from './output';

export class UsageError extends Error {}
/** `--help`: the usage, and a clean exit. */
class HelpRequested extends Error {}

export interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

/**
 * `valued` flags take a value, `switches` stand alone. Anything else is refused: a mistyped flag
 * silently ignored would give plausible, wrong figures.
 */
export function parseArgs(argv: string[], valued: string[], switches: string[] = ['json']): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') throw new HelpRequested();
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    if (valued.includes(name)) {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, v);
    } else if (switches.includes(name)) {
      flags.set(name, true);
    } else {
      const known = [...valued, ...switches].map((f) => `--${f}`).join(', ');
      throw new UsageError(`unknown option --${name} (known: ${known})`);
    }
  }
  return { positional, flags };
}

export function intFlag(args: Args, name: string, fallback: number, min = 1): number {
  const v = args.flags.get(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (v === true || !Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} must be a whole number of at least ${min}`);
  return n;
}

export async function loadRules(file: string): Promise<Rules> {
  const result = await readScenarioFile(file);
  if (!result.ok) {
    const lines = result.problems.map(
      (p) => `${file}: ${p.path}: ${p.message}${p.suggestion ? ` (${p.suggestion})` : ''}`,
    );
    throw new UsageError(`${file} is not a valid scenario:\n${lines.join('\n')}`);
  }
  return compileRules(result.scenario);
}

/**
 * Runs a command, turning every failure into a message and an exit code, never a stack trace; the
 * command's name is the one `usage` gives after "npm run".
 */
export function run(usage: string, main: () => Promise<void>): void {
  guardOutput(/npm run (\S+)/.exec(usage)?.[1] ?? 'mandate');
  main().catch((e: unknown) => {
    if (e instanceof HelpRequested) {
      console.log(usage);
    } else if (e instanceof UsageError) {
      console.error(e.message);
      console.error(usage);
      process.exitCode = 2;
    } else {
      console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    }
  });
}

export const DEFAULT_SCENARIO = 'scenarios/default.json';
