/** Who knew what, when: for each fact, a turn-by-role grid of who held it, with the shares, the
 * incidents it bore on and the roles it never reached. */
import type { Debrief } from '../../../debrief/model';
import type { Lang } from '../../../i18n';
import type { Game } from '../../../store';
import { roleBadge } from '../../components/entry';
import { h, slots, type View } from '../../dom';
import { districtName, roleName } from '../../text';
import { section } from './parts';

export function factsSection(L: Lang, g: Game, d: Debrief): View {
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
        { key: f.fact, class: 'fact-story', 'data-testid': 'fact-story' },
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
