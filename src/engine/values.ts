/**
 * Reading and changing game values. Every change is clamped to 0–100, kept an integer, and
 * returned as an `EffectRecord` so the log can say what moved and why.
 */
import type { Ctx, Reader } from './context';
import type { DistrictId, EffectRecord, IndicatorId, Msg, RoleId } from './types';

export const clamp = (v: number, lo = 0, hi = 100): number =>
  Math.min(hi, Math.max(lo, Math.round(v)));

export function indicatorValue(ctx: Reader, district: DistrictId, indicator: IndicatorId): number {
  const d = ctx.s.districts[ctx.rules.districtIndex.get(district) ?? -1];
  const i = ctx.rules.indicatorIndex.get(indicator);
  return d && i !== undefined ? (d.values[i] ?? 0) : 0;
}

export function changeIndicator(
  ctx: Ctx,
  district: DistrictId,
  indicator: IndicatorId,
  delta: number,
  reason: Msg,
): EffectRecord | undefined {
  const d = ctx.s.districts[ctx.rules.districtIndex.get(district) ?? -1];
  const i = ctx.rules.indicatorIndex.get(indicator);
  if (!d || i === undefined) return undefined;
  const before = d.values[i] ?? 0;
  const after = clamp(before + delta);
  d.values[i] = after;
  return { kind: 'indicator', district, indicator, before, after, reason };
}

export function pairIndex(ctx: Reader, a: RoleId, b: RoleId): number {
  return ctx.s.trust.findIndex((t) => (t.a === a && t.b === b) || (t.a === b && t.b === a));
}

export function pairTrust(ctx: Reader, a: RoleId, b: RoleId): number {
  return ctx.s.trust[pairIndex(ctx, a, b)]?.value ?? 50;
}

export function changeTrust(
  ctx: Ctx,
  a: RoleId,
  b: RoleId,
  delta: number,
  reason: Msg,
): EffectRecord | undefined {
  const t = ctx.s.trust[pairIndex(ctx, a, b)];
  if (!t || a === b) return undefined;
  const before = t.value;
  t.value = clamp(before + delta);
  return { kind: 'trust', roles: [t.a, t.b], before, after: t.value, reason };
}

export function counterValue(ctx: Reader, counter: string): number {
  return ctx.s.counters.find((c) => c.id === counter)?.value ?? 0;
}

export function changeCounter(ctx: Ctx, counter: string, delta: number, reason: Msg): EffectRecord {
  let c = ctx.s.counters.find((x) => x.id === counter);
  if (!c) {
    c = { id: counter, value: 0 };
    ctx.s.counters.push(c);
  }
  const before = c.value;
  c.value = Math.max(0, Math.round(before + delta));
  return { kind: 'counter', counter, before, after: c.value, reason };
}

export function knows(ctx: Reader, role: RoleId, fact: string): boolean {
  return ctx.s.roles.find((r) => r.id === role)?.knows.includes(fact) ?? false;
}

/** Adds facts to a role, keeping scenario order so the state hash does not depend on timing. */
export function learnFact(ctx: Ctx, role: RoleId, fact: string): boolean {
  const r = ctx.s.roles.find((x) => x.id === role);
  if (!r || r.knows.includes(fact)) return false;
  r.knows.push(fact);
  r.knows.sort((x, y) => (ctx.rules.factOrder.get(x) ?? 0) - (ctx.rules.factOrder.get(y) ?? 0));
  return true;
}
