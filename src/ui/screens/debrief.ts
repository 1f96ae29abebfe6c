/**
 * The debrief (after-action review), for a projector and for print: the sections of a real
 * after-action report, built from `buildDebrief` (a pure function of the log), the facilitator's
 * evaluation and improvement plan, and the exports (Markdown report, JSON save with the full log,
 * CSV of indicators, and a print stylesheet for PDF).
 *
 * The screen (and so the print) speaks the window's language; the Markdown and CSV exports are
 * built in the language chosen beside them ("Export in"), which defaults to the window's and
 * never changes it.
 */
import { visibleLog, type GameState, type LogEntry, type Rules } from '../../engine';
import { buildDebrief, type Debrief, type ObjectiveReport } from '../../debrief/model';
import { debriefMarkdown, decimal, roleFigures } from '../../debrief/markdown';
import { indicatorsCsv } from '../../debrief/csv';
import { isLocale, LOCALE_NAMES, LOCALES, makeLang, type Lang, type Locale } from '../../i18n';
import { seatName, type Game } from '../../store';
import { lineChart, turnLabels } from '../charts';
import { logPanel, roleBadge, rollView } from '../components';
import type { ScreenContext } from '../context';
import { downloadText, h, slots, type Child } from '../dom';
import { improvementPlan, ratingForm, ratingPill } from '../evaluation';
import { formValue } from '../forms';
import { districtName, effectText, roleName } from '../text';
import { gameFrame } from './frame';

const cache = new WeakMap<GameState, WeakMap<Lang, Debrief>>();

/** The debrief model of a game in a language, built once per state and language. */
export function debriefOf(rules: Rules, state: GameState, L: Lang): Debrief {
  let byLang = cache.get(state);
  if (!byLang) cache.set(state, (byLang = new WeakMap()));
  let d = byLang.get(L);
  if (!d) {
    d = buildDebrief(rules, state, L);
    byLang.set(L, d);
  }
  return d;
}

const SECTIONS = [
  'overview',
  'objectives',
  'timeline',
  'charts',
  'moments',
  'coordination',
  'facts',
  'roles',
  'questions',
  'notes',
  'evaluation',
  'plan',
  'log',
] as const;

function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h(
    'section',
    { class: 'dsec', id, 'aria-labelledby': `${id}-title`, 'data-testid': id },
    h('h2', { id: `${id}-title`, tabindex: '-1' }, title),
    ...children,
  );
}

function figure(label: string, value: string, note?: Child, tone?: 'good' | 'bad'): HTMLElement {
  // Words ("Mission accomplished") get a smaller size than figures, so they fit the card.
  const words = /\p{L}{4}/u.test(value);
  return h(
    'div',
    { class: `figure${tone ? ` figure-${tone}` : ''}` },
    h('span', { class: 'figure-label' }, label),
    h('strong', { class: `figure-value${words ? ' figure-words' : ''}` }, value),
    note ? h('span', { class: 'figure-note' }, note) : null,
  );
}

/** Scrolls the debrief's own scroll area (not the page) to a section and focuses its title. */
function goToSection(id: string): void {
  const el = document.getElementById(id);
  const box = el?.closest<HTMLElement>('.debrief-content');
  if (!el || !box) return;
  box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top;
  document.getElementById(`${id}-title`)?.focus({ preventScroll: true });
}

function safeName(rules: Rules): string {
  return rules.scenario.id.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'scenario';
}

/** The language the exports are built in: the one chosen beside them, else the window's. */
function exportLocale(ctx: ScreenContext): Locale {
  const chosen = formValue(ctx, 'export-language', ctx.L.locale);
  return isLocale(chosen) ? chosen : ctx.L.locale;
}

function exportsBar(ctx: ScreenContext, g: Game): HTMLElement {
  const { session, L } = ctx;
  const t = L.ui.debrief;
  const name = safeName(g.rules);
  const chosen = exportLocale(ctx);
  /** The export's language and its model, built when a button is pressed (not on every render). */
  const inChosen = () => {
    const locale = exportLocale(ctx);
    const EL = locale === L.locale ? L : makeLang(locale, g.rules.scenario);
    return { EL, d: debriefOf(g.rules, g.state, EL), locale };
  };
  return h(
    'div',
    { class: 'debrief-exports no-print', role: 'group', 'aria-label': t.exportsLabel },
    h(
      'label',
      { class: 'field field-inline', title: t.exportInHint },
      h('span', null, t.exportIn),
      h(
        'select',
        {
          id: 'export-language',
          'data-testid': 'export-language',
          onchange: (ev: Event) => {
            // Kept like typed text, so a re-render keeps the choice; the window's language is
            // untouched.
            ctx.local.forms['export-language'] = (ev.target as HTMLSelectElement).value;
          },
        },
        LOCALES.map((l) =>
          h('option', { value: l, lang: l, selected: l === chosen }, LOCALE_NAMES[l]),
        ),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-small',
        id: 'export-markdown',
        'data-testid': 'export-markdown',
        onclick: () => {
          const { EL, d, locale } = inChosen();
          downloadText(
            `mandate-${name}-debrief-${locale}.md`,
            debriefMarkdown(d, (id) => seatLabel(EL, g, id), EL, { date: new Date() }),
            'text/markdown',
          );
        },
      },
      t.exportMarkdown,
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-small',
        id: 'export-json',
        'data-testid': 'export-json',
        onclick: () => {
          const { EL } = inChosen();
          const out = session.exportSave(EL);
          if (out) downloadText(out.filename, out.text);
        },
      },
      t.exportJson,
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-small',
        id: 'export-csv',
        'data-testid': 'export-csv',
        onclick: () => {
          const { EL, d, locale } = inChosen();
          downloadText(
            `mandate-${name}-indicators-${locale}.csv`,
            indicatorsCsv(d, EL),
            'text/csv',
          );
        },
      },
      t.exportCsv,
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-small',
        id: 'print-debrief',
        'data-testid': 'print-debrief',
        onclick: () => window.print(),
      },
      t.print,
    ),
  );
}

function seatLabel(L: Lang, g: Game, role: string): string {
  const seat = g.seats[role];
  const name = roleName(L, g.rules, role);
  return seat?.kind === 'team'
    ? L.ui.debrief.seat(name, seatName(L, g, role))
    : seatName(L, g, role);
}

function overview(L: Lang, d: Debrief, g: Game): HTMLElement {
  const t = L.ui.debrief;
  const o = d.overview;
  const c = d.coordination;
  const win = g.rules.scenario.winScore;
  const result = o.ended ? (o.won ? t.accomplished : t.notAccomplished) : t.inProgress;
  return section(
    'db-overview',
    t.overviewTitle,
    h(
      'div',
      { class: 'figures' },
      figure(
        t.score,
        L.f.num(o.score === null ? (g.state.history.at(-1)?.score ?? 0) : o.score),
        o.score === null ? t.scoreSoFar(win) : t.scoreOf(win),
        o.won === null ? undefined : o.won ? 'good' : 'bad',
      ),
      figure(t.result, result, o.reason ? t.ended(o.reason) : t.turnOf(g.state.turn, o.turns)),
      figure(t.turnsPlayed, t.playedOf(o.turnsPlayed, o.turns), t.seed(o.seed)),
      figure(
        t.jointActions,
        L.f.percent(c.jointShare),
        t.jointOf(c.jointActions, c.jointActions + c.soloActions),
      ),
      figure(t.incidentsResolved, L.f.num(c.incidentsResolved), t.failedCount(c.incidentsFailed)),
    ),
    h(
      'div',
      { class: 'overview-text' },
      h(
        'div',
        null,
        h('h3', null, t.theExercise),
        h('p', null, o.summary),
        h('p', { class: 'muted' }, o.setting),
      ),
      h(
        'div',
        null,
        h('h3', null, t.learningObjectives),
        h(
          'ol',
          { class: 'learning' },
          o.learningObjectives.map((l) => h('li', null, l)),
        ),
      ),
    ),
  );
}

function evidenceTone(o: ObjectiveReport, change: number): 'good' | 'bad' {
  return (o.comparison === 'atLeast') === change > 0 ? 'good' : 'bad';
}

function objectiveCard(L: Lang, rules: Rules, state: GameState, o: ObjectiveReport): HTMLElement {
  const t = L.ui.debrief;
  return h(
    'article',
    {
      class: `objective ${o.met ? 'met' : 'unmet'}`,
      'data-testid': 'objective',
      'data-objective': o.id,
    },
    h(
      'div',
      { class: 'objective-head' },
      h('span', { class: `result-pill ${o.met ? 'good' : 'bad'}` }, o.met ? t.met : t.notMet),
      h('h3', null, o.description),
      h(
        'span',
        { class: 'objective-value' },
        t.nowTarget(o.value, o.target),
        o.weight ? h('span', { class: 'muted' }, ` \u00b7 ${t.points(o.weight)}`) : null,
      ),
    ),
    h(
      'div',
      { class: 'objective-body' },
      h(
        'div',
        { class: 'evidence' },
        h('h4', null, t.evidence),
        o.evidence.length === 0
          ? h('p', { class: 'muted' }, t.noEvidence)
          : h(
              'ul',
              { class: 'evidence-list' },
              o.evidence.map((e) => {
                const entry = state.log.find((x) => x.id === e.entry);
                const tone = evidenceTone(o, e.change);
                return h(
                  'li',
                  null,
                  h(
                    'details',
                    {
                      class: 'evidence-item',
                      'data-key': `ev-${o.id}-${e.entry}`,
                      'data-testid': 'evidence',
                    },
                    h(
                      'summary',
                      null,
                      h(
                        'span',
                        { class: `delta ${tone}` },
                        `${tone === 'good' ? '\u25b2' : '\u25bc'} ${L.f.signed(e.change)}`,
                      ),
                      h('span', { class: 'muted' }, ` ${t.turnDot(e.turn)}`),
                      e.title,
                    ),
                    entry
                      ? evidenceDetail(L, rules, entry)
                      : h('p', { class: 'muted' }, t.entryMissing),
                  ),
                );
              }),
            ),
      ),
      h(
        'div',
        { class: 'objective-rating' },
        h('h4', null, t.rating),
        ratingPill(L, o.evaluation),
        o.evaluation?.note ? h('p', { class: 'rating-note' }, t.quoted(o.evaluation.note)) : null,
      ),
    ),
  );
}

function evidenceDetail(L: Lang, rules: Rules, entry: LogEntry): HTMLElement {
  return h(
    'div',
    { class: 'evidence-detail' },
    entry.detail ? h('p', { class: 'entry-detail' }, L.msg(entry.detail)) : null,
    rollView(L, entry) ?? h('p', { class: 'muted' }, L.ui.debrief.noRoll),
    entry.effects.length
      ? h(
          'ul',
          { class: 'effects' },
          entry.effects.map((x) => h('li', { class: 'effect' }, effectText(L, rules, x))),
        )
      : null,
  );
}

function objectives(L: Lang, g: Game, d: Debrief): HTMLElement {
  const t = L.ui.debrief;
  const met = d.objectives.filter((o) => o.met).length;
  return section(
    'db-objectives',
    t.objectivesTitle,
    h('p', { class: 'lede' }, t.objectivesLede(met, d.objectives.length)),
    h(
      'div',
      { class: 'objectives-list' },
      d.objectives.map((o) => objectiveCard(L, g.rules, g.state, o)),
    ),
    h('h3', null, t.privateTitle),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'results', 'data-testid': 'private-objectives' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, t.colRole),
            h('th', { scope: 'col' }, t.colObjective),
            h('th', { scope: 'col', class: 'num' }, t.colNow),
            h('th', { scope: 'col' }, t.colResult),
            h('th', { scope: 'col' }, t.colRating),
          ),
        ),
        h(
          'tbody',
          null,
          d.privateObjectives.map((o) =>
            h(
              'tr',
              null,
              h('td', null, roleBadge(L, g.rules, o.role!), ` ${seatName(L, g, o.role!)}`),
              h('td', null, o.description, h('span', { class: 'muted' }, ` (${o.target})`)),
              h('td', { class: 'num' }, L.f.num(o.value)),
              h('td', { class: `result ${o.met ? 'good' : 'bad'}` }, o.met ? t.met : t.notMet),
              h('td', null, ratingPill(L, o.evaluation)),
            ),
          ),
        ),
      ),
    ),
  );
}

function timeline(L: Lang, g: Game, d: Debrief): HTMLElement {
  const t = L.ui.debrief;
  const rules = g.rules;
  return section(
    'db-timeline',
    t.timelineTitle,
    d.timeline.length === 0 ? h('p', { class: 'muted' }, t.nothingYet) : null,
    h(
      'ol',
      { class: 'timeline' },
      d.timeline.map((turn) =>
        h(
          'li',
          { class: 'tl-turn' },
          h('h3', null, t.turn(turn.turn)),
          h(
            'ul',
            { class: 'tl-items' },
            turn.items.map((i) => {
              const mark =
                i.success === undefined
                  ? i.kind === 'facilitator'
                    ? '\u270e'
                    : i.kind === 'inject' || i.kind === 'event'
                      ? '\u2709'
                      : i.kind === 'incident'
                        ? '\u26a0'
                        : '\u2022'
                  : i.success
                    ? '\u2714'
                    : '\u2716';
              const where = i.district ? districtName(L, rules, i.district) : '';
              return h(
                'li',
                { class: `tl-item kind-${i.kind}${i.success === false ? ' failed' : ''}` },
                h(
                  'span',
                  {
                    class: `tl-mark${i.success === undefined ? '' : i.success ? ' good' : ' bad'}`,
                    'aria-label':
                      i.success === undefined
                        ? t.kinds[i.kind]
                        : i.success
                          ? t.succeeded
                          : t.failed,
                  },
                  mark,
                ),
                h(
                  'span',
                  { class: 'tl-badges' },
                  i.roles.map((r) => roleBadge(L, rules, r)),
                ),
                h(
                  'span',
                  { class: 'tl-title' },
                  i.title,
                  where && !i.title.includes(where)
                    ? h('span', { class: 'muted' }, ` \u00b7 ${where}`)
                    : null,
                ),
                i.annotation
                  ? h('span', { class: 'tl-note' }, t.facilitatorNote(i.annotation))
                  : null,
              );
            }),
          ),
        ),
      ),
    ),
  );
}

function charts(ctx: ScreenContext, d: Debrief): HTMLElement {
  const { L } = ctx;
  const t = L.ui.debrief;
  const scope = ctx.local.chartScope;
  const district = d.charts.districts.find((x) => x.district === scope);
  const series = district ? district.series : d.charts.mission;
  const points = series[0]?.values.length ?? 1;
  const labels = turnLabels(L, points);
  const indicators = d.charts.indicators;
  const named = series.map((s, i) => ({
    label: indicators[i]?.goodWhen === 'low' ? t.lowerBetter(s.label) : t.higherBetter(s.label),
    values: s.values,
  }));
  return section(
    'db-charts',
    t.chartsTitle,
    h(
      'div',
      { class: 'chart-controls no-print' },
      h(
        'label',
        { class: 'field field-inline' },
        h('span', null, t.indicatorsFor),
        h(
          'select',
          {
            id: 'chart-scope',
            'data-testid': 'chart-scope',
            onchange: (ev: Event) => {
              ctx.local.chartScope = (ev.target as HTMLSelectElement).value;
              ctx.rerender();
            },
          },
          h('option', { value: 'mission', selected: !district }, t.wholeArea),
          d.charts.districts.map((x) =>
            h('option', { value: x.district, selected: x.district === scope }, x.name),
          ),
        ),
      ),
    ),
    h('h3', null, district ? t.indicatorsIn(district.name) : t.indicatorsAverage),
    lineChart(L, {
      title: district ? t.chartIn(district.name) : t.chartAverage,
      series: named,
      xLabels: labels,
      xTitle: t.axisTurn,
      yTitle: t.axisValue,
      yMin: 0,
      yMax: 100,
      fit: true,
      testId: 'chart-indicators',
    }),
    h('h3', null, t.trustTitle),
    lineChart(L, {
      title: t.chartTrust,
      series: d.charts.trust,
      xLabels: labels,
      xTitle: t.axisTurn,
      yTitle: t.axisTrust,
      yMin: 0,
      yMax: 100,
      fit: true,
      testId: 'chart-trust',
    }),
  );
}

function keyMoments(L: Lang, g: Game, d: Debrief): HTMLElement {
  const t = L.ui.debrief;
  return section(
    'db-moments',
    t.momentsTitle,
    d.keyMoments.length === 0
      ? h('p', { class: 'muted' }, t.noMoments)
      : h(
          'ol',
          { class: 'moments' },
          d.keyMoments.map((k) =>
            h(
              'li',
              null,
              h(
                'div',
                { class: 'moment-head' },
                h('span', { class: 'swing' }, t.swing(k.swing)),
                h('span', { class: 'muted' }, t.turn(k.turn)),
                h(
                  'span',
                  { class: 'tl-badges' },
                  k.roles.map((r) => roleBadge(L, g.rules, r)),
                ),
              ),
              h('p', { class: 'moment-title' }, k.title),
              k.why ? h('p', { class: 'muted' }, t.why(k.why)) : null,
            ),
          ),
        ),
  );
}

function coordination(L: Lang, d: Debrief): HTMLElement {
  const t = L.ui.debrief;
  const c = d.coordination;
  return section(
    'db-coordination',
    t.coordinationTitle,
    h(
      'div',
      { class: 'figures' },
      figure(
        t.jointActions,
        L.f.percent(c.jointShare),
        `${t.jointCount(c.jointActions)}, ${t.soloCount(c.soloActions)}${L.ui.report.listSeparator}${t.lapsedCount(c.lapsedProposals)}`,
      ),
      figure(t.intelShared, L.f.num(c.factsShared), t.leaks(c.leaks)),
      figure(t.intelHeld, L.f.num(c.factsHeld), t.intelHeldNote, c.factsHeld ? 'bad' : undefined),
      figure(
        t.incidents,
        `${L.f.num(c.incidentsResolved)} / ${L.f.num(c.incidentsFailed)}`,
        t.resolvedFailed,
      ),
      figure(
        t.responseTime,
        c.responseTimeTenths === null ? '\u2014' : decimal(L, c.responseTimeTenths),
        t.responseTimeNote,
      ),
    ),
    h('h3', null, t.heldTitle),
    c.heldIntelIncidents.length === 0
      ? h('p', { class: 'muted' }, t.noHeld)
      : h(
          'ul',
          { class: 'held', 'data-testid': 'held-intel' },
          c.heldIntelIncidents.map((x) =>
            h('li', null, h('span', { class: 'muted' }, t.turnColon(x.turn)), x.title),
          ),
        ),
  );
}

function factsSection(L: Lang, g: Game, d: Debrief): HTMLElement {
  const t = L.ui.debrief;
  const rules = g.rules;
  const turns = Math.max(1, g.state.turn);
  const columns = Array.from({ length: turns }, (_, i) => i + 1);
  return section(
    'db-facts',
    t.factsTitle,
    h('p', { class: 'lede' }, t.factsLede),
    d.facts.map((f) => {
      const def = rules.factById.get(f.fact);
      const cells = (role: string) => {
        const holder = f.holders.find((x) => x.role === role);
        return columns.map((turn) => {
          const held = holder !== undefined && holder.fromTurn <= turn;
          const received = held && holder.fromTurn === turn && !holder.fromStart;
          return h(
            'td',
            {
              class: `kw-cell${held ? ' held' : ''}`,
              title: held ? t.heldOn(turn) : t.notHeldOn(turn),
            },
            held ? (received ? '\u25c9' : '\u25cf') : '',
          );
        });
      };
      const table = h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'knew' },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', { scope: 'col' }, t.colRole),
              columns.map((turn) => h('th', { scope: 'col', class: 'num' }, t.turnShort(turn))),
            ),
          ),
          h(
            'tbody',
            null,
            rules.scenario.roles.map((r) =>
              h(
                'tr',
                null,
                h('th', { scope: 'row' }, roleBadge(L, rules, r.id), ` ${L.text(r.name)}`),
                cells(r.id),
              ),
            ),
            f.incidents.length
              ? h(
                  'tr',
                  { class: 'kw-incidents' },
                  h('th', { scope: 'row' }, t.incidentsRow),
                  columns.map((turn) =>
                    h(
                      'td',
                      { class: 'kw-cell' },
                      f.incidents.filter((x) => x.opened === turn).map(() => '\u26a0'),
                      f.incidents
                        .filter((x) => x.closed === turn)
                        .map((x) => (x.status === 'resolved' ? '\u2714' : '\u2716')),
                    ),
                  ),
                )
              : null,
          ),
        ),
      );
      const lines = h(
        'ul',
        { class: 'fact-lines' },
        f.holders.map((x) =>
          h(
            'li',
            null,
            roleBadge(L, rules, x.role),
            ` ${t.holder(roleName(L, rules, x.role), x.fromTurn, x.how)}`,
          ),
        ),
        f.shares.map((x) =>
          h(
            'li',
            null,
            t.shared(x.turn, roleName(L, rules, x.from), roleName(L, rules, x.to)),
            x.leaked ? h('strong', { class: 'warn' }, t.itLeaked) : null,
          ),
        ),
        f.incidents.map((x) => {
          const status = L.ui.report.incidentStatus[x.status];
          const where = districtName(L, rules, x.district);
          return h(
            'li',
            null,
            x.closed
              ? t.incidentLineClosed(x.title, where, x.opened, status, x.closed)
              : t.incidentLine(x.title, where, x.opened, status),
          );
        }),
        f.neverReached.length
          ? h(
              'li',
              { class: 'never' },
              slots(t.neverReached, {
                roles: h(
                  'strong',
                  null,
                  L.f.list(f.neverReached.map((r) => roleName(L, rules, r))),
                ),
              }),
            )
          : null,
      );
      return h(
        'article',
        { class: 'fact-story', 'data-testid': 'fact-story' },
        h(
          'h3',
          null,
          f.title,
          def?.district
            ? h('span', { class: 'muted' }, ` \u00b7 ${districtName(L, rules, def.district)}`)
            : null,
        ),
        h('div', { class: 'fact-body' }, table, lines),
      );
    }),
  );
}

function rolesSection(L: Lang, g: Game, d: Debrief): HTMLElement {
  const t = L.ui.debrief;
  return section(
    'db-roles',
    t.rolesTitle,
    h(
      'div',
      { class: 'role-reports' },
      d.roles.map((r) =>
        h(
          'article',
          { class: 'role-report' },
          h(
            'div',
            { class: 'role-head' },
            roleBadge(L, g.rules, r.role, { large: true }),
            h(
              'div',
              null,
              h('h3', null, r.name),
              h('p', { class: 'muted' }, `${seatName(L, g, r.role)} \u00b7 ${roleFigures(L, r)}`),
            ),
          ),
          h('h4', null, t.strengths),
          r.strengths.length
            ? h(
                'ul',
                { class: 'strengths' },
                r.strengths.map((x) => h('li', null, x)),
              )
            : h('p', { class: 'muted' }, t.noneStoodOut),
          h('h4', null, t.improvements),
          r.improvements.length
            ? h(
                'ul',
                { class: 'improve' },
                r.improvements.map((x) => h('li', null, x)),
              )
            : h('p', { class: 'muted' }, t.noneStoodOut),
        ),
      ),
    ),
  );
}

function questionsSection(L: Lang, d: Debrief): HTMLElement {
  const t = L.ui.debrief;
  return section(
    'db-questions',
    t.questionsTitle,
    h(
      'ol',
      { class: 'questions' },
      d.questions.map((q) =>
        h(
          'li',
          null,
          q.text,
          h(
            'span',
            { class: `q-source q-${q.source}` },
            q.source === 'scenario' ? t.fromScenario : t.fromGame,
          ),
        ),
      ),
    ),
  );
}

function notesSection(L: Lang, d: Debrief): HTMLElement {
  const t = L.ui.debrief;
  return section(
    'db-notes',
    t.notesTitle,
    h('h3', null, t.annotations(d.annotations.length)),
    d.annotations.length === 0
      ? h('p', { class: 'muted' }, t.noAnnotations)
      : h(
          'ul',
          { class: 'notes', 'data-testid': 'annotations' },
          d.annotations.map((a) =>
            h(
              'li',
              null,
              h('span', { class: 'muted' }, t.annotationOn(a.turn, a.title)),
              h('p', null, `\u270e ${a.note}`),
            ),
          ),
        ),
    h('h3', null, t.actionsTitle),
    d.facilitatorActions.length === 0
      ? h('p', { class: 'muted' }, t.none)
      : h(
          'ul',
          { class: 'notes', 'data-testid': 'facilitator-actions' },
          d.facilitatorActions.map((a) =>
            h(
              'li',
              { class: a.overrule ? 'overrule' : '' },
              h('span', { class: 'muted' }, t.turnColon(a.turn)),
              a.title,
            ),
          ),
        ),
    d.releasedInjects.length
      ? h(
          'div',
          null,
          h('h3', null, t.releasedTitle),
          h(
            'ul',
            { class: 'notes', 'data-testid': 'released-injects' },
            d.releasedInjects.map((e) =>
              h('li', null, h('span', { class: 'muted' }, t.turnColon(e.turn)), e.title),
            ),
          ),
        )
      : null,
  );
}

function evaluationSection(ctx: ScreenContext, g: Game, d: Debrief): HTMLElement {
  const { L } = ctx;
  const t = L.ui.debrief;
  const rows = [...d.objectives, ...d.privateObjectives];
  return section(
    'db-evaluation',
    t.evaluationTitle,
    h('p', { class: 'muted' }, t.evaluationLede),
    h(
      'table',
      { class: 'results evaluation', 'data-testid': 'evaluation' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, t.colObjective),
          h('th', { scope: 'col' }, t.colCriterion),
          h('th', { scope: 'col' }, t.colResult),
          h('th', { scope: 'col' }, t.colRatingNotes),
        ),
      ),
      h(
        'tbody',
        null,
        rows.map((o) =>
          h(
            'tr',
            { 'data-objective': o.id },
            h('td', null, o.role ? [roleBadge(L, g.rules, o.role), ' '] : null, o.description),
            h('td', null, o.target),
            h(
              'td',
              { class: `result ${o.met ? 'good' : 'bad'}` },
              t.resultValue(o.met ? t.met : t.notMet, o.value),
            ),
            h(
              'td',
              { class: 'rating-cell' },
              ratingPill(L, o.evaluation),
              o.evaluation?.note ? h('p', { class: 'rating-note' }, o.evaluation.note) : null,
              h(
                'details',
                { class: 'rate-open no-print', 'data-key': `rate-${o.id}` },
                h(
                  'summary',
                  { 'data-testid': `rate-open-${o.id}` },
                  o.evaluation ? t.changeRating : t.rateIt,
                ),
                ratingForm(ctx, o.id, o.description, o.evaluation),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export function debriefScreen(ctx: ScreenContext): HTMLElement {
  const { session, s, L } = ctx;
  const t = L.ui.debrief;
  const g = s.game!;
  const d = debriefOf(g.rules, g.state, L);
  const back =
    s.mode === 'console'
      ? t.backConsole
      : g.state.status === 'ended'
        ? t.backResults
        : t.backExercise;
  const nav = h(
    'nav',
    { class: 'debrief-nav no-print', 'aria-label': t.navLabel },
    h(
      'ol',
      null,
      SECTIONS.map((key) =>
        h(
          'li',
          null,
          h(
            'a',
            {
              href: `#db-${key}`,
              onclick: (ev: Event) => {
                ev.preventDefault();
                goToSection(`db-${key}`);
              },
            },
            t.nav[key],
          ),
        ),
      ),
    ),
  );
  const o = d.overview;
  const content = h(
    'div',
    { class: 'debrief-content', 'data-scroll-key': 'debrief' },
    h(
      'header',
      { class: 'debrief-head' },
      h(
        'div',
        null,
        h('p', { class: 'eyebrow' }, t.eyebrow),
        h('h1', { id: 'screen-title', tabindex: '-1' }, t.title(o.title)),
        h('p', { class: 'muted' }, t.meta(o.turnsPlayed, o.turns, o.seed, g.hash)),
      ),
      h(
        'div',
        { class: 'debrief-actions no-print' },
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            id: 'open-replay',
            'data-testid': 'open-replay',
            onclick: () => session.openReplay(1),
          },
          t.openReplay,
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small btn-quiet',
            id: 'debrief-back',
            onclick: () => session.closeDebrief(),
          },
          back,
        ),
      ),
    ),
    exportsBar(ctx, g),
    overview(L, d, g),
    objectives(L, g, d),
    timeline(L, g, d),
    charts(ctx, d),
    keyMoments(L, g, d),
    coordination(L, d),
    factsSection(L, g, d),
    rolesSection(L, g, d),
    questionsSection(L, d),
    notesSection(L, d),
    evaluationSection(ctx, g, d),
    section(
      'db-plan',
      t.planTitle,
      h('p', { class: 'muted' }, t.planLede),
      improvementPlan(ctx, g.rules, g.state.improvements, { editable: true }),
    ),
    section(
      'db-log',
      t.logTitle,
      h('p', { class: 'muted' }, t.logLede(L.ui.components.why)),
      logPanel(
        L,
        session,
        g.rules,
        visibleLog(g.state, 'facilitator'),
        s.logFilter,
        'debrief-log',
        g.state.turn,
      ),
    ),
  );
  return gameFrame(ctx, h('main', { class: 'debrief-screen', id: 'main' }, nav, content));
}
