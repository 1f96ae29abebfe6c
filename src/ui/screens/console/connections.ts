/**
 * The facilitator's connection panel (networked play): the address and code to give the teams
 * (with a QR code of the address, never of the facilitator's own link), starting the exercise,
 * the devices waiting for approval, every seat with its devices and since when, and who plays
 * each role. Every change is a message to the host; the panel redraws from what it sends back.
 */
import type { RoleId } from '../../../engine';
import { seatName, type NetState } from '../../../store';
import type { SeatInfo } from '../../../net/protocol';
import { h, type View } from '../../dom';
import type { ScreenContext } from '../../context';
import { invite } from '../join';

const clock = (locale: string, ms: number) =>
  new Date(ms).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });

function seatLabel(ctx: ScreenContext, seat: Omit<SeatInfo, 'id'>): string {
  const { L, s } = ctx;
  const t = L.ui.net.connections;
  const what =
    seat.kind === 'team'
      ? seat.role
        ? L.text(s.game!.rules.role(seat.role).name)
        : ''
      : L.ui.net.seat[seat.kind];
  return t.claim(what, seat.name ?? '');
}

function forTeams(ctx: ScreenContext, n: NetState): View {
  const t = ctx.L.ui.net.connections;
  return h(
    'section',
    { class: 'net-box net-invite', 'aria-labelledby': 'invite-title', 'data-testid': 'invite' },
    h('h2', { id: 'invite-title' }, t.forTeams),
    invite(ctx.L, n),
    h('p', { class: 'muted small' }, t.wifi),
    h('p', { class: 'muted small' }, `\u26a0 ${t.secretNote}`),
  );
}

function startBox(ctx: ScreenContext, n: NetState): View | null {
  const { session, L } = ctx;
  const t = L.ui.net.connections;
  if (n.started) return null;
  const anyTeam = n.roles.some((r) => r.by === 'team');
  return h(
    'section',
    { class: 'net-box net-start' },
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-primary',
        'data-testid': 'net-start',
        disabled: !anyTeam,
        onclick: () => session.startSession(),
      },
      `\u25b6 ${t.start}`,
    ),
    h('p', { class: 'muted small' }, anyTeam ? t.startHelp : t.noTeamYet),
  );
}

function requests(ctx: ScreenContext, n: NetState): View {
  const { session, L } = ctx;
  const t = L.ui.net.connections;
  return h(
    'section',
    { class: 'net-box', 'aria-labelledby': 'requests-title', 'data-testid': 'requests' },
    h('h2', { id: 'requests-title' }, t.requests),
    n.requests.length
      ? h(
          'ul',
          { class: 'net-requests' },
          n.requests.map((r) =>
            h(
              'li',
              { key: r.request, 'data-testid': 'request' },
              h('strong', null, seatLabel(ctx, r.seat)),
              h('span', { class: 'muted' }, ` ${clock(L.locale, r.at)} `),
              h(
                'button',
                {
                  type: 'button',
                  class: 'btn btn-small btn-primary',
                  'data-testid': 'approve',
                  onclick: () => session.seatAdmin({ op: 'approve', request: r.request }),
                },
                t.approve,
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'btn btn-small btn-quiet',
                  'data-testid': 'refuse',
                  onclick: () => session.seatAdmin({ op: 'refuse', request: r.request }),
                },
                t.refuse,
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, t.noRequests),
  );
}

function seats(ctx: ScreenContext, n: NetState): View {
  const { session, L, s } = ctx;
  const t = L.ui.net.connections;
  const roles = s.game!.rules.scenario.roles;
  const rows = n.seats.filter((x) => x.seat.kind !== 'facilitator');
  return h(
    'section',
    { class: 'net-box', 'aria-labelledby': 'seats-title', 'data-testid': 'seats' },
    h('h2', { id: 'seats-title' }, t.seats),
    rows.length
      ? h(
          'table',
          { class: 'net-seats' },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', { scope: 'col' }, t.seat),
              h('th', { scope: 'col' }, t.devices),
              h('th', { scope: 'col' }, t.since),
              h('th', { scope: 'col' }, t.lastSeen),
              h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, t.free)),
            ),
          ),
          h(
            'tbody',
            null,
            rows.map((x) =>
              h(
                'tr',
                {
                  key: x.seat.id,
                  'data-testid': 'seat-row',
                  'data-connected': String(x.connected),
                },
                h('th', { scope: 'row' }, seatLabel(ctx, x.seat)),
                h(
                  'td',
                  { class: x.connected ? 'is-on' : 'is-off' },
                  x.connected ? String(x.connected) : t.offline,
                ),
                h('td', null, clock(L.locale, x.since)),
                h('td', null, clock(L.locale, x.seen)),
                h(
                  'td',
                  { class: 'net-seat-actions' },
                  x.seat.kind === 'team'
                    ? h(
                        'select',
                        {
                          'aria-label': `${t.moveTo}: ${seatLabel(ctx, x.seat)}`,
                          value: '',
                          onchange: (ev: Event) => {
                            const role = (ev.target as HTMLSelectElement).value as RoleId;
                            if (role) session.seatAdmin({ op: 'move', seat: x.seat.id, role });
                          },
                        },
                        h('option', { value: '' }, `${t.moveTo}\u2026`),
                        roles
                          .filter((r) => r.id !== x.seat.role)
                          .map((r) => h('option', { value: r.id }, L.text(r.name))),
                      )
                    : null,
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'btn btn-small btn-quiet',
                      'data-testid': 'free-seat',
                      onclick: () => session.seatAdmin({ op: 'free', seat: x.seat.id }),
                    },
                    t.free,
                  ),
                ),
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, t.noSeats),
  );
}

function whoPlays(ctx: ScreenContext, n: NetState): View {
  const { session, L, s } = ctx;
  const t = L.ui.net.connections;
  const g = s.game!;
  return h(
    'section',
    { class: 'net-box', 'aria-labelledby': 'roles-title' },
    h('h2', { id: 'roles-title' }, t.roles),
    h(
      'ul',
      { class: 'net-role-list' },
      n.roles.map((r) =>
        h(
          'li',
          { key: r.role, 'data-testid': `plays-${r.role}` },
          h('strong', null, L.text(g.rules.role(r.role).name)),
          ' ',
          h(
            'span',
            { class: 'muted' },
            r.by === 'team'
              ? t.byTeam(seatName(L, g, r.role))
              : r.by === 'policy'
                ? t.byComputer
                : t.open,
          ),
          n.started && r.by !== 'open'
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'btn btn-small btn-quiet',
                  onclick: () =>
                    session.seatAdmin(
                      r.by === 'team'
                        ? { op: 'toPolicy', role: r.role }
                        : { op: 'toTeam', role: r.role },
                    ),
                },
                r.by === 'team' ? t.toComputer : t.toTeam,
              )
            : null,
        ),
      ),
    ),
  );
}

export function connectionsTab(ctx: ScreenContext): View {
  const n = ctx.s.net!;
  return h(
    'div',
    { class: 'net-connections', 'data-testid': 'connections' },
    h('div', { class: 'net-col' }, forTeams(ctx, n), startBox(ctx, n), requests(ctx, n)),
    h('div', { class: 'net-col' }, seats(ctx, n), whoPlays(ctx, n)),
  );
}
