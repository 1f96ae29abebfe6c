/** The screens between planning sessions: briefing, hand-over, report, end and debrief. */
import { RESOLUTION_ORDER, type LogEntry } from '../../engine';
import { humanRoles, policyRoles, reportEntries, seatName } from '../../store/session';
import { h } from '../dom';
import { entryView, roleBadge } from '../components';
import type { ScreenContext } from '../context';
import { PHASE_TITLES, districtName, listWords, plural } from '../text';
import { gameFrame } from './frame';

export function briefingScreen(ctx: ScreenContext): HTMLElement {
  const { session, s } = ctx;
  const g = s.game!;
  const { rules, state } = g;
  const news = state.log.filter((e) => e.turn === state.turn && e.phase === 'briefing' && e.kind !== 'briefing');
  const shown = news.filter((e) => s.facilitator || e.visibleTo === 'all');
  const privateCount = new Map<string, number>();
  for (const e of news) if (e.visibleTo !== 'all') for (const r of e.visibleTo) privateCount.set(r, (privateCount.get(r) ?? 0) + 1);
  const incidents = state.incidents.filter((i) => i.status === 'open');
  const map = ctx.map();
  map.render(s, { viewer: 'facilitator', highlighted: [...new Set(shown.map((e) => e.district).filter((d): d is string => !!d))] });
  const humans = humanRoles(g);
  const bots = policyRoles(g);
  const first = humans[0];
  const panel = h(
    'aside',
    { class: 'col col-brief', 'aria-labelledby': 'screen-title' },
    h(
      'div',
      { class: 'col-scroll', 'data-scroll-key': 'briefing' },
      h('p', { class: 'eyebrow' }, `Turn ${state.turn} of ${rules.scenario.turns}`),
      h('h1', { id: 'screen-title', tabindex: '-1' }, 'Briefing'),
      state.turn === 1 ? h('section', { class: 'setting-box' }, h('h2', null, 'The situation'), h('p', null, rules.scenario.setting)) : null,
      h(
        'section',
        { 'aria-labelledby': 'news-title', 'data-testid': 'briefing-news' },
        h('h2', { id: 'news-title' }, shown.length ? 'New this turn' : 'Nothing new in public this turn'),
        shown.map((e) => entryView(rules, e, { showTurn: false })),
      ),
      privateCount.size
        ? h(
            'p',
            { class: 'private-note' },
            'Private messages wait on the teams\u2019 own screens: ',
            listWords([...privateCount].map(([r, n]) => `${rules.role(r).short} ${n}`)),
            '.',
          )
        : null,
      incidents.length
        ? h(
            'section',
            null,
            h('h2', null, plural(incidents.length, 'open incident')),
            h('ul', { class: 'incidents' }, incidents.map((i) => h('li', null, '\u26a0 ', h('strong', null, i.def.title), ` in ${districtName(rules, i.district)}, ${plural(i.turnsLeft, 'turn')} left. `, h('span', { class: 'muted' }, i.def.text)))),
          )
        : null,
      h(
        'section',
        null,
        h('h2', null, 'Planning order'),
        h('ol', { class: 'seating' }, humans.map((r) => h('li', null, roleBadge(rules, r), ` ${seatName(g, r)}`))),
        bots.length ? h('p', { class: 'muted' }, `Played by the computer: ${listWords(bots.map((r) => seatName(g, r)))}.`) : null,
      ),
    ),
    h(
      'div',
      { class: 'col-foot' },
      h(
        'button',
        { type: 'button', class: 'btn btn-primary btn-wide', id: 'begin-planning', 'data-testid': 'begin-planning', onclick: () => session.beginPlanning() },
        first ? `Begin planning: ${seatName(g, first)} first \u2192` : 'Let the computer plan \u2192',
      ),
    ),
  );
  return gameFrame(ctx, h('main', { class: 'brief-grid', id: 'main' }, panel, h('section', { class: 'col col-center', 'aria-label': 'Map' }, map.el)));
}

/** "the Police team" for a name ending in "team", the bare name ("Blue") otherwise. */
export function teamPhrase(name: string): string {
  return /\bteam$/i.test(name.trim()) ? `the ${name.trim()}` : name.trim();
}

export function handoverScreen(ctx: ScreenContext): HTMLElement {
  const { session, s } = ctx;
  const g = s.game!;
  const role = s.active!;
  const team = seatName(g, role);
  return gameFrame(
    ctx,
    h(
      'main',
      { class: 'handover', id: 'main' },
      h(
        'section',
        { class: 'handover-card', 'aria-labelledby': 'screen-title', 'data-testid': 'handover' },
        h('p', { class: 'eyebrow' }, `Turn ${g.state.turn} \u00b7 ${s.round === 1 ? 'Round 1 of 2: plan and propose' : 'Round 2 of 2: answer and commit'}`),
        roleBadge(g.rules, role, { large: true }),
        h('h1', { id: 'screen-title', tabindex: '-1' }, `Pass the screen to ${teamPhrase(team)}`),
        h('p', { class: 'lede' }, g.rules.role(role).name),
        h('p', { class: 'muted' }, 'Other teams, please look away: the next screen shows this team\u2019s intelligence and orders.'),
        h('button', { type: 'button', class: 'btn btn-primary btn-large', id: 'reveal', 'data-testid': 'reveal', onclick: () => session.reveal() }, `We are ${teamPhrase(team)}: show our screen`),
      ),
    ),
  );
}

function highlightOf(e: LogEntry | undefined): string[] {
  if (!e) return [];
  if (e.district) return [e.district];
  return [...new Set(e.effects.flatMap((x) => (x.kind === 'indicator' || x.kind === 'incident' ? [x.district] : [])))];
}

export function reportScreen(ctx: ScreenContext): HTMLElement {
  const { session, s } = ctx;
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
  const groups = RESOLUTION_ORDER.map((phase) => [phase, ordered.filter((e) => e.phase === phase)] as const).filter(([, list]) => list.length > 0);
  const panel = h(
    'aside',
    { class: 'col col-report', 'aria-labelledby': 'screen-title', 'data-testid': 'report' },
    h(
      'div',
      { class: 'report-head' },
      h('p', { class: 'eyebrow' }, 'Resolution'),
      h('h1', { id: 'screen-title', tabindex: '-1' }, `Turn ${turn} report`),
      h('p', { class: 'muted' }, `${plural(ordered.length, 'entry', 'entries')} \u00b7 ${succeeded} of ${plural(rolled.length, 'roll')} succeeded${hidden ? ` \u00b7 ${hidden} private, in the teams\u2019 logs` : ''}`),
      h(
        'div',
        { class: 'stepper', role: 'group', 'aria-label': 'Step through the report' },
        h('button', { type: 'button', class: 'btn btn-small', id: 'report-prev', 'data-testid': 'report-prev', disabled: index <= 0, 'aria-keyshortcuts': 'ArrowLeft', onclick: () => session.reportGo(index - 1) }, '\u25c0 Previous'),
        h('span', { class: 'step-count', 'data-testid': 'report-position' }, ordered.length ? `${index + 1} of ${ordered.length}` : 'Nothing to report'),
        h('button', { type: 'button', class: 'btn btn-small', id: 'report-next', 'data-testid': 'report-next', disabled: index >= ordered.length - 1, 'aria-keyshortcuts': 'ArrowRight', onclick: () => session.reportGo(index + 1) }, 'Next \u25b6'),
      ),
      h('p', { class: 'sr-only', 'aria-live': 'polite' }, current ? current.title : ''),
    ),
    h(
      'div',
      { class: 'col-scroll report-list', 'data-scroll-key': `report-${turn}`, 'aria-live': 'polite', 'aria-relevant': 'additions' },
      groups.map(([phase, list]) =>
        h(
          'section',
          { class: 'phase', 'aria-label': PHASE_TITLES[phase] },
          h('h2', { class: 'phase-title' }, PHASE_TITLES[phase]),
          list.map((e) => {
            const i = ordered.indexOf(e);
            return entryView(rules, e, { current: i === index, open: i === index, showTurn: false, onSelect: () => session.reportGo(i) });
          }),
        ),
      ),
    ),
    h(
      'div',
      { class: 'col-foot' },
      h(
        'button',
        { type: 'button', class: 'btn btn-primary btn-wide', id: 'next-turn', 'data-testid': 'next-turn', onclick: () => session.startNextTurn() },
        ended ? 'See how the exercise ended \u2192' : `Start turn ${state.turn} \u2192`,
      ),
    ),
  );
  return gameFrame(ctx, h('main', { class: 'report-grid', id: 'main' }, h('section', { class: 'col col-center', 'aria-label': 'Map' }, map.el), panel));
}

function resultCell(met: boolean): HTMLElement {
  return h('td', { class: `result ${met ? 'good' : 'bad'}` }, met ? '\u2714 Met' : '\u2716 Not met');
}

export function endScreen(ctx: ScreenContext): HTMLElement {
  const { session, s } = ctx;
  const g = s.game!;
  const { rules, state } = g;
  const o = state.outcome;
  if (!o) return gameFrame(ctx, h('main', { class: 'end', id: 'main' }, h('p', null, 'The exercise has not ended.')));
  return gameFrame(
    ctx,
    h(
      'main',
      { class: 'end', id: 'main', 'data-testid': 'end' },
      h(
        'section',
        { class: 'panel end-score', 'aria-labelledby': 'screen-title' },
        h('p', { class: 'eyebrow' }, 'The exercise is over'),
        h('h1', { id: 'screen-title', tabindex: '-1' }, o.won ? '\u2714 Mission accomplished' : '\u2716 Mission not accomplished'),
        h('p', { class: 'score', 'data-testid': 'score' }, h('strong', null, String(o.score)), h('span', null, ` of 100 (success needs ${rules.scenario.winScore})`)),
        h('p', { class: 'lede' }, `The exercise ended because ${o.reason}.`),
      ),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'obj-title' },
        h('h2', { id: 'obj-title' }, 'Mission objectives'),
        h(
          'table',
          { class: 'results', 'data-testid': 'objectives' },
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Objective'), h('th', { scope: 'col' }, 'Now'), h('th', { scope: 'col' }, 'Points'), h('th', { scope: 'col' }, 'Result'))),
          h('tbody', null, o.objectives.map((r) => h('tr', null, h('td', null, r.description), h('td', { class: 'num' }, String(r.value)), h('td', { class: 'num' }, String(r.weight)), resultCell(r.met)))),
        ),
      ),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'priv-title' },
        h('h2', { id: 'priv-title' }, 'Private objectives'),
        h(
          'table',
          { class: 'results', 'data-testid': 'private-objectives' },
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Role'), h('th', { scope: 'col' }, 'Objective'), h('th', { scope: 'col' }, 'Now'), h('th', { scope: 'col' }, 'Result'))),
          h(
            'tbody',
            null,
            o.privateObjectives.map((r) => h('tr', null, h('td', null, roleBadge(rules, r.role), ` ${seatName(g, r.role)}`), h('td', null, r.description), h('td', { class: 'num' }, String(r.value)), resultCell(r.met))),
          ),
        ),
      ),
      h(
        'div',
        { class: 'actions end-actions' },
        h('button', { type: 'button', class: 'btn btn-primary btn-large', id: 'open-debrief', 'data-testid': 'open-debrief', onclick: () => session.openDebrief() }, 'Open the debrief'),
        h('button', { type: 'button', class: 'btn', id: 'end-new', onclick: () => session.exitToStart() }, 'New exercise'),
      ),
    ),
  );
}
