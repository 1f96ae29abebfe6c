/** Words for what the engine records: effects, rolls, phases, names. Plain strings only. */
import type { EffectRecord, LogEntry, Phase, Roll, Rules } from '../engine';

export const PHASE_TITLES: Record<Phase, string> = {
  briefing: 'Briefing',
  sharing: 'Intelligence sharing',
  movement: 'Movement',
  joint: 'Joint actions',
  solo: 'Solo actions',
  incidents: 'Incidents',
  drift: 'Drift of indicators',
  objectives: 'Objectives',
  facilitator: 'Facilitator',
};

export function districtName(rules: Rules, id: string | undefined): string {
  if (!id) return '';
  return rules.districtIndex.has(id) ? rules.district(id).name : id;
}

export function roleName(rules: Rules, id: string): string {
  return rules.roleIndex.has(id) ? rules.role(id).name : id;
}

export function roleShort(rules: Rules, id: string): string {
  return rules.roleIndex.has(id) ? rules.role(id).short : id;
}

export function indicatorName(rules: Rules, id: string): string {
  return rules.indicators.find((i) => i.id === id)?.name ?? id;
}

/** `civilianHarm` → `Civilian harm`. */
export function counterName(id: string): string {
  const words = id.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function assetName(rules: Rules, id: string): string {
  for (const r of rules.scenario.roles) {
    const a = r.assets.find((x) => x.id === id);
    if (a) return a.name;
  }
  return id;
}

export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${Math.abs(n)}` : '\u00b10';
}

export function listWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
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
export function effectText(rules: Rules, e: EffectRecord): string {
  const why = e.reason ? ` (${e.reason})` : '';
  switch (e.kind) {
    case 'indicator':
      return `${indicatorName(rules, e.indicator)} in ${districtName(rules, e.district)} ${e.before} \u2192 ${e.after}${why}`;
    case 'trust':
      return `Trust between ${roleName(rules, e.roles[0])} and ${roleName(rules, e.roles[1])} ${e.before} \u2192 ${e.after}${why}`;
    case 'counter':
      return `${counterName(e.counter)} ${e.before} \u2192 ${e.after}${why}`;
    case 'fact': {
      const title = rules.factById.get(e.fact)?.title ?? e.fact;
      return `\u201c${title}\u201d now known to ${listWords(e.to.map((r) => roleName(rules, r)))}${why}`;
    }
    case 'incident':
      return `New incident in ${districtName(rules, e.district)}: ${e.title}${why}`;
    case 'asset':
      return `${assetName(rules, e.asset)} moved from ${districtName(rules, e.from)} to ${districtName(rules, e.to)}${why}`;
    case 'readiness':
      return `Readiness of ${assetName(rules, e.asset)} ${e.before} \u2192 ${e.after}${why}`;
  }
}

/** What success of a roll means for this entry: most rolls are an action succeeding. */
export function rollOutcome(entry: LogEntry, roll: Roll): string {
  if (entry.kind === 'share') return roll.success ? 'it leaked' : 'it did not leak';
  if (entry.kind === 'event') return roll.success ? 'an event card was drawn' : 'no event this turn';
  return roll.success ? 'success' : 'failure';
}

/** Whether the entry's roll went the mission's way (a leak or a drawn event card does not). */
export function rollIsGood(entry: LogEntry, roll: Roll): boolean {
  if (entry.kind === 'share' || entry.kind === 'event') return !roll.success;
  return roll.success;
}

/** When the modifiers push the chance past its limits, a note saying so. */
export function clampNote(roll: Roll): string | null {
  const raw = roll.base + roll.modifiers.reduce((a, m) => a + m.value, 0);
  if (raw === roll.chance) return null;
  return `The sum is ${raw}%; it is kept at ${roll.chance}% because nothing is certain.`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
