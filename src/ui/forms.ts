/**
 * Text fields of the facilitator's forms (console, evaluation, improvement plan). What is typed is
 * also kept in the window's view memory (`ctx.local.forms`, by input id), so a form that leaves the
 * page and comes back (another console tab, the debrief's copy of a rating form) shows the words
 * the facilitator was writing. A render does not need it: the field's node survives and its value
 * equals what was typed, so preact leaves the field, its caret and its selection alone.
 */
import type { ScreenContext } from './context';
import { h, type Attrs, type View } from './dom';

export function formValue(ctx: ScreenContext, id: string, initial = ''): string {
  return Object.hasOwn(ctx.local.forms, id) ? ctx.local.forms[id]! : initial;
}

export function forget(ctx: ScreenContext, ...ids: string[]): void {
  for (const id of ids) delete ctx.local.forms[id];
}

function keep(ctx: ScreenContext, id: string) {
  return (ev: Event) => {
    ctx.local.forms[id] = (
      ev.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
    ).value;
  };
}

function field(
  tag: 'input' | 'textarea',
  ctx: ScreenContext,
  id: string,
  attrs: Attrs,
  initial: string,
): View {
  return h(tag, { id, ...attrs, value: formValue(ctx, id, initial), oninput: keep(ctx, id) });
}

export function textInput(ctx: ScreenContext, id: string, attrs: Attrs = {}, initial = ''): View {
  return field('input', ctx, id, { type: 'text', ...attrs }, initial);
}

export function numberInput(ctx: ScreenContext, id: string, attrs: Attrs = {}, initial = ''): View {
  return field('input', ctx, id, { type: 'number', inputmode: 'numeric', ...attrs }, initial);
}

export function textArea(ctx: ScreenContext, id: string, attrs: Attrs = {}, initial = ''): View {
  return field('textarea', ctx, id, { rows: '2', ...attrs }, initial);
}

/** A select whose choice is kept like typed text; `options` are [value, label]. With no choice
 * among them, the first is shown, as a browser does. */
export function choice(
  ctx: ScreenContext,
  id: string,
  options: [string, string][],
  attrs: Attrs = {},
  initial = '',
): View {
  const kept = formValue(ctx, id, initial);
  const value = options.some(([v]) => v === kept) ? kept : (options[0]?.[0] ?? '');
  return h(
    'select',
    { id, ...attrs, value, onchange: keep(ctx, id) },
    options.map(([v, label]) => h('option', { value: v }, label)),
  );
}
