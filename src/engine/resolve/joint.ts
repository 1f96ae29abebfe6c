/**
 * Phase "joint": coordinated actions that every invited partner accepted. The rules that make
 * coordination the lesson live here: who leads a joint patrol, the posture and mix of a crowd
 * control, the intelligence a raid needs, and the trust each outcome builds or costs.
 */
import type { Ctx } from '../context';
import { addLog } from '../log';
import type { Modifier, Posture, Proposal, RoleId } from '../types';
import { changeCounter, changeIndicator, changeTrust } from '../values';
import { partnerTrustModifiers } from '../modifiers';
import { attempt } from './act';
import { msg, ref } from '../messages';
import type { EffectRecord } from '../types';

const kindOf = (ctx: Ctx, role: RoleId) => ctx.rules.role(role).kind;

function isPopulated(ctx: Ctx, district: string): boolean {
  const all = ctx.rules.scenario.districts;
  const average = all.reduce((a, d) => a + d.population, 0) / all.length;
  return ctx.rules.district(district).population >= average;
}

function isHighThreat(ctx: Ctx, district: string): boolean {
  const d = ctx.s.districts[ctx.rules.districtIndex.get(district) ?? -1];
  const sec = d?.values[ctx.rules.indicatorIndex.get('security') ?? -1] ?? 50;
  const threatIndex = ctx.rules.indicatorIndex.get('threat');
  const threat = threatIndex === undefined ? 0 : (d?.values[threatIndex] ?? 0);
  return sec < 40 || threat >= 50;
}

interface Special {
  modifiers: Modifier[];
  onOutcome: (success: boolean) => EffectRecord[];
}

function jointPatrol(ctx: Ctx, p: Proposal, partners: RoleId[]): Special {
  const leadKind = kindOf(ctx, p.lead);
  const hasPolice = [p.lead, ...partners].some((r) => kindOf(ctx, r) === 'police');
  const modifiers: Modifier[] = [];
  const policeLeadsPopulated = leadKind === 'police' && isPopulated(ctx, p.district);
  const militaryLeadsThreat = leadKind === 'military' && isHighThreat(ctx, p.district);
  if (militaryLeadsThreat) modifiers.push({ value: 10, reason: msg('mod.militaryLeadThreat') });
  if (leadKind === 'military' && isPopulated(ctx, p.district) && !isHighThreat(ctx, p.district)) {
    modifiers.push({ value: -5, reason: msg('mod.soldiersUnsettle') });
  }
  if (!hasPolice) modifiers.push({ value: -10, reason: msg('mod.noPolice') });
  return {
    modifiers,
    onOutcome: (success) => {
      if (!success) return [];
      const out: (EffectRecord | undefined)[] = [];
      if (policeLeadsPopulated)
        out.push(changeIndicator(ctx, p.district, 'trust', 4, msg('fx.policeLedPopulated')));
      if (militaryLeadsThreat) {
        out.push(
          ctx.rules.indicatorIndex.has('threat')
            ? changeIndicator(ctx, p.district, 'threat', -6, msg('fx.militarySuppressed'))
            : changeIndicator(ctx, p.district, 'security', 3, msg('fx.militarySuppressed')),
        );
      }
      return out.filter((e): e is EffectRecord => e !== undefined);
    },
  };
}

const POSTURE_EFFECTS: Record<
  Posture,
  { success: [string, number][]; failure: [string, number][]; harmOnFailure: boolean }
> = {
  negotiate: {
    success: [
      ['tension', -4],
      ['trust', 3],
    ],
    failure: [['tension', 2]],
    harmOnFailure: false,
  },
  contain: { success: [['tension', -2]], failure: [['trust', -1]], harmOnFailure: false },
  disperse: {
    success: [['trust', -4]],
    failure: [
      ['tension', 6],
      ['trust', -4],
    ],
    harmOnFailure: true,
  },
};

function crowdControl(ctx: Ctx, p: Proposal, partners: RoleId[]): Special {
  const posture = p.posture ?? 'contain';
  const tension =
    ctx.s.districts[ctx.rules.districtIndex.get(p.district) ?? -1]?.values[
      ctx.rules.indicatorIndex.get('tension') ?? -1
    ] ?? 50;
  const kinds = partners.map((r) => kindOf(ctx, r));
  const mediators = kinds.includes('civilian');
  const cordon = kinds.includes('military');
  const modifiers: Modifier[] = [];
  if (kindOf(ctx, p.lead) !== 'police')
    modifiers.push({ value: -15, reason: msg('mod.notPoliceLed') });
  if (posture === 'negotiate') {
    modifiers.push(
      mediators
        ? { value: 15, reason: msg('mod.mediators') }
        : { value: -10, reason: msg('mod.noMediators') },
    );
    if (tension >= 80) modifiers.push({ value: -10, reason: msg('mod.tooHeated', { tension }) });
  }
  if (posture === 'contain') {
    modifiers.push({ value: 5, reason: msg('mod.containCautious') });
    if (cordon) modifiers.push({ value: 10, reason: msg('mod.cordon') });
    if (mediators) modifiers.push({ value: 5, reason: msg('mod.mediatorsTalk') });
  }
  if (posture === 'disperse') {
    modifiers.push({ value: 15, reason: msg('mod.forceClears') });
    if (tension >= 60)
      modifiers.push({
        value: -Math.trunc((tension - 40) / 2),
        reason: msg('mod.angryCrowd', { tension }),
      });
    if (cordon) modifiers.push({ value: -5, reason: msg('mod.soldiersFacing') });
  }
  const fx = POSTURE_EFFECTS[posture];
  return {
    modifiers,
    onOutcome: (success) => {
      const out = (success ? fx.success : fx.failure).map(([ind, d]) =>
        changeIndicator(
          ctx,
          p.district,
          ind,
          d,
          msg('fx.posture', { posture: ref('posture', posture) }),
        ),
      );
      if (!success && fx.harmOnFailure)
        out.push(changeCounter(ctx, 'civilianHarm', 1, msg('fx.harmDispersed')));
      if (!success && posture !== 'negotiate' && tension >= 70) {
        out.push(changeCounter(ctx, 'civilianHarm', 1, msg('fx.harmEscalated')));
      }
      return out.filter((e): e is EffectRecord => e !== undefined);
    },
  };
}

function jointRaid(ctx: Ctx, p: Proposal, partners: RoleId[]): Special {
  const roles = [p.lead, ...partners];
  const hasTarget = ctx.rules.scenario.intelligence.some(
    (f) =>
      f.district === p.district &&
      !ctx.s.compromised.includes(f.id) &&
      roles.some((r) => ctx.s.roles.find((x) => x.id === r)?.knows.includes(f.id)),
  );
  const modifiers: Modifier[] = hasTarget ? [] : [{ value: -25, reason: msg('mod.noTarget') }];
  if (!roles.some((r) => kindOf(ctx, r) === 'military'))
    modifiers.push({ value: -10, reason: msg('mod.noMilitary') });
  return { modifiers, onOutcome: () => [] };
}

function special(ctx: Ctx, p: Proposal, partners: RoleId[]): Special {
  switch (p.action) {
    case 'joint_patrol':
      return jointPatrol(ctx, p, partners);
    case 'crowd_control':
      return crowdControl(ctx, p, partners);
    case 'joint_raid':
      return jointRaid(ctx, p, partners);
    default:
      return { modifiers: [], onOutcome: () => [] };
  }
}

export function jointActions(ctx: Ctx): void {
  for (const p of ctx.s.proposals) {
    const action = ctx.rules.action(p.action);
    const partners = p.partners.filter((_, i) => p.responses[i] === 'accepted');
    const absent = p.partners.filter((_, i) => p.responses[i] !== 'accepted');
    if (partners.length === 0 && p.action !== 'crowd_control') {
      addLog(ctx, {
        phase: 'joint',
        kind: 'joint',
        title: msg('log.proposalLapsed', {
          lead: ref('role', p.lead),
          action: ref('action', action.id),
          district: ref('district', p.district),
        }),
        roles: [p.lead, ...p.partners],
        district: p.district,
        action: p.action,
        visibleTo: [p.lead, ...p.partners],
        effects: [],
      });
      continue;
    }
    const sp = special(ctx, p, partners);
    if (absent.length > 0) {
      sp.modifiers.push({
        value: 0,
        reason: msg('mod.absent', { roles: absent.map((r) => ref('role', r)) }),
      });
    }
    partnerTrustModifiers(sp.modifiers, ctx, p.lead, partners);
    attempt(
      ctx,
      {
        action,
        district: p.district,
        lead: p.lead,
        partners,
        escorted: p.action === 'escorted_aid',
        modifiers: sp.modifiers,
      },
      (success) => {
        const out = sp.onOutcome(success);
        for (const r of partners) {
          const why = msg(success ? 'fx.jointSucceeded' : 'fx.jointFailed');
          const e = changeTrust(ctx, p.lead, r, success ? 3 : -2, why);
          if (e) out.push(e);
        }
        if (partners.length > 0)
          out.push(changeCounter(ctx, 'jointActions', 1, msg('fx.jointCarriedOut')));
        return out;
      },
      'joint',
    );
  }
}
