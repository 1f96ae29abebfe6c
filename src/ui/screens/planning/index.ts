/**
 * A team's planning screen: its role card and log on the left, the map in the middle, and on the
 * right the order builder, the proposals addressed to it and its orders so far. Everything shown
 * is what this role may know.
 */
import { visibleLog } from '../../../engine';
import type { Lang } from '../../../i18n';
import { say, seatName, type SessionState, type SessionStore } from '../../../store';
import { h, type View } from '../../dom';
import { logPanel } from '../../components/logPanel';
import type { ScreenContext } from '../../context';
import { districtName } from '../../text';
import { gameFrame, mapSection } from '../frame';
import { orderBuilder, type BuilderEnv } from './builder';
import { inbox, ordersList } from './orders';
import { apPips, roleCard } from './roleCard';
import { commitFoot, messagesPanel } from '../tables';

function sessionBuilder(L: Lang, session: SessionStore, s: SessionState, role: string): BuilderEnv {
  const g = s.game!;
  const t = L.ui.planning;
  return {
    rules: g.rules,
    state: g.state,
    role,
    round: s.round,
    draft: s.draft,
    viewer: s.facilitator ? 'facilitator' : role,
    selected: s.selected,
    setDraft: (d) => session.setDraft(d),
    selectDistrict: (id) => session.selectDistrict(id),
    submit: (cmd) => {
      const p = session.dispatch(cmd);
      if (p) session.notify(p, 'error');
      return p;
    },
    done: (cmd, name) =>
      session.notify(
        cmd.type === 'propose'
          ? t.proposedNotice(name, districtName(L, g.rules, cmd.district))
          : t.orderedNotice(name),
      ),
  };
}

export function planningScreen(ctx: ScreenContext): View {
  const { session, s, L } = ctx;
  const t = L.ui.planning;
  const g = s.game!;
  const role = s.active!;
  const { rules, state } = g;
  const viewer = s.facilitator ? 'facilitator' : role;
  const entries = visibleLog(state, viewer);

  const tab = ctx.local.leftTab;
  const tabs = h(
    'div',
    { class: 'tabs', role: 'tablist', 'aria-label': t.tabsLabel },
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: 'tab-card',
        'aria-selected': String(tab === 'card'),
        'aria-controls': 'left-panel',
        onclick: () => {
          ctx.local.leftTab = 'card';
          ctx.rerender();
        },
      },
      t.roleCardTab,
    ),
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: 'tab-log',
        'data-testid': 'tab-log',
        'aria-selected': String(tab === 'log'),
        'aria-controls': 'left-panel',
        onclick: () => {
          ctx.local.leftTab = 'log';
          ctx.rerender();
        },
      },
      t.logTab(entries.length),
    ),
  );
  const left = h(
    'aside',
    { class: 'col col-left', 'aria-label': tab === 'card' ? t.roleCardTab : L.ui.components.log },
    tabs,
    h(
      'div',
      {
        // The other tab's panel starts at its top.
        key: tab,
        class: 'col-scroll',
        id: 'left-panel',
        role: 'tabpanel',
        'aria-labelledby': tab === 'card' ? 'tab-card' : 'tab-log',
      },
      tab === 'card'
        ? roleCard(L, rules, state, role, seatName(L, g, role))
        : logPanel(L, session, rules, entries, s.logFilter, 'plan-log', state.turn),
    ),
  );
  const me = state.roles.find((r) => r.id === role)!;
  const right = h(
    'aside',
    { class: 'col col-right', 'aria-label': t.ordersLabel },
    h(
      'div',
      { class: 'col-scroll' },
      h(
        'div',
        { class: 'orders-head' },
        h(
          'h2',
          null,
          s.net ? L.ui.net.tables.planTitle : s.round === 1 ? t.round1Title : t.round2Title,
        ),
        h(
          'p',
          { class: 'ap-inline' },
          apPips(me.apLeft, rules.role(role).actionPoints),
          ` ${t.apLeft(me.apLeft)}`,
        ),
      ),
      h(
        'p',
        { class: 'muted' },
        s.net ? L.ui.net.tables.planHelp : s.round === 1 ? t.round1Help : t.round2Help,
      ),
      inbox(L, session, s, role),
      orderBuilder(L, sessionBuilder(L, session, s, role)),
      // Always there, so a new notice beside the builder is announced; empty, it takes no room.
      h(
        'div',
        { class: 'inline-notices', 'aria-live': 'polite' },
        s.notice
          ? h(
              'p',
              {
                class: `inline-notice notice-${s.notice.tone}`,
                role: s.notice.tone === 'error' ? 'alert' : 'status',
                'data-testid': 'notice',
              },
              s.notice.tone === 'error' ? '\u26a0 ' : '\u2714 ',
              say(L, s.notice.text),
            )
          : null,
      ),
      ordersList(L, session, s, role),
      s.net ? messagesPanel(ctx, role) : null,
    ),
    h(
      'div',
      { class: 'col-foot' },
      s.net
        ? commitFoot(ctx, role)
        : s.round === 1
          ? h(
              'button',
              {
                type: 'button',
                class: 'btn btn-primary btn-wide',
                id: 'finish-round',
                'data-testid': 'finish-round',
                onclick: () => session.finishRound(),
              },
              `${t.finishRound} \u2192`,
            )
          : h(
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
            ),
    ),
  );
  return gameFrame(
    ctx,
    h(
      'main',
      { class: 'planning-grid', id: 'main' },
      left,
      mapSection(ctx, L.ui.common.map, {
        viewer: role,
        highlighted: s.draft.district ? [s.draft.district] : [],
      }),
      right,
    ),
  );
}
