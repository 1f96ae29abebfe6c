/**
 * A custom inject, written from what a scenario's injects may do to a district: up to three
 * indicator changes, sent as `adjust` commands whose reason carries the inject's title, message and
 * the facilitator's reason, so they are in the log and the debrief.
 */
import type { Game } from '../../../store';
import { h, type View } from '../../dom';
import type { ScreenContext } from '../../context';
import { choice, forget, formValue, numberInput, textArea, textInput } from '../../forms';
import { districtName, indicatorName } from '../../text';

export function customInject(ctx: ScreenContext, g: Game): View {
  const { session, L } = ctx;
  const t = L.ui.facilitator;
  const { rules } = g;
  const rows = [1, 2, 3];
  const indicatorOptions: [string, string][] = [
    ['', t.noChange],
    ...rules.indicators.map((i): [string, string] => [i.id, indicatorName(L, rules, i.id)]),
  ];
  return h(
    'form',
    {
      class: 'console-panel custom-inject',
      'aria-labelledby': 'ci-title-h',
      'data-testid': 'custom-inject',
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        const title = formValue(ctx, 'ci-title').trim();
        const text = formValue(ctx, 'ci-text').trim();
        const district = formValue(ctx, 'ci-district', rules.scenario.districts[0]!.id);
        const reason = formValue(ctx, 'ci-reason').trim();
        const changes = rows
          .map((r) => ({
            indicator: formValue(ctx, `ci-ind-${r}`),
            delta: Number(formValue(ctx, `ci-delta-${r}`) || '0'),
          }))
          .filter((c) => c.indicator && c.delta !== 0);
        const problem = !title
          ? t.ciNoTitle
          : !reason
            ? t.ciNoReason
            : changes.length === 0
              ? t.ciNoChange
              : changes.some((c) => !Number.isInteger(c.delta) || Math.abs(c.delta) > 100)
                ? t.ciBadChange
                : null;
        if (problem) {
          session.notify(problem, 'error');
          return;
        }
        // The reason goes into the log as written, in the language the facilitator works in.
        const why = t.ciReason(title, text, reason);
        for (const c of changes) {
          const p = session.dispatch({
            type: 'adjust',
            district,
            indicator: c.indicator,
            delta: c.delta,
            reason: why,
          });
          if (p) {
            session.notify(p, 'error');
            return;
          }
        }
        forget(
          ctx,
          'ci-title',
          'ci-text',
          'ci-reason',
          ...rows.flatMap((r) => [`ci-ind-${r}`, `ci-delta-${r}`]),
        );
        session.notify(t.ciSent(title, changes.length, districtName(L, rules, district)));
      },
    },
    h('h2', { id: 'ci-title-h' }, t.ciTitle),
    h('p', { class: 'muted' }, t.ciLede),
    h(
      'label',
      { class: 'field' },
      h('span', null, t.ciTitleLabel),
      textInput(ctx, 'ci-title', {
        maxlength: '120',
        placeholder: t.ciTitlePlaceholder,
        'data-testid': 'ci-title',
      }),
    ),
    h(
      'label',
      { class: 'field' },
      h('span', null, t.ciText),
      textArea(ctx, 'ci-text', { maxlength: '600', rows: '2' }),
    ),
    h(
      'label',
      { class: 'field' },
      h('span', null, t.inDistrict),
      choice(
        ctx,
        'ci-district',
        rules.scenario.districts.map((d): [string, string] => [d.id, L.text(d.name)]),
        { 'data-testid': 'ci-district' },
      ),
    ),
    h(
      'fieldset',
      { class: 'field ci-changes' },
      h('legend', null, t.ciChanges),
      rows.map((r) =>
        h(
          'div',
          { class: 'ci-row' },
          h('label', { class: 'sr-only', for: `ci-ind-${r}` }, t.ciIndicatorN(r)),
          choice(ctx, `ci-ind-${r}`, indicatorOptions, { 'data-testid': `ci-ind-${r}` }),
          h('label', { class: 'sr-only', for: `ci-delta-${r}` }, t.ciChangeN(r)),
          numberInput(ctx, `ci-delta-${r}`, {
            min: '-100',
            max: '100',
            step: '1',
            placeholder: '\u00b10',
            class: 'delta-input',
            'data-testid': `ci-delta-${r}`,
          }),
        ),
      ),
    ),
    h(
      'label',
      { class: 'field' },
      h('span', null, t.reasonRequired),
      textInput(ctx, 'ci-reason', {
        maxlength: '300',
        placeholder: t.ciReasonPlaceholder,
        'data-testid': 'ci-reason',
      }),
    ),
    h(
      'button',
      { type: 'submit', class: 'btn btn-primary', id: 'ci-submit', 'data-testid': 'ci-submit' },
      t.ciSend,
    ),
  );
}
