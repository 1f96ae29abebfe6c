/**
 * The modifiers to an action's chance, each with the reason a trainee reads in the log.
 * All arithmetic is on integers; `Math.trunc` keeps divisions whole and symmetric around zero.
 * They only read the game (a `Reader`): the resolution calls them just before its roll, and the
 * planning screens call them on the game as it stands, for the chance shown before a commit.
 */
import type { Reader } from './context';
import type { ActionDef } from '../format';
import { indicatorValue, pairTrust } from './values';
import { msg, ref } from './messages';
import type { DistrictId, Modifier, RoleId } from './types';

const SECURITY_ACTIONS = new Set([
  'patrol',
  'checkpoint',
  'arrest',
  'cordon_search',
  'joint_patrol',
  'joint_raid',
]);
const CIVILIAN_WORK = new Set([
  'community_meeting',
  'aid_delivery',
  'mediation',
  'public_information',
]);

/** Adds the presence and readiness of one role's units in a district. */
export function presenceModifiers(
  out: Modifier[],
  ctx: Reader,
  role: RoleId,
  district: DistrictId,
  weight: 1 | 2,
): void {
  const name = ref('role', role);
  let onSite = false;
  let best = -Infinity;
  for (const a of ctx.s.assets) {
    if (a.role !== role || a.location !== district) continue;
    onSite = true;
    best = Math.max(best, a.readiness);
  }
  if (onSite) {
    const readiness = Math.trunc((best - 60) / 5);
    out.push({ value: 5 * weight, reason: msg('mod.unitOnSite', { role: name }) });
    if (readiness !== 0)
      out.push({ value: readiness, reason: msg('mod.readiness', { role: name, value: best }) });
    return;
  }
  const neighbours = ctx.rules.district(district).neighbours;
  const near = ctx.s.assets.some((a) => a.role === role && neighbours.includes(a.location));
  out.push(
    near
      ? { value: 0, reason: msg('mod.fromNeighbour', { role: name }) }
      : { value: -10 * weight, reason: msg('mod.noUnitInReach', { role: name }) },
  );
}

/** Adds the facts known to any participant that help this action here, unless a leak spoiled
 * them. */
export function intelligenceModifiers(
  out: Modifier[],
  ctx: Reader,
  action: ActionDef,
  district: DistrictId,
  roles: RoleId[],
): void {
  for (const fact of ctx.rules.scenario.intelligence) {
    if (!fact.helps.includes(action.id)) continue;
    if (fact.district !== undefined && fact.district !== district) continue;
    if (!roles.some((r) => ctx.s.roles.find((x) => x.id === r)?.knows.includes(fact.id))) continue;
    if (ctx.s.compromised.includes(fact.id)) {
      out.push({ value: 0, reason: msg('mod.factLeaked', { fact: ref('fact', fact.id) }) });
      continue;
    }
    out.push({
      value: fact.bonus,
      reason: msg('mod.intelligence', { fact: ref('fact', fact.id) }),
    });
  }
}

/** Adds what the district's state does to the action. */
export function districtModifiers(
  out: Modifier[],
  ctx: Reader,
  action: ActionDef,
  district: DistrictId,
  escorted: boolean,
): void {
  const tension = indicatorValue(ctx, district, 'tension');
  const security = indicatorValue(ctx, district, 'security');
  const trust = indicatorValue(ctx, district, 'trust');
  if (SECURITY_ACTIONS.has(action.id) && tension >= 60) {
    out.push({
      value: -Math.trunc((tension - 55) / 5),
      reason: msg('mod.hostileCrowds', { tension }),
    });
  }
  if (CIVILIAN_WORK.has(action.id) && security < 40 && !escorted) {
    out.push({
      value: -Math.trunc((40 - security) / 2),
      reason: msg('mod.insecurity', { security }),
    });
  }
  if (
    (action.id === 'investigate' || action.id === 'arrest' || action.id === 'joint_raid') &&
    trust >= 60
  ) {
    out.push({ value: 5, reason: msg('mod.communityCooperates', { trust }) });
  }
  if (
    (action.id === 'investigate' || action.id === 'arrest' || action.id === 'joint_raid') &&
    trust < 30
  ) {
    out.push({ value: -10, reason: msg('mod.nobodyTalks', { trust }) });
  }
}

/** Adds how well a joint action runs for the trust between its lead and each partner: ±10 at
 * the extremes. */
export function partnerTrustModifiers(
  out: Modifier[],
  ctx: Reader,
  lead: RoleId,
  partners: RoleId[],
): void {
  for (const p of partners) {
    const t = pairTrust(ctx, lead, p);
    out.push({
      value: Math.trunc((t - 50) / 5),
      reason: msg('mod.partnerTrust', { a: ref('role', lead), b: ref('role', p), trust: t }),
    });
  }
}

export function outsideMandateModifier(ctx: Reader, action: ActionDef, role: RoleId): Modifier[] {
  const kind = ctx.rules.role(role).kind;
  if (!action.domain || action.domain === kind) return [];
  return [
    {
      value: -10,
      reason: msg('mod.outsideMandate', {
        action: ref('action', action.id),
        kind: ref('kind', kind),
      }),
    },
  ];
}
