/** Orders, proposals and commands in words, as the teams, the console and the what-if list them. */
import type { Command, GameState, Rules } from '../../engine';
import type { Lang } from '../../i18n';
import { actionName, assetName, districtName, roleName, roleShort } from '../text';

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

/** "Joint patrol in Aldera", with the crowd-control posture when there is one. */
export function proposalLabel(
  L: Lang,
  rules: Rules,
  p: { action: string; district: string; posture?: string | undefined },
): string {
  const t = L.ui.planning;
  const what = t.orderLabel(actionName(L, p.action), districtName(L, rules, p.district));
  return p.posture ? `${what}${t.withPosture(L.word({ ref: 'posture', id: p.posture }))}` : what;
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

/** A recorded or planned command of a team, as the what-if lists them. */
export function commandLabel(L: Lang, rules: Rules, c: Command): string {
  if (c.type === 'order')
    return orderLabel(L, rules, {
      id: 0,
      role: c.role,
      action: c.action,
      district: c.district,
      ...(c.fact ? { fact: c.fact } : {}),
      ...(c.to ? { to: c.to } : {}),
      ...(c.asset ? { asset: c.asset } : {}),
    });
  if (c.type === 'propose') {
    const what = proposalLabel(L, rules, c);
    return c.partners.length
      ? L.ui.replay.proposalWith(what, L.f.list(c.partners.map((p) => roleShort(L, rules, p))))
      : L.ui.replay.proposalAlone(what);
  }
  return c.type;
}
