/** Pieces every section of the debrief is made of: the section with its focusable title, and a
 * figure card. */
import { h, type Child, type View } from '../../dom';

export function section(id: string, title: string, ...children: Child[]): View {
  return h(
    'section',
    { class: 'dsec', id, 'aria-labelledby': `${id}-title`, 'data-testid': id },
    h('h2', { id: `${id}-title`, tabindex: '-1' }, title),
    ...children,
  );
}

export function figure(label: string, value: string, note?: Child, tone?: 'good' | 'bad'): View {
  // Words ("Mission accomplished") get a smaller size than figures, so they fit the card.
  const words = /\p{L}{4}/u.test(value);
  return h(
    'div',
    { class: `figure${tone ? ` figure-${tone}` : ''}` },
    h('span', { class: 'figure-label' }, label),
    h('strong', { class: `figure-value${words ? ' figure-words' : ''}` }, value),
    note ? h('span', { class: 'figure-note' }, note) : null,
  );
}
