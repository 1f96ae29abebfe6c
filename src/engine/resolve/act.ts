/**
 * The roll shared by solo and joint actions: modifiers, the d100, the action's effects, and the
 * incidents its success answers. The joint and solo phases add the rules peculiar to them.
 * The chance is worked out by `attemptChance`, which only reads the game, so the chance a team is
 * shown before it commits comes from the same code as the roll.
 */
import type { ActionDef } from '../../format';
import { incidentsAnswered } from '../answers';
import type { Ctx, Reader } from '../context';
import { applyEffects } from '../effects';
import { addLog } from '../log';
import { districtModifiers, intelligenceModifiers, presenceModifiers } from '../modifiers';
import { chanceOf, rollAgainst, type Chance } from '../roll';
import { msg, ref } from '../messages';
import type { DistrictId, EffectRecord, LogEntry, Modifier, Roll, RoleId } from '../types';

export interface Attempt {
  action: ActionDef;
  district: DistrictId;
  lead: RoleId;
  partners: RoleId[];
  /** Escorted civilian work ignores insecurity. */
  escorted?: boolean;
  /** Rules peculiar to this action: posture, lead, intelligence needs. */
  modifiers: Modifier[];
}

export interface AttemptResult {
  roll: Roll;
  effects: EffectRecord[];
  entry: LogEntry;
}

function incidentModifiers(out: Modifier[], ctx: Reader, a: Attempt): void {
  for (const i of incidentsAnswered(ctx.s.incidents, a.action.id, a.district)) {
    out.push({
      value: -Math.trunc(i.def.severity / 4),
      reason: msg('mod.incidentHarder', { incident: i.def.title }),
    });
  }
}

function answerIncidents(ctx: Ctx, a: Attempt): void {
  for (const i of incidentsAnswered(ctx.s.incidents, a.action.id, a.district)) {
    i.answeredBy = [
      ...(i.answeredBy ?? []),
      a.lead,
      ...a.partners.filter((p) => !i.answeredBy?.includes(p)),
    ];
  }
}

/**
 * The chance of an attempt on the game as it stands: the action's base chance and every modifier
 * with its reason, in the order the log lists them. The roll below is made against exactly this;
 * the planning screens show it before a commit (`../chance.ts`).
 */
export function attemptChance(ctx: Reader, a: Attempt): Chance {
  const modifiers: Modifier[] = [];
  presenceModifiers(modifiers, ctx, a.lead, a.district, 2);
  for (const p of a.partners) presenceModifiers(modifiers, ctx, p, a.district, 1);
  intelligenceModifiers(modifiers, ctx, a.action, a.district, [a.lead, ...a.partners]);
  districtModifiers(modifiers, ctx, a.action, a.district, a.escorted ?? false);
  incidentModifiers(modifiers, ctx, a);
  for (const m of a.modifiers) modifiers.push(m);
  return chanceOf(a.action.baseChance, modifiers);
}

export function attempt(
  ctx: Ctx,
  a: Attempt,
  outcomeEffects: (success: boolean) => EffectRecord[],
  kind: 'joint' | 'solo',
): AttemptResult {
  const roles = [a.lead, ...a.partners];
  const r = rollAgainst(ctx, attemptChance(ctx, a));
  const action = ref('action', a.action.id);
  const reason = msg(r.success ? 'fx.actionSucceeded' : 'fx.actionFailed', { action });
  const effects = applyEffects(
    ctx,
    r.success ? a.action.onSuccess : a.action.onFailure,
    a.district,
    reason,
  );
  for (const e of outcomeEffects(r.success)) effects.push(e);
  if (r.success) answerIncidents(ctx, a);
  const who = roles.map((id) => ref('role', id));
  const entry = addLog(ctx, {
    phase: kind,
    kind,
    title: msg(r.success ? 'log.actionSucceeded' : 'log.actionFailed', {
      who,
      action,
      district: ref('district', a.district),
    }),
    roles,
    district: a.district,
    action: a.action.id,
    // Actions are seen on the ground once they happen; what an investigation finds stays with its
    // team.
    visibleTo: a.action.id === 'investigate' ? roles : 'all',
    roll: r,
    effects,
  });
  return { roll: r, effects, entry };
}
