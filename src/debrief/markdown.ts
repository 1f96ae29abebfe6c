/**
 * The after-action report as Markdown, for the exercise report. Scenario and facilitator text
 * is untrusted: it is escaped so it stays text in any Markdown renderer (no HTML, no links).
 */
import type { Debrief, ObjectiveReport, Series } from './model';
import { RATING_LABELS } from './labels';

export function mdText(text: string): string {
  // Only what makes markup inside a line; a paragraph that starts with # or - is still escaped.
  return text
    .replace(/[\\`*_{}[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ')
    .replace(/^([#+-]|\d+\.)/, '\\$1');
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function objectiveRows(list: ObjectiveReport[], roleName?: (id: string) => string): string[] {
  const head = roleName ? '| Role | Objective | Target | Result | Met | Rating |' : '| Objective | Target | Result | Met | Rating |';
  const rule = roleName ? '| --- | --- | --- | --- | --- | --- |' : '| --- | --- | --- | --- | --- |';
  return [
    head,
    rule,
    ...list.map((o) => {
      const cells = [
        mdText(o.description),
        o.target,
        String(o.value),
        o.met ? 'yes' : 'no',
        o.evaluation ? `${RATING_LABELS[o.evaluation.rating]}${o.evaluation.note ? `: ${mdText(o.evaluation.note)}` : ''}` : '—',
      ];
      return `| ${(roleName && o.role ? [mdText(roleName(o.role)), ...cells] : cells).join(' | ')} |`;
    }),
  ];
}

function seriesTable(series: Series[]): string[] {
  const turns = series[0]?.values.length ?? 0;
  const head = `| | ${Array.from({ length: turns }, (_, t) => (t === 0 ? 'start' : `T${t}`)).join(' | ')} |`;
  return [head, `| --- |${' --- |'.repeat(turns)}`, ...series.map((s) => `| ${mdText(s.label)} | ${s.values.join(' | ')} |`)];
}

export function debriefMarkdown(d: Debrief, roleName: (id: string) => string): string {
  const o = d.overview;
  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);
  push(`# After-action report: ${mdText(o.title)}`, '');
  push(`Seed ${mdText(o.seed)} · ${o.turnsPlayed} of ${o.turns} turns played · ${o.ended ? `score ${o.score} of 100, mission ${o.won ? 'accomplished' : 'not accomplished'}` : 'exercise in progress'}`, '');
  if (o.reason) push(`Ended: ${mdText(o.reason)}.`, '');
  push('## Exercise overview', '', mdText(o.summary), '', mdText(o.setting), '', '### Learning objectives', '');
  o.learningObjectives.forEach((l) => push(`- ${mdText(l)}`));
  push('', '## Objectives', '', ...objectiveRows(d.objectives), '');
  for (const obj of d.objectives) {
    if (!obj.evidence.length) continue;
    push(`Evidence for "${mdText(obj.description)}":`, '');
    obj.evidence.forEach((e) => push(`- Turn ${e.turn}: ${mdText(e.title)} (${signed(e.change)})`));
    push('');
  }
  push('### Private objectives', '', ...objectiveRows(d.privateObjectives, roleName), '');
  push('## Indicators over the turns', '', ...seriesTable(d.charts.mission), '', '### Trust between roles', '', ...seriesTable(d.charts.trust), '');
  push('## Key moments', '');
  d.keyMoments.forEach((k) => push(`- Turn ${k.turn}: ${mdText(k.title)} Swing ${k.swing}.${k.why ? ` Why: ${mdText(k.why)}.` : ''}`));
  const c = d.coordination;
  push('', '## Coordination', '');
  push(`- Joint actions: ${c.jointActions} of ${c.jointActions + c.soloActions} actions (${c.jointShare}%); ${c.lapsedProposals} proposal(s) lapsed.`);
  push(`- Intelligence shared ${c.factsShared} time(s); ${c.factsHeld} fact(s) never reached a role they would have helped; ${c.leaks} leak(s).`);
  push(`- Incidents resolved ${c.incidentsResolved}, failed ${c.incidentsFailed}; mean response time ${c.responseTimeTenths === null ? '—' : `${(c.responseTimeTenths / 10).toFixed(1)} turns`}.`);
  c.heldIntelIncidents.forEach((h) => push(`- Held intelligence mattered on turn ${h.turn}: ${mdText(h.title)}`));
  push('', '## Who knew what, when', '');
  for (const f of d.facts) {
    const holders = f.holders.map((h) => `${mdText(roleName(h.role))} from turn ${h.fromTurn} (${mdText(h.how)})`).join('; ');
    push(`- **${mdText(f.title)}**: ${holders}.${f.neverReached.length ? ` Never reached: ${f.neverReached.map((r) => mdText(roleName(r))).join(', ')}.` : ''}`);
    f.incidents.forEach((i) => push(`  - Related incident: ${mdText(i.title)}, opened turn ${i.opened}, ${i.status}${i.closed ? ` on turn ${i.closed}` : ''}.`));
  }
  push('', '## Strengths and areas for improvement', '');
  for (const r of d.roles) {
    push(`### ${mdText(r.name)}`, '', `${r.actions} actions, ${r.successes} succeeded, ${r.jointActions} joint; shared ${r.sharesGiven}, received ${r.sharesReceived}.`, '');
    r.strengths.forEach((s) => push(`- Strength: ${mdText(s)}`));
    r.improvements.forEach((s) => push(`- To improve: ${mdText(s)}`));
    push('');
  }
  push('## Timeline', '');
  for (const t of d.timeline) {
    push(`### Turn ${t.turn}`, '');
    t.items.forEach((i) => push(`- ${mdText(i.title)}${i.annotation ? ` — Facilitator: ${mdText(i.annotation)}` : ''}`));
    push('');
  }
  push('## Discussion questions', '');
  d.questions.forEach((q, i) => push(`${i + 1}. ${mdText(q.text)}`));
  push('', '## Facilitator notes', '');
  if (!d.annotations.length && !d.facilitatorActions.length) push('None.');
  d.annotations.forEach((a) => push(`- Turn ${a.turn}, on "${mdText(a.title)}": ${mdText(a.note)}`));
  d.facilitatorActions.forEach((a) => push(`- Turn ${a.turn}: ${mdText(a.title)}`));
  push('', '## Improvement plan', '');
  if (!d.improvements.length) push('None recorded.');
  else {
    push('| Corrective action | Objective | Owner | Due |', '| --- | --- | --- | --- |');
    d.improvements.forEach((i) => push(`| ${mdText(i.action)} | ${mdText(i.objective ?? '—')} | ${mdText(i.owner)} | ${mdText(i.due)} |`));
  }
  return lines.join('\n') + '\n';
}
