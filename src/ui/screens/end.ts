/** The end of the exercise: the score, the mission's objectives and each role's private one. */
import { say, seatName } from '../../store';
import { h, type View } from '../dom';
import { roleBadge } from '../components/entry';
import type { ScreenContext } from '../context';
import { gameFrame } from './frame';

function resultCell(ctx: ScreenContext, met: boolean): View {
  const t = ctx.L.ui.turn;
  return h(
    'td',
    { class: `result ${met ? 'good' : 'bad'}` },
    met ? `\u2714 ${t.met}` : `\u2716 ${t.notMet}`,
  );
}

export function endScreen(ctx: ScreenContext): View {
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
        // With the score rather than under the tables: the next step is in sight on a laptop.
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
    ),
  );
}
