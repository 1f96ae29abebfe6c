/**
 * The host's admin page (`#admin=SECRET`, printed by `npm run host`): the sessions the host runs,
 * a new one on a bundled scenario, and a new facilitator link for a session whose link was lost.
 * A facilitator's secret is shown once, when the host sends it, as a link that opens the console
 * in a tab of its own.
 */
import type { Lang } from '../../i18n';
import type { NetState } from '../../store';
import type { SessionSummary } from '../../net/protocol';
import { h, type View } from '../dom';
import type { ScreenContext } from '../context';
import { connectionLine } from './join';
import { languagePicker } from './frame';

const SCENARIO_FIELD = 'admin-scenario';
const SEED_FIELD = 'admin-seed';

function stateWords(L: Lang, s: SessionSummary): string {
  const t = L.ui.net.admin;
  if (s.status === 'ended') return t.ended;
  return s.started ? t.turn(s.turn) : t.notStarted;
}

function sessionsTable(ctx: ScreenContext, n: NetState): View {
  const { L, session } = ctx;
  const t = L.ui.net.admin;
  if (n.sessions.length === 0) return h('p', { class: 'muted' }, t.none);
  return h(
    'table',
    { class: 'net-seats', 'data-testid': 'admin-sessions' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, t.code),
        h('th', { scope: 'col' }, t.scenario),
        h('th', { scope: 'col' }, t.state),
        h('th', { scope: 'col' }, t.devices),
        h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, t.reissue)),
      ),
    ),
    h(
      'tbody',
      null,
      n.sessions.map((s) =>
        h(
          'tr',
          { key: s.session, 'data-testid': 'admin-session' },
          h('th', { scope: 'row', class: 'invite-address' }, s.code),
          h('td', null, L.text(s.title)),
          h('td', null, stateWords(L, s)),
          h('td', null, L.f.num(s.seats)),
          h(
            'td',
            null,
            h(
              'button',
              {
                type: 'button',
                class: 'btn btn-small btn-quiet',
                onclick: () => session.reissueSecret(s.session),
              },
              t.reissue,
            ),
          ),
        ),
      ),
    ),
  );
}

function created(ctx: ScreenContext, n: NetState): View | null {
  const t = ctx.L.ui.net.admin;
  if (!n.created) return null;
  const { session, secret } = n.created;
  const base = n.addresses[0] ?? `${window.location.origin}/`;
  const link = `${base}#facilitate=${session.session}.${secret}`;
  return h(
    'section',
    { class: 'net-box', role: 'status', 'data-testid': 'admin-created' },
    h('h2', null, t.createdTitle(session.code)),
    h('p', null, t.createdText),
    h('p', { class: 'muted small' }, t.facilitatorLink),
    h('p', { class: 'invite-address', 'data-testid': 'admin-link' }, link),
    h(
      'a',
      { class: 'btn btn-primary', href: link, target: '_blank', rel: 'noopener noreferrer' },
      `${t.openConsole} \u2197`,
    ),
  );
}

function newSession(ctx: ScreenContext, n: NetState): View {
  const { L, session, s } = ctx;
  const t = L.ui.net.admin;
  const names = s.bundled.map((b) => ({ name: b.file.replace(/\.json$/, ''), title: b.title }));
  const chosen = ctx.local.forms[SCENARIO_FIELD] ?? names[0]?.name ?? '';
  return h(
    'form',
    {
      class: 'net-box admin-new',
      'data-testid': 'admin-new',
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        // Read at the submit: the choice changes without a render.
        const name = ctx.local.forms[SCENARIO_FIELD] ?? names[0]?.name ?? '';
        session.createSession(name, ctx.local.forms[SEED_FIELD] ?? '');
      },
    },
    h('h2', null, t.newTitle),
    h(
      'label',
      { class: 'join-name', for: SCENARIO_FIELD },
      h('span', null, t.scenarioLabel),
      h(
        'select',
        {
          id: SCENARIO_FIELD,
          value: chosen,
          onchange: (ev: Event) => {
            ctx.local.forms[SCENARIO_FIELD] = (ev.target as HTMLSelectElement).value;
          },
        },
        names.map((b) => h('option', { value: b.name }, L.text(b.title))),
      ),
    ),
    h(
      'label',
      { class: 'join-name', for: SEED_FIELD },
      h('span', null, t.seedLabel),
      h('input', {
        id: SEED_FIELD,
        maxlength: 100,
        value: ctx.local.forms[SEED_FIELD] ?? '',
        oninput: (ev: Event) => {
          ctx.local.forms[SEED_FIELD] = (ev.target as HTMLInputElement).value;
        },
      }),
    ),
    h(
      'button',
      {
        type: 'submit',
        class: 'btn btn-primary',
        'data-testid': 'admin-create',
        disabled: !n.connected || !chosen,
      },
      t.create,
    ),
  );
}

export function adminScreen(ctx: ScreenContext): View {
  const { L } = ctx;
  const n = ctx.s.net!;
  const t = L.ui.net.admin;
  return h(
    'div',
    { class: 'join-page' },
    h(
      'div',
      { class: 'join-lang' },
      languagePicker(ctx, { id: 'admin-language', testid: 'language-switch' }),
    ),
    h(
      'main',
      { class: 'join', id: 'main' },
      h(
        'section',
        {
          class: 'join-card admin-card',
          'aria-labelledby': 'screen-title',
          'data-testid': 'admin',
        },
        h('p', { class: 'eyebrow' }, t.eyebrow),
        h('h1', { id: 'screen-title', tabindex: '-1' }, t.title),
        h('p', { class: 'muted small' }, `\u26a0 ${t.secretNote}`),
        created(ctx, n),
        sessionsTable(ctx, n),
        newSession(ctx, n),
        connectionLine(L, n),
      ),
    ),
  );
}
