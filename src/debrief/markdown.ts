/**
 * The after-action report as Markdown, for the exercise report, in the language of the `Lang` it
 * is given (build the model with the same `Lang`: `buildDebrief(rules, state, L)`). Scenario and
 * facilitator text is untrusted: it is escaped so it stays text in any Markdown renderer (no
 * HTML, no links).
 */
import type { Lang } from '../i18n';
import {
  sentence,
  type Debrief,
  type ObjectiveReport,
  type RoleReport,
  type Series,
} from './model';

/**
 * Text from a scenario or a facilitator, as one line of Markdown that renders as itself: every
 * line break (a lone CR, U+2028, U+0085… too, which some renderers honour) becomes a space so it
 * cannot start a heading of its own, every character that makes markup is escaped, and so is
 * whatever would make a block of the line's start (a list, a setext underline, indentation that
 * makes code).
 */
export function mdText(text: string): string {
  return text
    .replace(/[\r\n\u000b\u000c\u0085\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]<>|~&#!]/g, (c) => `\\${c}`)
    .replace(/^[ \t]+/, '')
    .replace(/^[+=-]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A number with one decimal as the language writes it ("1.5", "1,5"). */
export function decimal(L: Lang, tenths: number): string {
  return new Intl.NumberFormat(L.locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(tenths / 10);
}

/** "1.5 turns" / "1,5 tours": a mean number of turns, with the language's plural for it. */
export function meanTurns(L: Lang, tenths: number): string {
  return L.ui.report.mdTurnsDecimal(
    decimal(L, tenths),
    new Intl.PluralRules(L.locale).select(tenths / 10) === 'one',
  );
}

function objectiveRows(
  L: Lang,
  list: ObjectiveReport[],
  roleName?: (id: string) => string,
): string[] {
  const t = L.ui.report;
  const cols = [t.mdColObjective, t.mdColTarget, t.mdColResult, t.mdColMet, t.mdColRating];
  const head = roleName ? [t.mdColRole, ...cols] : cols;
  return [
    `| ${head.join(' | ')} |`,
    `|${' --- |'.repeat(head.length)}`,
    ...list.map((o) => {
      const cells = [
        mdText(o.description),
        mdText(o.target),
        L.f.num(o.value),
        o.met ? t.mdYes : t.mdNo,
        o.evaluation
          ? `${mdText(L.vocab.ratings[o.evaluation.rating])}${o.evaluation.note ? `: ${mdText(o.evaluation.note)}` : ''}`
          : '\u2014',
      ];
      return `| ${(roleName && o.role ? [mdText(roleName(o.role)), ...cells] : cells).join(' | ')} |`;
    }),
  ];
}

function seriesTable(L: Lang, series: Series[]): string[] {
  const t = L.ui.report;
  const turns = series[0]?.values.length ?? 0;
  const head = `| | ${Array.from({ length: turns }, (_, i) => (i === 0 ? t.mdStart : t.mdTurnShort(i))).join(' | ')} |`;
  return [
    head,
    `| --- |${' --- |'.repeat(turns)}`,
    ...series.map((s) => `| ${mdText(s.label)} | ${s.values.map((v) => L.f.num(v)).join(' | ')} |`),
  ];
}

/** "12 actions, 9 succeeded, 4 joint; shared 2, received 1": a role's figures, as the report and
 * the screen give them. */
export function roleFigures(
  L: Lang,
  r: Pick<RoleReport, 'actions' | 'successes' | 'jointActions' | 'sharesGiven' | 'sharesReceived'>,
): string {
  const t = L.ui.report;
  return `${t.roleActions(r.actions, r.successes, r.jointActions)}${t.listSeparator}${t.roleShares(L.f.num(r.sharesGiven), L.f.num(r.sharesReceived))}`;
}

export interface MarkdownOptions {
  /** When the report is exported; written as the language writes dates. */
  date?: Date;
}

/**
 * The report in `L`'s language. `roleName` names a role as the report should (with its team's
 * name, say); the model `d` must have been built with the same `L`.
 */
export function debriefMarkdown(
  d: Debrief,
  roleName: (id: string) => string,
  L: Lang,
  opts: MarkdownOptions = {},
): string {
  const t = L.ui.report;
  const o = d.overview;
  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);
  const result =
    o.ended && o.score !== null
      ? o.won
        ? t.mdAccomplished(o.score)
        : t.mdNotAccomplished(o.score)
      : t.mdInProgress;
  push(`# ${t.mdTitle(mdText(o.title))}`, '');
  if (opts.date)
    push(
      mdText(
        t.mdExported(
          new Intl.DateTimeFormat(L.locale, { dateStyle: 'long', timeStyle: 'short' }).format(
            opts.date,
          ),
        ),
      ),
      '',
    );
  push(
    `${t.mdSeed(mdText(o.seed))} \u00b7 ${t.mdTurnsPlayed(o.turnsPlayed, o.turns)} \u00b7 ${result}`,
    '',
  );
  if (o.reason) push(t.mdEnded(mdText(o.reason)), '');
  push(
    `## ${t.mdOverview}`,
    '',
    mdText(o.summary),
    '',
    mdText(o.setting),
    '',
    `### ${t.mdLearningObjectives}`,
    '',
  );
  o.learningObjectives.forEach((l) => push(`- ${mdText(l)}`));
  push('', `## ${t.mdObjectives}`, '', ...objectiveRows(L, d.objectives), '');
  for (const obj of d.objectives) {
    if (!obj.evidence.length) continue;
    push(t.mdEvidenceFor(mdText(obj.description)), '');
    obj.evidence.forEach((e) =>
      push(`- ${t.mdTurnItem(e.turn, `${mdText(e.title)} (${L.f.signed(e.change)})`)}`),
    );
    push('');
  }
  push(`### ${t.mdPrivateObjectives}`, '', ...objectiveRows(L, d.privateObjectives, roleName), '');
  push(
    `## ${t.mdIndicators}`,
    '',
    ...seriesTable(L, d.charts.mission),
    '',
    `### ${t.mdTrust}`,
    '',
    ...seriesTable(L, d.charts.trust),
    '',
  );
  push(`## ${t.mdKeyMoments}`, '');
  d.keyMoments.forEach((k) =>
    push(
      `- ${t.mdMoment(k.turn, mdText(sentence(k.title)), k.swing)}${k.why ? ` ${t.mdWhy(mdText(k.why))}` : ''}`,
    ),
  );
  const c = d.coordination;
  push('', `## ${t.mdCoordination}`, '');
  push(
    `- ${t.mdJoint(c.jointActions, c.jointActions + c.soloActions, c.jointShare, c.lapsedProposals)}`,
  );
  push(
    `- ${[t.mdShared(c.factsShared), t.mdHeldFacts(c.factsHeld), t.mdLeaks(c.leaks)].join(t.listSeparator)}.`,
  );
  push(
    `- ${t.mdIncidents(c.incidentsResolved, c.incidentsFailed, c.responseTimeTenths === null ? '\u2014' : meanTurns(L, c.responseTimeTenths))}`,
  );
  c.heldIntelIncidents.forEach((x) => push(`- ${t.mdHeldMattered(x.turn, mdText(x.title))}`));
  push('', `## ${t.mdWhoKnew}`, '');
  for (const f of d.facts) {
    const holders = f.holders
      .map((x) => t.mdHolder(mdText(roleName(x.role)), x.fromTurn, mdText(x.how)))
      .join(t.listSeparator);
    push(
      `- **${mdText(f.title)}**${t.mdHolders(holders)}${f.neverReached.length ? ` ${t.mdNeverReached(L.f.list(f.neverReached.map((r) => mdText(roleName(r)))))}` : ''}`,
    );
    f.incidents.forEach((i) => {
      const status = t.incidentStatus[i.status];
      push(
        `  - ${i.closed ? t.mdRelatedIncidentClosed(mdText(i.title), i.opened, status, i.closed) : t.mdRelatedIncident(mdText(i.title), i.opened, status)}`,
      );
    });
  }
  push('', `## ${t.mdStrengths}`, '');
  for (const r of d.roles) {
    push(`### ${mdText(r.name)}`, '', `${roleFigures(L, r)}.`, '');
    r.strengths.forEach((s) => push(`- ${t.mdStrength(mdText(s))}`));
    r.improvements.forEach((s) => push(`- ${t.mdToImprove(mdText(s))}`));
    push('');
  }
  push(`## ${t.mdTimeline}`, '');
  for (const turn of d.timeline) {
    push(`### ${t.mdTurn(turn.turn)}`, '');
    turn.items.forEach((i) =>
      push(
        `- ${mdText(i.title)}${i.overruled !== undefined ? ` \u2014 ${t.mdOverruled(mdText(i.overruled))}` : ''}${i.annotation ? ` \u2014 ${t.mdFacilitatorNote(mdText(i.annotation))}` : ''}`,
      ),
    );
    push('');
  }
  push(`## ${t.mdQuestions}`, '');
  d.questions.forEach((q, i) => push(`${i + 1}. ${mdText(q.text)}`));
  push('', `## ${t.mdNotes}`, '');
  if (!d.annotations.length && !d.facilitatorActions.length) push(t.mdNone);
  d.annotations.forEach((a) =>
    push(`- ${t.mdAnnotation(a.turn, mdText(a.title), mdText(a.note))}`),
  );
  d.facilitatorActions.forEach((a) => push(`- ${t.mdTurnItem(a.turn, mdText(a.title))}`));
  push('', `## ${t.mdPlan}`, '');
  if (!d.improvements.length) push(t.mdNoneRecorded);
  else {
    push(
      `| ${[t.mdColAction, t.mdColObjective, t.mdColOwner, t.mdColDue].join(' | ')} |`,
      '| --- | --- | --- | --- |',
    );
    const objectiveName = (id: string | undefined) => {
      const found = id
        ? [...d.objectives, ...d.privateObjectives].find((x) => x.id === id)
        : undefined;
      return found ? found.description : (id ?? '\u2014');
    };
    d.improvements.forEach((i) =>
      push(
        `| ${mdText(i.action)} | ${mdText(objectiveName(i.objective))} | ${mdText(i.owner || '\u2014')} | ${mdText(i.due || '\u2014')} |`,
      ),
    );
  }
  return lines.join('\n') + '\n';
}
