/**
 * Phase "joint": coordinated actions that every invited partner accepted. The rules that make
 * coordination the lesson live here: who leads a joint patrol, the posture and mix of a crowd
 * control, the intelligence a raid needs, and the trust each outcome builds or costs.
 */
import type { Ctx, Reader } from '../context';
import { addLog } from '../log';
import type { Modifier, Posture, Proposal, ProposalStatus, RoleId } from '../types';
import { changeCounter, changeIndicator, changeTrust } from '../values';
import { partnerTrustModifiers } from '../modifiers';
import { attempt, type Attempt } from './act';
import { msg, ref } from '../messages';
import type { EffectRecord } from '../types';

const kindOf = (ctx: Reader, role: RoleId) => ctx.rules.role(role).kind;

function isPopulated(ctx: Reader, district: string): boolean {
  const all = ctx.rules.scenario.districts;
  const average = all.reduce((a, d) => a + d.population, 0) / all.length;
  return ctx.rules.district(district).population >= average;
}

function isHighThreat(ctx: Reader, district: string): boolean {
  const d = ctx.s.districts[ctx.rules.districtIndex.get(district) ?? -1];
  const sec = d?.values[ctx.rules.indicatorIndex.get('security') ?? -1] ?? 50;
  const threatIndex = ctx.rules.indicatorIndex.get('threat');
  const threat = threatIndex === undefined ? 0 : (d?.values[threatIndex] ?? 0);
  return sec < 40 || threat >= 50;
}

/**
 * The rules peculiar to a joint action: its modifiers, worked out from the game before the roll,
 * and what its outcome does, which changes the game (`ctx`) only once the roll is made.
 */
interface Special {
  modifiers: Modifier[];
  onOutcome: (ctx: Ctx, success: boolean) => EffectRecord[];
}

function jointPatrol(game: Reader, p: Proposal, partners: RoleId[]): Special {
  const leadKind = kindOf(game, p.lead);
  const hasPolice = [p.lead, ...partners].some((r) => kindOf(game, r) === 'police');
  const modifiers: Modifier[] = [];
  const policeLeadsPopulated = leadKind === 'police' && isPopulated(game, p.district);
  const militaryLeadsThreat = leadKind === 'military' && isHighThreat(game, p.district);
  if (militaryLeadsThreat) modifiers.push({ value: 10, reason: msg('mod.militaryLeadThreat') });
  if (leadKind === 'military' && isPopulated(game, p.district) && !isHighThreat(game, p.district)) {
    modifiers.push({ value: -5, reason: msg('mod.soldiersUnsettle') });
  }
  if (!hasPolice) modifiers.push({ value: -10, reason: msg('mod.noPolice') });
  return {
    modifiers,
    onOutcome: (ctx, success) => {
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

function crowdControl(game: Reader, p: Proposal, partners: RoleId[]): Special {
  const posture = p.posture ?? 'contain';
  const tension =
    game.s.districts[game.rules.districtIndex.get(p.district) ?? -1]?.values[
      game.rules.indicatorIndex.get('tension') ?? -1
    ] ?? 50;
  const kinds = partners.map((r) => kindOf(game, r));
  const mediators = kinds.includes('civilian');
  const cordon = kinds.includes('military');
  const modifiers: Modifier[] = [];
  if (kindOf(game, p.lead) !== 'police')
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
    onOutcome: (ctx, success) => {
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

function jointRaid(game: Reader, p: Proposal, partners: RoleId[]): Special {
  const roles = [p.lead, ...partners];
  const hasTarget = game.rules.scenario.intelligence.some(
    (f) =>
      f.district === p.district &&
      !game.s.compromised.includes(f.id) &&
      roles.some((r) => game.s.roles.find((x) => x.id === r)?.knows.includes(f.id)),
  );
  const modifiers: Modifier[] = hasTarget ? [] : [{ value: -25, reason: msg('mod.noTarget') }];
  if (!roles.some((r) => kindOf(game, r) === 'military'))
    modifiers.push({ value: -10, reason: msg('mod.noMilitary') });
  return { modifiers, onOutcome: () => [] };
}

function special(game: Reader, p: Proposal, partners: RoleId[]): Special {
  switch (p.action) {
    case 'joint_patrol':
      return jointPatrol(game, p, partners);
    case 'crowd_control':
      return crowdControl(game, p, partners);
    case 'joint_raid':
      return jointRaid(game, p, partners);
    default:
      return { modifiers: [], onOutcome: () => [] };
  }
}

/** What a joint action tries once its partners have answered, as the roll takes it. */
export interface JointPlan {
  attempt: Attempt;
  /** The partners taking part: those who accepted. */
  partners: RoleId[];
  onOutcome: Special['onOutcome'];
}

/**
 * The attempt a proposal makes with the partners whose answer in `responses` is accepted (the
 * proposal's own answers at the roll; the planning screens may ask "if they accept"), or null
 * when it lapses: nobody accepted, and only crowd control may go alone. Reads the game only.
 */
export function jointPlan(
  game: Reader,
  p: Proposal,
  responses: readonly ProposalStatus[] = p.responses,
): JointPlan | null {
  const action = game.rules.action(p.action);
  const partners = p.partners.filter((_, i) => responses[i] === 'accepted');
  const absent = p.partners.filter((_, i) => responses[i] !== 'accepted');
  if (partners.length === 0 && p.action !== 'crowd_control') return null;
  const sp = special(game, p, partners);
  if (absent.length > 0) {
    sp.modifiers.push({
      value: 0,
      reason: msg('mod.absent', { roles: absent.map((r) => ref('role', r)) }),
    });
  }
  partnerTrustModifiers(sp.modifiers, game, p.lead, partners);
  return {
    attempt: {
      action,
      district: p.district,
      lead: p.lead,
      partners,
      escorted: p.action === 'escorted_aid',
      modifiers: sp.modifiers,
    },
    partners,
    onOutcome: sp.onOutcome,
  };
}

export function jointActions(ctx: Ctx): void {
  for (const p of ctx.s.proposals) {
    const plan = jointPlan(ctx, p);
    if (!plan) {
      addLog(ctx, {
        phase: 'joint',
        kind: 'joint',
        title: msg('log.proposalLapsed', {
          lead: ref('role', p.lead),
          action: ref('action', p.action),
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
    const { partners } = plan;
    attempt(
      ctx,
      plan.attempt,
      (success) => {
        const out = plan.onOutcome(ctx, success);
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
