/**
 * The two modal dialogs, built once and kept outside the render root: "Are you sure?" before a step
 * that cannot be undone, and "End the exercise now?" with the reason the log will keep. Their own
 * labels follow the window's language (`relabel`).
 */
import type { Lang } from '../i18n';
import type { SessionStore } from '../store';
import { el } from './dom';

/**
 * A modal "Are you sure?" with the consequences in words; the answer comes back as a promise. Its
 * own labels follow the language (`relabel`); what it asks comes worded from the screen that asks.
 */
export function buildConfirmDialog(L: Lang): {
  el: HTMLDialogElement;
  ask(title: string, text: string, label: string): Promise<boolean>;
  relabel(L: Lang): void;
} {
  const title = el('h2', { id: 'confirm-title' });
  const text = el('p', { id: 'confirm-text' });
  const yes = el('button', {
    type: 'submit',
    class: 'btn btn-danger',
    value: 'yes',
    id: 'confirm-yes',
    'data-testid': 'confirm-yes',
  });
  const no = el('button', {
    type: 'submit',
    class: 'btn btn-quiet',
    value: 'no',
    id: 'confirm-no',
    'data-testid': 'confirm-no',
  });
  const dialog: HTMLDialogElement = el(
    'dialog',
    {
      class: 'dialog',
      'aria-labelledby': 'confirm-title',
      'aria-describedby': 'confirm-text',
      'data-testid': 'confirm-dialog',
    },
    el('form', { method: 'dialog' }, title, text, el('div', { class: 'actions' }, no, yes)),
  );
  let resolve: ((v: boolean) => void) | null = null;
  dialog.addEventListener('close', () => {
    resolve?.(dialog.returnValue === 'yes');
    resolve = null;
  });
  const relabel = (l: Lang) => {
    no.textContent = l.ui.app.confirm.cancel;
    // An open question keeps its words; the next one is asked in the new language.
    if (!dialog.open) {
      title.textContent = l.ui.app.confirm.title;
      yes.textContent = l.ui.app.confirm.confirm;
    }
  };
  relabel(L);
  return {
    el: dialog,
    relabel,
    ask(t, body, label) {
      title.textContent = t;
      text.textContent = body;
      yes.textContent = label;
      dialog.returnValue = '';
      dialog.showModal();
      return new Promise((r) => (resolve = r));
    },
  };
}

/** "End the exercise now?", with the reason the log will keep; its words follow the language
 * (`relabel`). */
export function buildEndDialog(
  session: SessionStore,
  L: Lang,
): { el: HTMLDialogElement; open(): void; relabel(L: Lang): void } {
  const reason = el('input', {
    type: 'text',
    id: 'end-reason',
    'data-testid': 'end-reason',
    maxlength: '200',
  });
  const title = el('h2', { id: 'end-title' });
  const text = el('p');
  const label = el('span');
  const keep = el('button', { type: 'submit', class: 'btn btn-quiet', value: 'cancel' });
  const end = el('button', {
    type: 'submit',
    class: 'btn btn-danger',
    value: 'end',
    'data-testid': 'confirm-end',
  });
  const dialog: HTMLDialogElement = el(
    'dialog',
    { class: 'dialog', 'aria-labelledby': 'end-title', 'data-testid': 'end-dialog' },
    el(
      'form',
      {
        method: 'dialog',
        onsubmit: (ev: Event) => {
          const submitter = (ev as SubmitEvent).submitter as HTMLButtonElement | null;
          if (submitter?.value !== 'end') return;
          ev.preventDefault();
          dialog.close();
          const p = session.endExercise(reason.value);
          if (p) session.notify(p, 'error');
        },
      },
      title,
      text,
      el('label', { class: 'field' }, label, reason),
      el('div', { class: 'actions' }, keep, end),
    ),
  );
  const relabel = (l: Lang) => {
    const t = l.ui.app.endDialog;
    title.textContent = t.title;
    text.textContent = t.text;
    label.textContent = t.reason;
    reason.placeholder = t.placeholder;
    keep.textContent = t.keepPlaying;
    end.textContent = t.end;
  };
  relabel(L);
  return {
    el: dialog,
    relabel,
    open() {
      reason.value = '';
      dialog.showModal();
    },
  };
}
