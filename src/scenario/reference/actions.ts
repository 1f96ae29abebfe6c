/**
 * The table of standard actions in the guide, from their definitions, so the guide states the
 * numbers the engine plays by.
 */
import { STANDARD_ACTIONS, type Effect } from '../../format';
import { code } from './markdown';

function effectText(e: Effect): string {
  switch (e.type) {
    case 'indicator':
      return `${e.indicator} ${e.delta > 0 ? '+' : ''}${e.delta}`;
    case 'counter':
      return `${e.counter} ${e.delta > 0 ? '+' : ''}${e.delta}`;
    default:
      return e.type;
  }
}

/** The standard actions and their numbers, from `src/format/actions.ts`. */
export function actionsMarkdown(): string {
  const out = [
    '_Generated from `src/format/actions.ts` by `npm run schema`; do not edit by hand._',
    '',
    '| id | name | kind | cost (partner) | base chance | mandate of | on success | on failure |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const a of STANDARD_ACTIONS) {
    const cost = a.shape === 'joint' ? `${a.cost} (${a.partnerCost ?? 1})` : String(a.cost);
    const chance = a.shape === 'move' || a.shape === 'share' ? 'no roll' : `${a.baseChance}`;
    const effects = (list: readonly Effect[]) =>
      list.length === 0 ? '–' : list.map(effectText).join(', ');
    out.push(
      `| ${code(a.id)} | ${a.name} | ${a.shape} | ${cost} | ${chance} | ${a.domain ?? 'anyone'} | ${effects(a.onSuccess)} | ${effects(a.onFailure)} |`,
    );
  }
  return out.join('\n');
}
