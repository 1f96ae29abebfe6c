/** The screens between planning sessions: briefing, hand-over, report, end and debrief. */
import { RESOLUTION_ORDER, type LogEntry } from '../../engine';
import { humanRoles, policyRoles, reportEntries, say, seatName } from '../../store';
import { h } from '../dom';
import { entryView, roleBadge } from '../components';
import type { ScreenContext } from '../context';
import { districtName, phaseTitle, roleName, roleShort } from '../text';
import { gameFrame } from './frame';

export function briefingScreen(ctx: ScreenContext): HTMLElement {
  const { session, s, L } = ctx;
  const t = L.ui.turn;
  const g = s.game!;
  const { rules, state } = g;
  const news = state.log.filter(
    (e) => e.turn === state.turn && e.phase === 'briefing' && e.kind !== 'briefing',
  );
  const shown = news.filter((e) => s.facilitator || e.visibleTo === 'all');
  const privateCount = new Map<string, number>();
  for (const e of news)
    if (e.visibleTo !== 'all')
      for (const r of e.visibleTo) privateCount.set(r, (privateCount.get(r) ?? 0) + 1);
  const incidents = state.incidents.filter((i) => i.status === 'open');
  const map = ctx.map();
  map.render(s, {
    viewer: 'facilitator',
    highlighted: [...new Set(shown.map((e) => e.district).filter((d): d is string => !!d))],
  });
  const humans = humanRoles(g);
  const bots = policyRoles(g);
  const first = humans[0];
  const panel = h(
    'aside',
    { class: 'col col-brief', 'aria-labelledby': 'screen-title' },
    h(
      'div',
      { class: 'col-scroll', 'data-scroll-key': 'briefing' },
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
                ),
              ),
            ),
          )
        : null,
      h(
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
    h(
      'div',
      { class: 'col-foot' },
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-primary btn-wide',
          id: 'begin-planning',
          'data-testid': 'begin-planning',
          onclick: () => session.beginPlanning(),
        },
        first ? `${t.beginPlanning(seatName(L, g, first))} \u2192` : `${t.computerPlans} \u2192`,
      ),
    ),
  );
  return gameFrame(
    ctx,
    h(
      'main',
      { class: 'brief-grid', id: 'main' },
      panel,
      h('section', { class: 'col col-center', 'aria-label': L.ui.common.map }, map.el),
    ),
  );
}

export function handoverScreen(ctx: ScreenContext): HTMLElement {
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

function highlightOf(e: LogEntry | undefined): string[] {
  if (!e) return [];
  if (e.district) return [e.district];
  return [
    ...new Set(
      e.effects.flatMap((x) =>
        x.kind === 'indicator' || x.kind === 'incident' ? [x.district] : [],
      ),
    ),
  ];
}

export function reportScreen(ctx: ScreenContext): HTMLElement {
  const { session, s, L } = ctx;
  const t = L.ui.turn;
  const g = s.game!;
  const { rules, state } = g;
  const turn = s.reportTurn;
  const viewer = s.facilitator ? 'facilitator' : 'public';
  const all = reportEntries(state, turn, 'facilitator');
  const entries = reportEntries(state, turn, viewer);
  const ordered = RESOLUTION_ORDER.flatMap((phase) => entries.filter((e) => e.phase === phase));
  const index = Math.min(s.reportIndex, Math.max(0, ordered.length - 1));
  const current = ordered[index];
  const map = ctx.map();
  map.render(s, { viewer: 'facilitator', highlighted: highlightOf(current) });
  const rolled = ordered.filter((e) => e.roll && e.kind !== 'share');
  const succeeded = rolled.filter((e) => e.roll!.success).length;
  const hidden = all.length - entries.length;
  const ended = state.status === 'ended';
  const groups = RESOLUTION_ORDER.map(
    (phase) => [phase, ordered.filter((e) => e.phase === phase)] as const,
  ).filter(([, list]) => list.length > 0);
  const summary = [
    t.entries(ordered.length),
    t.succeeded(succeeded, rolled.length),
    hidden ? t.hiddenPrivate(hidden) : null,
  ].filter((x) => x !== null);
  const panel = h(
    'aside',
    { class: 'col col-report', 'aria-labelledby': 'screen-title', 'data-testid': 'report' },
    h(
      'div',
      { class: 'report-head' },
      h('p', { class: 'eyebrow' }, t.resolution),
      h('h1', { id: 'screen-title', tabindex: '-1' }, t.reportTitle(turn)),
      h('p', { class: 'muted' }, summary.join(' \u00b7 ')),
      h(
        'div',
        { class: 'stepper', role: 'group', 'aria-label': t.stepThrough },
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            id: 'report-prev',
            'data-testid': 'report-prev',
            disabled: index <= 0,
            'aria-keyshortcuts': 'ArrowLeft',
            onclick: () => session.reportGo(index - 1),
          },
          `\u25c0 ${t.previous}`,
        ),
        h(
          'span',
          { class: 'step-count', 'data-testid': 'report-position' },
          ordered.length ? t.position(index + 1, ordered.length) : t.nothingToReport,
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            id: 'report-next',
            'data-testid': 'report-next',
            disabled: index >= ordered.length - 1,
            'aria-keyshortcuts': 'ArrowRight',
            onclick: () => session.reportGo(index + 1),
          },
          `${t.next} \u25b6`,
        ),
      ),
      h('p', { class: 'sr-only', 'aria-live': 'polite' }, current ? L.msg(current.title) : ''),
    ),
    h(
      'div',
      {
        class: 'col-scroll report-list',
        'data-scroll-key': `report-${turn}`,
        'aria-live': 'polite',
        'aria-relevant': 'additions',
      },
      groups.map(([phase, list]) =>
        h(
          'section',
          { class: 'phase', 'aria-label': phaseTitle(L, phase) },
          h('h2', { class: 'phase-title' }, phaseTitle(L, phase)),
          list.map((e) => {
            const i = ordered.indexOf(e);
            return entryView(L, rules, e, {
              current: i === index,
              open: i === index,
              showTurn: false,
              onSelect: () => session.reportGo(i),
            });
          }),
        ),
      ),
    ),
    h(
      'div',
      { class: 'col-foot' },
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-primary btn-wide',
          id: 'next-turn',
          'data-testid': 'next-turn',
          onclick: () => session.startNextTurn(),
        },
        `${ended ? t.seeEnd : t.startTurn(state.turn)} \u2192`,
      ),
    ),
  );
  return gameFrame(
    ctx,
    h(
      'main',
      { class: 'report-grid', id: 'main' },
      h('section', { class: 'col col-center', 'aria-label': L.ui.common.map }, map.el),
      panel,
    ),
  );
}

function resultCell(ctx: ScreenContext, met: boolean): HTMLElement {
  const t = ctx.L.ui.turn;
  return h(
    'td',
    { class: `result ${met ? 'good' : 'bad'}` },
    met ? `\u2714 ${t.met}` : `\u2716 ${t.notMet}`,
  );
}

export function endScreen(ctx: ScreenContext): HTMLElement {
  const { session, s, L } = ctx;
  const t = L.ui.turn;
  const g = s.game!;
  const { rules, state } = g;
  const o = state.outcome;
  if (!o) return gameFrame(ctx, h('main', { class: 'end', id: 'main' }, h('p', null, t.notEnded)));
  const col = (text: string) => h('th', { scope: 'col' }, text);
  return gameFrame(
    ctx,
    h(
      'main',
      { class: 'end', id: 'main', 'data-testid': 'end' },
      h(
        'section',
        { class: 'panel end-score', 'aria-labelledby': 'screen-title' },
        h('p', { class: 'eyebrow' }, t.over),
        h(
          'h1',
          { id: 'screen-title', tabindex: '-1' },
          o.won ? `\u2714 ${t.accomplished}` : `\u2716 ${t.notAccomplished}`,
        ),
        h(
          'p',
          { class: 'score', 'data-testid': 'score' },
          h('strong', null, L.f.num(o.score)),
          h('span', null, ` ${t.scoreOf(rules.scenario.winScore)}`),
        ),
        h('p', { class: 'lede' }, t.endedBecause(say(L, o.reason))),
      ),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'obj-title' },
        h('h2', { id: 'obj-title' }, t.missionObjectives),
        h(
          'table',
          { class: 'results', 'data-testid': 'objectives' },
          h(
            'thead',
            null,
            h('tr', null, col(t.colObjective), col(t.colNow), col(t.colPoints), col(t.colResult)),
          ),
          h(
            'tbody',
            null,
            o.objectives.map((r) =>
              h(
                'tr',
                null,
                h('td', null, L.text(r.description)),
                h('td', { class: 'num' }, L.f.num(r.value)),
                h('td', { class: 'num' }, L.f.num(r.weight)),
                resultCell(ctx, r.met),
              ),
            ),
          ),
        ),
      ),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'priv-title' },
        h('h2', { id: 'priv-title' }, t.privateObjectives),
        h(
          'table',
          { class: 'results', 'data-testid': 'private-objectives' },
          h(
            'thead',
            null,
            h('tr', null, col(t.colRole), col(t.colObjective), col(t.colNow), col(t.colResult)),
          ),
          h(
            'tbody',
            null,
            o.privateObjectives.map((r) =>
              h(
                'tr',
                null,
                h('td', null, roleBadge(L, rules, r.role), ` ${seatName(L, g, r.role)}`),
                h('td', null, L.text(r.description)),
                h('td', { class: 'num' }, L.f.num(r.value)),
                resultCell(ctx, r.met),
              ),
            ),
          ),
        ),
      ),
      h(
        'div',
        { class: 'actions end-actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-primary btn-large',
            id: 'open-debrief',
            'data-testid': 'open-debrief',
            onclick: () => session.openDebrief(),
          },
          t.openDebrief,
        ),
        h(
          'button',
          { type: 'button', class: 'btn', id: 'end-new', onclick: () => session.exitToStart() },
          t.newExercise,
        ),
      ),
    ),
  );
}
