/** A team's role card: its action points, private briefing and objective, the intelligence it
 * holds, its units, mandate, constraints, trust with the others and what it may do. */
import type { GameState, Rules } from '../../../engine';
import type { Lang } from '../../../i18n';
import { h, type View } from '../../dom';
import { entryView, roleBadge } from '../../components/entry';
import { actionName, districtName, roleName } from '../../text';

/** The action points as pips, beside the number that says them. */
export function apPips(left: number, total: number): View {
  return h(
    'span',
    { class: 'pips', 'aria-hidden': 'true' },
    Array.from({ length: total }, (_, i) => h('span', { class: `pip${i < left ? ' on' : ''}` })),
  );
}

export function roleCard(
  L: Lang,
  rules: Rules,
  state: GameState,
  role: string,
  teamName: string,
): View {
  const t = L.ui.planning;
  const card = rules.role(role);
  const me = state.roles.find((r) => r.id === role)!;
  const facts = me.knows.map((f) => rules.factById.get(f)).filter((f) => f !== undefined);
  const assets = state.assets.filter((a) => a.role === role);
  const news = state.log.filter(
    (e) =>
      e.turn === state.turn &&
      e.phase === 'briefing' &&
      e.visibleTo !== 'all' &&
      e.visibleTo.includes(role),
  );
  const trust = state.trust.filter((x) => x.a === role || x.b === role);
  return h(
    'div',
    { class: 'role-card', 'data-testid': 'role-card' },
    h(
      'div',
      { class: 'role-head' },
      roleBadge(L, rules, role, { large: true }),
      h(
        'div',
        null,
        h('h2', null, L.text(card.name)),
        h('p', { class: 'muted' }, t.playedBy(teamName)),
      ),
    ),
    h(
      'p',
      { class: 'ap', 'data-testid': 'ap-left' },
      apPips(me.apLeft, card.actionPoints),
      h('strong', null, t.apOf(me.apLeft, card.actionPoints)),
      ` ${t.apLeftWords(me.apLeft)}`,
    ),
    news.length
      ? h(
          'section',
          { class: 'card-section news' },
          h('h3', null, t.privateBriefing),
          news.map((e) => entryView(L, rules, e, { showTurn: false })),
        )
      : null,
    h(
      'section',
      { class: 'card-section' },
      h('h3', null, t.privateObjective),
      h('p', null, L.text(card.privateObjective.description)),
    ),
    h(
      'section',
      { class: 'card-section', 'data-testid': 'intelligence' },
      h('h3', null, t.intelligence(facts.length)),
      facts.length === 0
        ? h('p', { class: 'muted' }, t.noIntelligence)
        : h(
            'ul',
            { class: 'facts' },
            facts.map((f) => {
              const leaked = state.compromised.includes(f.id);
              return h(
                'li',
                { key: f.id, class: `fact${leaked ? ' leaked' : ''}` },
                h('strong', null, L.text(f.title)),
                f.district
                  ? h('span', { class: 'muted' }, ` \u2014 ${districtName(L, rules, f.district)}`)
                  : null,
                h('p', null, L.text(f.text)),
                f.helps.length
                  ? h(
                      'p',
                      { class: 'muted' },
                      t.helps(L.f.list(f.helps.map((a) => actionName(L, a))), L.f.signed(f.bonus)),
                    )
                  : null,
                leaked ? h('p', { class: 'warn' }, `\u26a0 ${t.leaked}`) : null,
              );
            }),
          ),
    ),
    h(
      'section',
      { class: 'card-section' },
      h('h3', null, t.units(assets.length)),
      h(
        'ul',
        { class: 'assets' },
        assets.map((a) => {
          const def = card.assets.find((x) => x.id === a.id);
          return h(
            'li',
            { key: a.id },
            h('strong', null, def ? L.text(def.name) : a.id),
            def ? h('span', { class: 'muted' }, ` ${L.text(def.type)}`) : null,
            h('br'),
            t.unitWhere(districtName(L, rules, a.location), a.readiness),
          );
        }),
      ),
    ),
    h(
      'section',
      { class: 'card-section' },
      h('h3', null, t.mandate),
      h('p', null, L.text(card.mandate)),
    ),
    card.constraints.length
      ? h(
          'section',
          { class: 'card-section' },
          h('h3', null, t.constraints),
          h(
            'ul',
            { class: 'constraints' },
            card.constraints.map((c) => h('li', null, L.text(c.reason))),
          ),
        )
      : null,
    h(
      'section',
      { class: 'card-section' },
      h('h3', null, t.trustTitle),
      h(
        'ul',
        { class: 'trust' },
        trust.map((x) => {
          const other = x.a === role ? x.b : x.a;
          return h(
            'li',
            null,
            roleBadge(L, rules, other),
            ` ${t.trustWith(roleName(L, rules, other))} `,
            h('strong', null, L.f.num(x.value)),
            h(
              'span',
              { class: 'meter', 'aria-hidden': 'true' },
              h('span', { style: { width: `${x.value}%` } }),
            ),
          );
        }),
      ),
    ),
    h(
      'section',
      { class: 'card-section' },
      h('h3', null, t.capabilities),
      h('p', null, L.f.list(card.capabilities.map((a) => actionName(L, a)))),
    ),
  );
}
