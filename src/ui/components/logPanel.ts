/** The log panel: filters by turn, role and district over the entries the viewer may see. */
import type { LogEntry, Rules } from '../../engine';
import type { Lang } from '../../i18n';
import type { LogFilter, SessionStore } from '../../store';
import { h, type View } from '../dom';
import { entryView } from './entry';

function select(
  id: string,
  label: string,
  value: string,
  options: [string, string][],
  onchange: (v: string) => void,
): View {
  return h(
    'label',
    { class: 'field field-inline' },
    h('span', null, label),
    h(
      'select',
      { id, value, onchange: (ev: Event) => onchange((ev.target as HTMLSelectElement).value) },
      options.map(([v, text]) => h('option', { value: v }, text)),
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
): View {
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
        tabindex: '0',
        'aria-label': t.logEntries,
      },
      byTurn.length === 0 ? h('p', { class: 'muted' }, t.nothingMatches) : null,
      byTurn.map(([n, list]) =>
        h(
          'section',
          { class: 'log-turn', key: n },
          h('h3', null, L.ui.common.turn(n)),
          list.map((e) => entryView(L, rules, e, { showTurn: false })),
        ),
      ),
    ),
  );
}
