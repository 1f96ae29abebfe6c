/**
 * The debrief (after-action review), for a projector and for print: the sections of a real
 * after-action report, built from `buildDebrief` (a pure function of the log), the facilitator's
 * evaluation and improvement plan, and the exports (Markdown report, JSON save with the full log,
 * CSV of indicators, and a print stylesheet for PDF).
 */
import { visibleLog, type GameState, type LogEntry, type Rules } from '../../engine';
import { buildDebrief, type Debrief, type ObjectiveReport } from '../../debrief/model';
import { debriefMarkdown } from '../../debrief/markdown';
import { indicatorsCsv } from '../../debrief/csv';
import { seatName, type Game } from '../../store/session';
import { lineChart, turnLabels } from '../charts';
import { logPanel, roleBadge, rollView } from '../components';
import type { ScreenContext } from '../context';
import { downloadText, h, type Child } from '../dom';
import { improvementPlan, ratingForm, ratingPill } from '../evaluation';
import { districtName, effectText, listWords, plural, roleName, signed } from '../text';
import { gameFrame } from './frame';

const cache = new WeakMap<GameState, Debrief>();

/** The debrief model of a game, built once per state. */
export function debriefOf(rules: Rules, state: GameState): Debrief {
  let d = cache.get(state);
  if (!d) {
    d = buildDebrief(rules, state);
    cache.set(state, d);
  }
  return d;
}

const SECTIONS: [string, string][] = [
  ['db-overview', 'Overview'],
  ['db-objectives', 'Objectives'],
  ['db-timeline', 'Timeline'],
  ['db-charts', 'Charts'],
  ['db-moments', 'Key moments'],
  ['db-coordination', 'Coordination'],
  ['db-facts', 'Who knew what, when'],
  ['db-roles', 'Strengths and improvements'],
  ['db-questions', 'Discussion questions'],
  ['db-notes', 'Facilitator notes'],
  ['db-evaluation', 'Evaluation'],
  ['db-plan', 'Improvement plan'],
  ['db-log', 'The whole log'],
];

function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'dsec', id, 'aria-labelledby': `${id}-title`, 'data-testid': id }, h('h2', { id: `${id}-title`, tabindex: '-1' }, title), ...children);
}

function figure(label: string, value: string, note?: Child, tone?: 'good' | 'bad'): HTMLElement {
  // Words ("Mission accomplished") get a smaller size than figures, so they fit the card.
  const words = /[a-z]{4}/i.test(value);
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

function exportsBar(ctx: ScreenContext, g: Game, d: Debrief): HTMLElement {
  const { session } = ctx;
  const name = safeName(g.rules);
  return h(
    'div',
    { class: 'debrief-exports no-print', role: 'group', 'aria-label': 'Export the debrief' },
    h('button', { type: 'button', class: 'btn btn-small', id: 'export-markdown', 'data-testid': 'export-markdown', onclick: () => downloadText(`mandate-${name}-debrief.md`, debriefMarkdown(d, (id) => seatLabel(g, id)), 'text/markdown') }, '\u2913 Report (Markdown)'),
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-small',
        id: 'export-json',
        'data-testid': 'export-json',
        onclick: () => {
          const out = session.exportSave();
          if (out) downloadText(out.filename, out.text);
        },
      },
      '\u2913 Full log (JSON save)',
    ),
    h('button', { type: 'button', class: 'btn btn-small', id: 'export-csv', 'data-testid': 'export-csv', onclick: () => downloadText(`mandate-${name}-indicators.csv`, indicatorsCsv(d), 'text/csv') }, '\u2913 Indicators (CSV)'),
    h('button', { type: 'button', class: 'btn btn-small', id: 'print-debrief', 'data-testid': 'print-debrief', onclick: () => window.print() }, 'Print or save as PDF'),
  );
}

function seatLabel(g: Game, role: string): string {
  const seat = g.seats[role];
  const name = roleName(g.rules, role);
  return seat?.kind === 'team' ? `${name} (${seat.name})` : name;
}

function overview(d: Debrief, g: Game): HTMLElement {
  const o = d.overview;
  const c = d.coordination;
  const result = o.ended ? (o.won ? '\u2714 Mission accomplished' : '\u2716 Mission not accomplished') : 'Exercise in progress';
  return section(
    'db-overview',
    'Exercise overview',
    h(
      'div',
      { class: 'figures' },
      figure('Score', o.score === null ? `${g.state.history.at(-1)?.score ?? 0}` : String(o.score), o.score === null ? `so far, of 100 (${g.rules.scenario.winScore} to succeed)` : `of 100 (${g.rules.scenario.winScore} to succeed)`, o.won === null ? undefined : o.won ? 'good' : 'bad'),
      figure('Result', result, o.reason ? `Ended: ${o.reason}.` : `Turn ${g.state.turn} of ${o.turns}`),
      figure('Turns played', `${o.turnsPlayed} of ${o.turns}`, `Seed ${o.seed}`),
      figure('Joint actions', `${c.jointShare}%`, `${c.jointActions} of ${c.jointActions + c.soloActions} actions`),
      figure('Incidents resolved', String(c.incidentsResolved), `${c.incidentsFailed} failed`),
    ),
    h('div', { class: 'overview-text' }, h('div', null, h('h3', null, 'The exercise'), h('p', null, o.summary), h('p', { class: 'muted' }, o.setting)), h('div', null, h('h3', null, 'Learning objectives'), h('ol', { class: 'learning' }, o.learningObjectives.map((l) => h('li', null, l))))),
  );
}

function evidenceTone(o: ObjectiveReport, change: number): 'good' | 'bad' {
  const up = change > 0;
  return o.target.startsWith('at least') === up ? 'good' : 'bad';
}

function objectiveCard(rules: Rules, state: GameState, o: ObjectiveReport): HTMLElement {
  return h(
    'article',
    { class: `objective ${o.met ? 'met' : 'unmet'}`, 'data-testid': 'objective', 'data-objective': o.id },
    h(
      'div',
      { class: 'objective-head' },
      h('span', { class: `result-pill ${o.met ? 'good' : 'bad'}` }, o.met ? '\u2714 Met' : '\u2716 Not met'),
      h('h3', null, o.description),
      h('span', { class: 'objective-value' }, `Now ${o.value}, target ${o.target}`, o.weight ? h('span', { class: 'muted' }, ` \u00b7 ${plural(o.weight, 'point')}`) : null),
    ),
    h(
      'div',
      { class: 'objective-body' },
      h(
        'div',
        { class: 'evidence' },
        h('h4', null, 'Evidence from the log'),
        o.evidence.length === 0
          ? h('p', { class: 'muted' }, 'No single action moved it.')
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
                    { class: 'evidence-item', 'data-key': `ev-${o.id}-${e.entry}`, 'data-testid': 'evidence' },
                    h('summary', null, h('span', { class: `delta ${tone}` }, `${tone === 'good' ? '\u25b2' : '\u25bc'} ${signed(e.change)}`), h('span', { class: 'muted' }, ` Turn ${e.turn} \u00b7 `), e.title),
                    entry ? evidenceDetail(rules, entry) : h('p', { class: 'muted' }, 'The entry is not in the log.'),
                  ),
                );
              }),
            ),
      ),
      h('div', { class: 'objective-rating' }, h('h4', null, 'Facilitator\u2019s rating'), ratingPill(o.evaluation), o.evaluation?.note ? h('p', { class: 'rating-note' }, `\u201c${o.evaluation.note}\u201d`) : null),
    ),
  );
}

function evidenceDetail(rules: Rules, entry: LogEntry): HTMLElement {
  return h(
    'div',
    { class: 'evidence-detail' },
    entry.detail ? h('p', { class: 'entry-detail' }, entry.detail) : null,
    rollView(entry) ?? h('p', { class: 'muted' }, 'No roll: this was not left to chance.'),
    entry.effects.length ? h('ul', { class: 'effects' }, entry.effects.map((x) => h('li', { class: 'effect' }, effectText(rules, x)))) : null,
  );
}

function objectives(g: Game, d: Debrief): HTMLElement {
  const met = d.objectives.filter((o) => o.met).length;
  return section(
    'db-objectives',
    'Objectives: met or not, and the evidence',
    h('p', { class: 'lede' }, `${met} of ${d.objectives.length} mission objectives met. Open an entry to see its roll and what it changed.`),
    h('div', { class: 'objectives-list' }, d.objectives.map((o) => objectiveCard(g.rules, g.state, o))),
    h('h3', null, 'Private objectives of the roles'),
    h(
      'table',
      { class: 'results', 'data-testid': 'private-objectives' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Role'), h('th', { scope: 'col' }, 'Objective'), h('th', { scope: 'col', class: 'num' }, 'Now'), h('th', { scope: 'col' }, 'Result'), h('th', { scope: 'col' }, 'Rating'))),
      h(
        'tbody',
        null,
        d.privateObjectives.map((o) =>
          h(
            'tr',
            null,
            h('td', null, roleBadge(g.rules, o.role!), ` ${seatName(g, o.role!)}`),
            h('td', null, o.description, h('span', { class: 'muted' }, ` (${o.target})`)),
            h('td', { class: 'num' }, String(o.value)),
            h('td', { class: `result ${o.met ? 'good' : 'bad'}` }, o.met ? '\u2714 Met' : '\u2716 Not met'),
            h('td', null, ratingPill(o.evaluation)),
          ),
        ),
      ),
    ),
  );
}

function timeline(g: Game, d: Debrief): HTMLElement {
  const rules = g.rules;
  return section(
    'db-timeline',
    'Timeline of decisions and outcomes',
    d.timeline.length === 0 ? h('p', { class: 'muted' }, 'Nothing has happened yet.') : null,
    h(
      'ol',
      { class: 'timeline' },
      d.timeline.map((t) =>
        h(
          'li',
          { class: 'tl-turn' },
          h('h3', null, `Turn ${t.turn}`),
          h(
            'ul',
            { class: 'tl-items' },
            t.items.map((i) => {
              const mark = i.success === undefined ? (i.kind === 'facilitator' ? '\u270e' : i.kind === 'inject' || i.kind === 'event' ? '\u2709' : i.kind === 'incident' ? '\u26a0' : '\u2022') : i.success ? '\u2714' : '\u2716';
              return h(
                'li',
                { class: `tl-item kind-${i.kind}${i.success === false ? ' failed' : ''}` },
                h('span', { class: `tl-mark${i.success === undefined ? '' : i.success ? ' good' : ' bad'}`, 'aria-label': i.success === undefined ? i.kind : i.success ? 'succeeded' : 'failed' }, mark),
                h('span', { class: 'tl-badges' }, i.roles.map((r) => roleBadge(rules, r))),
                h('span', { class: 'tl-title' }, i.title, i.district && !i.title.includes(districtName(rules, i.district)) ? h('span', { class: 'muted' }, ` \u00b7 ${districtName(rules, i.district)}`) : null),
                i.annotation ? h('span', { class: 'tl-note' }, `\u270e Facilitator: ${i.annotation}`) : null,
              );
            }),
          ),
        ),
      ),
    ),
  );
}

function charts(ctx: ScreenContext, d: Debrief): HTMLElement {
  const scope = ctx.local.chartScope;
  const district = d.charts.districts.find((x) => x.district === scope);
  const series = district ? district.series : d.charts.mission;
  const points = series[0]?.values.length ?? 1;
  const labels = turnLabels(points);
  const indicators = d.charts.indicators;
  const named = series.map((s, i) => ({ label: `${s.label} (${indicators[i]?.goodWhen === 'low' ? 'lower' : 'higher'} is better)`, values: s.values }));
  return section(
    'db-charts',
    'Indicators and trust over the turns',
    h(
      'div',
      { class: 'chart-controls no-print' },
      h(
        'label',
        { class: 'field field-inline' },
        h('span', null, 'Indicators for'),
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
          h('option', { value: 'mission', selected: !district }, 'The whole mission area (average)'),
          d.charts.districts.map((x) => h('option', { value: x.district, selected: x.district === scope }, x.name)),
        ),
      ),
    ),
    h('h3', null, district ? `Indicators in ${district.name}` : 'Indicators, average of all districts'),
    lineChart({ title: district ? `Indicators in ${district.name} per turn` : 'Mission-wide average of each indicator per turn', series: named, xLabels: labels, xTitle: 'Turn', yTitle: 'Value (scale 0\u2013100)', yMin: 0, yMax: 100, fit: true, testId: 'chart-indicators' }),
    h('h3', null, 'Trust between each pair of roles'),
    lineChart({ title: 'Trust between each pair of roles per turn', series: d.charts.trust, xLabels: labels, xTitle: 'Turn', yTitle: 'Trust (scale 0\u2013100)', yMin: 0, yMax: 100, fit: true, testId: 'chart-trust' }),
  );
}

function keyMoments(g: Game, d: Debrief): HTMLElement {
  return section(
    'db-moments',
    'Key moments: the largest swings and the decisions behind them',
    d.keyMoments.length === 0
      ? h('p', { class: 'muted' }, 'No large swings yet.')
      : h(
          'ol',
          { class: 'moments' },
          d.keyMoments.map((k) =>
            h(
              'li',
              null,
              h('div', { class: 'moment-head' }, h('span', { class: 'swing' }, `Swing ${k.swing}`), h('span', { class: 'muted' }, `Turn ${k.turn}`), h('span', { class: 'tl-badges' }, k.roles.map((r) => roleBadge(g.rules, r)))),
              h('p', { class: 'moment-title' }, k.title),
              k.why ? h('p', { class: 'muted' }, `Why: ${k.why}`) : null,
            ),
          ),
        ),
  );
}

function coordination(d: Debrief): HTMLElement {
  const c = d.coordination;
  return section(
    'db-coordination',
    'Coordination',
    h(
      'div',
      { class: 'figures' },
      figure('Joint actions', `${c.jointShare}%`, `${c.jointActions} joint, ${c.soloActions} solo; ${plural(c.lapsedProposals, 'proposal')} lapsed`),
      figure('Intelligence shared', String(c.factsShared), `${plural(c.leaks, 'leak')}`),
      figure('Intelligence held back', String(c.factsHeld), 'facts that never reached a role they would have helped', c.factsHeld ? 'bad' : undefined),
      figure('Incidents', `${c.incidentsResolved} / ${c.incidentsFailed}`, 'resolved / failed'),
      figure('Response time', c.responseTimeTenths === null ? '\u2014' : `${(c.responseTimeTenths / 10).toFixed(1)}`, 'turns from an incident opening to its close, on average'),
    ),
    h('h3', null, 'Incidents that held intelligence would have changed'),
    c.heldIntelIncidents.length === 0
      ? h('p', { class: 'muted' }, 'None: no incident failed while a role held back a fact that would have helped.')
      : h('ul', { class: 'held', 'data-testid': 'held-intel' }, c.heldIntelIncidents.map((x) => h('li', null, h('span', { class: 'muted' }, `Turn ${x.turn}: `), x.title))),
  );
}

function factsSection(g: Game, d: Debrief): HTMLElement {
  const rules = g.rules;
  const turns = Math.max(1, g.state.turn);
  const columns = Array.from({ length: turns }, (_, i) => i + 1);
  return section(
    'db-facts',
    'Who knew what, when',
    h(
      'p',
      { class: 'lede' },
      'For each piece of intelligence: who held it on each turn (\u25cf held, \u25c9 received that turn), when it was shared, the incidents it bore on (\u26a0 opened, \u2714 resolved, \u2716 failed), and who it never reached.',
    ),
    d.facts.map((f) => {
      const def = rules.factById.get(f.fact);
      const cells = (role: string) => {
        const holder = f.holders.find((x) => x.role === role);
        return columns.map((t) => {
          const held = holder !== undefined && holder.fromTurn <= t;
          const received = held && holder.fromTurn === t && holder.how !== 'held from the start';
          return h('td', { class: `kw-cell${held ? ' held' : ''}`, title: held ? `held on turn ${t}` : `not held on turn ${t}` }, held ? (received ? '\u25c9' : '\u25cf') : '');
        });
      };
      const table = h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'knew' },
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Role'), columns.map((t) => h('th', { scope: 'col', class: 'num' }, `T${t}`)))),
          h(
            'tbody',
            null,
            rules.scenario.roles.map((r) => h('tr', null, h('th', { scope: 'row' }, roleBadge(rules, r.id), ` ${r.name}`), cells(r.id))),
            f.incidents.length
              ? h(
                  'tr',
                  { class: 'kw-incidents' },
                  h('th', { scope: 'row' }, 'Incidents'),
                  columns.map((t) =>
                    h(
                      'td',
                      { class: 'kw-cell' },
                      f.incidents.filter((x) => x.opened === t).map(() => '\u26a0'),
                      f.incidents.filter((x) => x.closed === t).map((x) => (x.status === 'resolved' ? '\u2714' : '\u2716')),
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
        f.holders.map((x) => h('li', null, roleBadge(rules, x.role), ` ${roleName(rules, x.role)}: from turn ${x.fromTurn} (${x.how})`)),
        f.shares.map((x) => h('li', null, `Turn ${x.turn}: shared by ${roleName(rules, x.from)} with ${roleName(rules, x.to)}`, x.leaked ? h('strong', { class: 'warn' }, ' \u2014 it leaked') : null)),
        f.incidents.map((x) => h('li', null, `\u26a0 ${x.title} in ${districtName(rules, x.district)}: opened turn ${x.opened}, ${x.status}${x.closed ? ` on turn ${x.closed}` : ''}`)),
        f.neverReached.length
          ? h('li', { class: 'never' }, h('strong', null, 'Never reached: '), listWords(f.neverReached.map((r) => roleName(rules, r))), ', whose actions it would have helped.')
          : null,
      );
      return h(
        'article',
        { class: 'fact-story', 'data-testid': 'fact-story' },
        h('h3', null, f.title, def?.district ? h('span', { class: 'muted' }, ` \u00b7 ${districtName(rules, def.district)}`) : null),
        h('div', { class: 'fact-body' }, table, lines),
      );
    }),
  );
}

function rolesSection(g: Game, d: Debrief): HTMLElement {
  return section(
    'db-roles',
    'Strengths and areas for improvement',
    h(
      'div',
      { class: 'role-reports' },
      d.roles.map((r) =>
        h(
          'article',
          { class: 'role-report' },
          h('div', { class: 'role-head' }, roleBadge(g.rules, r.role, { large: true }), h('div', null, h('h3', null, r.name), h('p', { class: 'muted' }, `${seatName(g, r.role)} \u00b7 ${r.actions} actions, ${r.successes} succeeded, ${r.jointActions} joint; shared ${r.sharesGiven}, received ${r.sharesReceived}`))),
          h('h4', null, 'Strengths'),
          r.strengths.length ? h('ul', { class: 'strengths' }, r.strengths.map((x) => h('li', null, x))) : h('p', { class: 'muted' }, 'None stood out.'),
          h('h4', null, 'Areas for improvement'),
          r.improvements.length ? h('ul', { class: 'improve' }, r.improvements.map((x) => h('li', null, x))) : h('p', { class: 'muted' }, 'None stood out.'),
        ),
      ),
    ),
  );
}

function questionsSection(d: Debrief): HTMLElement {
  return section(
    'db-questions',
    'Discussion questions',
    h('ol', { class: 'questions' }, d.questions.map((q) => h('li', null, q.text, h('span', { class: `q-source q-${q.source}` }, q.source === 'scenario' ? 'From the scenario' : 'From this game')))),
  );
}

function notesSection(g: Game, d: Debrief): HTMLElement {
  return section(
    'db-notes',
    'The facilitator\u2019s annotations and rulings',
    h('h3', null, plural(d.annotations.length, 'annotation')),
    d.annotations.length === 0
      ? h('p', { class: 'muted' }, 'No annotations. Annotate log entries from the facilitator\u2019s console.')
      : h('ul', { class: 'notes', 'data-testid': 'annotations' }, d.annotations.map((a) => h('li', null, h('span', { class: 'muted' }, `Turn ${a.turn}, on \u201c${a.title}\u201d`), h('p', null, `\u270e ${a.note}`)))),
    h('h3', null, 'Facilitator actions: injects, adjustments, overrules, pauses'),
    d.facilitatorActions.length === 0
      ? h('p', { class: 'muted' }, 'None.')
      : h(
          'ul',
          { class: 'notes', 'data-testid': 'facilitator-actions' },
          d.facilitatorActions.map((a) => h('li', { class: g.state.log.find((e) => e.id === a.entry)?.title.includes('overruled') ? 'overrule' : '' }, h('span', { class: 'muted' }, `Turn ${a.turn}: `), a.title)),
        ),
    (() => {
      const released = g.state.log.filter((e) => e.kind === 'inject' && e.detail?.includes('released by the facilitator'));
      return released.length
        ? h('div', null, h('h3', null, 'Injects the facilitator released'), h('ul', { class: 'notes', 'data-testid': 'released-injects' }, released.map((e) => h('li', null, h('span', { class: 'muted' }, `Turn ${e.turn}: `), e.title))))
        : null;
    })(),
  );
}

function evaluationSection(ctx: ScreenContext, g: Game, d: Debrief): HTMLElement {
  const rows = [...d.objectives, ...d.privateObjectives];
  return section(
    'db-evaluation',
    'Evaluation',
    h('p', { class: 'muted' }, 'For each objective: its criterion, the result the log shows, and the facilitator\u2019s rating with notes. Ratings can be given during play (in the console) or here, after.'),
    h(
      'table',
      { class: 'results evaluation', 'data-testid': 'evaluation' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Objective'), h('th', { scope: 'col' }, 'Criterion'), h('th', { scope: 'col' }, 'Result'), h('th', { scope: 'col' }, 'Rating and notes'))),
      h(
        'tbody',
        null,
        rows.map((o) =>
          h(
            'tr',
            { 'data-objective': o.id },
            h('td', null, o.role ? [roleBadge(g.rules, o.role), ' '] : null, o.description),
            h('td', null, o.target),
            h('td', { class: `result ${o.met ? 'good' : 'bad'}` }, `${o.met ? '\u2714 Met' : '\u2716 Not met'} (${o.value})`),
            h(
              'td',
              { class: 'rating-cell' },
              ratingPill(o.evaluation),
              o.evaluation?.note ? h('p', { class: 'rating-note' }, o.evaluation.note) : null,
              h('details', { class: 'rate-open no-print', 'data-key': `rate-${o.id}` }, h('summary', { 'data-testid': `rate-open-${o.id}` }, o.evaluation ? 'Change the rating' : 'Rate it'), ratingForm(ctx, o.id, o.description, o.evaluation)),
            ),
          ),
        ),
      ),
    ),
  );
}

export function debriefScreen(ctx: ScreenContext): HTMLElement {
  const { session, s } = ctx;
  const g = s.game!;
  const d = debriefOf(g.rules, g.state);
  const back = s.mode === 'console' ? '\u2190 Console' : g.state.status === 'ended' ? '\u2190 Results' : '\u2190 Back to the exercise';
  const nav = h(
    'nav',
    { class: 'debrief-nav no-print', 'aria-label': 'Sections of the debrief' },
    h(
      'ol',
      null,
      SECTIONS.map(([id, label]) =>
        h(
          'li',
          null,
          h(
            'a',
            {
              href: `#${id}`,
              onclick: (ev: Event) => {
                ev.preventDefault();
                goToSection(id);
              },
            },
            label,
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
        h('p', { class: 'eyebrow' }, 'After-action review'),
        h('h1', { id: 'screen-title', tabindex: '-1' }, `Debrief: ${o.title}`),
        h('p', { class: 'muted' }, `${o.turnsPlayed} of ${o.turns} turns played \u00b7 seed ${o.seed} \u00b7 state ${g.hash}`),
      ),
      h(
        'div',
        { class: 'debrief-actions no-print' },
        h('button', { type: 'button', class: 'btn btn-small', id: 'open-replay', 'data-testid': 'open-replay', onclick: () => session.openReplay(1) }, '\u25b6 Replay turn by turn'),
        h('button', { type: 'button', class: 'btn btn-small btn-quiet', id: 'debrief-back', onclick: () => session.closeDebrief() }, back),
      ),
    ),
    exportsBar(ctx, g, d),
    overview(d, g),
    objectives(g, d),
    timeline(g, d),
    charts(ctx, d),
    keyMoments(g, d),
    coordination(d),
    factsSection(g, d),
    rolesSection(g, d),
    questionsSection(d),
    notesSection(g, d),
    evaluationSection(ctx, g, d),
    section('db-plan', 'Improvement plan', h('p', { class: 'muted' }, 'Corrective actions with an owner and a due date; they go into the Markdown report and the save.'), improvementPlan(ctx, g.rules, g.state.improvements, { editable: true })),
    section('db-log', 'The whole log', h('p', { class: 'muted' }, 'Every entry is open to everyone now, the teams\u2019 private ones included. Filter by turn, role or district; open \u201cWhy?\u201d for the rolls.'), logPanel(session, g.rules, visibleLog(g.state, 'facilitator'), s.logFilter, 'debrief-log', g.state.turn)),
  );
  return gameFrame(ctx, h('main', { class: 'debrief-screen', id: 'main' }, nav, content));
}

