/**
 * The facilitator PIN from the console (one-screen play): set one, or change or remove the one in
 * force with the current PIN. A disclosure beside the timer, folded by default. What is typed is
 * never kept in the window's view memory: the fields are read once, on submit, and emptied.
 */
import type { PinChange } from '../../../store';
import { h, type View } from '../../dom';
import type { ScreenContext } from '../../context';

export function pinBox(ctx: ScreenContext): View {
  const { session, s, L } = ctx;
  const t = L.ui.facilitator;
  const on = s.pin.kept.lock !== null;

  /** What a change came to, said; true when it was made. */
  const said = (result: PinChange, done: string): boolean => {
    if (result === 'ok') {
      session.notify(done);
      return true;
    }
    const wait = Math.ceil(session.pinWait() / 1000);
    const why =
      result === 'malformed'
        ? t.pinDigits
        : result === 'wrong'
          ? t.pinCurrentWrong
          : result === 'locked'
            ? t.pinWaiting(wait)
            : t.pinNone;
    session.notify(why, 'error');
    return false;
  };

  const field = (id: string, label: string) =>
    h(
      'label',
      { key: id, class: 'field', for: id },
      h('span', null, label),
      h('input', {
        type: 'password',
        id,
        name: id,
        'data-testid': id,
        inputmode: 'numeric',
        autocomplete: id === 'pin-new' ? 'new-password' : 'off',
        maxlength: '12',
      }),
    );

  const valueOf = (form: HTMLFormElement, name: string): string =>
    (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';

  const done = (form: HTMLFormElement) => {
    form.reset();
    const box = form.closest('details');
    if (box) box.open = false;
  };

  return h(
    'details',
    { class: 'pin-box', 'data-testid': 'pin-box', 'data-pin': on ? 'on' : 'off' },
    h('summary', { 'data-testid': 'pin-summary' }, on ? t.pinSummaryOn : t.pinSummaryOff),
    h(
      'form',
      {
        class: 'pin-form',
        'aria-label': t.pinTitle,
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          const form = ev.currentTarget as HTMLFormElement;
          const result = session.setPin(valueOf(form, 'pin-new'), valueOf(form, 'pin-current'));
          if (said(result, on ? t.pinWasChanged : t.pinWasSet)) done(form);
        },
      },
      h('p', { class: 'hint' }, t.pinLede),
      on ? field('pin-current', t.pinCurrent) : null,
      field('pin-new', t.pinNew),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'submit', class: 'btn btn-small', id: 'pin-save', 'data-testid': 'pin-save' },
          on ? t.pinChange : t.pinSet,
        ),
        on
          ? h(
              'button',
              {
                type: 'button',
                class: 'btn btn-small btn-quiet',
                id: 'pin-remove',
                'data-testid': 'pin-remove',
                onclick: (ev: Event) => {
                  const form = (ev.currentTarget as HTMLElement).closest('form');
                  if (!form) return;
                  if (said(session.removePin(valueOf(form, 'pin-current')), t.pinWasRemoved))
                    done(form);
                },
              },
              t.pinRemove,
            )
          : null,
      ),
    ),
  );
}
