/**
 * The console's master events list: every inject of the scenario with its sender, recipients,
 * trigger, expected response and the objective it tests, and its status; release it now, schedule
 * it for a later turn, or skip it. Beside the list, a custom inject.
 */
import type { InjectDef } from '../../../format';
import type { Game, Said } from '../../../store';
import { h, type Child, type View } from '../../dom';
import type { ScreenContext } from '../../context';
import { choice, formValue } from '../../forms';
import {
  countByStatus,
  injectRows,
  recipientsWords,
  schedulableTurns,
  triggerWords,
  type InjectStatus,
} from '../../model/injects';
import { customInject } from './customInject';

function injectRow(ctx: ScreenContext, g: Game, inj: InjectDef, st: InjectStatus): View {
  const { session, L } = ctx;
  const t = L.ui.facilitator;
  const { rules, state } = g;
  const open = st.kind !== 'fired' && state.status !== 'ended';
  const turns = schedulableTurns(rules, state);
  const schedId = `schedule-${inj.id}-turn`;
  const title = L.text(inj.title);
  const go = (p: Said | null, done: string) =>
    p ? session.notify(p, 'error') : session.notify(done);
  return h(
    'li',
    {
      key: inj.id,
      class: `inject inject-${st.kind}`,
      'data-testid': 'inject',
      'data-inject': inj.id,
      'data-status': st.kind,
    },
    h(
      'div',
      { class: 'inject-main' },
      h(
        'div',
        { class: 'inject-head' },
        h(
          'span',
          { class: `inject-status status-${st.kind}` },
          st.kind === 'fired'
            ? '\u2714 '
            : st.kind === 'skipped'
              ? '\u2716 '
              : st.kind === 'scheduled'
                ? '\u2192 '
                : st.kind === 'unfired'
                  ? '\u2013 '
                  : '\u2026 ',
          st.text,
        ),
        h('h3', null, title),
      ),
      h(
        'dl',
        { class: 'inject-facts' },
        h('div', null, h('dt', null, t.from), h('dd', null, L.text(inj.sender))),
        h('div', null, h('dt', null, t.to), h('dd', null, recipientsWords(L, rules, inj))),
        h('div', null, h('dt', null, t.trigger), h('dd', null, triggerWords(L, rules, inj))),
        h(
          'div',
          { class: 'wide' },
          h('dt', null, t.expectedResponse),
          h('dd', null, L.text(inj.expectedResponse)),
        ),
        h(
          'div',
          { class: 'wide' },
          h('dt', null, t.tests),
          h('dd', null, L.text(inj.objectiveTested)),
        ),
      ),
      h(
        'details',
        { class: 'inject-text' },
        h('summary', null, t.message),
        h('p', null, L.text(inj.text)),
      ),
    ),
    open
      ? h(
          'div',
          { class: 'inject-actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn-small btn-primary',
              id: `release-${inj.id}`,
              'data-testid': `release-${inj.id}`,
              onclick: () =>
                go(session.dispatch({ type: 'releaseInject', inject: inj.id }), t.released(title)),
            },
            t.release,
          ),
          turns.length
            ? h(
                'div',
                { class: 'schedule' },
                h('label', { class: 'sr-only', for: schedId }, t.scheduleLabel(title)),
                choice(
                  ctx,
                  schedId,
                  turns.map((n): [string, string] => [String(n), L.ui.common.turn(n)]),
                  { class: 'select-small' },
                  String(turns[0]),
                ),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn btn-small',
                    id: `schedule-${inj.id}`,
                    'data-testid': `schedule-${inj.id}`,
                    onclick: () => {
                      const turn = Number(formValue(ctx, schedId, String(turns[0])));
                      go(
                        session.dispatch({ type: 'scheduleInject', inject: inj.id, turn }),
                        t.scheduled(turn, title),
                      );
                    },
                  },
                  t.schedule,
                ),
              )
            : null,
          st.kind === 'skipped'
            ? null
            : h(
                'button',
                {
                  type: 'button',
                  class: 'btn btn-small btn-quiet',
                  id: `skip-${inj.id}`,
                  'data-testid': `skip-${inj.id}`,
                  onclick: () =>
                    go(
                      session.dispatch({ type: 'skipInject', inject: inj.id }),
                      t.skippedNotice(title),
                    ),
                },
                t.skip,
              ),
        )
      : null,
  );
}

export function injectsTab(ctx: ScreenContext, g: Game): Child[] {
  const { L } = ctx;
  const t = L.ui.facilitator;
  const injects = g.rules.scenario.injects;
  const rows = injectRows(L, g.rules, g.state);
  const count = countByStatus(rows);
  return [
    h(
      'div',
      { class: 'console-two wide-left' },
      h(
        'section',
        { class: 'console-panel', 'aria-labelledby': 'mel-title' },
        h('h2', { id: 'mel-title' }, t.melTitle),
        h(
          'p',
          { class: 'muted' },
          t.melSummary(
            t.melTotal(injects.length),
            (g.state.status === 'ended'
              ? [t.melFired(count.fired), t.melSkipped(count.skipped), t.melNotFired(count.unfired)]
              : [
                  t.melFired(count.fired),
                  t.melScheduled(count.scheduled),
                  t.melSkipped(count.skipped),
                  t.melToCome(count.pending),
                ]
            ).join(', '),
          ),
        ),
        h(
          'ul',
          { class: 'injects', 'data-testid': 'injects' },
          rows.map((r) => injectRow(ctx, g, r.inj, r.status)),
        ),
      ),
      customInject(ctx, g),
    ),
  ];
}
