/** The balance report as Markdown, for a training designer to read beside the scenario. */
import { POLICY_IDS } from '../../engine';
import {
  LARGE_DIFFERENCE,
  pct,
  type ActionFigures,
  type BalanceReport,
  type PolicyFigures,
} from './analyse';
import { mdText } from '../../debrief/markdown';

// Scenario text is untrusted: one escaping for every Markdown export, the debrief's.
export { mdText };

const percent = (x: number | null) => (x === null ? '–' : `${pct(x)}%`);
const signed = (x: number | null) => (x === null ? '–' : `${x > 0 ? '+' : ''}${Math.round(x)}`);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const header = (cells: string[], align: string[]) => [row(cells), row(align)];

export function balanceMarkdown(r: BalanceReport, chartFile: string): string {
  const sc = r.scenario;
  const out: string[] = [
    `# Balance report: ${mdText(sc.title)}`,
    '',
    `Scenario \`${sc.id.replace(/`/g, "'")}\`, ${sc.turns} turns, mission accomplished at a score of ${sc.winScore}. ` +
      `${r.gamesPerPolicy} games for each of the engine's policies (${POLICY_IDS.join(', ')}), on the seeds ` +
      `\`${r.seed}#0\` to \`${r.seed}#${r.gamesPerPolicy - 1}\`; every figure below comes from the games' final states and logs.`,
    '',
    `**${r.spread.sentence}**`,
    '',
    ...(r.extremes.length > 0
      ? [
          ...r.extremes.map((e) => `> ${e}`),
          '>',
          "> When a way of playing always wins or never does, its choices make no difference to the outcome; check the objectives' thresholds and `winScore`.",
          '',
        ]
      : []),
    `![Win rate and score distribution by policy](${chartFile})`,
    '',
    ...policies(r),
    ...objectives(r),
    ...decisive(r),
    ...injects(r),
    '## Reproduce',
    '',
    '```sh',
    `npm run balance -- SCENARIO.json --games ${r.gamesPerPolicy} --seed ${r.seed}`,
    '```',
    '',
    "The policies are the engine's (`src/engine/policies/`): *cooperative* proposes and accepts joint actions and shares what it knows; " +
      '*siloed* acts alone and keeps its intelligence; *random* picks legal orders at random. ' +
      'The same seeds serve every policy, so each meets the same dice and event deck.',
    '',
  ];
  return out.join('\n');
}

function policies(r: BalanceReport): string[] {
  const lines = [
    '## Win rate and score by policy',
    '',
    ...header(
      ['policy', 'games', 'win rate', 'mean score', 'lowest', 'quartiles', 'highest'],
      ['---', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
    ...r.policies.map((p) =>
      row([
        p.policy,
        p.games,
        percent(p.winRate),
        p.meanScore,
        p.scores.min,
        `${p.scores.q1} / ${p.scores.median} / ${p.scores.q3}`,
        p.scores.max,
      ]),
    ),
    '',
    'Score distribution (games per band of score; the mission is accomplished at ' +
      r.scenario.winScore +
      '):',
    '',
    '```text',
    ...r.policies.flatMap((p) => [...histogram(p), '']),
  ];
  lines.pop();
  lines.push('```', '');
  return lines;
}

const BAR = 40;

function histogram(p: PolicyFigures): string[] {
  const most = Math.max(1, ...p.histogram);
  return [
    `${p.policy} (win rate ${percent(p.winRate)}, mean score ${p.meanScore})`,
    ...p.histogram.map((n, i) => {
      const band = `${i * 10}–${i === 9 ? 100 : i * 10 + 9}`.padStart(7);
      return `${band} ${'#'.repeat(Math.round((BAR * n) / most)).padEnd(BAR)} ${n}`;
    }),
  ];
}

function objectives(r: BalanceReport): string[] {
  const cols = ['---', ...POLICY_IDS.map(() => '---:')];
  const lines = ['## Objectives met', '', ...header(['mission objective', ...POLICY_IDS], cols)];
  r.objectives.forEach((o, i) =>
    lines.push(
      row([mdText(o.description), ...r.policies.map((p) => percent(p.objectives[i] ?? 0))]),
    ),
  );
  lines.push('', ...header(['private objective', ...POLICY_IDS], cols));
  r.privateObjectives.forEach((o, i) =>
    lines.push(
      row([
        `${mdText(o.role)}: ${mdText(o.description)}`,
        ...r.policies.map((p) => percent(p.privateObjectives[i] ?? 0)),
      ]),
    ),
  );
  if (r.endConditions.length > 0) {
    lines.push('', ...header(['games ended early by', ...POLICY_IDS], cols));
    r.endConditions.forEach((c, i) =>
      lines.push(
        row([mdText(c.description), ...r.policies.map((p) => percent(p.endConditions[i] ?? 0))]),
      ),
    );
  }
  lines.push('');
  return lines;
}

function describeDecisive(a: ActionFigures): string {
  const kind = a.coordinated ? 'coordinated' : 'solo';
  const within = a.withinPolicies ?? 0;
  const overall =
    a.difference === null
      ? ''
      : `; across all games ${percent(a.winRateWith)} with it vs ${percent(a.winRateWithout)} without`;
  return `- **${mdText(a.name)}** (${kind}): within each policy, games that used it won ${Math.abs(Math.round(within))} points ${within >= 0 ? 'more' : 'less'} often${overall}; used ${a.usesWon} times a won game, ${a.usesLost} a lost one.`;
}

const isLarge = (x: number | null) => x !== null && Math.abs(x) >= LARGE_DIFFERENCE;

function decisive(r: BalanceReport): string[] {
  // Within one policy, the action's use is compared among games played the same way: that is
  // what the action itself does. Across all games, a difference mostly says which policy played.
  const itself = r.actions
    .filter((a) => a.large && isLarge(a.withinPolicies))
    .sort((x, y) => Math.abs(y.withinPolicies!) - Math.abs(x.withinPolicies!));
  const byPolicy = r.actions
    .filter((a) => a.large && !isLarge(a.withinPolicies))
    .sort((x, y) => Math.abs(y.difference ?? 0) - Math.abs(x.difference ?? 0));
  const lines = [
    '## What decided games',
    '',
    `A difference is called large at ${LARGE_DIFFERENCE} points of win rate or more. Within each policy, the games that used an action are compared with the games of the same policy that did not: that is what the action itself does.`,
    '',
    ...(itself.length > 0
      ? itself.map(describeDecisive)
      : [
          `- No single action changes the win rate by ${LARGE_DIFFERENCE} points or more within a policy: games are decided by the way of playing as a whole.`,
        ]),
    '',
  ];
  if (byPolicy.length > 0) {
    lines.push(
      `Large across all games but not within policies, so they mark which policy was playing rather than what won: ${byPolicy
        .map((a) => `${mdText(a.name)} (${signed(a.difference)})`)
        .join(', ')}.`,
      '',
    );
  }
  for (const [title, coordinated] of [
    ['Coordinated actions', true],
    ['Solo actions', false],
  ] as const) {
    const list = r.actions.filter((a) => a.coordinated === coordinated);
    if (list.length === 0) continue;
    lines.push(
      `### ${title}`,
      '',
      ...header(
        [
          'action',
          `uses a game (${POLICY_IDS.join(' / ')})`,
          'uses a game, won / lost',
          'games using it',
          'win rate with / without',
          'difference',
          'within policies',
        ],
        ['---', '---:', '---:', '---:', '---:', '---:', '---:'],
      ),
      ...list.map((a) =>
        row([
          a.large ? `**${mdText(a.name)}**` : mdText(a.name),
          a.usesByPolicy.join(' / '),
          `${a.usesWon} / ${a.usesLost}`,
          a.gamesWith,
          `${percent(a.winRateWith)} / ${percent(a.winRateWithout)}`,
          signed(a.difference),
          signed(a.withinPolicies),
        ]),
      ),
      '',
    );
  }
  return lines;
}

function injects(r: BalanceReport): string[] {
  if (r.injects.length === 0) return ['## Injects', '', 'The scenario has no injects.', ''];
  const never = r.injects.filter((i) => i.fired === 0);
  return [
    '## Injects',
    '',
    'Share of games in which each inject fired, and the mean turn it fired at.',
    '',
    ...header(
      ['inject', 'all games', ...POLICY_IDS, 'mean turn'],
      ['---', '---:', ...POLICY_IDS.map(() => '---:'), '---:'],
    ),
    ...r.injects.map((i) =>
      row([
        `${mdText(i.title)} (\`${i.inject.replace(/`/g, "'")}\`)`,
        percent(i.fired),
        ...i.firedByPolicy.map(percent),
        i.meanTurn ?? '–',
      ]),
    ),
    '',
    ...(never.length > 0
      ? [
          `Never fired in ${r.gamesPerPolicy * r.policies.length} games: ${never.map((i) => mdText(i.title)).join('; ')}. Check their triggers.`,
          '',
        ]
      : []),
  ];
}
