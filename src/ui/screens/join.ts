/**
 * The join screen of a device on a host: the session's code, then a seat (a team's role, the
 * projector, or an evaluator), then, when the seat needs it, the facilitator's approval, and
 * until the game starts, who plays what. Made for a phone held upright as much as a laptop.
 */
import type { RoleId } from '../../engine';
import type { Lang } from '../../i18n';
import { say, type NetState } from '../../store';
import type { Lobby, RoleSeating } from '../../net/protocol';
import { CODE_LENGTH, MAX_SEAT_NAME } from '../../net/protocol';
import { teamNameOf } from '../../net/seatGame';
import { h, type View } from '../dom';
import type { ScreenContext } from '../context';
import { languagePicker } from './frame';

const NAME_FIELD = 'join-name';

/** The connection, in words: a page on a host is useless without it, so it is always said. */
export function connectionLine(L: Lang, n: NetState): View {
  const t = L.ui.net.connection;
  return h(
    'p',
    {
      class: `net-connection ${n.connected ? 'is-on' : 'is-off'}`,
      role: 'status',
      'data-testid': 'connection',
      'data-connected': String(n.connected),
    },
    h('span', { class: 'net-dot', 'aria-hidden': 'true' }),
    n.connected ? t.connected : t.connecting,
  );
}

function card(L: Lang, n: NetState, ...children: (View | null)[]): View {
  // The projector's card is read from the back of the room.
  const room = n.seat?.kind === 'projector' ? ' join-room' : '';
  return h(
    'main',
    { class: 'join', id: 'main' },
    h(
      'section',
      { class: `join-card${room}`, 'aria-labelledby': 'screen-title', 'data-testid': 'join' },
      h('p', { class: 'eyebrow' }, L.ui.net.join.eyebrow),
      ...children,
      connectionLine(L, n),
    ),
  );
}

function refusal(ctx: ScreenContext, n: NetState): View | null {
  const t = ctx.L.ui.net.join;
  const words = n.revoked ? t.revoked[n.revoked] : n.refusal ? say(ctx.L, n.refusal) : null;
  if (!words) return null;
  return h('p', { class: 'join-error', role: 'alert', 'data-testid': 'join-error' }, words);
}

function codeStep(ctx: ScreenContext, n: NetState): View {
  const { session, L } = ctx;
  const t = L.ui.net.join;
  const submit = (ev: Event) => {
    ev.preventDefault();
    const input = (ev.target as HTMLFormElement).elements.namedItem('code') as HTMLInputElement;
    session.lookUpCode(input.value);
  };
  return card(
    L,
    n,
    h('h1', { id: 'screen-title', tabindex: '-1' }, t.title),
    refusal(ctx, n),
    h(
      'form',
      { class: 'join-form', onsubmit: submit, 'data-testid': 'join-code-form' },
      h('label', { for: 'join-code' }, t.codeLabel),
      h('input', {
        id: 'join-code',
        name: 'code',
        class: 'join-code',
        'data-testid': 'join-code',
        value: n.code,
        autocomplete: 'off',
        autocapitalize: 'characters',
        spellcheck: false,
        inputmode: 'text',
        maxlength: 20,
        size: CODE_LENGTH + 2,
        'aria-describedby': 'join-code-help',
        required: true,
      }),
      h('p', { class: 'muted', id: 'join-code-help' }, t.codeHelp),
      h(
        'button',
        {
          type: 'submit',
          class: 'btn btn-primary btn-wide',
          'data-testid': 'join-continue',
          disabled: !n.connected,
        },
        `${t.go} \u2192`,
      ),
    ),
  );
}

function heldWords(L: Lang, r: RoleSeating | undefined): string {
  const t = L.ui.net.join;
  if (!r || r.by === 'open') return t.free;
  if (r.by === 'policy') return t.byComputer;
  const team = teamNameOf(r);
  return team ? t.held(team) : t.heldPlain;
}

function seatStep(ctx: ScreenContext, n: NetState, lobby: Lobby): View {
  const { session, L } = ctx;
  const t = L.ui.net.join;
  const name = () => ctx.local.forms[NAME_FIELD] ?? '';
  const take = (kind: 'team' | 'projector' | 'evaluator', role?: RoleId) =>
    session.joinSeat(kind, role, name());
  const roleButton = (r: Lobby['roles'][number]) => {
    const seat = lobby.seating.find((x) => x.role === r.id);
    return h(
      'li',
      { key: r.id },
      h(
        'button',
        {
          type: 'button',
          class: `join-role kind-${r.kind}`,
          'data-testid': `join-role-${r.id}`,
          disabled: !n.connected,
          onclick: () => take('team', r.id),
        },
        h('strong', null, L.text(r.name)),
        h('span', { class: 'muted' }, heldWords(L, seat)),
      ),
    );
  };
  return card(
    L,
    n,
    h('h1', { id: 'screen-title', tabindex: '-1' }, t.seatTitle(L.text(lobby.title))),
    refusal(ctx, n),
    h(
      'label',
      { class: 'join-name', for: NAME_FIELD },
      h('span', null, t.teamName),
      h('input', {
        id: NAME_FIELD,
        'data-testid': 'join-name',
        value: name(),
        maxlength: MAX_SEAT_NAME,
        placeholder: t.teamNamePlaceholder,
        oninput: (ev: Event) => {
          ctx.local.forms[NAME_FIELD] = (ev.target as HTMLInputElement).value;
        },
      }),
    ),
    h('h2', null, t.rolesTitle),
    h('ul', { class: 'join-roles' }, lobby.roles.map(roleButton)),
    h('h2', null, t.watchTitle),
    h(
      'ul',
      { class: 'join-roles join-watch' },
      (['projector', 'evaluator'] as const).map((kind) =>
        h(
          'li',
          { key: kind },
          h(
            'button',
            {
              type: 'button',
              class: 'join-role',
              'data-testid': `join-${kind}`,
              disabled: !n.connected,
              onclick: () => take(kind),
            },
            h('strong', null, t[kind]),
            h('span', { class: 'muted' }, t[`${kind}Help`]),
          ),
        ),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-quiet btn-small',
        'data-testid': 'join-other-code',
        onclick: () => session.leaveSeat(),
      },
      `\u2190 ${t.otherCode}`,
    ),
  );
}

function waitingStep(ctx: ScreenContext, n: NetState): View {
  const { session, L } = ctx;
  const t = L.ui.net.join;
  const back = n.stage === 'resuming';
  return card(
    L,
    n,
    h(
      'h1',
      { id: 'screen-title', tabindex: '-1', 'data-testid': 'join-waiting' },
      back ? t.resumingTitle : t.waitingTitle,
    ),
    h('p', { class: 'lede', 'aria-busy': 'true' }, back ? t.resumingText : t.waitingText),
    h(
      'button',
      { type: 'button', class: 'btn btn-quiet', onclick: () => session.leaveSeat() },
      t.cancel,
    ),
  );
}

function baseAddress(n: NetState): string {
  // The host's LAN address when it has one: `localhost` on the facilitator's laptop means
  // nothing on a tablet.
  return n.addresses[0] ?? `${window.location.origin}/`;
}

/**
 * Where the teams join: the address, the code and a QR code of both (the host draws it). Shown
 * on the facilitator's connection panel and on the projector before the start; it never holds
 * the facilitator's secret.
 */
export function invite(L: Lang, n: NetState): View {
  const t = L.ui.net.connections;
  const join = `${baseAddress(n)}#join=${n.code}`;
  return h(
    'div',
    { class: 'invite-grid' },
    h('img', {
      class: 'invite-qr',
      src: `/qr.svg?text=${encodeURIComponent(join)}`,
      alt: t.qrAlt,
      width: 168,
      height: 168,
    }),
    h(
      'dl',
      { class: 'invite-facts' },
      h('dt', null, t.address),
      h('dd', { class: 'invite-address', 'data-testid': 'invite-address' }, baseAddress(n)),
      h('dt', null, t.code),
      h('dd', { class: 'invite-code', 'data-testid': 'invite-code' }, n.code),
    ),
  );
}

/** A seat in words: a team's role, or what the device is. */
export function seatWords(ctx: ScreenContext, n: NetState): string {
  const { L } = ctx;
  const seat = n.seat;
  if (!seat) return '';
  if (seat.kind !== 'team') return L.ui.net.seat[seat.kind];
  const role = n.lobby?.roles.find((r) => r.id === seat.role);
  const g = ctx.s.game;
  if (g && seat.role) return L.text(g.rules.role(seat.role).name);
  return role ? L.text(role.name) : (seat.role ?? '');
}

function seatedStep(ctx: ScreenContext, n: NetState): View {
  const { session, L, s } = ctx;
  const t = L.ui.net.join;
  const g = s.game;
  const roleName = (id: string) =>
    g ? L.text(g.rules.role(id).name) : L.text(n.lobby?.roles.find((r) => r.id === id)?.name);
  return card(
    L,
    n,
    h('h1', { id: 'screen-title', tabindex: '-1' }, t.seatedTitle(seatWords(ctx, n))),
    h('p', { class: 'lede', 'data-testid': 'join-not-started' }, t.notStarted),
    // The projector shows the room where to join while it waits.
    n.seat?.kind === 'projector' ? invite(L, n) : null,
    h('h2', null, t.whoPlays),
    h(
      'ul',
      { class: 'join-seating' },
      n.roles.map((r) =>
        h(
          'li',
          { key: r.role },
          h('strong', null, roleName(r.role)),
          ' ',
          h('span', { class: 'muted' }, r.by === 'team' ? (teamNameOf(r) ?? '') : t.openRole),
        ),
      ),
    ),
    h(
      'button',
      { type: 'button', class: 'btn btn-quiet btn-small', onclick: () => session.leaveSeat() },
      t.leave,
    ),
  );
}

export function joinScreen(ctx: ScreenContext): View {
  const n = ctx.s.net!;
  const language = languagePicker(ctx, { id: 'join-language', testid: 'language-switch' });
  const step =
    n.stage === 'seated'
      ? seatedStep(ctx, n)
      : n.stage === 'waiting' || n.stage === 'resuming'
        ? waitingStep(ctx, n)
        : n.stage === 'seat' && n.lobby
          ? seatStep(ctx, n, n.lobby)
          : codeStep(ctx, n);
  return h('div', { class: 'join-page' }, h('div', { class: 'join-lang' }, language), step);
}
