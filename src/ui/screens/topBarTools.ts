/**
 * Two parts of the top bar that keep it on one row: the switch to the projector's large text, and
 * the menu the exercise's occasional tools fold into.
 */
import type { Lang } from '../../i18n';
import { h, type View } from '../dom';
import type { ScreenContext } from '../context';

/**
 * Large text for a projector, on or off: the window's own choice, remembered by the browser, the
 * game untouched. Two letters of two sizes say what it does without taking the bar's room.
 */
export function displaySwitch(ctx: ScreenContext): View {
  const { session, s, L } = ctx;
  const on = s.display === 'projector';
  return h(
    'button',
    {
      type: 'button',
      class: `btn btn-small display-switch${on ? ' btn-on' : ' btn-quiet'}`,
      id: 'display-switch',
      'data-testid': 'display-switch',
      'aria-pressed': String(on),
      'aria-label': L.ui.frame.largeText,
      title: L.ui.frame.largeText,
      onclick: () => session.setDisplay(on ? 'standard' : 'projector'),
    },
    h('span', { class: 'aa-small', 'aria-hidden': 'true' }, 'A'),
    h('span', { class: 'aa-large', 'aria-hidden': 'true' }, 'A'),
  );
}

/** Whether the document closes an open tools menu on a press anywhere else (set up once). */
let closesMenus = false;

function closeMenusOnPressElsewhere(): void {
  if (closesMenus || typeof document === 'undefined') return;
  closesMenus = true;
  document.addEventListener(
    'pointerdown',
    (ev) => {
      for (const menu of document.querySelectorAll<HTMLDetailsElement>('details.tools-menu[open]'))
        if (!menu.contains(ev.target as Node)) menu.open = false;
    },
    true,
  );
}

/**
 * The tools used once or twice an exercise, folded into one menu so the top bar stays on one row
 * in every language and at projector sizes. A choice closes it, and so do Escape and a press
 * anywhere else.
 */
export function toolsMenu(L: Lang, items: (View | null)[]): View {
  const t = L.ui.frame;
  closeMenusOnPressElsewhere();
  return h(
    'details',
    {
      class: 'tools-menu',
      onkeydown: (ev: Event) => {
        const menu = ev.currentTarget as HTMLDetailsElement;
        if ((ev as KeyboardEvent).key !== 'Escape' || !menu.open) return;
        ev.stopPropagation();
        menu.open = false;
        menu.querySelector('summary')?.focus();
      },
    },
    h(
      'summary',
      { class: 'btn btn-small btn-quiet', id: 'tools-menu', 'data-testid': 'tools-menu' },
      `${t.toolsMenu} \u25be`,
    ),
    h(
      'div',
      {
        class: 'tools-menu-list',
        role: 'group',
        'aria-labelledby': 'tools-menu',
        onclick: (ev: Event) => {
          if (!(ev.target as Element).closest('button')) return;
          const menu = (ev.currentTarget as HTMLElement).closest('details');
          if (menu) menu.open = false;
        },
      },
      items,
    ),
  );
}
