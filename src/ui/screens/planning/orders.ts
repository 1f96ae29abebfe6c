/** A team's own orders and proposals so far, and the proposals other teams addressed to it. */
import { responseProblem, type Proposal } from '../../../engine';
import type { Lang } from '../../../i18n';
import type { SessionState, SessionStore } from '../../../store';
import { h, slots, type View } from '../../dom';
import { answersNote, outlookView } from '../../components/chance';
import { roleBadge } from '../../components/entry';
import { outlook, proposalAttempt } from '../../model/chance';
import { answeredHere } from '../../model/incidents';
import { orderLabel, proposalLabel, statusWord } from '../../model/orders';
import { actionName, districtName, roleName, roleShort } from '../../text';

/**
 * A proposal's chance as it stands (every partner still to answer counted as accepting), with what
 * a success of it would answer; nothing for one that would lapse.
 */
function proposalOutlook(L: Lang, s: SessionState, viewer: string, p: Proposal): View | null {
  const { rules, state } = s.game!;
  const o = outlook(rules, state, viewer, proposalAttempt(p));
  const answered = answeredHere(state, p.action, p.district);
  if (!o && answered.length === 0) return null;
  return h(
    'div',
    { class: 'proposal-outlook', 'data-testid': `proposal-outlook-${p.id}` },
    answersNote(L, answered),
    o ? outlookView(L, rules, o, { viewer, open: false, id: `outlook-${p.id}` }) : null,
  );
}

export function ordersList(L: Lang, session: SessionStore, s: SessionState, role: string): View {
  const t = L.ui.planning;
  const { rules, state } = s.game!;
  const viewer = s.facilitator ? 'facilitator' : role;
  const mine = state.orders.filter((o) => o.role === role);
  const proposals = state.proposals.filter((p) => p.lead === role);
  const cost = (action: string) =>
    h(
      'span',
      { class: 'muted' },
      ` \u00b7 ${L.ui.common.ap(rules.actionById.get(action)?.cost ?? 0)}`,
    );
  const items: View[] = [
    ...mine.map((o) =>
      h(
        'li',
        { key: `order-${o.id}`, class: 'order', 'data-testid': 'my-order' },
        h('span', { class: 'order-text' }, orderLabel(L, rules, o), cost(o.action)),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-quiet btn-small',
            id: `cancel-${o.id}`,
            'aria-label': t.cancelLabel(orderLabel(L, rules, o)),
            onclick: () => session.dispatch({ type: 'cancelOrder', role, order: o.id }),
          },
          t.cancel,
        ),
      ),
    ),
    ...proposals.map((p) =>
      h(
        'li',
        { key: `proposal-${p.id}`, class: 'order proposal', 'data-testid': 'my-proposal' },
        h(
          'span',
          { class: 'order-text' },
          proposalLabel(L, rules, p),
          cost(p.action),
          h(
            'span',
            { class: 'partners' },
            p.partners.length === 0
              ? ` \u00b7 ${t.noPartners}`
              : p.partners.map((r, i) =>
                  h(
                    'span',
                    { class: `status status-${p.responses[i]}` },
                    roleBadge(L, rules, r),
                    ` ${statusWord(L, p.responses[i] ?? 'pending')}`,
                  ),
                ),
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-quiet btn-small',
            id: `withdraw-${p.id}`,
            onclick: () => session.dispatch({ type: 'withdraw', role, proposal: p.id }),
          },
          t.withdraw,
        ),
        proposalOutlook(L, s, viewer, p),
      ),
    ),
  ];
  return h(
    'section',
    { class: 'orders-list', 'aria-labelledby': 'orders-title' },
    h('h3', { id: 'orders-title' }, t.yourOrders(items.length)),
    items.length ? h('ul', null, items) : h('p', { class: 'muted' }, t.noOrders),
  );
}

export function inbox(L: Lang, session: SessionStore, s: SessionState, role: string): View | null {
  const t = L.ui.planning;
  const { rules, state } = s.game!;
  const viewer = s.facilitator ? 'facilitator' : role;
  const toMe = state.proposals.filter((p) => p.partners.includes(role));
  if (toMe.length === 0) {
    return s.round === 2
      ? h(
          'section',
          { class: 'inbox inbox-empty', 'data-testid': 'inbox' },
          h('h3', null, t.proposalsToYou),
          h('p', { class: 'muted' }, t.noProposals),
        )
      : null;
  }
  return h(
    'section',
    { class: 'inbox', 'aria-labelledby': 'inbox-title', 'data-testid': 'inbox' },
    h('h3', { id: 'inbox-title' }, t.proposalsToYouCount(toMe.length)),
    h(
      'ul',
      null,
      toMe.map((p) => {
        const a = rules.actionById.get(p.action);
        const status = p.responses[p.partners.indexOf(role)] ?? 'pending';
        const refused = responseProblem({ rules, s: state }, role, p.id, true);
        const acceptWhy = refused ? L.msg(refused) : null;
        const others = p.partners.filter((r) => r !== role);
        return h(
          'li',
          { key: p.id, class: `proposal-in status-${status}`, 'data-testid': 'proposal-in' },
          h(
            'p',
            null,
            roleBadge(L, rules, p.lead),
            ' ',
            slots(t.proposes, {
              lead: h('strong', null, roleName(L, rules, p.lead)),
              action: h('strong', null, actionName(L, p.action)),
              district: districtName(L, rules, p.district),
            }),
            p.posture ? t.withPostureNamed(L.vocab.postures[p.posture].name) : '',
            others.length
              ? ` ${t.alsoInvited(L.f.list(others.map((r) => roleShort(L, rules, r))))}`
              : '',
            t.sentenceEnd,
          ),
          a ? h('p', { class: 'muted' }, t.costsYou(a.partnerCost ?? 1)) : null,
          status === 'pending'
            ? h(
                'div',
                { class: 'actions' },
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn btn-primary btn-small',
                    id: `accept-${p.id}`,
                    'data-testid': `accept-${p.id}`,
                    disabled: acceptWhy !== null,
                    'aria-describedby': acceptWhy ? `accept-why-${p.id}` : null,
                    onclick: () =>
                      session.dispatch({ type: 'respond', role, proposal: p.id, accept: true }),
                  },
                  t.accept,
                ),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn btn-small',
                    id: `decline-${p.id}`,
                    'data-testid': `decline-${p.id}`,
                    onclick: () =>
                      session.dispatch({ type: 'respond', role, proposal: p.id, accept: false }),
                  },
                  t.decline,
                ),
                acceptWhy
                  ? h('span', { class: 'hint', id: `accept-why-${p.id}` }, acceptWhy)
                  : null,
              )
            : h(
                'p',
                { class: `status status-${status}` },
                status === 'accepted' ? `\u2714 ${t.youAccepted}` : `\u2716 ${t.youDeclined}`,
              ),
          // After the answer buttons, so its "Why?" opened does not push them down.
          proposalOutlook(L, s, viewer, p),
        );
      }),
    ),
  );
}
