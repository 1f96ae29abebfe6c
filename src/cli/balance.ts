/**
 * npm run balance -- FILE [--games N] [--seed S] [--out DIR]: plays N games (default 500) with
 * each of the engine's policies and writes DIR/balance-<scenario id>.md, .json and .svg (DIR
 * defaults to reports/). Progress goes to stderr: one line redrawn in place on a terminal, a
 * line every tenth of the way otherwise (CI logs, pipes).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyse } from './balance/analyse';
import { playBalance, type Progress } from './balance/collect';
import { balanceMarkdown } from './balance/markdown';
import { balanceSvg } from './balance/svg';
import { intFlag, loadRules, parseArgs, run, UsageError } from './common';

const USAGE = 'usage: npm run balance -- FILE.json [--games N] [--seed S] [--out DIR]';

function progressReporter(stream: NodeJS.WriteStream): {
  update: (p: Progress) => void;
  done: () => void;
} {
  if (stream.isTTY) {
    let last = -1;
    return {
      update: (p) => {
        const percent = Math.floor((100 * p.done) / p.total);
        if (percent === last && p.done !== p.total) return;
        last = percent;
        stream.write(
          `\r  ${percent}%  ${p.done}/${p.total} games (playing ${p.policy})`.padEnd(60),
        );
      },
      done: () => stream.write(`\r${' '.repeat(60)}\r`),
    };
  }
  let next = 1;
  return {
    update: (p) => {
      while (p.done * 10 >= next * p.total && next <= 10) {
        stream.write(`balance: ${next * 10}% (${p.done}/${p.total} games)\n`);
        next++;
      }
    },
    done: () => {},
  };
}

run(USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), ['games', 'seed', 'out'], []);
  const file = args.positional[0];
  if (!file || args.positional.length > 1) throw new UsageError('name one scenario file');
  const games = intFlag(args, 'games', 500);
  const seed = String(args.flags.get('seed') ?? 'balance');
  const out = String(args.flags.get('out') ?? 'reports');
  const rules = await loadRules(file);

  const progress = progressReporter(process.stderr);
  const records = playBalance(rules, games, seed, progress.update);
  progress.done();

  const report = analyse(rules, records, games, seed);
  // Ids may hold any text; the file name keeps to safe characters.
  const base = `balance-${rules.scenario.id.replace(/[^A-Za-z0-9._-]+/g, '_')}`;
  await mkdir(out, { recursive: true });
  const paths = {
    md: join(out, `${base}.md`),
    json: join(out, `${base}.json`),
    svg: join(out, `${base}.svg`),
  };
  await writeFile(paths.svg, balanceSvg(report));
  await writeFile(paths.json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(paths.md, balanceMarkdown(report, `${base}.svg`));

  console.log(report.spread.sentence);
  for (const e of report.extremes) console.log(e);
  console.log(`wrote ${paths.md}, ${paths.json} and ${paths.svg}`);
});
