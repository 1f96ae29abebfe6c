/**
 * The console's log and rulings: the entries of a turn, each with "Annotate" and, when it changed a
 * value, "Overrule" (a reason is required; the engine undoes what the entry changed); beside them,
 * the adjustments of an indicator or of trust.
 */
import { canSee, type LogEntry } from '../../../engine';
import type { Game } from '../../../store';
import { h, type Child, type View } from '../../dom';
import { entryView } from '../../components/entry';
import { seatKind, type ScreenContext } from '../../context';
import { forget, formValue, textArea, textInput } from '../../forms';
import { consoleLogTurn } from '../../model/report';
import { adjustForms } from './adjust';
import { mayGive } from '../../../net/permissions';

function rulingForms(ctx: ScreenContext, g: Game, e: LogEntry): View {
  const { session, L } = ctx;
  const t = L.ui.facilitator;
  const overruled = g.state.overruled.includes(e.id);
  const canOverrule =
    mayGive(seatKind(ctx), 'overrule') && !overruled && e.effects.some((x) => 'before' in x);
  const notes = g.state.annotations.filter((a) => a.entry === e.id);
  const noteId = `annotate-${e.id}-note`;
  const reasonId = `overrule-${e.id}-reason`;
  const title = L.msg(e.title);
  return h(
    'div',
    { class: 'rulings' },
    overruled ? h('p', { class: 'overruled-tag' }, t.overruledTag) : null,
    notes.map((n, i) => h('p', { key: i, class: 'annotation' }, `\u270e ${n.note}`)),
    h(
      'div',
      { class: 'ruling-forms' },
      h(
        'details',
        { class: 'ruling' },
        h('summary', { 'data-testid': `annotate-${e.id}` }, t.annotate),
        h(
          'form',
          {
            onsubmit: (ev: Event) => {
              ev.preventDefault();
              const note = formValue(ctx, noteId).trim();
              if (!note) return session.notify(t.noteFirst, 'error');
              const p = session.dispatch({ type: 'annotate', entry: e.id, note });
              if (p) return session.notify(p, 'error');
              forget(ctx, noteId);
              (ev.target as HTMLElement).closest('details')?.removeAttribute('open');
              session.notify(t.noteKept);
            },
          },
          h('label', { class: 'sr-only', for: noteId }, t.noteOn(title)),
          textArea(ctx, noteId, {
            maxlength: '2000',
            rows: '2',
            placeholder: t.notePlaceholder,
            'data-testid': noteId,
          }),
          h(
            'button',
            {
              type: 'submit',
              class: 'btn btn-small',
              id: `annotate-${e.id}-save`,
              'data-testid': `annotate-${e.id}-save`,
            },
            t.saveNote,
          ),
        ),
      ),
      canOverrule
        ? h(
            'details',
            { class: 'ruling' },
            h('summary', { 'data-testid': `overrule-${e.id}` }, `\u2716 ${t.overrule}`),
            h(
              'form',
              {
                onsubmit: (ev: Event) => {
                  ev.preventDefault();
                  const reason = formValue(ctx, reasonId).trim();
                  if (!reason) return session.notify(t.overruleNeedsReason, 'error');
                  const p = session.dispatch({ type: 'overrule', entry: e.id, reason });
                  if (p) return session.notify(p, 'error');
                  forget(ctx, reasonId);
                  session.notify(t.overruled(title));
                },
              },
              h('p', { class: 'hint' }, t.overruleHint),
              h('label', { class: 'sr-only', for: reasonId }, t.overruleReasonFor(title)),
              textInput(ctx, reasonId, {
                maxlength: '300',
                placeholder: t.reasonPlaceholder,
                'data-testid': reasonId,
              }),
              h(
                'button',
                {
                  type: 'submit',
                  class: 'btn btn-small btn-danger',
                  id: `overrule-${e.id}-save`,
                  'data-testid': `overrule-${e.id}-save`,
                },
                t.overrule,
              ),
            ),
          )
        : null,
    ),
  );
}

export function logTab(ctx: ScreenContext, g: Game): Child[] {
  const { L } = ctx;
  const t = L.ui.facilitator;
  const { state, rules } = g;
  const turn = consoleLogTurn(state, ctx.local.consoleTurn);
  const entries = state.log.filter(
    (e) => e.turn === turn && e.kind !== 'briefing' && canSee(e, 'facilitator'),
  );
  return [
    h(
      'div',
      { class: 'console-two wide-left' },
      h(
        'section',
        { class: 'console-panel', 'aria-labelledby': 'rulings-title' },
        h(
          'div',
          { class: 'panel-head' },
          h('h2', { id: 'rulings-title' }, t.rulingsTitle(turn)),
          h(
            'label',
            { class: 'field field-inline' },
            h('span', null, t.turnLabel),
            h(
              'select',
              {
                id: 'console-log-turn',
                'data-testid': 'console-log-turn',
                value: String(turn),
                onchange: (ev: Event) => {
                  ctx.local.consoleTurn = Number((ev.target as HTMLSelectElement).value);
                  ctx.rerender();
                },
              },
              Array.from({ length: state.turn }, (_, i) => state.turn - i).map((n) =>
                h('option', { value: String(n) }, L.ui.common.turn(n)),
              ),
            ),
          ),
        ),
        h('p', { class: 'muted' }, t.rulingsLede),
        entries.length === 0 ? h('p', { class: 'muted' }, t.nothingThisTurn) : null,
        h(
          'div',
          // Another turn's entries start at their top.
          { key: `console-log-${turn}`, class: 'console-log' },
          entries.map((e) =>
            h(
              'div',
              {
                key: e.id,
                class: 'ruled-entry',
                'data-testid': 'console-entry',
                'data-entry': String(e.id),
              },
              entryView(L, rules, e, { showTurn: false }),
              rulingForms(ctx, g, e),
            ),
          ),
        ),
      ),
      mayGive(seatKind(ctx), 'adjust') ? adjustForms(ctx, g) : null,
    ),
  ];
}
