/** Pieces shared by the screens: role badges, log entries with their "Why?", the log panel, problem
 * lists. */
import { roleColour } from '../scenes/palette';
import type { LogEntry, Rules } from '../engine';
import type { Lang } from '../i18n';
import { say, type SessionStore, type LogFilter } from '../store';
import type { Problem, SaveProblem } from '../store';
import { h, downloadText, slots, type Child } from './dom';
import type { ScreenContext } from './context';
import {
  clampNote,
  districtName,
  effectText,
  effectTone,
  phaseTitle,
  roleName,
  roleShort,
  rollIsGood,
  rollOutcome,
} from './text';

export function roleColourOf(rules: Rules, role: string): string {
  const i = rules.roleIndex.get(role) ?? 0;
  const card = rules.roleIndex.has(role) ? rules.role(role) : null;
  return roleColour(card?.kind ?? 'other', i);
}

/** A role's short label on its colour: colour is never the only cue, the text says it. */
export function roleBadge(
  L: Lang,
  rules: Rules,
  role: string,
  opts: { large?: boolean } = {},
): HTMLElement {
  return h(
    'span',
    {
      class: `badge${opts.large ? ' badge-large' : ''}`,
      style: { background: roleColourOf(rules, role) },
      title: roleName(L, rules, role),
    },
    roleShort(L, rules, role),
  );
}

const effectMark = { good: '\u25b2', bad: '\u25bc', neutral: '\u25cf' } as const;

function effectItem(L: Lang, rules: Rules, e: LogEntry['effects'][number]): HTMLElement {
  const tone = effectTone(rules, e);
  const delta = 'before' in e ? e.after - e.before : null;
  return h(
    'li',
    { class: `effect effect-${tone}` },
    h(
      'span',
      { class: 'effect-mark', 'aria-label': L.ui.components.effectTone[tone] },
      delta === null ? '\u2022' : `${effectMark[tone]} ${L.f.signed(delta)}`,
    ),
    h('span', null, effectText(L, rules, e)),
  );
}

/** The roll of an entry: base chance, each modifier with its sign and reason, the chance and the
 * roll. */
export function rollView(L: Lang, entry: LogEntry): HTMLElement | null {
  const r = entry.roll;
  if (!r) return null;
  const t = L.ui.components;
  const note = clampNote(L, r);
  const good = rollIsGood(entry, r);
  return h(
    'div',
    { class: 'roll' },
    h(
      'table',
      { class: 'roll-table' },
      h('caption', { class: 'sr-only' }, t.rollCaption),
      h('tbody', null, [
        h(
          'tr',
          { class: 'roll-base' },
          h('td', { class: 'num' }, L.f.percent(r.base)),
          h('td', null, t.baseChance),
        ),
        ...r.modifiers.map((m) =>
          h(
            'tr',
            { class: m.value > 0 ? 'mod-up' : m.value < 0 ? 'mod-down' : 'mod-zero' },
            h('td', { class: 'num' }, L.f.signed(m.value)),
            h('td', null, L.msg(m.reason)),
          ),
        ),
        h(
          'tr',
          { class: 'roll-chance' },
          h('td', { class: 'num' }, L.f.percent(r.chance)),
          h('td', null, t.chance),
        ),
      ]),
    ),
    note ? h('p', { class: 'roll-note' }, note) : null,
    h(
      'p',
      { class: `roll-result ${good ? 'good' : 'bad'}` },
      h('span', { class: 'roll-die', 'aria-hidden': 'true' }, '\u2684'),
      ` ${t.rolled(r.roll, r.chance, rollOutcome(L, entry, r))}`,
    ),
  );
}

export interface EntryOptions {
  /** Open the "Why?" disclosure. */
  open?: boolean;
  current?: boolean;
  onSelect?: () => void;
  showTurn?: boolean;
}

export function entryView(
  L: Lang,
  rules: Rules,
  entry: LogEntry,
  opts: EntryOptions = {},
): HTMLElement {
  const t = L.ui.components;
  const r = entry.roll;
  const title = L.msg(entry.title);
  const outcome = r
    ? h(
        'span',
        { class: `outcome ${rollIsGood(entry, r) ? 'good' : 'bad'}` },
        rollIsGood(entry, r) ? '\u2714 ' : '\u2716 ',
        rollOutcome(L, entry, r),
      )
    : null;
  const meta: Child[] = [];
  if (opts.showTurn !== false) meta.push(h('span', null, L.ui.common.turn(entry.turn)));
  meta.push(h('span', null, phaseTitle(L, entry.phase)));
  if (entry.district) meta.push(h('span', null, districtName(L, rules, entry.district)));
  if (entry.visibleTo !== 'all')
    meta.push(
      h(
        'span',
        { class: 'private' },
        t.privateSeenBy(L.f.list(entry.visibleTo.map((x) => roleShort(L, rules, x)))),
      ),
    );
  const hasWhy = !!r || entry.effects.length > 0;
  return h(
    'article',
    {
      class: `entry kind-${entry.kind}${opts.current ? ' current' : ''}`,
      'data-testid': 'log-entry',
      'data-entry': entry.id,
      'aria-current': opts.current ? 'step' : null,
    },
    h(
      'div',
      { class: 'entry-head' },
      h(
        'span',
        { class: 'entry-badges' },
        entry.roles.map((role) => roleBadge(L, rules, role)),
      ),
      opts.onSelect
        ? h(
            'button',
            {
              type: 'button',
              class: 'entry-title linklike',
              onclick: opts.onSelect,
              id: `entry-${entry.id}`,
            },
            title,
          )
        : h('p', { class: 'entry-title' }, title),
      outcome,
    ),
    h('p', { class: 'entry-meta' }, meta),
    entry.detail ? h('p', { class: 'entry-detail' }, L.msg(entry.detail)) : null,
    hasWhy
      ? h(
          'details',
          { class: 'why', open: !!opts.open, 'data-key': `why-${entry.id}` },
          h('summary', null, t.why),
          rollView(L, entry),
          entry.effects.length
            ? h(
                'ul',
                { class: 'effects', 'aria-label': t.effects },
                entry.effects.map((e) => effectItem(L, rules, e)),
              )
            : h('p', { class: 'muted' }, t.noValuesChanged),
        )
      : null,
  );
}

function select(
  id: string,
  label: string,
  value: string,
  options: [string, string][],
  onchange: (v: string) => void,
): HTMLElement {
  return h(
    'label',
    { class: 'field field-inline' },
    h('span', null, label),
    h(
      'select',
      { id, onchange: (ev: Event) => onchange((ev.target as HTMLSelectElement).value) },
      options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
    ),
  );
}

/** The log, filterable by turn, role and district; `entries` is already what the viewer may see. */
export function logPanel(
  L: Lang,
  session: SessionStore,
  rules: Rules,
  entries: LogEntry[],
  filter: LogFilter,
  idPrefix: string,
  maxTurn: number,
): HTMLElement {
  const t = L.ui.components;
  const shown = entries.filter(
    (e) =>
      (filter.turn === 'all' || e.turn === filter.turn) &&
      (filter.role === 'all' || e.roles.includes(filter.role)) &&
      (filter.district === 'all' || e.district === filter.district),
  );
  const turns = Array.from({ length: maxTurn }, (_, i) => maxTurn - i);
  const byTurn = turns
    .map((n) => [n, shown.filter((e) => e.turn === n)] as const)
    .filter(([, list]) => list.length > 0);
  return h(
    'section',
    { class: 'log', 'aria-label': t.log },
    h(
      'div',
      { class: 'log-filters', role: 'group', 'aria-label': t.filterLog },
      select(
        `${idPrefix}-turn`,
        t.turnFilter,
        String(filter.turn),
        [
          ['all', t.allTurns],
          ...turns.map((n): [string, string] => [String(n), L.ui.common.turn(n)]),
        ],
        (v) => session.setLogFilter({ turn: v === 'all' ? 'all' : Number(v) }),
      ),
      select(
        `${idPrefix}-role`,
        t.roleFilter,
        filter.role,
        [
          ['all', t.allRoles],
          ...rules.scenario.roles.map((r): [string, string] => [r.id, L.text(r.name)]),
        ],
        (v) => session.setLogFilter({ role: v }),
      ),
      select(
        `${idPrefix}-district`,
        t.districtFilter,
        filter.district,
        [
          ['all', t.allDistricts],
          ...rules.scenario.districts.map((d): [string, string] => [d.id, L.text(d.name)]),
        ],
        (v) => session.setLogFilter({ district: v }),
      ),
    ),
    h('p', { class: 'log-count', 'aria-live': 'polite' }, t.showing(shown.length, entries.length)),
    h(
      'div',
      {
        class: 'log-list',
        'data-scroll-key': `${idPrefix}-list`,
        tabindex: '0',
        'aria-label': t.logEntries,
      },
      byTurn.length === 0 ? h('p', { class: 'muted' }, t.nothingMatches) : null,
      byTurn.map(([n, list]) =>
        h(
          'section',
          { class: 'log-turn' },
          h('h3', null, L.ui.common.turn(n)),
          list.map((e) => entryView(L, rules, e, { showTurn: false })),
        ),
      ),
    ),
  );
}

/**
 * The problems of the last scenario file, and, when the scenario waits for the Tiled map it
 * names, a picker for just that map.
 */
export function scenarioProblemsPanel(ctx: ScreenContext): HTMLElement | null {
  const { s, session, L } = ctx;
  const t = L.ui.components;
  const p = s.scenarioProblems;
  if (!p) return null;
  let addMap: HTMLElement | null = null;
  if (p.map) {
    const input = h('input', {
      type: 'file',
      accept: '.tmj,.json,application/json',
      id: 'map-file',
      class: 'sr-only',
      tabindex: '-1',
      'aria-hidden': 'true',
      'data-testid': 'map-file',
      onchange: (ev: Event) => ctx.readFileInput(ev.target as HTMLInputElement, 'map'),
    });
    addMap = h(
      'div',
      { class: 'add-map', 'data-testid': 'add-map' },
      h(
        'p',
        null,
        slots(p.map.missing ? t.addMapMissing : t.addMapOther, {
          source: h('strong', null, p.map.source),
          file: h('code', { class: 'path' }, p.map.file),
        }),
      ),
      input,
      h(
        'button',
        { type: 'button', class: 'btn btn-primary', id: 'add-map', onclick: () => input.click() },
        p.map.missing ? t.addMapButton : t.openAnotherMapButton,
      ),
    );
  }
  return problemsPanel(
    L,
    p.source,
    p.problems,
    p.warnings,
    () => session.dismissScenarioProblems(),
    addMap,
  );
}

/** Every problem of a scenario file, each with its JSON path. */
export function problemsPanel(
  L: Lang,
  source: string,
  problems: Problem[],
  warnings: Problem[],
  onClose: () => void,
  extra: HTMLElement | null = null,
): HTMLElement {
  const t = L.ui.components;
  const item = (p: Problem) =>
    h(
      'li',
      { class: `problem problem-${p.severity}` },
      h('code', { class: 'path' }, p.path),
      h('span', { class: 'problem-message' }, p.message),
      p.suggestion ? h('span', { class: 'problem-fix' }, t.fix(p.suggestion)) : null,
    );
  return h(
    'section',
    {
      class: 'panel problems',
      role: 'alert',
      'aria-labelledby': 'problems-title',
      'data-testid': 'scenario-problems',
    },
    h(
      'div',
      { class: 'panel-head' },
      h('h2', { id: 'problems-title' }, `\u26a0 ${t.cannotBeUsed(source)}`),
      h(
        'button',
        { type: 'button', class: 'btn btn-quiet', onclick: onClose, id: 'problems-close' },
        L.ui.common.dismiss,
      ),
    ),
    h('p', null, t.problemsToFix(problems.length)),
    h(
      'ol',
      {
        class: 'problem-list',
        tabindex: '0',
        'aria-label': t.problems,
        'data-scroll-key': 'problems',
      },
      problems.map(item),
    ),
    extra,
    warnings.length
      ? h(
          'details',
          null,
          h('summary', null, t.warnings(warnings.length)),
          h('ol', { class: 'problem-list' }, warnings.map(item)),
        )
      : null,
  );
}

/** A save that could not be read: what, where, and a way to keep the file as it was found. */
export function saveProblemPanel(L: Lang, p: SaveProblem, onClose: () => void): HTMLElement {
  const t = L.ui.components;
  return h(
    'section',
    { class: 'panel save-problem', role: 'alert', 'data-testid': 'save-problem' },
    h('div', { class: 'panel-head' }, h('h2', null, `\u26a0 ${t.saveCannotOpen}`)),
    h('p', null, say(L, p.message)),
    h(
      'p',
      null,
      slots(t.saveWhere, { path: h('code', { class: 'path' }, p.path), file: p.filename }),
    ),
    h('p', { class: 'muted' }, t.nothingElseChanged),
    h(
      'div',
      { class: 'actions' },
      // A file refused unread (too large) has nothing to offer back.
      p.text === ''
        ? null
        : h(
            'button',
            {
              type: 'button',
              class: 'btn',
              onclick: () =>
                downloadText(
                  p.filename.endsWith('.json') ? p.filename : `${p.filename}.json`,
                  p.text,
                ),
            },
            t.downloadFound,
          ),
      h(
        'button',
        { type: 'button', class: 'btn btn-quiet', onclick: onClose, id: 'save-problem-close' },
        L.ui.common.dismiss,
      ),
    ),
  );
}
