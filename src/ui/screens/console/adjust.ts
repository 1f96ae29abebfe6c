/** Adjust an indicator of a district, or the trust between two roles, always with a reason. */
import type { Command } from '../../../engine';
import type { Lang } from '../../../i18n';
import type { Game } from '../../../store';
import { h, type Child, type View } from '../../dom';
import type { ScreenContext } from '../../context';
import { choice, forget, formValue, numberInput, textInput } from '../../forms';
import { indicatorName, roleName } from '../../text';

function field(label: string, control: View): View {
  return h('label', { class: 'field' }, h('span', null, label), control);
}

/**
 * One adjustment form: the fields that say what to change, then the change and the reason every
 * adjustment needs (fields `${id}-delta` and `${id}-reason`). `command` builds what is sent.
 */
function adjustForm(
  ctx: ScreenContext,
  L: Lang,
  o: {
    id: string;
    title: string;
    what: Child;
    submit: string;
    done: string;
    command: (delta: number, reason: string) => Command;
  },
): View {
  const { session } = ctx;
  const t = L.ui.facilitator;
  const delta = `${o.id}-delta`;
  const reason = `${o.id}-reason`;
  return h(
    'form',
    {
      class: 'console-panel',
      'aria-labelledby': `${o.id}-title`,
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        const n = Number(formValue(ctx, delta));
        if (!Number.isInteger(n) || n === 0) return session.notify(t.wholeNumber, 'error');
        const p = session.dispatch(o.command(n, formValue(ctx, reason).trim()));
        if (p) return session.notify(p, 'error');
        forget(ctx, delta, reason);
        session.notify(o.done);
      },
    },
    h('h2', { id: `${o.id}-title` }, o.title),
    o.what,
    field(t.reasonRequired, textInput(ctx, reason, { maxlength: '300', placeholder: t.whyForLog })),
    h('button', { type: 'submit', class: 'btn', id: `${o.id}-submit` }, o.submit),
  );
}

export function adjustForms(ctx: ScreenContext, g: Game): View {
  const { L } = ctx;
  const t = L.ui.facilitator;
  const { rules } = g;
  const change = (id: string) =>
    field(
      t.change,
      numberInput(ctx, `${id}-delta`, {
        min: '-100',
        max: '100',
        class: 'delta-input',
        placeholder: '\u00b10',
      }),
    );
  const firstPair = `${rules.pairs[0]![0]}|${rules.pairs[0]![1]}`;
  return h(
    'div',
    { class: 'adjust-forms' },
    adjustForm(ctx, L, {
      id: 'adj',
      title: t.adjustTitle,
      submit: t.adjust,
      done: t.adjusted,
      what: [
        field(
          t.inDistrict,
          choice(
            ctx,
            'adj-district',
            rules.scenario.districts.map((d): [string, string] => [d.id, L.text(d.name)]),
          ),
        ),
        h(
          'div',
          { class: 'field-row' },
          field(
            t.indicator,
            choice(
              ctx,
              'adj-indicator',
              rules.indicators.map((i): [string, string] => [i.id, indicatorName(L, rules, i.id)]),
            ),
          ),
          change('adj'),
        ),
      ],
      command: (delta, reason) => ({
        type: 'adjust',
        district: formValue(ctx, 'adj-district', rules.scenario.districts[0]!.id),
        indicator: formValue(ctx, 'adj-indicator', rules.indicators[0]!.id),
        delta,
        reason,
      }),
    }),
    adjustForm(ctx, L, {
      id: 'adjt',
      title: t.adjustTrustTitle,
      submit: t.adjustTrust,
      done: t.trustAdjusted,
      what: [
        field(
          t.pairLabel,
          choice(
            ctx,
            'adjt-pair',
            rules.pairs.map(([a, b]): [string, string] => [
              `${a}|${b}`,
              t.pair(roleName(L, rules, a), roleName(L, rules, b)),
            ]),
          ),
        ),
        change('adjt'),
      ],
      command: (delta, reason) => ({
        type: 'adjustTrust',
        roles: formValue(ctx, 'adjt-pair', firstPair).split('|') as [string, string],
        delta,
        reason,
      }),
    }),
  );
}
