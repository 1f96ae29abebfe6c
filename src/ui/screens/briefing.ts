/** The turn's briefing, read to everyone, and the hand-over screen before each team plans. */
import { humanRoles, policyRoles, seatName } from '../../store';
import { h, type View } from '../dom';
import { entryView, roleBadge } from '../components/entry';
import type { ScreenContext } from '../context';
import { expectedResponse } from '../model/incidents';
import { briefingNews, districtsNamed } from '../model/report';
import { districtName, roleName, roleShort } from '../text';
import { gameFrame, mapSection } from './frame';
import { tablesList } from './tables';

export function briefingScreen(ctx: ScreenContext): View {
  const { session, s, L } = ctx;
  const t = L.ui.turn;
  const g = s.game!;
  const { rules, state } = g;
  // On its own device a team reads its private injects in the briefing: the host sent it only
  // what it may know.
  const { shown, privateCount } = briefingNews(state, s.facilitator || !!s.net);
  const incidents = state.incidents.filter((i) => i.status === 'open');
  const humans = humanRoles(g);
  const bots = policyRoles(g);
  const first = humans[0];
  const localFoot = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-primary btn-wide',
      id: 'begin-planning',
      'data-testid': 'begin-planning',
      onclick: () => session.beginPlanning(),
    },
    first ? `${t.beginPlanning(seatName(L, g, first))} \u2192` : `${t.computerPlans} \u2192`,
  );
  const panel = h(
    'aside',
    { class: 'col col-brief', 'aria-labelledby': 'screen-title' },
    h(
      'div',
      { class: 'col-scroll' },
      h('p', { class: 'eyebrow' }, L.ui.common.turnOf(state.turn, rules.scenario.turns)),
      h('h1', { id: 'screen-title', tabindex: '-1' }, t.briefing),
      state.turn === 1
        ? h(
            'section',
            { class: 'setting-box' },
            h('h2', null, t.situation),
            h('p', null, L.text(rules.scenario.setting)),
          )
        : null,
      h(
        'section',
        { 'aria-labelledby': 'news-title', 'data-testid': 'briefing-news' },
        h('h2', { id: 'news-title' }, shown.length ? t.newThisTurn : t.nothingNew),
        shown.map((e) => entryView(L, rules, e, { showTurn: false })),
      ),
      privateCount.size
        ? h(
            'p',
            { class: 'private-note' },
            t.privateWaiting(
              L.f.list(
                [...privateCount].map(([r, n]) => `${roleShort(L, rules, r)} ${L.f.num(n)}`),
              ),
            ),
          )
        : null,
      incidents.length
        ? h(
            'section',
            null,
            h('h2', null, t.openIncidents(incidents.length)),
            h(
              'ul',
              { class: 'incidents' },
              incidents.map((i) =>
                h(
                  'li',
                  null,
                  '\u26a0 ',
                  h('strong', null, L.text(i.def.title)),
                  ` ${t.incidentWhere(districtName(L, rules, i.district), i.turnsLeft)} `,
                  h('span', { class: 'muted' }, L.text(i.def.text)),
                  h(
                    'span',
                    { class: 'expected', 'data-testid': 'expected-response' },
                    L.msg(expectedResponse(i)),
                  ),
                ),
              ),
            ),
          )
        : null,
      s.net
        ? tablesList(ctx)
        : h(
            'section',
            null,
            h('h2', null, t.planningOrder),
            h(
              'ol',
              { class: 'seating' },
              humans.map((r) => h('li', null, roleBadge(L, rules, r), ` ${seatName(L, g, r)}`)),
            ),
            bots.length
              ? h(
                  'p',
                  { class: 'muted' },
                  t.playedByComputer(L.f.list(bots.map((r) => seatName(L, g, r)))),
                )
              : null,
          ),
    ),
    h('div', { class: 'col-foot' }, s.net ? netBriefingFoot(ctx) : localFoot),
  );
  return gameFrame(
    ctx,
    h(
      'main',
      { class: 'brief-grid', id: 'main' },
      panel,
      mapSection(ctx, L.ui.common.map, {
        viewer: 'facilitator',
        highlighted: districtsNamed(shown),
      }),
    ),
  );
}

/** On a host: a team goes to its own planning; the projector and staff watch the tables. */
function netBriefingFoot(ctx: ScreenContext): View {
  const { s, L, session } = ctx;
  const role = s.net?.seat?.kind === 'team' ? s.net.seat.role : undefined;
  if (!role || s.game!.state.status === 'ended')
    return h('p', { class: 'muted', role: 'status' }, L.ui.net.tables.projectorPlanning);
  return h(
    'button',
    {
      type: 'button',
      class: 'btn btn-primary btn-wide',
      id: 'begin-planning',
      'data-testid': 'begin-planning',
      onclick: () => session.planOwnRole(),
    },
    `${L.ui.net.tables.plan(L.text(s.game!.rules.role(role).name))} \u2192`,
  );
}

export function handoverScreen(ctx: ScreenContext): View {
  const { session, s, L } = ctx;
  const t = L.ui.turn;
  const g = s.game!;
  const role = s.active!;
  const team = seatName(L, g, role).trim();
  return gameFrame(
    ctx,
    h(
      'main',
      { class: 'handover', id: 'main' },
      h(
        'section',
        { class: 'handover-card', 'aria-labelledby': 'screen-title', 'data-testid': 'handover' },
        h(
          'p',
          { class: 'eyebrow' },
          `${L.ui.common.turn(g.state.turn)} \u00b7 ${s.round === 1 ? t.round1of2 : t.round2of2}`,
        ),
        roleBadge(L, g.rules, role, { large: true }),
        h('h1', { id: 'screen-title', tabindex: '-1' }, t.passTo(team)),
        h('p', { class: 'lede' }, roleName(L, g.rules, role)),
        h('p', { class: 'muted' }, t.lookAway),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-primary btn-large',
            id: 'reveal',
            'data-testid': 'reveal',
            onclick: () => session.reveal(),
          },
          t.weAre(team),
        ),
      ),
    ),
  );
}
