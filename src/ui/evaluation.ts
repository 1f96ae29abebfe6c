/**
 * Evaluation as exercise practice does it: the facilitator rates each objective (performed
 * without challenges, with some, with major challenges, not performed) with a note, during play or
 * after, and keeps an improvement plan (corrective action, owner, due date). Both are commands
 * (`rate`, `addImprovement`, `removeImprovement`): they are in the log, the save and the replay.
 */
import { RATINGS, type Evaluation, type Improvement, type Rating, type Rules } from '../engine';
import { RATING_LABELS } from '../debrief/labels';
import type { ScreenContext } from './context';
import { h } from './dom';
import { choice, forget, formValue, textArea, textInput } from './forms';

export const RATING_SHORT: Record<Rating, string> = {
  performed: 'P',
  someChallenges: 'S',
  majorChallenges: 'M',
  notPerformed: 'U',
};

/** The rating as a labelled pill: letter and words, so it never rests on colour. */
export function ratingPill(e: Evaluation | undefined): HTMLElement {
  if (!e) return h('span', { class: 'rating rating-none' }, 'Not rated yet');
  return h('span', { class: `rating rating-${e.rating}`, 'data-testid': 'rating' }, h('strong', null, RATING_SHORT[e.rating]), ` ${RATING_LABELS[e.rating]}`);
}

/** The four ratings and a note for one objective; "Save rating" sends `rate`. */
export function ratingForm(ctx: ScreenContext, objective: string, label: string, current: Evaluation | undefined): HTMLElement {
  const base = `rate-${objective}`;
  const select = choice(
    ctx,
    `${base}-rating`,
    RATINGS.map((r): [string, string] => [r, `${RATING_SHORT[r]} \u2014 ${RATING_LABELS[r]}`]),
    { 'aria-label': `Rating of \u201c${label}\u201d`, 'data-testid': `${base}-rating` },
    current?.rating ?? 'performed',
  );
  const note = textInput(ctx, `${base}-note`, { placeholder: 'What you saw: evidence, timing, who', 'aria-label': `Note on \u201c${label}\u201d`, maxlength: '2000', 'data-testid': `${base}-note` }, current?.note ?? '');
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
          ctx.session.notify(`Rated \u201c${label}\u201d: ${RATING_LABELS[rating]}.`);
        }
      },
    },
    select,
    note,
    h('button', { type: 'submit', class: 'btn btn-small', id: `${base}-save`, 'data-testid': `${base}-save` }, current ? 'Update rating' : 'Save rating'),
  );
}

/** The improvement plan: the table, a remove button per row, and a form to add one. */
export function improvementPlan(ctx: ScreenContext, rules: Rules, items: Improvement[], opts: { editable: boolean }): HTMLElement {
  const objectives = [...rules.scenario.objectives, ...rules.scenario.roles.map((r) => r.privateObjective)];
  const objectiveName = (id: string | undefined) => (id ? objectives.find((o) => o.id === id)?.description ?? id : '\u2014');
  const ids = { action: 'impr-action', owner: 'impr-owner', due: 'impr-due', objective: 'impr-objective' };
  const table = h(
    'table',
    { class: 'results plan', 'data-testid': 'improvement-plan' },
    h(
      'thead',
      null,
      h('tr', null, h('th', { scope: 'col' }, 'Corrective action'), h('th', { scope: 'col' }, 'Objective or capability'), h('th', { scope: 'col' }, 'Owner'), h('th', { scope: 'col' }, 'Due'), opts.editable ? h('th', { scope: 'col', class: 'no-print' }, h('span', { class: 'sr-only' }, 'Remove')) : null),
    ),
    h(
      'tbody',
      null,
      items.length === 0 ? h('tr', null, h('td', { colspan: opts.editable ? '5' : '4', class: 'muted' }, 'No corrective action recorded yet.')) : null,
      items.map((i) =>
        h(
          'tr',
          { 'data-testid': 'improvement' },
          h('td', null, i.action),
          h('td', null, objectiveName(i.objective)),
          h('td', null, i.owner || '\u2014'),
          h('td', null, i.due || '\u2014'),
          opts.editable
            ? h(
                'td',
                { class: 'no-print' },
                h('button', { type: 'button', class: 'btn btn-quiet btn-small', id: `impr-remove-${i.id}`, 'aria-label': `Remove: ${i.action}`, onclick: () => ctx.session.dispatch({ type: 'removeImprovement', id: i.id }) }, 'Remove'),
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
      'aria-label': 'Add a corrective action',
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
    h('label', { class: 'field field-grow' }, h('span', null, 'Corrective action'), textArea(ctx, ids.action, { rows: '2', maxlength: '2000', placeholder: 'e.g. Write a joint patrol procedure with the police', 'data-testid': 'impr-action' })),
    h('label', { class: 'field' }, h('span', null, 'Objective'), choice(ctx, ids.objective, [['', 'None in particular'], ...objectives.map((o): [string, string] => [o.id, o.description])], { 'data-testid': 'impr-objective' })),
    h('label', { class: 'field' }, h('span', null, 'Owner'), textInput(ctx, ids.owner, { maxlength: '200', placeholder: 'e.g. Police chief', 'data-testid': 'impr-owner' })),
    h('label', { class: 'field' }, h('span', null, 'Due'), textInput(ctx, ids.due, { maxlength: '100', placeholder: 'e.g. end of March', 'data-testid': 'impr-due' })),
    h('div', { class: 'field field-submit' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'impr-add', 'data-testid': 'impr-add' }, 'Add to the plan')),
  );
  return h('div', { class: 'plan-wrap' }, table, form);
}
