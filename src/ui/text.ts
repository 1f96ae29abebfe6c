/**
 * Words for what the engine records (effects, rolls, phases, names) in the window's language.
 * Every function takes the `Lang` first; scenario names go through `L.text`, ids that name nothing
 * known are shown as they are rather than dropped.
 */
import type { EffectRecord, LogEntry, Phase, Roll, Rules } from '../engine';
import type { Lang } from '../i18n';
import { rollWentWell } from '../debrief/model';

export function phaseTitle(L: Lang, phase: Phase): string {
  return L.vocab.phases[phase];
}

export function districtName(L: Lang, rules: Rules, id: string | undefined): string {
  if (!id) return '';
  return rules.districtIndex.has(id) ? L.text(rules.district(id).name) : id;
}

export function roleName(L: Lang, rules: Rules, id: string): string {
  return rules.roleIndex.has(id) ? L.text(rules.role(id).name) : id;
}

export function roleShort(L: Lang, rules: Rules, id: string): string {
  return rules.roleIndex.has(id) ? L.text(rules.role(id).short) : id;
}

export function indicatorName(L: Lang, _rules: Rules, id: string): string {
  return L.word({ ref: 'indicator', id });
}

export function actionName(L: Lang, id: string): string {
  return L.word({ ref: 'action', id });
}

export function counterName(L: Lang, id: string): string {
  return L.word({ ref: 'counter', id });
}

export function assetName(L: Lang, rules: Rules, id: string): string {
  for (const r of rules.scenario.roles) {
    const a = r.assets.find((x) => x.id === id);
    if (a) return L.text(a.name);
  }
  return id;
}

/** Whether a change is good for the mission, when that can be said. */
export function effectTone(rules: Rules, e: EffectRecord): 'good' | 'bad' | 'neutral' {
  if (!('before' in e) || e.before === e.after) return 'neutral';
  const up = e.after > e.before;
  if (e.kind === 'indicator') {
    const def = rules.indicators.find((i) => i.id === e.indicator);
    if (!def) return 'neutral';
    return (def.goodWhen === 'high') === up ? 'good' : 'bad';
  }
  if (e.kind === 'trust' || e.kind === 'readiness') return up ? 'good' : 'bad';
  if (e.kind === 'counter') {
    const bad = ['civilianHarm', 'incidentsFailed', 'leaks', 'heldIntelMattered'];
    const good = ['incidentsResolved', 'arrests', 'jointActions', 'factsShared'];
    if (bad.includes(e.counter)) return up ? 'bad' : 'good';
    if (good.includes(e.counter)) return up ? 'good' : 'bad';
  }
  return 'neutral';
}

/** "Security in Port Lissa 42 → 50 (Joint patrol succeeded)". */
export function effectText(L: Lang, rules: Rules, e: EffectRecord): string {
  const t = L.ui.effects;
  const what = effectWhat(L, rules, e);
  return t.withReason(what, L.msg(e.reason));
}

function effectWhat(L: Lang, rules: Rules, e: EffectRecord): string {
  const t = L.ui.effects;
  switch (e.kind) {
    case 'indicator':
      return t.indicator(
        indicatorName(L, rules, e.indicator),
        districtName(L, rules, e.district),
        e.before,
        e.after,
      );
    case 'trust':
      return t.trust(
        roleName(L, rules, e.roles[0]),
        roleName(L, rules, e.roles[1]),
        e.before,
        e.after,
      );
    case 'counter':
      return t.counter(counterName(L, e.counter), e.before, e.after);
    case 'fact': {
      const fact = rules.factById.get(e.fact);
      return t.fact(
        fact ? L.text(fact.title) : e.fact,
        L.f.list(e.to.map((r) => roleName(L, rules, r))),
      );
    }
    case 'incident':
      return t.incident(districtName(L, rules, e.district), L.text(e.title));
    case 'asset':
      return t.asset(
        assetName(L, rules, e.asset),
        districtName(L, rules, e.from),
        districtName(L, rules, e.to),
      );
    case 'readiness':
      return t.readiness(assetName(L, rules, e.asset), e.before, e.after);
  }
}

/** What success of a roll means for this entry: most rolls are an action succeeding. */
export function rollOutcome(L: Lang, entry: LogEntry, roll: Roll): string {
  const t = L.ui.effects;
  if (entry.kind === 'share') return roll.success ? t.leaked : t.notLeaked;
  if (entry.kind === 'event') return roll.success ? t.cardDrawn : t.noEvent;
  return roll.success ? t.success : t.failure;
}

/** Whether the entry's roll went the mission's way (a leak or a drawn event card does not). */
export function rollIsGood(entry: LogEntry, roll: Roll): boolean {
  return rollWentWell({ kind: entry.kind, roll }) ?? roll.success;
}

/** When the modifiers push the chance past its limits, a note saying so. */
export function clampNote(
  L: Lang,
  roll: Pick<Roll, 'base' | 'modifiers' | 'chance'>,
): string | null {
  const raw = roll.base + roll.modifiers.reduce((a, m) => a + m.value, 0);
  if (raw === roll.chance) return null;
  return L.ui.effects.clamped(L.f.percent(raw), L.f.percent(roll.chance));
}
