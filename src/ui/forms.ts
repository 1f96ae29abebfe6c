/**
 * Text fields of the facilitator's forms. The app re-renders whole screens, so what is typed is
 * kept in the view's memory (`ctx.local.forms`, by input id) and put back on every render.
 */
import type { ScreenContext } from './context';
import { h, type Attrs } from './dom';

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

export function textInput(
  ctx: ScreenContext,
  id: string,
  attrs: Attrs = {},
  initial = '',
): HTMLInputElement {
  return h('input', {
    type: 'text',
    id,
    ...attrs,
    value: formValue(ctx, id, initial),
    oninput: keep(ctx, id),
  });
}

export function numberInput(
  ctx: ScreenContext,
  id: string,
  attrs: Attrs = {},
  initial = '',
): HTMLInputElement {
  return h('input', {
    type: 'number',
    inputmode: 'numeric',
    id,
    ...attrs,
    value: formValue(ctx, id, initial),
    oninput: keep(ctx, id),
  });
}

export function textArea(
  ctx: ScreenContext,
  id: string,
  attrs: Attrs = {},
  initial = '',
): HTMLTextAreaElement {
  const el = h('textarea', { id, rows: '2', ...attrs, oninput: keep(ctx, id) });
  el.value = formValue(ctx, id, initial);
  return el;
}

/** A select whose choice is kept like typed text; `options` are [value, label]. */
export function choice(
  ctx: ScreenContext,
  id: string,
  options: [string, string][],
  attrs: Attrs = {},
  initial = '',
): HTMLSelectElement {
  const value = formValue(ctx, id, initial);
  return h(
    'select',
    { id, ...attrs, onchange: keep(ctx, id) },
    options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)),
  );
}
