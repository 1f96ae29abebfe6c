/**
 * The tables planning at once (networked play): who has committed, who is still planning, and a
 * team's own commit, which it may take back until the last table commits. And the teams' written
 * messages: the liaison channel whose traces the debrief shows beside what was shared.
 */
import { MAX_MESSAGE_CHARS, type RoleId } from '../../engine';
import { seatName } from '../../store';
import { h, type View } from '../dom';
import type { ScreenContext } from '../context';
import { entryView } from '../components/entry';

/** Every role's table: committed, planning, or played by the computer. */
export function tablesList(ctx: ScreenContext): View {
  const { s, L } = ctx;
  const t = L.ui.net.tables;
  const g = s.game!;
  const byPolicy = new Set(s.net?.roles.filter((r) => r.by === 'policy').map((r) => r.role));
  return h(
    'section',
    { class: 'net-tables', 'aria-labelledby': 'tables-title', 'data-testid': 'tables' },
    h('h2', { id: 'tables-title' }, t.title),
    h(
      'ul',
      null,
      g.state.roles.map((r) => {
        const state = byPolicy.has(r.id) ? 'computer' : r.committed ? 'committed' : 'planning';
        return h(
          'li',
          {
            key: r.id,
            class: `table-${state}`,
            'data-testid': `table-${r.id}`,
            'data-state': state,
          },
          h(
            'span',
            { class: 'table-mark', 'aria-hidden': 'true' },
            r.committed ? '\u2714' : '\u2026',
          ),
          h('strong', null, seatName(L, g, r.id)),
          ' ',
          h('span', { class: 'muted' }, t[state]),
        );
      }),
    ),
  );
}

/** The foot of a team's planning screen: commit, or the tables it waits for and a way back. */
export function commitFoot(ctx: ScreenContext, role: RoleId): View {
  const { s, L, session } = ctx;
  const t = L.ui.net.tables;
  const g = s.game!;
  const me = g.state.roles.find((r) => r.id === role);
  if (!me?.committed)
    return h(
      'button',
      {
        type: 'button',
        class: 'btn btn-primary btn-wide',
        id: 'commit',
        'data-testid': 'commit',
        onclick: () => {
          const p = session.commitActive();
          if (p) session.notify(p, 'error');
        },
      },
      `\u2714 ${t.commit}`,
    );
  const waiting = g.state.roles.filter((r) => !r.committed).map((r) => seatName(L, g, r.id));
  return h(
    'div',
    { class: 'net-committed', 'data-testid': 'committed' },
    h('p', { role: 'status' }, waiting.length ? t.waitingFor(L.f.list(waiting)) : t.resolving),
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-quiet btn-wide',
        'data-testid': 'uncommit',
        onclick: () => void session.dispatch({ type: 'uncommit', role }),
      },
      t.change,
    ),
  );
}

const TO_FIELD = 'message-to';
const TEXT_FIELD = 'message-text';

/** The messages this role sent and received, and a form to send one. */
export function messagesPanel(ctx: ScreenContext, role: RoleId): View {
  const { s, L, session } = ctx;
  const t = L.ui.net.messages;
  const g = s.game!;
  const { rules } = g;
  const log = g.state.log.filter((e) => e.kind === 'message');
  const others = rules.scenario.roles.map((r) => r.id).filter((r) => r !== role);
  const to = ctx.local.forms[TO_FIELD] ?? 'all';
  const text = ctx.local.forms[TEXT_FIELD] ?? '';
  const send = (ev: Event) => {
    ev.preventDefault();
    const body = (ctx.local.forms[TEXT_FIELD] ?? '').trim();
    if (!body) return;
    const problem = session.dispatch({
      type: 'message',
      role,
      to: to === 'all' ? 'all' : to,
      text: body,
      at: 0, // stamped by the host
    });
    if (problem) return session.notify(problem, 'error');
    ctx.local.forms[TEXT_FIELD] = '';
    ctx.rerender();
  };
  return h(
    'section',
    { class: 'net-messages', 'aria-labelledby': 'messages-title', 'data-testid': 'messages' },
    h('h3', { id: 'messages-title' }, t.title),
    log.length
      ? h(
          'ol',
          { class: 'message-list' },
          log.map((e) => h('li', { key: e.id }, entryView(L, rules, e, { showTurn: true }))),
        )
      : h('p', { class: 'muted' }, t.none),
    h(
      'form',
      { class: 'message-form', onsubmit: send, 'data-testid': 'message-form' },
      h(
        'label',
        { for: TO_FIELD },
        t.to,
        h(
          'select',
          {
            id: TO_FIELD,
            'data-testid': 'message-to',
            value: to,
            onchange: (ev: Event) => {
              ctx.local.forms[TO_FIELD] = (ev.target as HTMLSelectElement).value;
              ctx.rerender();
            },
          },
          h('option', { value: 'all' }, t.all),
          others.map((r) => h('option', { value: r }, seatName(L, g, r))),
        ),
      ),
      h('label', { for: TEXT_FIELD, class: 'sr-only' }, t.text),
      h('textarea', {
        id: TEXT_FIELD,
        'data-testid': 'message-text',
        rows: 2,
        maxlength: MAX_MESSAGE_CHARS,
        value: text,
        placeholder: t.text,
        'aria-describedby': 'message-help',
        oninput: (ev: Event) => {
          ctx.local.forms[TEXT_FIELD] = (ev.target as HTMLTextAreaElement).value;
        },
      }),
      h('p', { class: 'muted small', id: 'message-help' }, t.help),
      h(
        'button',
        { type: 'submit', class: 'btn btn-small', 'data-testid': 'message-send' },
        t.send,
      ),
    ),
  );
}
