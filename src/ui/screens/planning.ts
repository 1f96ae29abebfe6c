/**
 * A team's planning screen: its role card and log on the left, the map in the middle, and on the
 * right the order builder, the proposals addressed to it and its orders so far. Everything shown
 * is what this role may know; options the rules forbid are disabled with the reason said.
 */
import {
  actionProblem,
  commandProblem,
  orderProblem,
  POSTURES,
  responseProblem,
  visibleLog,
  type ActionDef,
  type Command,
  type GameState,
  type Posture,
  type Rules,
} from '../../engine';
import type { Draft, SessionState, SessionStore } from '../../store/session';
import { EMPTY_DRAFT, seatName } from '../../store/session';
import { h, type Child } from '../dom';
import { entryView, logPanel, roleBadge } from '../components';
import type { ScreenContext } from '../context';
import { districtName, listWords, plural, roleName } from '../text';
import { gameFrame } from './frame';

const SHAPE_WORDS: Record<ActionDef['shape'], string> = { solo: 'solo', joint: 'joint', share: 'intelligence', move: 'movement' };
const POSTURE_HINTS: Record<Posture, string> = {
  negotiate: 'talk the crowd down; needs civilian mediators',
  contain: 'hold a perimeter; the cautious choice',
  disperse: 'clear the area by force; risks harm in an angry crowd',
};

function apPips(left: number, total: number): HTMLElement {
  return h(
    'span',
    { class: 'pips', 'aria-hidden': 'true' },
    Array.from({ length: total }, (_, i) => h('span', { class: `pip${i < left ? ' on' : ''}` })),
  );
}

export function roleCard(rules: Rules, state: GameState, role: string, teamName: string): HTMLElement {
  const card = rules.role(role);
  const me = state.roles.find((r) => r.id === role)!;
  const facts = me.knows.map((f) => rules.factById.get(f)).filter((f) => f !== undefined);
  const assets = state.assets.filter((a) => a.role === role);
  const news = state.log.filter((e) => e.turn === state.turn && e.phase === 'briefing' && e.visibleTo !== 'all' && e.visibleTo.includes(role));
  const trust = state.trust.filter((t) => t.a === role || t.b === role);
  return h(
    'div',
    { class: 'role-card', 'data-testid': 'role-card' },
    h('div', { class: 'role-head' }, roleBadge(rules, role, { large: true }), h('div', null, h('h2', null, card.name), h('p', { class: 'muted' }, `Played by ${teamName}`))),
    h('p', { class: 'ap', 'data-testid': 'ap-left' }, apPips(me.apLeft, card.actionPoints), h('strong', null, `${me.apLeft} of ${card.actionPoints}`), ' action points left'),
    news.length
      ? h('section', { class: 'card-section news' }, h('h3', null, 'Private briefing this turn'), news.map((e) => entryView(rules, e, { showTurn: false })))
      : null,
    h(
      'section',
      { class: 'card-section' },
      h('h3', null, 'Private objective'),
      h('p', null, card.privateObjective.description),
    ),
    h(
      'section',
      { class: 'card-section', 'data-testid': 'intelligence' },
      h('h3', null, `Intelligence you hold (${facts.length})`),
      facts.length === 0
        ? h('p', { class: 'muted' }, 'None yet. Other roles may share theirs; investigations may find more.')
        : h(
            'ul',
            { class: 'facts' },
            facts.map((f) => {
              const leaked = state.compromised.includes(f.id);
              return h(
                'li',
                { class: `fact${leaked ? ' leaked' : ''}` },
                h('strong', null, f.title),
                f.district ? h('span', { class: 'muted' }, ` \u2014 ${districtName(rules, f.district)}`) : null,
                h('p', null, f.text),
                f.helps.length ? h('p', { class: 'muted' }, `Helps: ${listWords(f.helps.map((a) => rules.actionById.get(a)?.name ?? a))} (+${f.bonus})`) : null,
                leaked ? h('p', { class: 'warn' }, '\u26a0 Leaked: it no longer helps.') : null,
              );
            }),
          ),
    ),
    h(
      'section',
      { class: 'card-section' },
      h('h3', null, `Units (${assets.length})`),
      h(
        'ul',
        { class: 'assets' },
        assets.map((a) => {
          const def = card.assets.find((x) => x.id === a.id);
          return h('li', null, h('strong', null, def?.name ?? a.id), h('span', { class: 'muted' }, ` ${def?.type ?? ''}`), h('br'), `in ${districtName(rules, a.location)}, readiness ${a.readiness}`);
        }),
      ),
    ),
    h('section', { class: 'card-section' }, h('h3', null, 'Mandate'), h('p', null, card.mandate)),
    card.constraints.length
      ? h('section', { class: 'card-section' }, h('h3', null, 'Constraints'), h('ul', { class: 'constraints' }, card.constraints.map((c) => h('li', null, c.reason))))
      : null,
    h(
      'section',
      { class: 'card-section' },
      h('h3', null, 'Trust with the other roles'),
      h(
        'ul',
        { class: 'trust' },
        trust.map((t) => {
          const other = t.a === role ? t.b : t.a;
          return h('li', null, roleBadge(rules, other), ` ${roleName(rules, other)}: `, h('strong', null, String(t.value)), h('span', { class: 'meter', 'aria-hidden': 'true' }, h('span', { style: { width: `${t.value}%` } })));
        }),
      ),
    ),
    h(
      'section',
      { class: 'card-section' },
      h('h3', null, 'Capabilities'),
      h('p', null, listWords(card.capabilities.map((a) => rules.actionById.get(a)?.name ?? a))),
    ),
  );
}

/** The command the draft describes, or the first thing still missing. */
function draftCommand(rules: Rules, role: string, d: Draft): { cmd: Command | null; missing: string | null } {
  const action = d.action ? rules.actionById.get(d.action) : undefined;
  if (!action) return { cmd: null, missing: 'Choose an action.' };
  if (action.shape === 'share') {
    if (!d.fact) return { cmd: null, missing: 'Choose a fact to share.' };
    if (!d.to) return { cmd: null, missing: 'Choose who receives it.' };
    const fact = rules.factById.get(d.fact);
    const district = fact?.district ?? rules.scenario.districts[0]!.id;
    return { cmd: { type: 'order', role, action: action.id, district, fact: d.fact, to: d.to }, missing: null };
  }
  if (action.shape === 'move') {
    if (!d.asset) return { cmd: null, missing: 'Choose a unit to move.' };
    if (!d.district) return { cmd: null, missing: 'Choose where it goes.' };
    return { cmd: { type: 'order', role, action: action.id, district: d.district, asset: d.asset }, missing: null };
  }
  if (!d.district) return { cmd: null, missing: 'Choose a district (here or on the map).' };
  if (action.shape === 'joint') {
    if (action.id === 'crowd_control' && !d.posture) return { cmd: null, missing: 'Choose a posture.' };
    return {
      cmd: { type: 'propose', role, action: action.id, district: d.district, partners: [...d.partners], ...(d.posture && action.id === 'crowd_control' ? { posture: d.posture } : {}) },
      missing: null,
    };
  }
  return { cmd: { type: 'order', role, action: action.id, district: d.district }, missing: null };
}

function actionUnavailable(rules: Rules, state: GameState, role: string, a: ActionDef, round: 1 | 2): string | null {
  const me = state.roles.find((r) => r.id === role)!;
  const reader = { rules, s: state };
  if (a.shape === 'joint' && round === 2) return 'Joint actions are proposed in round 1, so partners can answer in round 2.';
  if (me.apLeft < a.cost) return `Needs ${a.cost} action point${a.cost === 1 ? '' : 's'}; ${me.apLeft} left.`;
  if (a.shape === 'solo' || a.shape === 'joint') {
    const problems = rules.scenario.districts.map((d) => actionProblem(reader, role, a.id, d.id, true));
    if (problems.every((p) => p !== null)) return problems[0]!;
  }
  if (a.shape === 'share') {
    const others = rules.scenario.roles.filter((r) => r.id !== role);
    const any = me.knows.some((f) => others.some((o) => !orderProblem(reader, { type: 'order', role, action: a.id, district: rules.factById.get(f)?.district ?? rules.scenario.districts[0]!.id, fact: f, to: o.id })));
    if (!any) return 'You hold no fact that another role lacks.';
  }
  if (a.shape === 'move' && !state.assets.some((x) => x.role === role)) return 'You have no units.';
  return null;
}

function field(label: string, control: HTMLElement, hint?: Child): HTMLElement {
  return h('label', { class: 'field' }, h('span', null, label), control, hint ? h('span', { class: 'hint' }, hint) : null);
}

/** Groups districts by the reason they are closed: "Torvel Forest, Varn Border: reason". */
function closedDistricts(rules: Rules, problems: [string, string | null][]): HTMLElement | null {
  const byReason = new Map<string, string[]>();
  for (const [id, p] of problems) if (p) byReason.set(p, [...(byReason.get(p) ?? []), districtName(rules, id)]);
  if (byReason.size === 0) return null;
  return h(
    'ul',
    { class: 'reasons', 'aria-label': 'Districts not available' },
    [...byReason].map(([reason, names]) => h('li', null, h('strong', null, `${listWords(names)}: `), reason)),
  );
}

/**
 * What the order builder works on: a team's planning turn, or the what-if panel building other
 * orders for a turn of the replay. The draft lives in the store either way.
 */
export interface BuilderEnv {
  rules: Rules;
  state: GameState;
  role: string;
  round: 1 | 2;
  draft: Draft;
  selected: string | null;
  setDraft(d: Partial<Draft>): void;
  selectDistrict(id: string | null): void;
  /** Gives the order; returns why it could not be given, or null. */
  submit(cmd: Command): string | null;
  /** Words after a success ("Order given: Patrol."). */
  done(cmd: Command, actionName: string): void;
  title?: string;
}

function sessionBuilder(session: SessionStore, s: SessionState, role: string): BuilderEnv {
  const g = s.game!;
  return {
    rules: g.rules,
    state: g.state,
    role,
    round: s.round,
    draft: s.draft,
    selected: s.selected,
    setDraft: (d) => session.setDraft(d),
    selectDistrict: (id) => session.selectDistrict(id),
    submit: (cmd) => {
      const p = session.dispatch(cmd);
      if (p) session.notify(p, 'error');
      return p;
    },
    done: (cmd, name) => session.notify(cmd.type === 'propose' ? `Proposed: ${name} in ${districtName(g.rules, cmd.district)}.` : `Order given: ${name}.`),
  };
}

export function orderBuilder(env: BuilderEnv): HTMLElement {
  const { rules, state, role } = env;
  const session = { setDraft: env.setDraft, selectDistrict: env.selectDistrict };
  const s = { round: env.round, selected: env.selected };
  const reader = { rules, s: state };
  const card = rules.role(role);
  const me = state.roles.find((r) => r.id === role)!;
  const d = env.draft;
  const actions = rules.actions.filter((a) => card.capabilities.includes(a.id));
  const unavailable = actions.map((a) => [a, actionUnavailable(rules, state, role, a, s.round)] as const);
  const action = d.action ? rules.actionById.get(d.action) : undefined;
  const parts: Child[] = [];

  parts.push(
    field(
      'Action',
      h(
        'select',
        {
          id: 'draft-action',
          'data-testid': 'draft-action',
          onchange: (ev: Event) => session.setDraft({ ...EMPTY_DRAFT, action: (ev.target as HTMLSelectElement).value, district: s.selected ?? '' }),
        },
        h('option', { value: '' }, 'Choose an action\u2026'),
        unavailable.map(([a, why]) =>
          h('option', { value: a.id, selected: a.id === d.action, disabled: why !== null }, `${a.name} \u2014 ${a.cost} AP, ${SHAPE_WORDS[a.shape]}${why ? ' (not available)' : ''}`),
        ),
      ),
    ),
  );
  const closed = unavailable.filter(([, why]) => why !== null);
  if (closed.length) {
    parts.push(
      h(
        'details',
        { class: 'unavailable', 'data-key': 'unavailable-actions' },
        h('summary', null, `Why ${plural(closed.length, 'action is', 'actions are')} not available`),
        h('ul', { class: 'reasons' }, closed.map(([a, why]) => h('li', null, h('strong', null, `${a.name}: `), why))),
      ),
    );
  }

  if (action) {
    parts.push(h('p', { class: 'action-desc' }, action.description, ' ', h('strong', null, `Costs ${action.cost} AP${action.shape === 'joint' ? ` (each partner ${action.partnerCost ?? 1} AP)` : ''}.`)));
    if (action.shape === 'solo' || action.shape === 'joint') {
      const problems = rules.scenario.districts.map((x) => [x.id, actionProblem(reader, role, action.id, x.id, true)] as [string, string | null]);
      parts.push(
        field(
          'District',
          h(
            'select',
            { id: 'draft-district', 'data-testid': 'draft-district', onchange: (ev: Event) => { const v = (ev.target as HTMLSelectElement).value; session.setDraft({ district: v }); session.selectDistrict(v || null); } },
            h('option', { value: '' }, 'Choose a district\u2026'),
            problems.map(([id, p]) => h('option', { value: id, selected: id === d.district, disabled: p !== null }, `${districtName(rules, id)}${p ? ' (not available)' : ''}`)),
          ),
        ),
      );
      const closedList = closedDistricts(rules, problems);
      if (closedList) parts.push(closedList);
    }
    if (action.shape === 'joint') {
      const others = rules.scenario.roles.filter((r) => r.id !== role);
      parts.push(
        h(
          'fieldset',
          { class: 'field' },
          h('legend', null, action.id === 'crowd_control' ? 'Partners (military cordon, civilian mediators)' : 'Invite partners'),
          others.map((o) => {
            const why = d.district ? actionProblem(reader, o.id, action.id, d.district, false) : actionProblem(reader, o.id, action.id, rules.scenario.districts[0]!.id, false);
            const checked = d.partners.includes(o.id);
            return h(
              'label',
              { class: `check${why ? ' disabled' : ''}` },
              h('input', {
                type: 'checkbox',
                id: `partner-${o.id}`,
                'data-testid': `partner-${o.id}`,
                checked,
                disabled: why !== null,
                onchange: (ev: Event) => {
                  const on = (ev.target as HTMLInputElement).checked;
                  session.setDraft({ partners: on ? [...d.partners, o.id] : d.partners.filter((x) => x !== o.id) });
                },
              }),
              roleBadge(rules, o.id),
              h('span', null, ` ${o.name}`, why ? h('span', { class: 'hint' }, ` \u2014 ${why}`) : null),
            );
          }),
        ),
      );
      if (action.id === 'crowd_control') {
        parts.push(
          h(
            'fieldset',
            { class: 'field posture', 'data-testid': 'posture' },
            h('legend', null, 'Posture'),
            POSTURES.map((p) =>
              h(
                'label',
                { class: 'check' },
                h('input', { type: 'radio', name: 'posture', id: `posture-${p}`, value: p, checked: d.posture === p, onchange: () => session.setDraft({ posture: p }) }),
                h('span', null, h('strong', null, p.charAt(0).toUpperCase() + p.slice(1)), ` \u2014 ${POSTURE_HINTS[p]}`),
              ),
            ),
          ),
        );
      }
    }
    if (action.shape === 'share') {
      const facts = me.knows.map((f) => rules.factById.get(f)!).filter(Boolean);
      const others = rules.scenario.roles.filter((r) => r.id !== role);
      parts.push(
        field(
          'Fact',
          h(
            'select',
            { id: 'draft-fact', 'data-testid': 'draft-fact', onchange: (ev: Event) => session.setDraft({ fact: (ev.target as HTMLSelectElement).value }) },
            h('option', { value: '' }, 'Choose a fact\u2026'),
            facts.map((f) => h('option', { value: f.id, selected: f.id === d.fact }, f.title)),
          ),
        ),
        field(
          'Share with',
          h(
            'select',
            { id: 'draft-to', 'data-testid': 'draft-to', onchange: (ev: Event) => session.setDraft({ to: (ev.target as HTMLSelectElement).value }) },
            h('option', { value: '' }, 'Choose a role\u2026'),
            others.map((o) => h('option', { value: o.id, selected: o.id === d.to }, o.name)),
          ),
          'Sharing with a role you trust below 50 may leak.',
        ),
      );
    }
    if (action.shape === 'move') {
      const units = state.assets.filter((a) => a.role === role);
      const unit = units.find((u) => u.id === d.asset);
      parts.push(
        field(
          'Unit',
          h(
            'select',
            { id: 'draft-asset', 'data-testid': 'draft-asset', onchange: (ev: Event) => session.setDraft({ asset: (ev.target as HTMLSelectElement).value, district: '' }) },
            h('option', { value: '' }, 'Choose a unit\u2026'),
            units.map((u) => h('option', { value: u.id, selected: u.id === d.asset }, `${card.assets.find((x) => x.id === u.id)?.name ?? u.id} (in ${districtName(rules, u.location)})`)),
          ),
        ),
      );
      if (unit) {
        parts.push(
          field(
            'Move to',
            h(
              'select',
              { id: 'draft-district', 'data-testid': 'draft-district', onchange: (ev: Event) => session.setDraft({ district: (ev.target as HTMLSelectElement).value }) },
              h('option', { value: '' }, 'Choose a neighbouring district\u2026'),
              rules.district(unit.location).neighbours.map((n) => h('option', { value: n, selected: n === d.district }, districtName(rules, n))),
            ),
          ),
        );
      }
    }
  }

  const { cmd, missing } = draftCommand(rules, role, d);
  const problem = cmd ? commandProblem(reader, cmd) : missing;
  const verb = !action ? 'Give order' : action.shape === 'joint' ? 'Propose' : action.shape === 'share' ? 'Share' : action.shape === 'move' ? 'Move' : 'Give order';
  parts.push(
    h(
      'div',
      { class: 'builder-submit' },
      h(
        'button',
        {
          type: 'submit',
          class: 'btn btn-primary',
          id: 'draft-submit',
          'data-testid': 'draft-submit',
          disabled: problem !== null,
          'aria-describedby': 'draft-problem',
        },
        verb,
      ),
      h('p', { id: 'draft-problem', class: `draft-problem${problem && cmd ? ' bad' : ''}`, 'data-testid': 'draft-problem' }, problem ?? `Ready: ${me.apLeft - (action?.cost ?? 0)} AP will be left.`),
    ),
  );

  return h(
    'form',
    {
      class: 'builder',
      'aria-label': 'New order',
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        if (!cmd) return;
        const p = env.submit(cmd);
        if (p) return;
        session.setDraft({ ...EMPTY_DRAFT });
        env.done(cmd, action?.name ?? cmd.type);
      },
    },
    h('h3', null, env.title ?? (s.round === 1 ? 'New order or proposal' : 'New order')),
    parts,
  );
}

export function orderLabel(rules: Rules, o: GameState['orders'][number]): string {
  const a = rules.actionById.get(o.action);
  if (a?.shape === 'share') return `Share \u201c${rules.factById.get(o.fact ?? '')?.title ?? o.fact}\u201d with ${roleName(rules, o.to ?? '')}`;
  if (a?.shape === 'move') {
    const name = rules.scenario.roles.flatMap((r) => r.assets).find((x) => x.id === o.asset)?.name ?? o.asset;
    return `Move ${name} to ${districtName(rules, o.district)}`;
  }
  return `${a?.name ?? o.action} in ${districtName(rules, o.district)}`;
}

export const STATUS_WORDS = { pending: '\u2026 waiting', accepted: '\u2714 accepted', declined: '\u2716 declined' } as const;

function ordersList(session: SessionStore, s: SessionState, role: string): HTMLElement {
  const { rules, state } = s.game!;
  const mine = state.orders.filter((o) => o.role === role);
  const proposals = state.proposals.filter((p) => p.lead === role);
  const items: HTMLElement[] = [
    ...mine.map((o) =>
      h(
        'li',
        { class: 'order', 'data-testid': 'my-order' },
        h('span', { class: 'order-text' }, orderLabel(rules, o), h('span', { class: 'muted' }, ` \u00b7 ${rules.actionById.get(o.action)?.cost ?? 0} AP`)),
        h('button', { type: 'button', class: 'btn btn-quiet btn-small', id: `cancel-${o.id}`, 'aria-label': `Cancel: ${orderLabel(rules, o)}`, onclick: () => session.dispatch({ type: 'cancelOrder', role, order: o.id }) }, 'Cancel'),
      ),
    ),
    ...proposals.map((p) =>
      h(
        'li',
        { class: 'order proposal', 'data-testid': 'my-proposal' },
        h(
          'span',
          { class: 'order-text' },
          `${rules.actionById.get(p.action)?.name ?? p.action} in ${districtName(rules, p.district)}${p.posture ? `, ${p.posture}` : ''}`,
          h('span', { class: 'muted' }, ` \u00b7 ${rules.actionById.get(p.action)?.cost ?? 0} AP`),
          h('span', { class: 'partners' }, p.partners.length === 0 ? ' \u00b7 no partners' : p.partners.map((r, i) => h('span', { class: `status status-${p.responses[i]}` }, roleBadge(rules, r), ` ${STATUS_WORDS[p.responses[i] ?? 'pending']}`))),
        ),
        h('button', { type: 'button', class: 'btn btn-quiet btn-small', id: `withdraw-${p.id}`, onclick: () => session.dispatch({ type: 'withdraw', role, proposal: p.id }) }, 'Withdraw'),
      ),
    ),
  ];
  return h(
    'section',
    { class: 'orders-list', 'aria-labelledby': 'orders-title' },
    h('h3', { id: 'orders-title' }, `Your orders this turn (${items.length})`),
    items.length ? h('ul', null, items) : h('p', { class: 'muted' }, 'No orders yet.'),
  );
}

function inbox(session: SessionStore, s: SessionState, role: string): HTMLElement | null {
  const { rules, state } = s.game!;
  const toMe = state.proposals.filter((p) => p.partners.includes(role));
  if (toMe.length === 0) {
    return s.round === 2 ? h('section', { class: 'inbox inbox-empty', 'data-testid': 'inbox' }, h('h3', null, 'Proposals to you'), h('p', { class: 'muted' }, 'No other role proposed a joint action to you this turn.')) : null;
  }
  return h(
    'section',
    { class: 'inbox', 'aria-labelledby': 'inbox-title', 'data-testid': 'inbox' },
    h('h3', { id: 'inbox-title' }, `Proposals to you (${toMe.length})`),
    h(
      'ul',
      null,
      toMe.map((p) => {
        const a = rules.actionById.get(p.action);
        const status = p.responses[p.partners.indexOf(role)] ?? 'pending';
        const acceptWhy = responseProblem({ rules, s: state }, role, p.id, true);
        const others = p.partners.filter((r) => r !== role);
        return h(
          'li',
          { class: `proposal-in status-${status}`, 'data-testid': 'proposal-in' },
          h(
            'p',
            null,
            roleBadge(rules, p.lead),
            ' ',
            h('strong', null, `${roleName(rules, p.lead)}`),
            ` proposes `,
            h('strong', null, `${a?.name ?? p.action}`),
            ` in ${districtName(rules, p.district)}`,
            p.posture ? `, posture ${p.posture}` : '',
            others.length ? ` (also invited: ${listWords(others.map((r) => rules.role(r).short))})` : '',
            '.',
          ),
          a ? h('p', { class: 'muted' }, `It costs you ${a.partnerCost ?? 1} AP if you accept.`) : null,
          status === 'pending'
            ? h(
                'div',
                { class: 'actions' },
                h('button', { type: 'button', class: 'btn btn-primary btn-small', id: `accept-${p.id}`, 'data-testid': `accept-${p.id}`, disabled: acceptWhy !== null, 'aria-describedby': acceptWhy ? `accept-why-${p.id}` : null, onclick: () => session.dispatch({ type: 'respond', role, proposal: p.id, accept: true }) }, 'Accept'),
                h('button', { type: 'button', class: 'btn btn-small', id: `decline-${p.id}`, 'data-testid': `decline-${p.id}`, onclick: () => session.dispatch({ type: 'respond', role, proposal: p.id, accept: false }) }, 'Decline'),
                acceptWhy ? h('span', { class: 'hint', id: `accept-why-${p.id}` }, acceptWhy) : null,
              )
            : h('p', { class: `status status-${status}` }, status === 'accepted' ? '\u2714 You accepted.' : '\u2716 You declined.'),
        );
      }),
    ),
  );
}

export function planningScreen(ctx: ScreenContext): HTMLElement {
  const { session, s } = ctx;
  const g = s.game!;
  const role = s.active!;
  const { rules, state } = g;
  const viewer = s.facilitator ? 'facilitator' : role;
  const entries = visibleLog(state, viewer);
  const map = ctx.map();
  map.render(s, { viewer: role, highlighted: s.draft.district ? [s.draft.district] : [] });

  const tab = ctx.local.leftTab;
  const tabs = h(
    'div',
    { class: 'tabs', role: 'tablist', 'aria-label': 'Role card and log' },
    h('button', { type: 'button', role: 'tab', id: 'tab-card', 'aria-selected': String(tab === 'card'), 'aria-controls': 'left-panel', onclick: () => { ctx.local.leftTab = 'card'; ctx.rerender(); } }, 'Role card'),
    h('button', { type: 'button', role: 'tab', id: 'tab-log', 'data-testid': 'tab-log', 'aria-selected': String(tab === 'log'), 'aria-controls': 'left-panel', onclick: () => { ctx.local.leftTab = 'log'; ctx.rerender(); } }, `Log (${entries.length})`),
  );
  const left = h(
    'aside',
    { class: 'col col-left', 'aria-label': tab === 'card' ? 'Role card' : 'Log' },
    tabs,
    h(
      'div',
      { class: 'col-scroll', id: 'left-panel', role: 'tabpanel', 'aria-labelledby': tab === 'card' ? 'tab-card' : 'tab-log', 'data-scroll-key': `left-${tab}` },
      tab === 'card' ? roleCard(rules, state, role, seatName(g, role)) : logPanel(session, rules, entries, s.logFilter, 'plan-log', state.turn),
    ),
  );
  const me = state.roles.find((r) => r.id === role)!;
  const right = h(
    'aside',
    { class: 'col col-right', 'aria-label': 'Orders' },
    h(
      'div',
      { class: 'col-scroll', 'data-scroll-key': 'orders' },
      h('div', { class: 'orders-head' }, h('h2', null, s.round === 1 ? 'Plan and propose' : 'Answer and commit'), h('p', { class: 'ap-inline' }, apPips(me.apLeft, rules.role(role).actionPoints), ` ${me.apLeft} AP left`)),
      s.round === 1
        ? h('p', { class: 'muted' }, 'Draft your orders, propose joint actions and share intelligence. Partners answer your proposals in round 2.')
        : h('p', { class: 'muted' }, 'Answer the proposals addressed to you, adjust your orders (cancelling frees action points), then commit.'),
      inbox(session, s, role),
      orderBuilder(sessionBuilder(session, s, role)),
      s.notice
        ? h(
            'p',
            { class: `inline-notice notice-${s.notice.tone}`, role: s.notice.tone === 'error' ? 'alert' : 'status', 'data-testid': 'notice' },
            s.notice.tone === 'error' ? '\u26a0 ' : '\u2714 ',
            s.notice.text,
          )
        : null,
      ordersList(session, s, role),
    ),
    h(
      'div',
      { class: 'col-foot' },
      s.round === 1
        ? h('button', { type: 'button', class: 'btn btn-primary btn-wide', id: 'finish-round', 'data-testid': 'finish-round', onclick: () => session.finishRound() }, 'Done: pass the screen on \u2192')
        : h('button', { type: 'button', class: 'btn btn-primary btn-wide', id: 'commit', 'data-testid': 'commit', onclick: () => { const p = session.commitActive(); if (p) session.notify(p, 'error'); } }, '\u2714 Commit our orders'),
    ),
  );
  return gameFrame(ctx, h('main', { class: 'planning-grid', id: 'main' }, left, h('section', { class: 'col col-center', 'aria-label': 'Map' }, map.el), right));
}
