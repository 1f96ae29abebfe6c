/** Pieces shared by the screens: role badges, log entries with their "Why?", the log panel, problem lists. */
import { roleColour } from '../scenes/palette';
import type { LogEntry, Rules } from '../engine';
import type { SessionStore, LogFilter } from '../store/session';
import type { Problem, SaveProblem } from '../store/session';
import { h, downloadText, type Child } from './dom';
import type { ScreenContext } from './context';
import {
  PHASE_TITLES,
  clampNote,
  districtName,
  effectText,
  effectTone,
  roleName,
  rollIsGood,
  rollOutcome,
  signed,
} from './text';

export function roleColourOf(rules: Rules, role: string): string {
  const i = rules.roleIndex.get(role) ?? 0;
  const card = rules.roleIndex.has(role) ? rules.role(role) : null;
  return roleColour(card?.kind ?? 'other', i);
}

/** A role's short label on its colour: colour is never the only cue, the text says it. */
export function roleBadge(rules: Rules, role: string, opts: { large?: boolean } = {}): HTMLElement {
  const short = rules.roleIndex.has(role) ? rules.role(role).short : role;
  return h(
    'span',
    { class: `badge${opts.large ? ' badge-large' : ''}`, style: { background: roleColourOf(rules, role) }, title: roleName(rules, role) },
    short,
  );
}

const effectMark = { good: '\u25b2', bad: '\u25bc', neutral: '\u25cf' } as const;
const effectWord = { good: 'better', bad: 'worse', neutral: 'change' } as const;

function effectItem(rules: Rules, e: LogEntry['effects'][number]): HTMLElement {
  const tone = effectTone(rules, e);
  const delta = 'before' in e ? e.after - e.before : null;
  return h(
    'li',
    { class: `effect effect-${tone}` },
    h('span', { class: 'effect-mark', 'aria-label': effectWord[tone] }, delta === null ? '\u2022' : `${effectMark[tone]} ${signed(delta)}`),
    h('span', null, effectText(rules, e)),
  );
}

/** The roll of an entry: base chance, each modifier with its sign and reason, the chance and the roll. */
export function rollView(entry: LogEntry): HTMLElement | null {
  const r = entry.roll;
  if (!r) return null;
  const note = clampNote(r);
  const good = rollIsGood(entry, r);
  return h(
    'div',
    { class: 'roll' },
    h(
      'table',
      { class: 'roll-table' },
      h('caption', { class: 'sr-only' }, 'How the chance was worked out'),
      h('tbody', null, [
        h('tr', { class: 'roll-base' }, h('td', { class: 'num' }, `${r.base}%`), h('td', null, 'Base chance')),
        ...r.modifiers.map((m) =>
          h(
            'tr',
            { class: m.value > 0 ? 'mod-up' : m.value < 0 ? 'mod-down' : 'mod-zero' },
            h('td', { class: 'num' }, signed(m.value)),
            h('td', null, m.reason),
          ),
        ),
        h('tr', { class: 'roll-chance' }, h('td', { class: 'num' }, `${r.chance}%`), h('td', null, 'Chance')),
      ]),
    ),
    note ? h('p', { class: 'roll-note' }, note) : null,
    h(
      'p',
      { class: `roll-result ${good ? 'good' : 'bad'}` },
      h('span', { class: 'roll-die', 'aria-hidden': 'true' }, '\u2684'),
      ` Rolled ${r.roll} against ${r.chance}: ${r.roll <= r.chance ? `${r.roll} \u2264 ${r.chance}` : `${r.roll} > ${r.chance}`}, ${rollOutcome(entry, r)}.`,
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

export function entryView(rules: Rules, entry: LogEntry, opts: EntryOptions = {}): HTMLElement {
  const r = entry.roll;
  const outcome = r
    ? h('span', { class: `outcome ${rollIsGood(entry, r) ? 'good' : 'bad'}` }, rollIsGood(entry, r) ? '\u2714 ' : '\u2716 ', rollOutcome(entry, r))
    : null;
  const meta: Child[] = [];
  if (opts.showTurn !== false) meta.push(h('span', null, `Turn ${entry.turn}`));
  meta.push(h('span', null, PHASE_TITLES[entry.phase]));
  if (entry.district) meta.push(h('span', null, districtName(rules, entry.district)));
  if (entry.visibleTo !== 'all') meta.push(h('span', { class: 'private' }, `Private: seen by ${entry.visibleTo.map((x) => (rules.roleIndex.has(x) ? rules.role(x).short : x)).join(', ')}`));
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
      h('span', { class: 'entry-badges' }, entry.roles.map((role) => roleBadge(rules, role))),
      opts.onSelect
        ? h('button', { type: 'button', class: 'entry-title linklike', onclick: opts.onSelect, id: `entry-${entry.id}` }, entry.title)
        : h('p', { class: 'entry-title' }, entry.title),
      outcome,
    ),
    h('p', { class: 'entry-meta' }, meta),
    entry.detail ? h('p', { class: 'entry-detail' }, entry.detail) : null,
    hasWhy
      ? h(
          'details',
          { class: 'why', open: !!opts.open, 'data-key': `why-${entry.id}` },
          h('summary', null, 'Why?'),
          rollView(entry),
          entry.effects.length ? h('ul', { class: 'effects', 'aria-label': 'Effects' }, entry.effects.map((e) => effectItem(rules, e))) : h('p', { class: 'muted' }, 'No values changed.'),
        )
      : null,
  );
}

function select(id: string, label: string, value: string, options: [string, string][], onchange: (v: string) => void): HTMLElement {
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
export function logPanel(session: SessionStore, rules: Rules, entries: LogEntry[], filter: LogFilter, idPrefix: string, maxTurn: number): HTMLElement {
  const shown = entries.filter(
    (e) =>
      (filter.turn === 'all' || e.turn === filter.turn) &&
      (filter.role === 'all' || e.roles.includes(filter.role)) &&
      (filter.district === 'all' || e.district === filter.district),
  );
  const turns = Array.from({ length: maxTurn }, (_, i) => maxTurn - i);
  const byTurn = turns.map((t) => [t, shown.filter((e) => e.turn === t)] as const).filter(([, list]) => list.length > 0);
  return h(
    'section',
    { class: 'log', 'aria-label': 'Log' },
    h(
      'div',
      { class: 'log-filters', role: 'group', 'aria-label': 'Filter the log' },
      select(`${idPrefix}-turn`, 'Turn', String(filter.turn), [['all', 'All turns'], ...turns.map((t): [string, string] => [String(t), `Turn ${t}`])], (v) =>
        session.setLogFilter({ turn: v === 'all' ? 'all' : Number(v) }),
      ),
      select(`${idPrefix}-role`, 'Role', filter.role, [['all', 'All roles'], ...rules.scenario.roles.map((r): [string, string] => [r.id, r.name])], (v) =>
        session.setLogFilter({ role: v }),
      ),
      select(`${idPrefix}-district`, 'District', filter.district, [['all', 'All districts'], ...rules.scenario.districts.map((d): [string, string] => [d.id, d.name])], (v) =>
        session.setLogFilter({ district: v }),
      ),
    ),
    h('p', { class: 'log-count', 'aria-live': 'polite' }, `Showing ${shown.length} of ${entries.length} entries`),
    h(
      'div',
      { class: 'log-list', 'data-scroll-key': `${idPrefix}-list`, tabindex: '0', 'aria-label': 'Log entries' },
      byTurn.length === 0 ? h('p', { class: 'muted' }, 'Nothing matches these filters.') : null,
      byTurn.map(([t, list]) => h('section', { class: 'log-turn' }, h('h3', null, `Turn ${t}`), list.map((e) => entryView(rules, e, { showTurn: false })))),
    ),
  );
}

/**
 * The problems of the last scenario file, and, when the scenario waits for the Tiled map it
 * names, a picker for just that map.
 */
export function scenarioProblemsPanel(ctx: ScreenContext): HTMLElement | null {
  const { s, session } = ctx;
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
        p.map.missing ? 'Add the map on its own, and ' : 'Open another map for it, and ',
        h('strong', null, p.map.source),
        ' opens with its district shapes taken from it (',
        h('code', { class: 'path' }, p.map.file),
        ').',
      ),
      input,
      h('button', { type: 'button', class: 'btn btn-primary', id: 'add-map', onclick: () => input.click() }, p.map.missing ? 'Add the map file\u2026' : 'Open another map file\u2026'),
    );
  }
  return problemsPanel(p.source, p.problems, p.warnings, () => session.dismissScenarioProblems(), addMap);
}

/** Every problem of a scenario file, each with its JSON path. */
export function problemsPanel(source: string, problems: Problem[], warnings: Problem[], onClose: () => void, extra: HTMLElement | null = null): HTMLElement {
  const item = (p: Problem) =>
    h(
      'li',
      { class: `problem problem-${p.severity}` },
      h('code', { class: 'path' }, p.path),
      h('span', { class: 'problem-message' }, p.message),
      p.suggestion ? h('span', { class: 'problem-fix' }, `Fix: ${p.suggestion}`) : null,
    );
  return h(
    'section',
    { class: 'panel problems', role: 'alert', 'aria-labelledby': 'problems-title', 'data-testid': 'scenario-problems' },
    h(
      'div',
      { class: 'panel-head' },
      h('h2', { id: 'problems-title' }, `\u26a0 ${source} cannot be used`),
      h('button', { type: 'button', class: 'btn btn-quiet', onclick: onClose, id: 'problems-close' }, 'Dismiss'),
    ),
    h('p', null, `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix. Each names its place in the file as a JSON path.`),
    h('ol', { class: 'problem-list', tabindex: '0', 'aria-label': 'Problems', 'data-scroll-key': 'problems' }, problems.map(item)),
    extra,
    warnings.length
      ? h('details', null, h('summary', null, `${warnings.length} warning${warnings.length === 1 ? '' : 's'}`), h('ol', { class: 'problem-list' }, warnings.map(item)))
      : null,
  );
}

/** A save that could not be read: what, where, and a way to keep the file as it was found. */
export function saveProblemPanel(p: SaveProblem, onClose: () => void): HTMLElement {
  return h(
    'section',
    { class: 'panel save-problem', role: 'alert', 'data-testid': 'save-problem' },
    h('div', { class: 'panel-head' }, h('h2', null, '\u26a0 That saved game cannot be opened')),
    h('p', null, p.message),
    h('p', null, 'Where: ', h('code', { class: 'path' }, p.path), ` in ${p.filename}`),
    h('p', { class: 'muted' }, 'Nothing else has changed: the game you had is still here.'),
    h(
      'div',
      { class: 'actions' },
      // A file refused unread (too large) has nothing to offer back.
      p.text === ''
        ? null
        : h('button', { type: 'button', class: 'btn', onclick: () => downloadText(p.filename.endsWith('.json') ? p.filename : `${p.filename}.json`, p.text) }, 'Download what was found'),
      h('button', { type: 'button', class: 'btn btn-quiet', onclick: onClose, id: 'save-problem-close' }, 'Dismiss'),
    ),
  );
}
