/**
 * The frame of a game screen on a device seated on a host: the top bar says which seat this is
 * and whether the host is reachable, and offers only what the seat may do (the console and the
 * host's save file for the facilitator; nothing that would start, import or end a game of the
 * device's own). The status bar says the seat, the code and the host's sequence number; the seed
 * and the state hash stay on the host.
 */
import type { NetState, Screen } from '../../store';
import { downloadText, h, type View } from '../dom';
import type { ScreenContext } from '../context';
import { seatWords } from './join';

/** A top-bar button to one of the window's screens, pressed while that screen is up. */
export function navButton(on: Screen, screen: Screen, label: string, go: () => void): View {
  return h(
    'button',
    {
      type: 'button',
      class: `btn btn-small${on === screen ? ' btn-on' : ' btn-quiet'}`,
      id: `nav-${screen}`,
      'data-testid': `nav-${screen}`,
      'aria-pressed': String(on === screen),
      onclick: go,
    },
    label,
  );
}

/** Connected or not, and the commands the host has yet to answer. */
export function connectionPill(ctx: ScreenContext, n: NetState): View {
  const t = ctx.L.ui.net.connection;
  return h(
    'span',
    {
      class: `net-pill ${n.connected ? 'is-on' : 'is-off'}`,
      role: 'status',
      'data-testid': 'connection',
      'data-connected': String(n.connected),
      'data-pending': String(n.pending),
      title: n.connected ? null : t.lost,
    },
    h('span', { class: 'net-dot', 'aria-hidden': 'true' }),
    n.connected ? t.connected : t.reconnecting,
    n.pending ? ` \u00b7 ${t.pending(n.pending)}` : null,
  );
}

export function netTopBar(
  ctx: ScreenContext,
  parts: { brand: View; turnPill: View; status: View; language: View; where: string[] },
): View {
  const { session, s, L } = ctx;
  const n = s.net!;
  const t = L.ui.frame;
  const kind = n.seat?.kind;
  const staff = kind === 'facilitator' || kind === 'evaluator';
  const ended = s.game?.state.status === 'ended';
  const nav = (screen: 'console' | 'debrief', label: string, go: () => void) =>
    navButton(s.screen, screen, label, go);
  return h(
    'header',
    { class: 'topbar', role: 'banner' },
    parts.brand,
    h(
      'div',
      { class: 'where', 'aria-live': 'polite' },
      parts.turnPill,
      h('span', { class: 'where-item', 'data-testid': 'seat' }, seatWords(ctx, n)),
      parts.where.map((w) => h('span', { class: 'where-item' }, w)),
      parts.status,
      connectionPill(ctx, n),
    ),
    parts.language,
    h(
      'nav',
      { class: 'tools', 'aria-label': t.tools },
      staff ? nav('console', t.navConsole, () => session.openConsole()) : null,
      staff || ended ? nav('debrief', t.navDebrief, () => session.openDebrief()) : null,
      kind === 'facilitator'
        ? h(
            'button',
            {
              type: 'button',
              class: 'btn btn-quiet btn-small',
              id: 'tool-export',
              'data-testid': 'export-save',
              onclick: () =>
                void session.exportFromHost().then((f) => downloadText(f.filename, f.text)),
            },
            `\u2913 ${t.exportSave}`,
          )
        : null,
    ),
  );
}

export function netStatusBar(ctx: ScreenContext): View {
  const { L, s } = ctx;
  const n = s.net!;
  const g = s.game!;
  const t = L.ui.net.connection;
  return h(
    'footer',
    { class: 'statusbar', role: 'contentinfo' },
    h('span', { 'data-testid': 'seat-status' }, seatWords(ctx, n)),
    n.code ? h('span', null, t.code(n.code)) : null,
    h(
      'span',
      { 'data-testid': 'turn', 'data-turn': String(g.state.turn) },
      L.ui.common.turn(g.state.turn),
    ),
    connectionPill(ctx, n),
  );
}
