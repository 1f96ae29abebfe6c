/** The console's god's-eye view: every team's orders, proposals and intelligence, every district,
 * every fact and who holds it, and the trust between the roles. */
import type { Rules } from '../../../engine';
import type { Lang } from '../../../i18n';
import { indicatorColour } from '../../../scenes/palette';
import { seatName, type Game } from '../../../store';
import { h, type Child, type View } from '../../dom';
import { roleBadge } from '../../components/entry';
import { orderLabel, proposalLabel, statusWord } from '../../model/orders';
import { districtName, indicatorName } from '../../text';

function teamCard(L: Lang, g: Game, role: string): View {
  const t = L.ui.facilitator;
  const { rules, state } = g;
  const rs = state.roles.find((r) => r.id === role)!;
  const card = rules.role(role);
  const orders = state.orders.filter((o) => o.role === role);
  const led = state.proposals.filter((p) => p.lead === role);
  const toMe = state.proposals.filter((p) => p.partners.includes(role));
  const facts = rs.knows.map((f) => rules.factById.get(f)).filter((f) => f !== undefined);
  const ended = state.status === 'ended';
  return h(
    'article',
    {
      key: role,
      class: `team-card${rs.committed ? ' committed' : ''}`,
      'data-testid': 'team-card',
      'data-role': role,
    },
    h(
      'div',
      { class: 'team-head' },
      roleBadge(L, rules, role, { large: true }),
      h(
        'div',
        null,
        h('h3', null, L.text(card.name)),
        h('p', { class: 'muted' }, seatName(L, g, role)),
      ),
      // Once the exercise has ended nobody plans: no state and no action points to show.
      ended
        ? null
        : h(
            'span',
            { class: `team-state${rs.committed ? ' good' : ''}` },
            rs.committed ? t.committed : t.planning,
            h('span', { class: 'muted' }, ` \u00b7 ${t.apLeft(rs.apLeft, card.actionPoints)}`),
          ),
    ),
    // After the end there are no orders to come: no "Draft orders", no "None yet".
    ended && orders.length + led.length === 0
      ? null
      : h(
          'h4',
          null,
          rs.committed || ended
            ? t.committedOrders(orders.length + led.length)
            : t.draftOrders(orders.length + led.length),
        ),
    orders.length + led.length === 0
      ? ended
        ? null
        : h('p', { class: 'muted' }, t.noneYet)
      : h(
          'ul',
          { class: 'team-orders' },
          orders.map((o) => h('li', { key: `o${o.id}` }, orderLabel(L, rules, o))),
          led.map((p) =>
            h(
              'li',
              null,
              `${proposalLabel(L, rules, p)} `,
              p.partners.length
                ? p.partners.map((r, i) =>
                    h(
                      'span',
                      { class: `status status-${p.responses[i]}` },
                      roleBadge(L, rules, r),
                      ` ${statusWord(L, p.responses[i] ?? 'pending')} `,
                    ),
                  )
                : h('span', { class: 'muted' }, t.noPartners),
            ),
          ),
        ),
    toMe.length
      ? h(
          'div',
          null,
          h('h4', null, t.proposalsToIt(toMe.length)),
          h(
            'ul',
            { class: 'team-orders' },
            toMe.map((p) => {
              const answer = p.responses[p.partners.indexOf(role)] ?? 'pending';
              return h(
                'li',
                null,
                roleBadge(L, rules, p.lead),
                ` ${t.proposalTo(proposalLabel(L, rules, p))} `,
                h('span', { class: `status status-${answer}` }, statusWord(L, answer)),
              );
            }),
          ),
        )
      : null,
    h('h4', null, t.intelHeld(facts.length)),
    facts.length
      ? h(
          'ul',
          { class: 'team-facts' },
          facts.map((f) =>
            h(
              'li',
              null,
              L.text(f.title),
              state.compromised.includes(f.id)
                ? h('span', { class: 'warn' }, ` \u26a0 ${t.leaked}`)
                : null,
            ),
          ),
        )
      : h('p', { class: 'muted' }, t.none),
  );
}

function valueCell(L: Lang, rules: Rules, indicator: number, v: number): View {
  const def = rules.indicators[indicator]!;
  return h(
    'td',
    { class: 'num ind-cell' },
    h('span', {
      class: 'swatch',
      style: { background: indicatorColour(v, def.goodWhen) },
      'aria-hidden': 'true',
    }),
    L.f.num(v),
  );
}

function districtsTable(L: Lang, g: Game): View {
  const t = L.ui.facilitator;
  const { rules, state } = g;
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'results districts-table', 'data-testid': 'console-districts' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, t.district),
          rules.indicators.map((i) => {
            const name = indicatorName(L, rules, i.id);
            const better = i.goodWhen === 'high' ? t.higherBetter : t.lowerBetter;
            return h(
              'th',
              { scope: 'col', class: 'num', title: t.indicatorTitle(name, better) },
              name,
              h('span', { class: 'sr-only' }, ` (${better})`),
              h(
                'span',
                { class: 'dir', 'aria-hidden': 'true' },
                i.goodWhen === 'high' ? ' \u2191' : ' \u2193',
              ),
            );
          }),
          h('th', { scope: 'col' }, t.units),
          h('th', { scope: 'col' }, t.openIncidents),
        ),
      ),
      h(
        'tbody',
        null,
        rules.scenario.districts.map((d, di) => {
          const values = state.districts[di]?.values ?? [];
          const units = state.assets.filter((a) => a.location === d.id);
          const incidents = state.incidents.filter(
            (i) => i.status === 'open' && i.district === d.id,
          );
          return h(
            'tr',
            null,
            h('th', { scope: 'row' }, L.text(d.name)),
            values.map((v, i) => valueCell(L, rules, i, v)),
            h(
              'td',
              { class: 'units-cell' },
              units.length
                ? units.map((u) => roleBadge(L, rules, u.role))
                : h('span', { class: 'muted' }, '\u2014'),
            ),
            h(
              'td',
              null,
              incidents.length
                ? incidents.map((i) =>
                    h(
                      'span',
                      { class: 'incident-tag' },
                      `\u26a0 ${t.incidentLeft(L.text(i.def.title), i.turnsLeft)}`,
                    ),
                  )
                : h('span', { class: 'muted' }, '\u2014'),
            ),
          );
        }),
      ),
    ),
  );
}

function intelligenceTable(L: Lang, g: Game): View {
  const t = L.ui.facilitator;
  const { rules, state } = g;
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'results', 'data-testid': 'console-intelligence' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, t.fact),
          h('th', { scope: 'col' }, t.heldBy),
          h('th', { scope: 'col' }, t.wouldHelp),
        ),
      ),
      h(
        'tbody',
        null,
        rules.scenario.intelligence.map((f) => {
          const holders = state.roles.filter((r) => r.knows.includes(f.id)).map((r) => r.id);
          const lacking = rules.scenario.roles
            .filter(
              (r) => !holders.includes(r.id) && f.helps.some((a) => r.capabilities.includes(a)),
            )
            .map((r) => r.id);
          return h(
            'tr',
            null,
            h(
              'td',
              null,
              h('strong', null, L.text(f.title)),
              f.district
                ? h('span', { class: 'muted' }, ` \u00b7 ${districtName(L, rules, f.district)}`)
                : null,
              state.compromised.includes(f.id)
                ? h('span', { class: 'warn' }, ` \u26a0 ${t.leaked}`)
                : null,
            ),
            h(
              'td',
              null,
              holders.length
                ? holders.map((r) => roleBadge(L, rules, r))
                : h('span', { class: 'muted' }, t.nobodyYet),
            ),
            h(
              'td',
              null,
              lacking.length
                ? lacking.map((r) => roleBadge(L, rules, r))
                : h('span', { class: 'muted' }, '\u2014'),
            ),
          );
        }),
      ),
    ),
  );
}

function trustList(L: Lang, g: Game): View {
  const { rules, state } = g;
  return h(
    'ul',
    { class: 'trust trust-pairs' },
    state.trust.map((t) =>
      h(
        'li',
        null,
        roleBadge(L, rules, t.a),
        ' ',
        roleBadge(L, rules, t.b),
        h(
          'span',
          null,
          ` ${L.ui.facilitator.pair(L.text(rules.role(t.a).short), L.text(rules.role(t.b).short))} `,
        ),
        h('strong', null, L.f.num(t.value)),
        h(
          'span',
          { class: 'meter', 'aria-hidden': 'true' },
          h('span', { style: { width: `${t.value}%` } }),
        ),
      ),
    ),
  );
}

export function overviewTab(L: Lang, g: Game): Child[] {
  const t = L.ui.facilitator;
  return [
    h(
      'section',
      { class: 'console-panel', 'aria-labelledby': 'teams-title' },
      h('h2', { id: 'teams-title' }, t.teamsTitle),
      h(
        'div',
        { class: 'team-grid' },
        g.rules.scenario.roles.map((r) => teamCard(L, g, r.id)),
      ),
    ),
    h(
      'section',
      { class: 'console-panel', 'aria-labelledby': 'districts-title' },
      h('h2', { id: 'districts-title' }, t.districtsTitle),
      districtsTable(L, g),
    ),
    h(
      'div',
      { class: 'console-two' },
      h(
        'section',
        { class: 'console-panel', 'aria-labelledby': 'intel-title' },
        h('h2', { id: 'intel-title' }, t.intelTitle),
        intelligenceTable(L, g),
      ),
      h(
        'section',
        { class: 'console-panel', 'aria-labelledby': 'trust-title' },
        h('h2', { id: 'trust-title' }, t.trustTitle),
        trustList(L, g),
      ),
    ),
  ];
}
