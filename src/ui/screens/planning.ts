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
  type Rules,
} from '../../engine';
import type { Lang } from '../../i18n';
import type { Draft, SessionState, SessionStore } from '../../store';
import { EMPTY_DRAFT, say, seatName, type Said } from '../../store';
import { h, slots, type Child } from '../dom';
import { entryView, logPanel, roleBadge } from '../components';
import type { ScreenContext } from '../context';
import { actionName, assetName, districtName, roleName, roleShort } from '../text';
import { gameFrame } from './frame';

const SHAPES: readonly ActionDef['shape'][] = ['solo', 'joint', 'share', 'move'];

/** An action's description in the window's language; a scenario's own action keeps its own words.
 * */
function actionDescription(L: Lang, a: ActionDef): string {
  return (
    (L.vocab.actions as Record<string, { description: string } | undefined>)[a.id]?.description ??
    a.description
  );
}

function apPips(left: number, total: number): HTMLElement {
  return h(
    'span',
    { class: 'pips', 'aria-hidden': 'true' },
    Array.from({ length: total }, (_, i) => h('span', { class: `pip${i < left ? ' on' : ''}` })),
  );
}

export function roleCard(
  L: Lang,
  rules: Rules,
  state: GameState,
  role: string,
  teamName: string,
): HTMLElement {
  const t = L.ui.planning;
  const card = rules.role(role);
  const me = state.roles.find((r) => r.id === role)!;
  const facts = me.knows.map((f) => rules.factById.get(f)).filter((f) => f !== undefined);
  const assets = state.assets.filter((a) => a.role === role);
  const news = state.log.filter(
    (e) =>
      e.turn === state.turn &&
      e.phase === 'briefing' &&
      e.visibleTo !== 'all' &&
      e.visibleTo.includes(role),
  );
  const trust = state.trust.filter((x) => x.a === role || x.b === role);
  return h(
    'div',
    { class: 'role-card', 'data-testid': 'role-card' },
    h(
      'div',
      { class: 'role-head' },
      roleBadge(L, rules, role, { large: true }),
      h(
        'div',
        null,
        h('h2', null, L.text(card.name)),
        h('p', { class: 'muted' }, t.playedBy(teamName)),
      ),
    ),
    h(
      'p',
      { class: 'ap', 'data-testid': 'ap-left' },
      apPips(me.apLeft, card.actionPoints),
      h('strong', null, t.apOf(me.apLeft, card.actionPoints)),
      ` ${t.apLeftWords(me.apLeft)}`,
    ),
    news.length
      ? h(
          'section',
          { class: 'card-section news' },
          h('h3', null, t.privateBriefing),
          news.map((e) => entryView(L, rules, e, { showTurn: false })),
        )
      : null,
    h(
      'section',
      { class: 'card-section' },
      h('h3', null, t.privateObjective),
      h('p', null, L.text(card.privateObjective.description)),
    ),
    h(
      'section',
      { class: 'card-section', 'data-testid': 'intelligence' },
      h('h3', null, t.intelligence(facts.length)),
      facts.length === 0
        ? h('p', { class: 'muted' }, t.noIntelligence)
        : h(
            'ul',
            { class: 'facts' },
            facts.map((f) => {
              const leaked = state.compromised.includes(f.id);
              return h(
                'li',
                { class: `fact${leaked ? ' leaked' : ''}` },
                h('strong', null, L.text(f.title)),
                f.district
                  ? h('span', { class: 'muted' }, ` \u2014 ${districtName(L, rules, f.district)}`)
                  : null,
                h('p', null, L.text(f.text)),
                f.helps.length
                  ? h(
                      'p',
                      { class: 'muted' },
                      t.helps(L.f.list(f.helps.map((a) => actionName(L, a))), L.f.signed(f.bonus)),
                    )
                  : null,
                leaked ? h('p', { class: 'warn' }, `\u26a0 ${t.leaked}`) : null,
              );
            }),
          ),
    ),
    h(
      'section',
      { class: 'card-section' },
      h('h3', null, t.units(assets.length)),
      h(
        'ul',
        { class: 'assets' },
        assets.map((a) => {
          const def = card.assets.find((x) => x.id === a.id);
          return h(
            'li',
            null,
            h('strong', null, def ? L.text(def.name) : a.id),
            def ? h('span', { class: 'muted' }, ` ${L.text(def.type)}`) : null,
            h('br'),
            t.unitWhere(districtName(L, rules, a.location), a.readiness),
          );
        }),
      ),
    ),
    h(
      'section',
      { class: 'card-section' },
      h('h3', null, t.mandate),
      h('p', null, L.text(card.mandate)),
    ),
    card.constraints.length
      ? h(
          'section',
          { class: 'card-section' },
          h('h3', null, t.constraints),
          h(
            'ul',
            { class: 'constraints' },
            card.constraints.map((c) => h('li', null, L.text(c.reason))),
          ),
        )
      : null,
    h(
      'section',
      { class: 'card-section' },
      h('h3', null, t.trustTitle),
      h(
        'ul',
        { class: 'trust' },
        trust.map((x) => {
          const other = x.a === role ? x.b : x.a;
          return h(
            'li',
            null,
            roleBadge(L, rules, other),
            ` ${t.trustWith(roleName(L, rules, other))} `,
            h('strong', null, L.f.num(x.value)),
            h(
              'span',
              { class: 'meter', 'aria-hidden': 'true' },
              h('span', { style: { width: `${x.value}%` } }),
            ),
          );
        }),
      ),
    ),
    h(
      'section',
      { class: 'card-section' },
      h('h3', null, t.capabilities),
      h('p', null, L.f.list(card.capabilities.map((a) => actionName(L, a)))),
    ),
  );
}

/** The command the draft describes, or the first thing still missing. */
function draftCommand(
  L: Lang,
  rules: Rules,
  role: string,
  d: Draft,
): { cmd: Command | null; missing: string | null } {
  const t = L.ui.planning.missing;
  const action = d.action ? rules.actionById.get(d.action) : undefined;
  if (!action) return { cmd: null, missing: t.action };
  if (action.shape === 'share') {
    if (!d.fact) return { cmd: null, missing: t.fact };
    if (!d.to) return { cmd: null, missing: t.recipient };
    const fact = rules.factById.get(d.fact);
    const district = fact?.district ?? rules.scenario.districts[0]!.id;
    return {
      cmd: { type: 'order', role, action: action.id, district, fact: d.fact, to: d.to },
      missing: null,
    };
  }
  if (action.shape === 'move') {
    if (!d.asset) return { cmd: null, missing: t.unit };
    if (!d.district) return { cmd: null, missing: t.destination };
    return {
      cmd: { type: 'order', role, action: action.id, district: d.district, asset: d.asset },
      missing: null,
    };
  }
  if (!d.district) return { cmd: null, missing: t.district };
  if (action.shape === 'joint') {
    if (action.id === 'crowd_control' && !d.posture) return { cmd: null, missing: t.posture };
    return {
      cmd: {
        type: 'propose',
        role,
        action: action.id,
        district: d.district,
        partners: [...d.partners],
        ...(d.posture && action.id === 'crowd_control' ? { posture: d.posture } : {}),
      },
      missing: null,
    };
  }
  return { cmd: { type: 'order', role, action: action.id, district: d.district }, missing: null };
}

function actionUnavailable(
  L: Lang,
  rules: Rules,
  state: GameState,
  role: string,
  a: ActionDef,
  round: 1 | 2,
): string | null {
  const t = L.ui.planning;
  const me = state.roles.find((r) => r.id === role)!;
  const reader = { rules, s: state };
  if (a.shape === 'joint' && round === 2) return t.jointInRound1;
  if (me.apLeft < a.cost) return t.needsAp(a.cost, me.apLeft);
  if (a.shape === 'solo' || a.shape === 'joint') {
    const problems = rules.scenario.districts.map((d) =>
      actionProblem(reader, role, a.id, d.id, true),
    );
    if (problems.every((p) => p !== null)) return L.msg(problems[0]!);
  }
  if (a.shape === 'share') {
    const others = rules.scenario.roles.filter((r) => r.id !== role);
    const any = me.knows.some((f) =>
      others.some(
        (o) =>
          !orderProblem(reader, {
            type: 'order',
            role,
            action: a.id,
            district: rules.factById.get(f)?.district ?? rules.scenario.districts[0]!.id,
            fact: f,
            to: o.id,
          }),
      ),
    );
    if (!any) return t.noFactToShare;
  }
  if (a.shape === 'move' && !state.assets.some((x) => x.role === role)) return t.noUnits;
  return null;
}

function field(label: string, control: HTMLElement, hint?: Child): HTMLElement {
  return h(
    'label',
    { class: 'field' },
    h('span', null, label),
    control,
    hint ? h('span', { class: 'hint' }, hint) : null,
  );
}

/** Groups districts by the reason they are closed: "Torvel Forest, Varn Border: reason". */
function closedDistricts(
  L: Lang,
  rules: Rules,
  problems: [string, string | null][],
): HTMLElement | null {
  const byReason = new Map<string, string[]>();
  for (const [id, p] of problems)
    if (p) byReason.set(p, [...(byReason.get(p) ?? []), districtName(L, rules, id)]);
  if (byReason.size === 0) return null;
  return h(
    'ul',
    { class: 'reasons', 'aria-label': L.ui.planning.districtsClosed },
    [...byReason].map(([reason, names]) =>
      h('li', null, h('strong', null, L.ui.planning.labelled(L.f.list(names))), ' ', reason),
    ),
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
  submit(cmd: Command): Said | null;
  /** Words after a success ("Order given: Patrol."); `actionName` is in the window's language. */
  done(cmd: Command, actionName: string): void;
  title?: string;
}

function sessionBuilder(L: Lang, session: SessionStore, s: SessionState, role: string): BuilderEnv {
  const g = s.game!;
  const t = L.ui.planning;
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
    done: (cmd, name) =>
      session.notify(
        cmd.type === 'propose'
          ? t.proposedNotice(name, districtName(L, g.rules, cmd.district))
          : t.orderedNotice(name),
      ),
  };
}

export function orderBuilder(L: Lang, env: BuilderEnv): HTMLElement {
  const t = L.ui.planning;
  const { rules, state, role } = env;
  const session = { setDraft: env.setDraft, selectDistrict: env.selectDistrict };
  const s = { round: env.round, selected: env.selected };
  const reader = { rules, s: state };
  const card = rules.role(role);
  const me = state.roles.find((r) => r.id === role)!;
  const d = env.draft;
  const actions = rules.actions.filter((a) => card.capabilities.includes(a.id));
  const unavailable = actions.map(
    (a) => [a, actionUnavailable(L, rules, state, role, a, s.round)] as const,
  );
  const action = d.action ? rules.actionById.get(d.action) : undefined;
  const parts: Child[] = [];
  const notAvailable = (label: string, why: unknown) => (why ? t.notAvailable(label) : label);

  parts.push(
    field(
      t.actionLabel,
      h(
        'select',
        {
          id: 'draft-action',
          'data-testid': 'draft-action',
          onchange: (ev: Event) =>
            session.setDraft({
              ...EMPTY_DRAFT,
              action: (ev.target as HTMLSelectElement).value,
              district: s.selected ?? '',
            }),
        },
        h('option', { value: '' }, t.chooseAction),
        // Grouped by kind (solo, joint, intelligence, movement), so each option is only its name
        // and cost.
        SHAPES.map((shape) => {
          const here = unavailable.filter(([a]) => a.shape === shape);
          if (here.length === 0) return null;
          return h(
            'optgroup',
            { label: t.shapes[shape] },
            here.map(([a, why]) =>
              h(
                'option',
                { value: a.id, selected: a.id === d.action, disabled: why !== null },
                notAvailable(t.actionOption(actionName(L, a.id), a.cost), why),
              ),
            ),
          );
        }),
      ),
    ),
  );
  const closed = unavailable.filter(([, why]) => why !== null);
  if (closed.length) {
    parts.push(
      h(
        'details',
        { class: 'unavailable', 'data-key': 'unavailable-actions' },
        h('summary', null, t.whyUnavailable(closed.length)),
        h(
          'ul',
          { class: 'reasons' },
          closed.map(([a, why]) =>
            h('li', null, h('strong', null, t.labelled(actionName(L, a.id))), ' ', why),
          ),
        ),
      ),
    );
  }

  if (action) {
    // The action's name again, whole: a narrow select may cut a long French or Spanish name short.
    parts.push(
      h(
        'p',
        { class: 'action-desc' },
        h('strong', { class: 'action-name' }, t.labelled(actionName(L, action.id))),
        ' ',
        actionDescription(L, action),
        ' ',
        h(
          'strong',
          null,
          action.shape === 'joint'
            ? t.costsJoint(action.cost, action.partnerCost ?? 1)
            : t.costs(action.cost),
        ),
      ),
    );
    if (action.shape === 'solo' || action.shape === 'joint') {
      const problems = rules.scenario.districts.map((x) => {
        const p = actionProblem(reader, role, action.id, x.id, true);
        return [x.id, p ? L.msg(p) : null] as [string, string | null];
      });
      parts.push(
        field(
          t.districtLabel,
          h(
            'select',
            {
              id: 'draft-district',
              'data-testid': 'draft-district',
              onchange: (ev: Event) => {
                const v = (ev.target as HTMLSelectElement).value;
                session.setDraft({ district: v });
                session.selectDistrict(v || null);
              },
            },
            h('option', { value: '' }, t.chooseDistrict),
            problems.map(([id, p]) =>
              h(
                'option',
                { value: id, selected: id === d.district, disabled: p !== null },
                notAvailable(districtName(L, rules, id), p),
              ),
            ),
          ),
        ),
      );
      const closedList = closedDistricts(L, rules, problems);
      if (closedList) parts.push(closedList);
    }
    if (action.shape === 'joint') {
      const others = rules.scenario.roles.filter((r) => r.id !== role);
      parts.push(
        h(
          'fieldset',
          { class: 'field' },
          h('legend', null, action.id === 'crowd_control' ? t.partnersCrowd : t.invitePartners),
          others.map((o) => {
            const problem = actionProblem(
              reader,
              o.id,
              action.id,
              d.district || rules.scenario.districts[0]!.id,
              false,
            );
            const why = problem ? L.msg(problem) : null;
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
                  session.setDraft({
                    partners: on ? [...d.partners, o.id] : d.partners.filter((x) => x !== o.id),
                  });
                },
              }),
              roleBadge(L, rules, o.id),
              h(
                'span',
                null,
                ` ${L.text(o.name)}`,
                why ? h('span', { class: 'hint' }, ` \u2014 ${why}`) : null,
              ),
            );
          }),
        ),
      );
      if (action.id === 'crowd_control') {
        parts.push(
          h(
            'fieldset',
            { class: 'field posture', 'data-testid': 'posture' },
            h('legend', null, t.postureLabel),
            POSTURES.map((p) =>
              h(
                'label',
                { class: 'check' },
                h('input', {
                  type: 'radio',
                  name: 'posture',
                  id: `posture-${p}`,
                  value: p,
                  checked: d.posture === p,
                  onchange: () => session.setDraft({ posture: p }),
                }),
                h(
                  'span',
                  null,
                  h('strong', null, L.vocab.postures[p].name),
                  ` \u2014 ${L.vocab.postures[p].description}`,
                ),
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
          t.factLabel,
          h(
            'select',
            {
              id: 'draft-fact',
              'data-testid': 'draft-fact',
              onchange: (ev: Event) =>
                session.setDraft({ fact: (ev.target as HTMLSelectElement).value }),
            },
            h('option', { value: '' }, t.chooseFact),
            facts.map((f) =>
              h('option', { value: f.id, selected: f.id === d.fact }, L.text(f.title)),
            ),
          ),
        ),
        field(
          t.shareWith,
          h(
            'select',
            {
              id: 'draft-to',
              'data-testid': 'draft-to',
              onchange: (ev: Event) =>
                session.setDraft({ to: (ev.target as HTMLSelectElement).value }),
            },
            h('option', { value: '' }, t.chooseRole),
            others.map((o) =>
              h('option', { value: o.id, selected: o.id === d.to }, L.text(o.name)),
            ),
          ),
          t.leakHint,
        ),
      );
    }
    if (action.shape === 'move') {
      const units = state.assets.filter((a) => a.role === role);
      const unit = units.find((u) => u.id === d.asset);
      parts.push(
        field(
          t.unitLabel,
          h(
            'select',
            {
              id: 'draft-asset',
              'data-testid': 'draft-asset',
              onchange: (ev: Event) =>
                session.setDraft({ asset: (ev.target as HTMLSelectElement).value, district: '' }),
            },
            h('option', { value: '' }, t.chooseUnit),
            units.map((u) =>
              h(
                'option',
                { value: u.id, selected: u.id === d.asset },
                t.unitOption(assetName(L, rules, u.id), districtName(L, rules, u.location)),
              ),
            ),
          ),
        ),
      );
      if (unit) {
        parts.push(
          field(
            t.moveTo,
            h(
              'select',
              {
                id: 'draft-district',
                'data-testid': 'draft-district',
                onchange: (ev: Event) =>
                  session.setDraft({ district: (ev.target as HTMLSelectElement).value }),
              },
              h('option', { value: '' }, t.chooseNeighbour),
              rules
                .district(unit.location)
                .neighbours.map((n) =>
                  h('option', { value: n, selected: n === d.district }, districtName(L, rules, n)),
                ),
            ),
          ),
        );
      }
    }
  }

  const { cmd, missing } = draftCommand(L, rules, role, d);
  const refused = cmd ? commandProblem(reader, cmd) : null;
  const problem = refused ? L.msg(refused) : missing;
  const verb = !action
    ? t.verbs.order
    : action.shape === 'joint'
      ? t.verbs.propose
      : action.shape === 'share'
        ? t.verbs.share
        : action.shape === 'move'
          ? t.verbs.move
          : t.verbs.order;
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
      h(
        'p',
        {
          id: 'draft-problem',
          class: `draft-problem${problem && cmd ? ' bad' : ''}`,
          'data-testid': 'draft-problem',
        },
        problem ?? t.ready(me.apLeft - (action?.cost ?? 0)),
      ),
    ),
  );

  return h(
    'form',
    {
      class: 'builder',
      'aria-label': t.newOrder,
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        if (!cmd) return;
        const p = env.submit(cmd);
        if (p) return;
        session.setDraft({ ...EMPTY_DRAFT });
        env.done(cmd, action ? actionName(L, action.id) : cmd.type);
      },
    },
    h('h3', null, env.title ?? (s.round === 1 ? t.newOrderOrProposal : t.newOrder)),
    parts,
  );
}

export function orderLabel(L: Lang, rules: Rules, o: GameState['orders'][number]): string {
  const t = L.ui.planning;
  const a = rules.actionById.get(o.action);
  if (a?.shape === 'share') {
    const fact = rules.factById.get(o.fact ?? '');
    return t.shareLabel(fact ? L.text(fact.title) : (o.fact ?? ''), roleName(L, rules, o.to ?? ''));
  }
  if (a?.shape === 'move')
    return t.moveLabel(assetName(L, rules, o.asset ?? ''), districtName(L, rules, o.district));
  return t.orderLabel(actionName(L, o.action), districtName(L, rules, o.district));
}

/** A partner's answer to a proposal, with its mark: "✔ accepted". */
export function statusWord(L: Lang, status: 'pending' | 'accepted' | 'declined'): string {
  const t = L.ui.planning.status;
  return status === 'accepted'
    ? `\u2714 ${t.accepted}`
    : status === 'declined'
      ? `\u2716 ${t.declined}`
      : `\u2026 ${t.pending}`;
}

function ordersList(L: Lang, session: SessionStore, s: SessionState, role: string): HTMLElement {
  const t = L.ui.planning;
  const { rules, state } = s.game!;
  const mine = state.orders.filter((o) => o.role === role);
  const proposals = state.proposals.filter((p) => p.lead === role);
  const cost = (action: string) =>
    h(
      'span',
      { class: 'muted' },
      ` \u00b7 ${L.ui.common.ap(rules.actionById.get(action)?.cost ?? 0)}`,
    );
  const items: HTMLElement[] = [
    ...mine.map((o) =>
      h(
        'li',
        { class: 'order', 'data-testid': 'my-order' },
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
        { class: 'order proposal', 'data-testid': 'my-proposal' },
        h(
          'span',
          { class: 'order-text' },
          t.orderLabel(actionName(L, p.action), districtName(L, rules, p.district)),
          p.posture ? t.withPosture(L.vocab.postures[p.posture].name) : '',
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

function inbox(L: Lang, session: SessionStore, s: SessionState, role: string): HTMLElement | null {
  const t = L.ui.planning;
  const { rules, state } = s.game!;
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
          { class: `proposal-in status-${status}`, 'data-testid': 'proposal-in' },
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
        );
      }),
    ),
  );
}

export function planningScreen(ctx: ScreenContext): HTMLElement {
  const { session, s, L } = ctx;
  const t = L.ui.planning;
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
        class: 'col-scroll',
        id: 'left-panel',
        role: 'tabpanel',
        'aria-labelledby': tab === 'card' ? 'tab-card' : 'tab-log',
        'data-scroll-key': `left-${tab}`,
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
      { class: 'col-scroll', 'data-scroll-key': 'orders' },
      h(
        'div',
        { class: 'orders-head' },
        h('h2', null, s.round === 1 ? t.round1Title : t.round2Title),
        h(
          'p',
          { class: 'ap-inline' },
          apPips(me.apLeft, rules.role(role).actionPoints),
          ` ${t.apLeft(me.apLeft)}`,
        ),
      ),
      h('p', { class: 'muted' }, s.round === 1 ? t.round1Help : t.round2Help),
      inbox(L, session, s, role),
      orderBuilder(L, sessionBuilder(L, session, s, role)),
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
      ordersList(L, session, s, role),
    ),
    h(
      'div',
      { class: 'col-foot' },
      s.round === 1
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
      h('section', { class: 'col col-center', 'aria-label': L.ui.common.map }, map.el),
      right,
    ),
  );
}
