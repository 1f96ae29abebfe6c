/**
 * The after-action review, built by a pure function of a finished (or paused) game's state:
 * its log, its per-turn snapshots and the facilitator's notes. Shaped like a real after-action
 * report (DESIGN.md, "Debrief"); the screens and the exporters only present it.
 */
import type { Metric, ObjectiveDef } from '../scenario/types';
import type { Reader } from '../engine/context';
import { compare, measure } from '../engine/metrics';
import type { Rules } from '../engine/rules';
import type { EffectRecord, Evaluation, GameState, Improvement, LogEntry, RoleId, TurnRecord } from '../engine/types';

export interface ObjectiveReport {
  id: string;
  description: string;
  role?: RoleId;
  target: string;
  value: number;
  met: boolean;
  weight: number;
  /** Value after each turn, from turn 0 (the start). */
  series: number[];
  /** The log entries that moved it most, largest first. */
  evidence: { entry: number; turn: number; title: string; change: number }[];
  evaluation?: Evaluation;
}

export interface TimelineItem {
  entry: number;
  turn: number;
  phase: LogEntry['phase'];
  kind: LogEntry['kind'];
  title: string;
  roles: RoleId[];
  district?: string;
  success?: boolean;
  annotation?: string;
}

export interface Series {
  label: string;
  /** One value per turn from turn 0. */
  values: number[];
}

export interface KeyMoment {
  entry: number;
  turn: number;
  title: string;
  roles: RoleId[];
  /** Sum of how far every indicator and trust value moved. */
  swing: number;
  why: string;
}

export interface FactStory {
  fact: string;
  title: string;
  /** Who held it, from which turn, and how they came to. */
  holders: { role: RoleId; fromTurn: number; how: string }[];
  shares: { turn: number; from: RoleId; to: RoleId; leaked: boolean }[];
  /** Roles whose actions it would have helped but who never held it. */
  neverReached: RoleId[];
  incidents: { title: string; district: string; opened: number; closed?: number; status: string }[];
}

export interface RoleReport {
  role: RoleId;
  name: string;
  actions: number;
  successes: number;
  jointActions: number;
  sharesGiven: number;
  sharesReceived: number;
  outsideMandate: number;
  strengths: string[];
  improvements: string[];
}

export interface Coordination {
  jointActions: number;
  soloActions: number;
  /** Percent of actions that were joint, 0–100. */
  jointShare: number;
  lapsedProposals: number;
  factsShared: number;
  /** Facts that would have helped another role and never reached it. */
  factsHeld: number;
  leaks: number;
  incidentsResolved: number;
  incidentsFailed: number;
  /** Incidents that failed while a role held intelligence that would have changed them. */
  heldIntelIncidents: { entry: number; turn: number; title: string }[];
  /** Mean turns from an incident opening to its closing, in tenths of a turn (integer). */
  responseTimeTenths: number | null;
}

export interface Debrief {
  overview: {
    title: string;
    summary: string;
    setting: string;
    learningObjectives: string[];
    seed: string;
    turnsPlayed: number;
    turns: number;
    ended: boolean;
    score: number | null;
    won: boolean | null;
    reason: string | null;
  };
  objectives: ObjectiveReport[];
  privateObjectives: ObjectiveReport[];
  timeline: { turn: number; items: TimelineItem[] }[];
  charts: {
    indicators: { id: string; name: string; goodWhen: 'high' | 'low' }[];
    /** Mission-wide average of each indicator, per turn. */
    mission: Series[];
    /** Per district, per indicator (same order as `indicators`). */
    districts: { district: string; name: string; series: Series[] }[];
    trust: Series[];
  };
  keyMoments: KeyMoment[];
  coordination: Coordination;
  roles: RoleReport[];
  questions: { text: string; source: 'scenario' | 'game' }[];
  annotations: { entry: number; turn: number; title: string; note: string }[];
  facilitatorActions: { entry: number; turn: number; title: string }[];
  facts: FactStory[];
  evaluations: Evaluation[];
  improvements: Improvement[];
}

/** A reader over one turn's snapshot, so objectives can be measured at every turn. */
function snapshotReader(rules: Rules, state: GameState, record: Pick<TurnRecord, 'districts' | 'trust' | 'counters'>): Reader {
  return {
    rules,
    s: {
      ...state,
      districts: state.districts.map((d, i) => ({ id: d.id, values: record.districts[i] ?? d.values })),
      trust: state.trust.map((t, i) => ({ ...t, value: record.trust[i] ?? t.value })),
      counters: rules.counters.map((id, i) => ({ id, value: record.counters[i] ?? 0 })),
    },
  };
}

function startRecord(rules: Rules): Pick<TurnRecord, 'districts' | 'trust' | 'counters'> {
  const sc = rules.scenario;
  return {
    districts: sc.districts.map((d) => rules.indicators.map((i) => d.indicators[i.id] ?? 0)),
    trust: rules.pairs.map(
      ([a, b]) => sc.trust?.find((t) => t.roles.includes(a) && t.roles.includes(b))?.value ?? sc.defaultTrust,
    ),
    counters: rules.counters.map(() => 0),
  };
}

function metricTouches(metric: Metric, e: EffectRecord): number {
  switch (metric.kind) {
    case 'average':
    case 'max':
    case 'min':
      return e.kind === 'indicator' && e.indicator === metric.indicator && (!metric.districts || metric.districts.includes(e.district))
        ? e.after - e.before
        : 0;
    case 'counter':
      return e.kind === 'counter' && e.counter === metric.counter ? e.after - e.before : 0;
    case 'pairTrust':
      return e.kind === 'trust' && metric.roles.every((r) => e.roles.includes(r)) ? e.after - e.before : 0;
    case 'averageTrust':
      return e.kind === 'trust' ? e.after - e.before : 0;
  }
}

function objectiveReport(rules: Rules, state: GameState, readers: Reader[], o: ObjectiveDef, role?: RoleId): ObjectiveReport {
  const series = readers.map((r) => measure(r, o.metric));
  const value = measure({ rules, s: state }, o.metric);
  const evidence = state.log
    .map((e) => ({ e, change: e.effects.reduce((a, x) => a + metricTouches(o.metric, x), 0) }))
    .filter((x) => x.change !== 0)
    // What moved it most, towards the target or away from it: the debrief shows both.
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.e.id - b.e.id)
    .slice(0, 4)
    .map(({ e, change }) => ({ entry: e.id, turn: e.turn, title: e.title, change }));
  const evaluation = state.evaluations.find((x) => x.objective === o.id);
  return {
    id: o.id,
    description: o.description,
    ...(role ? { role } : {}),
    target: `${o.comparison === 'atLeast' ? 'at least' : 'at most'} ${o.value}`,
    value,
    met: compare(value, o.comparison, o.value),
    weight: o.weight,
    series,
    evidence,
    ...(evaluation ? { evaluation } : {}),
  };
}

function swing(e: LogEntry): number {
  return e.effects.reduce((a, x) => a + (x.kind === 'indicator' || x.kind === 'trust' ? Math.abs(x.after - x.before) : 0), 0);
}

function why(e: LogEntry): string {
  if (!e.roll) return e.detail ?? '';
  const mods = e.roll.modifiers.filter((m) => m.value !== 0).map((m) => `${m.value > 0 ? '+' : ''}${m.value} ${m.reason}`);
  return `chance ${e.roll.chance}% (base ${e.roll.base}${mods.length ? `; ${mods.join('; ')}` : ''}), rolled ${e.roll.roll}`;
}

const ACTION_KINDS = new Set<LogEntry['kind']>(['joint', 'solo', 'share', 'move']);

function factStories(rules: Rules, state: GameState): FactStory[] {
  return rules.scenario.intelligence.map((f) => {
    const holders = f.knownBy.map((role) => ({ role, fromTurn: 1, how: 'held from the start' }));
    const shares: FactStory['shares'] = [];
    for (const e of state.log) {
      for (const x of e.effects) {
        if (x.kind !== 'fact' || x.fact !== f.id) continue;
        for (const role of x.to) if (!holders.some((h) => h.role === role)) holders.push({ role, fromTurn: e.turn, how: x.reason });
      }
      if (e.kind === 'share' && e.fact === f.id) {
        const leaked = state.log.some((l) => l.kind === 'leak' && l.fact === f.id && l.turn === e.turn && l.roles[1] === e.roles[1]);
        shares.push({ turn: e.turn, from: e.roles[0]!, to: e.roles[1]!, leaked });
      }
    }
    const neverReached = rules.scenario.roles
      .filter((r) => !holders.some((h) => h.role === r.id) && f.helps.some((a) => r.capabilities.includes(a)))
      .map((r) => r.id);
    const incidents = state.incidents
      .filter((i) => i.def.relatedFact === f.id)
      .map((i) => ({ title: i.def.title, district: i.district, opened: i.openedTurn, ...(i.closedTurn ? { closed: i.closedTurn } : {}), status: i.status }));
    return { fact: f.id, title: f.title, holders, shares, neverReached, incidents };
  });
}

function coordination(state: GameState, facts: FactStory[]): Coordination {
  const rolled = state.log.filter((e) => e.roll && (e.kind === 'joint' || e.kind === 'solo'));
  const joint = rolled.filter((e) => e.kind === 'joint').length;
  const solo = rolled.length - joint;
  const closed = state.incidents.filter((i) => i.closedTurn !== undefined);
  const held = state.log.filter((e) => e.effects.some((x) => x.kind === 'counter' && x.counter === 'heldIntelMattered'));
  return {
    jointActions: joint,
    soloActions: solo,
    jointShare: rolled.length ? Math.round((100 * joint) / rolled.length) : 0,
    lapsedProposals: state.log.filter((e) => e.kind === 'joint' && !e.roll).length,
    factsShared: state.log.filter((e) => e.kind === 'share').length,
    factsHeld: facts.filter((f) => f.neverReached.length > 0).length,
    leaks: state.log.filter((e) => e.kind === 'leak').length,
    incidentsResolved: state.incidents.filter((i) => i.status === 'resolved').length,
    incidentsFailed: state.incidents.filter((i) => i.status === 'failed').length,
    heldIntelIncidents: held.map((e) => ({ entry: e.id, turn: e.turn, title: e.title })),
    responseTimeTenths: closed.length
      ? Math.round((10 * closed.reduce((a, i) => a + (i.closedTurn! - i.openedTurn), 0)) / closed.length)
      : null,
  };
}

function roleReports(rules: Rules, state: GameState, facts: FactStory[], privates: ObjectiveReport[]): RoleReport[] {
  return rules.scenario.roles.map((card) => {
    const mine = state.log.filter((e) => e.roll && (e.kind === 'joint' || e.kind === 'solo') && e.roles.includes(card.id));
    const successes = mine.filter((e) => e.roll!.success).length;
    const joint = mine.filter((e) => e.kind === 'joint').length;
    const given = state.log.filter((e) => e.kind === 'share' && e.roles[0] === card.id).length;
    const received = state.log.filter((e) => e.kind === 'share' && e.roles[1] === card.id).length;
    const outside = mine.filter((e) => e.roles[0] === card.id && e.roll!.modifiers.some((m) => m.reason.includes('outside the'))).length;
    const withheld = facts.filter((f) => f.holders.some((h) => h.role === card.id) && f.neverReached.length > 0);
    const priv = privates.find((p) => p.role === card.id);
    const strengths: string[] = [];
    const improvements: string[] = [];
    if (mine.length && successes * 100 >= 60 * mine.length) strengths.push(`Most of its actions succeeded (${successes} of ${mine.length}).`);
    if (mine.length && successes * 100 < 40 * mine.length) improvements.push(`Fewer than half of its actions succeeded (${successes} of ${mine.length}): check units on site and intelligence before acting.`);
    if (mine.length && joint * 100 >= 40 * mine.length) strengths.push(`Worked jointly: ${joint} of its ${mine.length} actions were joint.`);
    else if (mine.length) improvements.push(`Rarely acted jointly (${joint} of ${mine.length} actions).`);
    if (given > 0) strengths.push(`Shared intelligence ${given} time${given === 1 ? '' : 's'}.`);
    for (const f of withheld) {
      const names = f.neverReached.map((r) => rules.role(r).name).join(', ');
      improvements.push(`Held "${f.title}", which would have helped ${names}, and never passed it on.`);
    }
    if (outside > 0) improvements.push(`Acted alone on another component's mandate ${outside} time${outside === 1 ? '' : 's'}.`);
    if (priv) (priv.met ? strengths : improvements).push(`Private objective ${priv.met ? 'met' : 'not met'}: ${priv.description} (${priv.value}).`);
    return {
      role: card.id,
      name: card.name,
      actions: mine.length,
      successes,
      jointActions: joint,
      sharesGiven: given,
      sharesReceived: received,
      outsideMandate: outside,
      strengths,
      improvements,
    };
  });
}

function questions(rules: Rules, d: Pick<Debrief, 'objectives' | 'keyMoments' | 'coordination' | 'facts'>): Debrief['questions'] {
  const out: Debrief['questions'] = rules.scenario.debriefQuestions.map((text) => ({ text, source: 'scenario' as const }));
  for (const f of d.facts) {
    const failed = f.incidents.find((i) => i.status === 'failed');
    if (failed && f.neverReached.length) {
      const holders = f.holders.map((h) => rules.role(h.role).name).join(' and ');
      out.push({ text: `${holders} knew "${f.title}" before "${failed.title}" failed on turn ${failed.closed ?? failed.opened}. What stopped it from being shared?`, source: 'game' });
    }
  }
  const top = d.keyMoments[0];
  if (top) out.push({ text: `The largest swing came on turn ${top.turn}: ${top.title} What decision led to it, and what would you repeat or change?`, source: 'game' });
  for (const o of d.objectives.filter((x) => !x.met)) out.push({ text: `What would it have taken to meet "${o.description}"?`, source: 'game' });
  if (d.coordination.leaks > 0) out.push({ text: 'Intelligence leaked during the exercise. How could trust have been built before sharing it?', source: 'game' });
  if (d.coordination.jointShare < 30) out.push({ text: `Only ${d.coordination.jointShare}% of actions were joint. What kept the components apart?`, source: 'game' });
  return out;
}

export function buildDebrief(rules: Rules, state: GameState): Debrief {
  const sc = rules.scenario;
  const records = [startRecord(rules), ...state.history];
  const readers = records.map((r) => snapshotReader(rules, state, r));
  const objectives = sc.objectives.map((o) => objectiveReport(rules, state, readers, o));
  const privateObjectives = sc.roles.map((r) => objectiveReport(rules, state, readers, r.privateObjective, r.id));
  const notes = new Map<number, string>();
  for (const a of state.annotations) notes.set(a.entry, notes.has(a.entry) ? `${notes.get(a.entry)} / ${a.note}` : a.note);

  const turns = [...new Set(state.log.map((e) => e.turn))];
  const timeline = turns.map((turn) => ({
    turn,
    items: state.log
      .filter((e) => e.turn === turn && e.kind !== 'briefing' && e.kind !== 'drift' && !(e.kind === 'event' && !e.effects.length))
      .map((e) => ({
        entry: e.id,
        turn: e.turn,
        phase: e.phase,
        kind: e.kind,
        title: e.title,
        roles: e.roles,
        ...(e.district ? { district: e.district } : {}),
        ...(e.roll && ACTION_KINDS.has(e.kind) ? { success: e.roll.success } : {}),
        ...(notes.has(e.id) ? { annotation: notes.get(e.id)! } : {}),
      })),
  }));

  const averageOf = (i: number) => records.map((r) => Math.round(r.districts.reduce((a, d) => a + (d[i] ?? 0), 0) / Math.max(1, r.districts.length)));
  const charts = {
    indicators: rules.indicators.map((i) => ({ id: i.id, name: i.name, goodWhen: i.goodWhen })),
    mission: rules.indicators.map((ind, i) => ({ label: ind.name, values: averageOf(i) })),
    districts: sc.districts.map((d, di) => ({
      district: d.id,
      name: d.name,
      series: rules.indicators.map((ind, i) => ({ label: ind.name, values: records.map((r) => r.districts[di]?.[i] ?? 0) })),
    })),
    trust: rules.pairs.map(([a, b], pi) => ({ label: `${rules.role(a).name} – ${rules.role(b).name}`, values: records.map((r) => r.trust[pi] ?? 0) })),
  };

  const keyMoments = state.log
    .filter((e) => e.kind !== 'drift' && swing(e) > 0)
    .sort((a, b) => swing(b) - swing(a) || a.id - b.id)
    .slice(0, 6)
    .map((e) => ({ entry: e.id, turn: e.turn, title: e.title, roles: e.roles, swing: swing(e), why: why(e) }));

  const facts = factStories(rules, state);
  const coord = coordination(state, facts);
  const o = state.outcome;
  const partial = { objectives, keyMoments, coordination: coord, facts };
  return {
    overview: {
      title: sc.title,
      summary: sc.summary,
      setting: sc.setting,
      learningObjectives: sc.learningObjectives,
      seed: state.seed,
      turnsPlayed: state.history.length,
      turns: sc.turns,
      ended: state.status === 'ended',
      score: o?.score ?? null,
      won: o?.won ?? null,
      reason: o?.reason ?? null,
    },
    objectives,
    privateObjectives,
    timeline,
    charts,
    keyMoments,
    coordination: coord,
    roles: roleReports(rules, state, facts, privateObjectives),
    questions: questions(rules, partial),
    annotations: state.annotations.map((a) => {
      const e = state.log.find((x) => x.id === a.entry);
      return { entry: a.entry, turn: e?.turn ?? 0, title: e?.title ?? '', note: a.note };
    }),
    facilitatorActions: state.log.filter((e) => e.kind === 'facilitator').map((e) => ({ entry: e.id, turn: e.turn, title: e.title })),
    facts,
    evaluations: state.evaluations,
    improvements: state.improvements,
  };
}
