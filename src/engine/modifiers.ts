/**
 * The modifiers to an action's chance, each with the reason a trainee reads in the log.
 * All arithmetic is on integers; `Math.trunc` keeps divisions whole and symmetric around zero.
 */
import type { Ctx } from './context';
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

/** Unit presence and readiness of one role in a district. */
export function presenceModifiers(
  ctx: Ctx,
  role: RoleId,
  district: DistrictId,
  weight: 1 | 2 = 2,
): Modifier[] {
  const name = ref('role', role);
  const onSite = ctx.s.assets.filter((a) => a.role === role && a.location === district);
  if (onSite.length > 0) {
    const best = Math.max(...onSite.map((a) => a.readiness));
    const readiness = Math.trunc((best - 60) / 5);
    return [
      { value: 5 * weight, reason: msg('mod.unitOnSite', { role: name }) },
      ...(readiness !== 0
        ? [{ value: readiness, reason: msg('mod.readiness', { role: name, value: best }) }]
        : []),
    ];
  }
  const neighbours = ctx.rules.district(district).neighbours;
  const near = ctx.s.assets.some((a) => a.role === role && neighbours.includes(a.location));
  return [
    near
      ? { value: 0, reason: msg('mod.fromNeighbour', { role: name }) }
      : { value: -10 * weight, reason: msg('mod.noUnitInReach', { role: name }) },
  ];
}

/** Facts known to any participant that help this action here, unless a leak spoiled them. */
export function intelligenceModifiers(
  ctx: Ctx,
  action: ActionDef,
  district: DistrictId,
  roles: RoleId[],
): Modifier[] {
  const out: Modifier[] = [];
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
  return out;
}

export function districtModifiers(
  ctx: Ctx,
  action: ActionDef,
  district: DistrictId,
  escorted: boolean,
): Modifier[] {
  const out: Modifier[] = [];
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
  return out;
}

/** A joint action runs as well as its partners trust each other: ±10 at the extremes. */
export function partnerTrustModifier(ctx: Ctx, lead: RoleId, partners: RoleId[]): Modifier[] {
  return partners.map((p) => {
    const t = pairTrust(ctx, lead, p);
    return {
      value: Math.trunc((t - 50) / 5),
      reason: msg('mod.partnerTrust', { a: ref('role', lead), b: ref('role', p), trust: t }),
    };
  });
}

export function outsideMandateModifier(ctx: Ctx, action: ActionDef, role: RoleId): Modifier[] {
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
