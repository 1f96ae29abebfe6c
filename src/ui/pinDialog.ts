/**
 * The facilitator PIN dialog, built once and kept outside the render root like the other two
 * dialogs (`dialogs.ts`). The store says when it asks and why its last try was refused
 * (`s.pin.asking`); the app hands it every new state (`show`), and it opens, words itself and
 * closes to match. The modal dialog keeps the focus inside it; Escape or "Cancel" cancels.
 */
import type { Lang } from '../i18n';
import { PIN_TRIES, type PinPurpose, type SessionState, type SessionStore } from '../store';
import { el } from './dom';

/** Sets a node's text only when it differs, so a live region is not read out again for nothing. */
function put(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

export function buildPinDialog(
  session: SessionStore,
  L: Lang,
): { el: HTMLDialogElement; show(s: SessionState, L: Lang): void; destroy(): void } {
  const title = el('h2', { id: 'pin-title' });
  const text = el('p', { id: 'pin-text' });
  const label = el('span');
  const input = el('input', {
    type: 'password',
    id: 'pin-input',
    'data-testid': 'pin-input',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: '12',
    'aria-describedby': 'pin-error',
  });
  const error = el('p', {
    id: 'pin-error',
    class: 'form-error',
    role: 'alert',
    'data-testid': 'pin-error',
  });
  const cancel = el('button', {
    type: 'button',
    class: 'btn btn-quiet',
    'data-testid': 'pin-cancel',
    onclick: () => dialog.close('cancel'),
  });
  // The one submit button, so Enter in the field tries the PIN.
  const ok = el('button', {
    type: 'submit',
    class: 'btn btn-primary',
    'data-testid': 'pin-submit',
  });
  const dialog: HTMLDialogElement = el(
    'dialog',
    {
      class: 'dialog pin-dialog',
      'aria-labelledby': 'pin-title',
      'aria-describedby': 'pin-text',
      'data-testid': 'pin-dialog',
    },
    el(
      'form',
      {
        method: 'dialog',
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          const tried = session.enterPin(input.value);
          input.value = '';
          if (tried === 'ok' || tried === 'none') dialog.close('ok');
          else input.focus();
        },
      },
      title,
      text,
      el('label', { class: 'field' }, label, input),
      error,
      el('div', { class: 'actions' }, cancel, ok),
    ),
  );
  // Escape, "Cancel", or the store no longer asking: whatever closed it, nothing opens.
  dialog.addEventListener('close', () => {
    if (session.getState().pin.asking) session.cancelPin();
  });

  let lang = L;
  let tick: ReturnType<typeof setInterval> | null = null;

  const asks: Record<PinPurpose, (l: Lang) => [string, string]> = {
    console: (l) => [l.ui.facilitator.askConsole, l.ui.facilitator.pinOpenConsole],
    facilitator: (l) => [l.ui.facilitator.askFacilitator, l.ui.facilitator.pinShowView],
    window: (l) => [l.ui.facilitator.askWindow, l.ui.facilitator.pinOpenConsole],
  };

  /** Why the last try was refused, and the wait counted down (the session's clock). */
  function refusal(s: SessionState): string {
    const t = lang.ui.facilitator;
    const wait = session.pinWait();
    if (wait > 0) return t.pinWaiting(Math.ceil(wait / 1000));
    if (s.pin.asking?.refused === 'locked') return t.pinWaitOver;
    if (s.pin.asking?.refused === 'wrong') return t.pinWrong(PIN_TRIES - s.pin.misses);
    return '';
  }

  function words(s: SessionState): void {
    const t = lang.ui.facilitator;
    put(title, t.pinTitle);
    put(label, t.pinField);
    put(cancel, t.pinCancel);
    // Worded even while closed: a button must always have a name.
    const [why, open] = asks[s.pin.asking?.purpose ?? 'console'](lang);
    put(text, why);
    put(ok, open);
    put(error, refusal(s));
    const waiting = session.pinWait() > 0;
    ok.disabled = waiting;
    if (waiting && !tick) tick = setInterval(() => words(session.getState()), 1000);
    if (!waiting && tick) {
      clearInterval(tick);
      tick = null;
    }
  }

  return {
    el: dialog,
    show(s, l) {
      lang = l;
      words(s);
      if (s.pin.asking && !dialog.open) {
        input.value = '';
        dialog.returnValue = '';
        dialog.showModal();
        input.focus();
      } else if (!s.pin.asking && dialog.open) dialog.close();
    },
    destroy() {
      if (tick) clearInterval(tick);
      dialog.remove();
    },
  };
}
