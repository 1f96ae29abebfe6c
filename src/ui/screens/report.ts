/** The report of a resolved turn: its entries in resolution order, read one at a time with the
 * map outlining where each happened. */
import type { GameState } from '../../engine';
import { h, type View } from '../dom';
import { entryView } from '../components/entry';
import type { ScreenContext } from '../context';
import { stateAt } from '../model/history';
import { endOfTurn, entryDistricts, reportView } from '../model/report';
import { phaseTitle } from '../text';
import { gameFrame, mapSection } from './frame';

/**
 * The map of the report draws the game as the reported turn left it, not the next turn's briefing
 * already in the game. The report is read on the next turn's start (or the end); a game further on
 * (which no screen leads to) is rebuilt at that turn first, where the window has the commands.
 */
function reportMapState(ctx: ScreenContext, turn: number): GameState {
  const g = ctx.s.game!;
  const { state } = g;
  const base =
    state.turn > turn + 1 && g.commands.length > 0 && !ctx.s.net ? stateAt(g, turn, 'end') : state;
  return endOfTurn(g.rules, base, turn);
}

export function reportScreen(ctx: ScreenContext): View {
  const { session, s, L } = ctx;
  const t = L.ui.turn;
  const g = s.game!;
  const { rules, state } = g;
  const turn = s.reportTurn;
  const v = reportView(state, turn, s.facilitator ? 'facilitator' : 'public', s.reportIndex);
  const { ordered, index, current } = v;
  const ended = state.status === 'ended';
  const summary = [
    t.entries(ordered.length),
    t.succeeded(v.succeeded, v.rolled),
    v.hidden ? t.hiddenPrivate(v.hidden) : null,
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
        // Another turn's report starts at its top.
        key: `report-${turn}`,
        class: 'col-scroll report-list',
        'aria-live': 'polite',
        'aria-relevant': 'additions',
      },
      v.groups.map(([phase, list]) =>
        h(
          'section',
          { key: phase, class: 'phase', 'aria-label': phaseTitle(L, phase) },
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
      mapSection(ctx, L.ui.common.map, {
        viewer: 'facilitator',
        highlighted: entryDistricts(current),
        state: reportMapState(ctx, turn),
      }),
      panel,
    ),
  );
}
