/**
 * A console window (`?view=console`) whose game has a facilitator PIN, before it is given the PIN:
 * nothing of the game shows, and the PIN dialog is one click away (it asks by itself on opening).
 */
import { h, type View } from '../dom';
import type { ScreenContext } from '../context';

export function lockedScreen(ctx: ScreenContext): View {
  const t = ctx.L.ui.facilitator;
  return h(
    'main',
    { class: 'handover', id: 'main' },
    h(
      'section',
      {
        class: 'handover-card',
        'aria-labelledby': 'screen-title',
        'data-testid': 'console-locked',
      },
      h('p', { class: 'eyebrow' }, t.lockedEyebrow),
      h('h1', { id: 'screen-title', tabindex: '-1' }, t.lockedTitle),
      h('p', { class: 'lede' }, t.lockedLede),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-primary btn-large',
          id: 'pin-ask',
          'data-testid': 'pin-ask',
          onclick: () => ctx.session.askPin('window'),
        },
        t.lockedAsk,
      ),
    ),
  );
}
