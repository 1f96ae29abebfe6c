/**
 * The facilitator's console: the god's-eye view, the master events list of injects and custom
 * injects, the log with rulings (overrule, adjust, annotate), and the evaluation, under the
 * controls that run the exercise (timer, pause, rewind, end). Every change to the game is a
 * command through `dispatch`; the timer alone is UI state. Shown as a screen of the main window or
 * alone in a second window. Everything it says comes from `ctx.L` (the `facilitator` catalogue,
 * scenario text through `L.text`, the engine's messages through `L.msg`).
 */
import type { ConsoleTab, ScreenContext } from '../../context';
import { h, type View } from '../../dom';
import { countByStatus, injectRows } from '../../model/injects';
import { gameFrame } from '../frame';
import { connectionsTab } from './connections';
import { controls } from './controls';
import { evaluationTab } from './evaluation';
import { injectsTab } from './injects';
import { logTab } from './log';
import { overviewTab } from './overview';

const opened = new WeakSet<object>();

export function consoleScreen(ctx: ScreenContext): View {
  const { s, L } = ctx;
  const t = L.ui.facilitator;
  const g = s.game!;
  const count = countByStatus(injectRows(L, g.rules, g.state));
  const pending = count.pending + count.scheduled + count.skipped;
  const kind = s.net?.seat?.kind;
  // On a host, the facilitator's console opens on the connections (once: then it is theirs).
  if (kind === 'facilitator' && !opened.has(ctx.local)) {
    opened.add(ctx.local);
    ctx.local.consoleTab = 'connections';
  }
  const tabs: [ConsoleTab, string][] = [
    ...(kind === 'facilitator'
      ? [['connections', L.ui.net.connections.tab] as [ConsoleTab, string]]
      : []),
    ['overview', t.tabOverview],
    // The master events list is the facilitator's to run: an evaluator does not see it.
    ...(kind === 'evaluator'
      ? []
      : [
          ['injects', g.state.status === 'ended' ? t.tabInjectsEnded : t.tabInjects(pending)] as [
            ConsoleTab,
            string,
          ],
        ]),
    ['log', t.tabLog],
    ['evaluation', t.tabEvaluation(g.state.evaluations.length)],
  ];
  const tab = tabs.some(([id]) => id === ctx.local.consoleTab) ? ctx.local.consoleTab : 'overview';
  const body =
    tab === 'connections'
      ? connectionsTab(ctx)
      : tab === 'overview'
        ? overviewTab(L, g)
        : tab === 'injects'
          ? injectsTab(ctx, g)
          : tab === 'log'
            ? logTab(ctx, g)
            : evaluationTab(ctx, g);
  return gameFrame(
    ctx,
    h(
      'main',
      { class: 'console', id: 'main', 'data-testid': 'console' },
      controls(ctx, g),
      h(
        'div',
        { class: 'tabs console-tabs', role: 'tablist', 'aria-label': t.tabsLabel },
        tabs.map(([id, label]) =>
          h(
            'button',
            {
              type: 'button',
              role: 'tab',
              id: `console-tab-${id}`,
              'data-testid': `console-tab-${id}`,
              'aria-selected': String(tab === id),
              'aria-controls': 'console-body',
              onclick: () => {
                ctx.local.consoleTab = id;
                ctx.rerender();
              },
            },
            label,
          ),
        ),
      ),
      h(
        'div',
        {
          // Each tab's panel is its own: another tab starts at its top.
          key: tab,
          class: 'console-body',
          id: 'console-body',
          role: 'tabpanel',
          'aria-labelledby': `console-tab-${tab}`,
        },
        body,
      ),
    ),
  );
}
