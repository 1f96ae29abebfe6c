/**
 * The what-if panel: from a resolved turn, one team's orders replaced (by a policy or by orders
 * built in the teams' own order builder), the later turns played as recorded or by a policy, and
 * the rules of the branch said on screen (src/store/whatif.ts plays it).
 */
import { commandProblem, POLICY_IDS, type PolicyId } from '../../../engine';
import { EMPTY_DRAFT, seatName, type Game, type WhatIfSetup } from '../../../store';
import { playBranch, recordedOrders } from '../../../store/whatif';
import { h, type Child, type View } from '../../dom';
import type { ScreenContext } from '../../context';
import { branchKey, scratchState, timelineOf } from '../../model/history';
import { commandLabel } from '../../model/orders';
import { orderBuilder } from '../planning/builder';

export function whatIfSetup(ctx: ScreenContext, g: Game, w: WhatIfSetup): View {
  const { session, s, L } = ctx;
  const t = L.ui.replay;
  const { rules } = g;
  const tl = timelineOf(g);
  const recorded = recordedOrders(tl, w.turn, w.role);
  const parts: Child[] = [];
  parts.push(
    h(
      'label',
      { key: 'role', class: 'field' },
      h('span', null, t.whichTeam),
      h(
        'select',
        {
          id: 'whatif-role',
          'data-testid': 'whatif-role',
          value: w.role,
          onchange: (ev: Event) => {
            const role = (ev.target as HTMLSelectElement).value;
            session.setWhatIf({
              role,
              orders: w.mode === 'orders' ? recordedOrders(tl, w.turn, role) : [],
            });
            session.setDraft({ ...EMPTY_DRAFT });
          },
        },
        rules.scenario.roles.map((r) =>
          h('option', { value: r.id }, t.roleSeat(L.text(r.name), seatName(L, g, r.id))),
        ),
      ),
    ),
    h(
      'div',
      { key: 'recorded', class: 'recorded' },
      h('h3', null, t.whatTheyDid(w.turn)),
      recorded.length
        ? h(
            'ul',
            null,
            recorded.map((c) => h('li', null, commandLabel(L, rules, c))),
          )
        : h('p', { class: 'muted' }, t.noOrders),
    ),
    h(
      'fieldset',
      { key: 'mode', class: 'field' },
      h('legend', null, t.theirOrders(w.turn)),
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'radio',
          name: 'whatif-mode',
          id: 'whatif-mode-policy',
          'data-testid': 'whatif-mode-policy',
          checked: w.mode === 'policy',
          onchange: () => session.setWhatIf({ mode: 'policy' }),
        }),
        h('span', null, t.byPolicy),
      ),
      h(
        'select',
        {
          id: 'whatif-policy',
          'data-testid': 'whatif-policy',
          disabled: w.mode !== 'policy',
          'aria-label': t.policyLabel,
          value: w.policy,
          onchange: (ev: Event) =>
            session.setWhatIf({ policy: (ev.target as HTMLSelectElement).value as PolicyId }),
        },
        POLICY_IDS.map((p) => h('option', { value: p }, t.policies[p])),
      ),
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'radio',
          name: 'whatif-mode',
          id: 'whatif-mode-orders',
          'data-testid': 'whatif-mode-orders',
          checked: w.mode === 'orders',
          onchange: () =>
            session.setWhatIf({ mode: 'orders', orders: w.orders.length ? w.orders : recorded }),
        }),
        h('span', null, t.newOrdersHere),
      ),
    ),
  );
  if (w.mode === 'orders') {
    const scratch = scratchState(g, w);
    parts.push(
      h(
        'div',
        { key: 'orders', class: 'orders-list' },
        h('h3', null, t.newOrders(w.orders.length)),
        w.orders.length
          ? h(
              'ul',
              null,
              w.orders.map((c, i) =>
                h(
                  'li',
                  { class: 'order', 'data-testid': 'whatif-order' },
                  h('span', { class: 'order-text' }, commandLabel(L, rules, c)),
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'btn btn-quiet btn-small',
                      id: `whatif-remove-${i}`,
                      onclick: () =>
                        session.setWhatIf({ orders: w.orders.filter((_, j) => j !== i) }),
                    },
                    t.remove,
                  ),
                ),
              ),
            )
          : h('p', { class: 'muted' }, t.noneThatTurn),
      ),
      orderBuilder(L, {
        rules,
        state: scratch,
        role: w.role,
        round: 1,
        draft: s.draft,
        selected: s.selected,
        title: t.addOrder,
        setDraft: (d) => session.setDraft(d),
        selectDistrict: (id) => session.selectDistrict(id),
        submit: (cmd) => {
          const p = commandProblem({ rules, s: scratch }, cmd);
          if (p) {
            session.notify(p, 'error');
            return p;
          }
          session.setWhatIf({ orders: [...w.orders, cmd] });
          return null;
        },
        done: (_cmd, name) => session.notify(t.added(name)),
      }),
    );
  }
  parts.push(
    h(
      'label',
      { key: 'later', class: 'field' },
      h('span', null, t.laterTurns),
      h(
        'select',
        {
          id: 'whatif-later',
          'data-testid': 'whatif-later',
          value: w.later,
          onchange: (ev: Event) =>
            session.setWhatIf({
              later: (ev.target as HTMLSelectElement).value as WhatIfSetup['later'],
            }),
        },
        h('option', { value: 'recorded' }, t.asRecorded),
        POLICY_IDS.map((p) => h('option', { value: p }, t.everyRoleBy(t.policyNames[p]))),
      ),
    ),
  );
  return h(
    'aside',
    { class: 'col whatif-setup', 'aria-labelledby': 'screen-title' },
    h(
      'div',
      { class: 'col-scroll' },
      h('p', { class: 'eyebrow' }, t.whatIfEyebrow),
      h('h1', { id: 'screen-title', tabindex: '-1' }, t.whatIfTitle(w.turn)),
      parts,
      h(
        'details',
        { class: 'whatif-rules', open: true },
        h('summary', null, t.rulesTitle),
        h(
          'ul',
          null,
          h('li', null, t.ruleBefore(w.turn)),
          h('li', null, t.ruleTurn(w.turn)),
          h('li', null, t.ruleLater),
          h('li', null, t.ruleKept),
          h('li', null, t.ruleStops),
        ),
      ),
    ),
    h(
      'div',
      { class: 'col-foot replay-foot' },
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-primary',
          id: 'whatif-play',
          'data-testid': 'whatif-play',
          onclick: () => {
            try {
              const value = playBranch(g.rules, g.seed, tl, {
                turn: w.turn,
                role: w.role,
                replace:
                  w.mode === 'orders'
                    ? { kind: 'orders', commands: w.orders }
                    : { kind: 'policy', policy: w.policy },
                later: w.later,
              });
              ctx.local.branch = { key: branchKey(g, w), value };
              ctx.rerender();
            } catch (e) {
              session.notify(t.branchFailed(e instanceof Error ? e.message : String(e)), 'error');
            }
          },
        },
        t.play,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-quiet',
          id: 'whatif-close',
          'data-testid': 'whatif-close',
          onclick: () => session.setWhatIf(null),
        },
        t.backReplay,
      ),
    ),
  );
}
