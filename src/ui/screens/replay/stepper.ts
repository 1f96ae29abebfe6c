/**
 * The replay stepper: the state at the start or the end of any turn, rebuilt with the engine's
 * `replay` (model/history.ts), on the map beside that turn's log, half a turn at a time.
 */
import type { Game } from '../../../store';
import { h, type View } from '../../dom';
import { entryView } from '../../components/entry';
import type { ScreenContext } from '../../context';
import { fromPosition, replayPosition, stateAt, timelineOf } from '../../model/history';
import { districtsNamed } from '../../model/report';
import { gameFrame, mapSection } from '../frame';

export function stepperScreen(ctx: ScreenContext, g: Game): View {
  const { session, s, L } = ctx;
  const t = L.ui.replay;
  const tl = timelineOf(g);
  const last = g.state.turn;
  const turn = Math.min(Math.max(1, s.replayTurn), last);
  const edge = s.replayEdge;
  const state = stateAt(g, turn, edge);
  const entries = tl.final.log.filter(
    (e) => e.turn === turn && e.kind !== 'briefing' && (edge === 'end' || e.phase === 'briefing'),
  );
  const pos = replayPosition(turn, edge);
  const go = (p: number) => {
    const to = fromPosition(p);
    session.replayGo(to.turn, to.edge);
  };
  const maxPos = replayPosition(last, 'end');
  const resolved = turn <= tl.resolved;
  const score = state.history.at(-1)?.score;
  const panel = h(
    'aside',
    {
      class: 'col col-report replay-panel',
      'aria-labelledby': 'screen-title',
      'data-testid': 'replay',
    },
    h(
      'div',
      { class: 'report-head' },
      h('p', { class: 'eyebrow' }, t.eyebrow),
      h(
        'h1',
        { id: 'screen-title', tabindex: '-1' },
        edge === 'start' ? t.turnStart(turn) : resolved ? t.turnEnd(turn) : t.turnNow(turn),
      ),
      h(
        'p',
        {
          class: 'muted',
          'data-testid': 'replay-position',
          'data-turn': String(turn),
          'data-edge': edge,
        },
        edge === 'start'
          ? t.atStart
          : resolved
            ? score === undefined
              ? t.afterResolution
              : t.afterResolutionScore(score)
            : t.stillPlayed,
      ),
      h(
        'div',
        { class: 'stepper', role: 'group', 'aria-label': t.stepLabel },
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            id: 'replay-prev',
            'data-testid': 'replay-prev',
            disabled: pos <= 0,
            'aria-keyshortcuts': 'ArrowLeft',
            onclick: () => go(pos - 1),
          },
          t.prev,
        ),
        h(
          'label',
          { class: 'field field-inline' },
          h('span', { class: 'sr-only' }, t.turnLabel),
          h(
            'select',
            {
              id: 'replay-turn',
              'data-testid': 'replay-turn',
              value: String(turn),
              onchange: (ev: Event) =>
                session.replayGo(Number((ev.target as HTMLSelectElement).value)),
            },
            Array.from({ length: last }, (_, i) => i + 1).map((n) =>
              h('option', { value: String(n) }, L.ui.common.turn(n)),
            ),
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            id: 'replay-next',
            'data-testid': 'replay-next',
            disabled: pos >= maxPos,
            'aria-keyshortcuts': 'ArrowRight',
            onclick: () => go(pos + 1),
          },
          t.next,
        ),
      ),
      h(
        'div',
        { class: 'edge-toggle', role: 'group', 'aria-label': t.edgeLabel },
        (['start', 'end'] as const).map((e) =>
          h(
            'button',
            {
              type: 'button',
              class: `btn btn-small${edge === e ? ' btn-on' : ' btn-quiet'}`,
              id: `replay-${e}`,
              'aria-pressed': String(edge === e),
              onclick: () => session.replayGo(turn, e),
            },
            e === 'start' ? t.startOfTurn : t.endOfTurn,
          ),
        ),
      ),
    ),
    h(
      'div',
      // Another half-turn's log starts at its top.
      { key: `replay-${turn}-${edge}`, class: 'col-scroll report-list' },
      entries.length === 0 ? h('p', { class: 'muted' }, t.nothingHere) : null,
      entries.map((e) => entryView(L, g.rules, e, { showTurn: false })),
    ),
    h(
      'div',
      { class: 'col-foot replay-foot' },
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-primary',
          id: 'open-whatif',
          'data-testid': 'open-whatif',
          disabled: !resolved,
          title: resolved ? undefined : t.branchNeedsResolved,
          onclick: () => session.setWhatIf({ turn }),
        },
        t.branchFrom(turn),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-quiet',
          id: 'replay-back',
          'data-testid': 'replay-back',
          onclick: () => (s.mode === 'console' ? session.closeConsole() : session.openDebrief()),
        },
        s.mode === 'console' ? t.backConsole : t.backDebrief,
      ),
    ),
  );
  return gameFrame(
    ctx,
    h(
      'main',
      { class: 'report-grid', id: 'main' },
      mapSection(ctx, t.mapLabel, {
        viewer: 'facilitator',
        highlighted: districtsNamed(entries),
        state,
      }),
      panel,
    ),
  );
}
