/** Adjust an indicator of a district, or the trust between two roles, always with a reason. */
import type { Game } from '../../../store';
import { h, type View } from '../../dom';
import type { ScreenContext } from '../../context';
import { choice, forget, formValue, numberInput, textInput } from '../../forms';
import { indicatorName, roleName } from '../../text';

export function adjustForms(ctx: ScreenContext, g: Game): View {
  const { session, L } = ctx;
  const t = L.ui.facilitator;
  const { rules } = g;
  return h(
    'div',
    { class: 'adjust-forms' },
    h(
      'form',
      {
        class: 'console-panel',
        'aria-labelledby': 'adj-title',
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          const delta = Number(formValue(ctx, 'adj-delta'));
          const reason = formValue(ctx, 'adj-reason').trim();
          if (!Number.isInteger(delta) || delta === 0)
            return session.notify(t.wholeNumber, 'error');
          const p = session.dispatch({
            type: 'adjust',
            district: formValue(ctx, 'adj-district', rules.scenario.districts[0]!.id),
            indicator: formValue(ctx, 'adj-indicator', rules.indicators[0]!.id),
            delta,
            reason,
          });
          if (p) return session.notify(p, 'error');
          forget(ctx, 'adj-delta', 'adj-reason');
          session.notify(t.adjusted);
        },
      },
      h('h2', { id: 'adj-title' }, t.adjustTitle),
      h(
        'label',
        { class: 'field' },
        h('span', null, t.inDistrict),
        choice(
          ctx,
          'adj-district',
          rules.scenario.districts.map((d): [string, string] => [d.id, L.text(d.name)]),
        ),
      ),
      h(
        'div',
        { class: 'field-row' },
        h(
          'label',
          { class: 'field' },
          h('span', null, t.indicator),
          choice(
            ctx,
            'adj-indicator',
            rules.indicators.map((i): [string, string] => [i.id, indicatorName(L, rules, i.id)]),
          ),
        ),
        h(
          'label',
          { class: 'field' },
          h('span', null, t.change),
          numberInput(ctx, 'adj-delta', {
            min: '-100',
            max: '100',
            class: 'delta-input',
            placeholder: '\u00b10',
          }),
        ),
      ),
      h(
        'label',
        { class: 'field' },
        h('span', null, t.reasonRequired),
        textInput(ctx, 'adj-reason', { maxlength: '300', placeholder: t.whyForLog }),
      ),
      h('button', { type: 'submit', class: 'btn', id: 'adj-submit' }, t.adjust),
    ),
    h(
      'form',
      {
        class: 'console-panel',
        'aria-labelledby': 'adjt-title',
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          const pair = formValue(
            ctx,
            'adjt-pair',
            `${rules.pairs[0]![0]}|${rules.pairs[0]![1]}`,
          ).split('|') as [string, string];
          const delta = Number(formValue(ctx, 'adjt-delta'));
          const reason = formValue(ctx, 'adjt-reason').trim();
          if (!Number.isInteger(delta) || delta === 0)
            return session.notify(t.wholeNumber, 'error');
          const p = session.dispatch({ type: 'adjustTrust', roles: pair, delta, reason });
          if (p) return session.notify(p, 'error');
          forget(ctx, 'adjt-delta', 'adjt-reason');
          session.notify(t.trustAdjusted);
        },
      },
      h('h2', { id: 'adjt-title' }, t.adjustTrustTitle),
      h(
        'label',
        { class: 'field' },
        h('span', null, t.pairLabel),
        choice(
          ctx,
          'adjt-pair',
          rules.pairs.map(([a, b]): [string, string] => [
            `${a}|${b}`,
            t.pair(roleName(L, rules, a), roleName(L, rules, b)),
          ]),
        ),
      ),
      h(
        'label',
        { class: 'field' },
        h('span', null, t.change),
        numberInput(ctx, 'adjt-delta', {
          min: '-100',
          max: '100',
          class: 'delta-input',
          placeholder: '\u00b10',
        }),
      ),
      h(
        'label',
        { class: 'field' },
        h('span', null, t.reasonRequired),
        textInput(ctx, 'adjt-reason', { maxlength: '300', placeholder: t.whyForLog }),
      ),
      h('button', { type: 'submit', class: 'btn', id: 'adjt-submit' }, t.adjustTrust),
    ),
  );
}
