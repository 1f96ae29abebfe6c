/**
 * The master events list as the console shows it: each inject's status (fired, scheduled, skipped,
 * to come), its trigger and recipients in words, and the order the list is read in.
 */
import { describeMetric, type GameState, type Rules } from '../../engine';
import type { Lang } from '../../i18n';
import type { InjectDef } from '../../format';
import { releasedByFacilitator } from '../../debrief/model';
import { roleName } from '../text';

/** When an inject fires, in words: "Scripted for turn 3", "When the highest tension in Market is at
 * least 60". */
export function triggerWords(L: Lang, rules: Rules, inj: InjectDef): string {
  const t = L.ui.facilitator;
  const trigger = inj.trigger;
  if ('turn' in trigger) return t.scripted(trigger.turn);
  const metric = L.msg(describeMetric(rules, trigger.condition.metric));
  const from = trigger.from && trigger.from > 1 ? trigger.from : 0;
  return trigger.condition.comparison === 'atLeast'
    ? t.whenAtLeast(metric, trigger.condition.value, from)
    : t.whenAtMost(metric, trigger.condition.value, from);
}

/** `unfired`: still to come, or scheduled, when the exercise ended; it never will fire. */
export type InjectStatusKind = 'fired' | 'scheduled' | 'skipped' | 'pending' | 'unfired';
export type InjectStatus = { kind: InjectStatusKind; text: string };

export function injectStatus(L: Lang, state: GameState, inj: InjectDef): InjectStatus {
  const t = L.ui.facilitator;
  if (state.firedInjects.includes(inj.id)) {
    const e = state.log.find((x) => x.kind === 'inject' && x.inject === inj.id);
    return {
      kind: 'fired',
      text: e ? (releasedByFacilitator(e) ? t.firedReleased(e.turn) : t.firedOn(e.turn)) : t.fired,
    };
  }
  const sched = state.scheduledInjects.find((x) => x.inject === inj.id);
  if (sched && sched.turn === 0) return { kind: 'skipped', text: t.skipped };
  if (state.status === 'ended') return { kind: 'unfired', text: t.notFired };
  if (sched) return { kind: 'scheduled', text: t.scheduledFor(sched.turn) };
  return { kind: 'pending', text: t.toCome };
}

export function recipientsWords(L: Lang, rules: Rules, inj: InjectDef): string {
  return inj.recipients === 'all'
    ? L.ui.facilitator.everyone
    : L.f.list(inj.recipients.map((r) => roleName(L, rules, r)));
}

export interface InjectRow {
  inj: InjectDef;
  status: InjectStatus;
}

const READING_ORDER: Record<InjectStatusKind, number> = {
  pending: 0,
  unfired: 0,
  scheduled: 1,
  skipped: 2,
  fired: 3,
};

/** The list the facilitator works through: what is still to come first, what fired last; the
 * scenario's order within each. */
export function injectRows(L: Lang, rules: Rules, state: GameState): InjectRow[] {
  return rules.scenario.injects
    .map((inj, i) => ({ inj, i, status: injectStatus(L, state, inj) }))
    .sort((a, b) => READING_ORDER[a.status.kind] - READING_ORDER[b.status.kind] || a.i - b.i)
    .map(({ inj, status }) => ({ inj, status }));
}

export function countByStatus(rows: InjectRow[]): Record<InjectStatusKind, number> {
  const out: Record<InjectStatusKind, number> = {
    pending: 0,
    scheduled: 0,
    skipped: 0,
    fired: 0,
    unfired: 0,
  };
  for (const r of rows) out[r.status.kind]++;
  return out;
}

/** The turns an inject can still be scheduled for: after this one, up to the last. */
export function schedulableTurns(rules: Rules, state: GameState): number[] {
  return Array.from(
    { length: Math.max(0, rules.scenario.turns - state.turn) },
    (_, i) => state.turn + 1 + i,
  );
}
