/**
 * Evaluation as exercise practice does it: the facilitator rates each objective (performed
 * without challenges, with some, with major challenges, not performed) with a note, during play or
 * after, and keeps an improvement plan (corrective action, owner, due date). Both are commands
 * (`rate`, `addImprovement`, `removeImprovement`): they are in the log, the save and the replay.
 * The ratings' words are `L.vocab.ratings`; their one-letter codes are the language's own
 * (`L.ui.evaluation.short`: P/S/M/U in English, as HSEEP has them).
 */
import { RATINGS, type Evaluation, type Improvement, type Rating, type Rules } from '../engine';
import type { Lang } from '../i18n';
import type { ScreenContext } from './context';
import { h, type View } from './dom';
import { choice, forget, formValue, textArea, textInput } from './forms';

/** The rating's one-letter code in this language. */
export function ratingShort(L: Lang, r: Rating): string {
  return L.ui.evaluation.short[r];
}

/** The rating as a labelled pill: letter and words, so it never rests on colour. */
export function ratingPill(L: Lang, e: Evaluation | undefined): View {
  if (!e) return h('span', { class: 'rating rating-none' }, L.ui.evaluation.notRated);
  return h(
    'span',
    { class: `rating rating-${e.rating}`, 'data-testid': 'rating' },
    h('strong', null, ratingShort(L, e.rating)),
    ` ${L.vocab.ratings[e.rating]}`,
  );
}

/** The four ratings and a note for one objective; "Save rating" sends `rate`. `label` is the
 * objective in words. */
export function ratingForm(
  ctx: ScreenContext,
  objective: string,
  label: string,
  current: Evaluation | undefined,
): View {
  const { L } = ctx;
  const t = L.ui.evaluation;
  const base = `rate-${objective}`;
  const select = choice(
    ctx,
    `${base}-rating`,
    RATINGS.map((r): [string, string] => [r, `${ratingShort(L, r)} \u2014 ${L.vocab.ratings[r]}`]),
    { 'aria-label': t.ratingOf(label), 'data-testid': `${base}-rating` },
    current?.rating ?? 'performed',
  );
  const note = textInput(
    ctx,
    `${base}-note`,
    {
      placeholder: t.notePlaceholder,
      'aria-label': t.noteOn(label),
      maxlength: '2000',
      'data-testid': `${base}-note`,
    },
    current?.note ?? '',
  );
  return h(
    'form',
    {
      class: 'rate-form no-print',
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        const rating = formValue(ctx, `${base}-rating`, current?.rating ?? 'performed') as Rating;
        const text = formValue(ctx, `${base}-note`, current?.note ?? '').trim();
        const p = ctx.session.dispatch({ type: 'rate', objective, rating, note: text });
        if (p) ctx.session.notify(p, 'error');
        else {
          forget(ctx, `${base}-rating`, `${base}-note`);
          ctx.session.notify(t.rated(label, L.vocab.ratings[rating]));
        }
      },
    },
    select,
    note,
    h(
      'button',
      { type: 'submit', class: 'btn btn-small', id: `${base}-save`, 'data-testid': `${base}-save` },
      current ? t.updateRating : t.saveRating,
    ),
  );
}

/** The improvement plan: the table, a remove button per row, and a form to add one. */
export function improvementPlan(
  ctx: ScreenContext,
  rules: Rules,
  items: Improvement[],
  opts: { editable: boolean },
): View {
  const { L } = ctx;
  const t = L.ui.evaluation;
  const objectives = [
    ...rules.scenario.objectives,
    ...rules.scenario.roles.map((r) => r.privateObjective),
  ];
  const objectiveName = (id: string | undefined) => {
    if (!id) return '\u2014';
    const o = objectives.find((x) => x.id === id);
    return o ? L.text(o.description) : id;
  };
  const ids = {
    action: 'impr-action',
    owner: 'impr-owner',
    due: 'impr-due',
    objective: 'impr-objective',
  };
  const table = h(
    'table',
    { class: 'results plan', 'data-testid': 'improvement-plan' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, t.colAction),
        h('th', { scope: 'col' }, t.colObjective),
        h('th', { scope: 'col' }, t.colOwner),
        h('th', { scope: 'col' }, t.colDue),
        opts.editable
          ? h('th', { scope: 'col', class: 'no-print' }, h('span', { class: 'sr-only' }, t.remove))
          : null,
      ),
    ),
    h(
      'tbody',
      null,
      items.length === 0
        ? h('tr', null, h('td', { colspan: opts.editable ? '5' : '4', class: 'muted' }, t.noAction))
        : null,
      items.map((i) =>
        h(
          'tr',
          { 'data-testid': 'improvement', key: i.id },
          h('td', null, i.action),
          h('td', null, objectiveName(i.objective)),
          h('td', null, i.owner || '\u2014'),
          h('td', null, i.due || '\u2014'),
          opts.editable
            ? h(
                'td',
                { class: 'no-print' },
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn btn-quiet btn-small',
                    id: `impr-remove-${i.id}`,
                    'aria-label': t.removeItem(i.action),
                    onclick: () => ctx.session.dispatch({ type: 'removeImprovement', id: i.id }),
                  },
                  t.remove,
                ),
              )
            : null,
        ),
      ),
    ),
  );
  if (!opts.editable) return table;
  const form = h(
    'form',
    {
      class: 'plan-form no-print',
      'aria-label': t.addTitle,
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        const action = formValue(ctx, ids.action).trim();
        const objective = formValue(ctx, ids.objective);
        const p = ctx.session.dispatch({
          type: 'addImprovement',
          ...(objective ? { objective } : {}),
          action,
          owner: formValue(ctx, ids.owner).trim(),
          due: formValue(ctx, ids.due).trim(),
        });
        if (p) ctx.session.notify(p, 'error');
        else forget(ctx, ids.action, ids.owner, ids.due, ids.objective);
      },
    },
    h(
      'label',
      { class: 'field field-grow' },
      h('span', null, t.colAction),
      textArea(ctx, ids.action, {
        rows: '2',
        maxlength: '2000',
        placeholder: t.actionPlaceholder,
        'data-testid': 'impr-action',
      }),
    ),
    h(
      'label',
      { class: 'field' },
      h('span', null, t.objective),
      choice(
        ctx,
        ids.objective,
        [
          ['', t.noObjective],
          ...objectives.map((o): [string, string] => [o.id, L.text(o.description)]),
        ],
        { 'data-testid': 'impr-objective' },
      ),
    ),
    h(
      'label',
      { class: 'field' },
      h('span', null, t.colOwner),
      textInput(ctx, ids.owner, {
        maxlength: '200',
        placeholder: t.ownerPlaceholder,
        'data-testid': 'impr-owner',
      }),
    ),
    h(
      'label',
      { class: 'field' },
      h('span', null, t.colDue),
      textInput(ctx, ids.due, {
        maxlength: '100',
        placeholder: t.duePlaceholder,
        'data-testid': 'impr-due',
      }),
    ),
    h(
      'div',
      { class: 'field field-submit' },
      h(
        'button',
        { type: 'submit', class: 'btn btn-primary', id: 'impr-add', 'data-testid': 'impr-add' },
        t.add,
      ),
    ),
  );
  return h('div', { class: 'plan-wrap' }, table, form);
}
