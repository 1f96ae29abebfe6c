/**
 * The order builder's reasoning, without the form: the command a draft describes (or what it still
 * lacks), why an action is closed to a role this round, and the districts grouped by the reason
 * they are closed. The engine's legality checks decide; this only asks them and words the answer.
 */
import {
  actionProblem,
  orderProblem,
  type ActionDef,
  type Command,
  type GameState,
  type Rules,
} from '../../engine';
import type { Lang } from '../../i18n';
import type { Draft } from '../../store';
import { districtName } from '../text';

/**
 * An action's description in the window's language; a scenario's own action keeps its own words.
 */
export function actionDescription(L: Lang, a: ActionDef): string {
  return (
    (L.vocab.actions as Record<string, { description: string } | undefined>)[a.id]?.description ??
    a.description
  );
}

/** The command the draft describes, or the first thing still missing. */
export function draftCommand(
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

/** Why `role` cannot take action `a` at all this round, or null when some choice of it is open. */
export function actionUnavailable(
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

/** Each district with why `role` may not take `action` there (null when it may). */
export function districtProblems(
  L: Lang,
  rules: Rules,
  state: GameState,
  role: string,
  action: string,
): [string, string | null][] {
  return rules.scenario.districts.map((x) => {
    const p = actionProblem({ rules, s: state }, role, action, x.id, true);
    return [x.id, p ? L.msg(p) : null];
  });
}

/** The closed districts grouped by their reason: [reason, district names], in first-seen order. */
export function districtsByReason(
  L: Lang,
  rules: Rules,
  problems: [string, string | null][],
): [string, string[]][] {
  const byReason = new Map<string, string[]>();
  for (const [id, p] of problems)
    if (p) byReason.set(p, [...(byReason.get(p) ?? []), districtName(L, rules, id)]);
  return [...byReason];
}

/** The submit button's verb for the action chosen: order, propose, share or move. */
export function draftVerb(L: Lang, action: ActionDef | undefined): string {
  const v = L.ui.planning.verbs;
  if (!action) return v.order;
  return action.shape === 'joint'
    ? v.propose
    : action.shape === 'share'
      ? v.share
      : action.shape === 'move'
        ? v.move
        : v.order;
}
