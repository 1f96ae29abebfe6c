/**
 * `npm run validate -- FILE...`: checks scenario files and prints one line per problem.
 * Exit 0 when every file is valid (warnings allowed), 1 otherwise, 2 without arguments.
 * Whatever a file holds, the output is messages, never a stack trace.
 */
import { readScenarioFile } from '../scenario/loadNode';
import type { Problem, ValidationResult } from '../format';
import { guardOutput } from './output';

const USAGE = 'usage: npm run validate -- FILE.json [FILE.json ...]';

function formatResult(file: string, result: ValidationResult): string[] {
  const lines = result.ok ? [] : result.problems.map((p) => formatProblem(file, p));
  lines.push(...result.warnings.map((p) => formatProblem(file, p)));
  if (result.ok) lines.push(`${file}: ok`);
  return lines;
}

function formatProblem(file: string, p: Problem): string {
  if (p.severity === 'warning') {
    return `${file}: ${p.path}: warning: ${p.message}${p.suggestion ? ` (${p.suggestion})` : ''}`;
  }
  return `${file}: ${p.path}: ${p.message}${p.suggestion ? ` (${p.suggestion})` : ''}`;
}

async function main(args: string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    console.error(USAGE);
    return 2;
  }
  let allValid = true;
  for (const file of args) {
    let result: ValidationResult;
    try {
      result = await readScenarioFile(file);
    } catch (err) {
      result = {
        ok: false,
        problems: [{ path: '$', message: `cannot check: ${String(err)}`, severity: 'error' }],
        warnings: [],
      };
    }
    if (!result.ok) allValid = false;
    for (const line of formatResult(file, result)) console.log(line);
  }
  return allValid ? 0 : 1;
}

guardOutput('validate');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`validate: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
