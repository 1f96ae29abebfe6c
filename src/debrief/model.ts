/**
 * The after-action review, built by a pure function of a finished (or paused) game's state:
 * its log, its per-turn snapshots and the facilitator's notes. Shaped like a real after-action
 * report (DESIGN.md, "Debrief"); the screens and the exporters only present it.
 *
 * The model is worded in one language: `buildDebrief(rules, state, L)` puts every sentence, name
 * and engine message in `L`'s language (numbers stay numbers). The screen builds it in the
 * window's language; an export in another language builds it again with that language's `Lang`.
 *
 * Kept in one file (about 650 lines): the report's sections read the same snapshots and share
 * their wording helpers, and the file reads in the order of the report itself.
 */
import type { Lang } from '../i18n';
import type { Metric, ObjectiveDef } from '../format';
import type { Reader } from '../engine/context';
import { compare, measure } from '../engine/metrics';
import type { Rules } from '../engine/rules';
import type {
  EffectRecord,
  Evaluation,
  GameState,
  Improvement,
  LogEntry,
  RoleId,
  TurnRecord,
} from '../engine/types';

export interface ObjectiveReport {
  id: string;
  description: string;
  role?: RoleId;
  /** The target in words ("at least 60"). */
  target: string;
  comparison: 'atLeast' | 'atMost';
  /** The target's number. */
  goal: number;
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
  /** Whether its roll went the mission's way (`rollWentWell`): a share that did not leak did. */
  success?: boolean;
  /** The facilitator overruled it, for this reason: its outcome no longer stands. */
  overruled?: string;
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
  /** Who held it, from which turn, and how they came to (`fromStart`: held when the exercise
   * began). */
  holders: { role: RoleId; fromTurn: number; how: string; fromStart: boolean }[];
  shares: { turn: number; from: RoleId; to: RoleId; leaked: boolean }[];
  /** Roles whose actions it would have helped but who never held it. */
  neverReached: RoleId[];
  incidents: {
    title: string;
    district: string;
    opened: number;
    closed?: number;
    status: 'open' | 'resolved' | 'failed';
  }[];
}

/**
 * A team's message, opened to all in the debrief. Beside `FactStory.shares` of the same turn it
 * shows what was said next to what was shared.
 */
export interface MessageItem {
  entry: number;
  turn: number;
  /** When it was sent (epoch ms, stamped by the host). */
  at: number;
  from: RoleId;
  to: RoleId | 'all';
  /** As the team wrote it. */
  text: string;
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
  /** Messages the teams wrote, to one team or to all. */
  messages: number;
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
  /** `overrule` marks the facilitator overruling an outcome. */
  facilitatorActions: { entry: number; turn: number; title: string; overrule: boolean }[];
  /** Injects the facilitator released by hand. */
  releasedInjects: { entry: number; turn: number; title: string }[];
  facts: FactStory[];
  /** What the teams said to each other, in order, for "who knew what, when". */
  messages: MessageItem[];
  evaluations: Evaluation[];
  improvements: Improvement[];
}

/** A reader over one turn's snapshot, so objectives can be measured at every turn. */
function snapshotReader(
  rules: Rules,
  state: GameState,
  record: Pick<TurnRecord, 'districts' | 'trust' | 'counters'>,
): Reader {
  return {
    rules,
    s: {
      ...state,
      districts: state.districts.map((d, i) => ({
        id: d.id,
        values: record.districts[i] ?? d.values,
      })),
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
      ([a, b]) =>
        sc.trust?.find((t) => t.roles.includes(a) && t.roles.includes(b))?.value ?? sc.defaultTrust,
    ),
    counters: rules.counters.map(() => 0),
  };
}

function metricTouches(metric: Metric, e: EffectRecord): number {
  switch (metric.kind) {
    case 'average':
    case 'max':
    case 'min':
      return e.kind === 'indicator' &&
        e.indicator === metric.indicator &&
        (!metric.districts || metric.districts.includes(e.district))
        ? e.after - e.before
        : 0;
    case 'counter':
      return e.kind === 'counter' && e.counter === metric.counter ? e.after - e.before : 0;
    case 'pairTrust':
      return e.kind === 'trust' && metric.roles.every((r) => e.roles.includes(r))
        ? e.after - e.before
        : 0;
    case 'averageTrust':
      return e.kind === 'trust' ? e.after - e.before : 0;
  }
}

/**
 * An indicator's name: the scenario's own for one it defines, the language's for a standard one.
 */
export function indicatorLabel(L: Lang, rules: Rules, id: string): string {
  const custom = rules.scenario.indicators?.find((i) => i.id === id);
  return custom ? L.text(custom.name) : L.word({ ref: 'indicator', id });
}

/** A title made a sentence: a final full stop when it has no closing punctuation ("Pumps fail" →
 * "Pumps fail."). */
export function sentence(s: string): string {
  return /[.!?…:;»”"')]\s*$/.test(s) ? s : `${s}.`;
}

/** A sentence made a clause inside another: its final full stop dropped. */
function clause(s: string): string {
  return s.replace(/\.\s*$/, '');
}

function roleLabel(L: Lang, rules: Rules, id: RoleId): string {
  return rules.roleIndex.has(id) ? L.text(rules.role(id).name) : id;
}

function objectiveReport(
  L: Lang,
  rules: Rules,
  state: GameState,
  readers: Reader[],
  o: ObjectiveDef,
  role?: RoleId,
): ObjectiveReport {
  const series = readers.map((r) => measure(r, o.metric));
  const value = measure({ rules, s: state }, o.metric);
  const evidence = state.log
    .map((e) => ({ e, change: e.effects.reduce((a, x) => a + metricTouches(o.metric, x), 0) }))
    .filter((x) => x.change !== 0)
    // What moved it most, towards the target or away from it: the debrief shows both.
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.e.id - b.e.id)
    .slice(0, 4)
    .map(({ e, change }) => ({ entry: e.id, turn: e.turn, title: L.msg(e.title), change }));
  const evaluation = state.evaluations.find((x) => x.objective === o.id);
  return {
    id: o.id,
    description: L.text(o.description),
    ...(role ? { role } : {}),
    target: o.comparison === 'atLeast' ? L.ui.report.atLeast(o.value) : L.ui.report.atMost(o.value),
    comparison: o.comparison,
    goal: o.value,
    value,
    met: compare(value, o.comparison, o.value),
    weight: o.weight,
    series,
    evidence,
    ...(evaluation ? { evaluation } : {}),
  };
}

function swing(e: LogEntry): number {
  return e.effects.reduce(
    (a, x) => a + (x.kind === 'indicator' || x.kind === 'trust' ? Math.abs(x.after - x.before) : 0),
    0,
  );
}

function why(L: Lang, e: LogEntry): string {
  if (!e.roll) return e.detail ? L.msg(e.detail) : '';
  const t = L.ui.report;
  const mods = e.roll.modifiers
    .filter((m) => m.value !== 0)
    .map((m) => t.modifier(m.value, L.msg(m.reason)));
  return t.rollWhy(
    L.f.percent(e.roll.chance),
    L.f.num(e.roll.base),
    mods.join(t.listSeparator),
    L.f.num(e.roll.roll),
  );
}

const ACTION_KINDS = new Set<LogEntry['kind']>(['joint', 'solo', 'share', 'move']);

/**
 * Whether an entry's roll went the mission's way. Most rolls are an action succeeding; a share's
 * roll is whether the fact leaked, and an event's whether a card was drawn, so their success is
 * bad news.
 */
export function rollWentWell(e: Pick<LogEntry, 'kind' | 'roll'>): boolean | undefined {
  if (!e.roll) return undefined;
  return e.kind === 'share' || e.kind === 'event' ? !e.roll.success : e.roll.success;
}

/**
 * The reason each overruled entry was overruled, by entry id. The engine logs the rulings in the
 * order it adds their entries to `state.overruled`, so the two lists pair up one for one.
 */
function rulings(state: GameState): Map<number, string> {
  const reasons = state.log.flatMap((e) =>
    e.kind === 'facilitator' && e.title.key === 'fac.overruled' ? [e.title.args.reason] : [],
  );
  return new Map(state.overruled.map((entry, i) => [entry, reasons[i] ?? '']));
}

function factStories(L: Lang, rules: Rules, state: GameState): FactStory[] {
  return rules.scenario.intelligence.map((f) => {
    const holders: FactStory['holders'] = f.knownBy.map((role) => ({
      role,
      fromTurn: 1,
      how: L.ui.report.heldFromStart,
      fromStart: true,
    }));
    const shares: FactStory['shares'] = [];
    for (const e of state.log) {
      for (const x of e.effects) {
        if (x.kind !== 'fact' || x.fact !== f.id) continue;
        for (const role of x.to)
          if (!holders.some((h) => h.role === role))
            holders.push({ role, fromTurn: e.turn, how: L.msg(x.reason), fromStart: false });
      }
      if (e.kind === 'share' && e.fact === f.id) {
        const leaked = state.log.some(
          (l) =>
            l.kind === 'leak' && l.fact === f.id && l.turn === e.turn && l.roles[1] === e.roles[1],
        );
        shares.push({ turn: e.turn, from: e.roles[0]!, to: e.roles[1]!, leaked });
      }
    }
    const neverReached = rules.scenario.roles
      .filter(
        (r) =>
          !holders.some((h) => h.role === r.id) && f.helps.some((a) => r.capabilities.includes(a)),
      )
      .map((r) => r.id);
    const incidents = state.incidents
      .filter((i) => i.def.relatedFact === f.id)
      .map((i) => ({
        title: L.text(i.def.title),
        district: i.district,
        opened: i.openedTurn,
        ...(i.closedTurn ? { closed: i.closedTurn } : {}),
        status: i.status,
      }));
    return { fact: f.id, title: L.text(f.title), holders, shares, neverReached, incidents };
  });
}

function coordination(L: Lang, state: GameState, facts: FactStory[]): Coordination {
  const rolled = state.log.filter((e) => e.roll && (e.kind === 'joint' || e.kind === 'solo'));
  const joint = rolled.filter((e) => e.kind === 'joint').length;
  const solo = rolled.length - joint;
  const closed = state.incidents.filter((i) => i.closedTurn !== undefined);
  const held = state.log.filter((e) =>
    e.effects.some((x) => x.kind === 'counter' && x.counter === 'heldIntelMattered'),
  );
  return {
    jointActions: joint,
    soloActions: solo,
    jointShare: rolled.length ? Math.round((100 * joint) / rolled.length) : 0,
    lapsedProposals: state.log.filter((e) => e.kind === 'joint' && !e.roll).length,
    factsShared: state.log.filter((e) => e.kind === 'share').length,
    factsHeld: facts.filter((f) => f.neverReached.length > 0).length,
    leaks: state.log.filter((e) => e.kind === 'leak').length,
    messages: state.log.filter((e) => e.kind === 'message').length,
    incidentsResolved: state.incidents.filter((i) => i.status === 'resolved').length,
    incidentsFailed: state.incidents.filter((i) => i.status === 'failed').length,
    heldIntelIncidents: held.map((e) => ({ entry: e.id, turn: e.turn, title: L.msg(e.title) })),
    responseTimeTenths: closed.length
      ? Math.round(
          (10 * closed.reduce((a, i) => a + (i.closedTurn! - i.openedTurn), 0)) / closed.length,
        )
      : null,
  };
}

function roleReports(
  L: Lang,
  rules: Rules,
  state: GameState,
  facts: FactStory[],
  privates: ObjectiveReport[],
): RoleReport[] {
  const t = L.ui.report;
  return rules.scenario.roles.map((card) => {
    const mine = state.log.filter(
      (e) => e.roll && (e.kind === 'joint' || e.kind === 'solo') && e.roles.includes(card.id),
    );
    const successes = mine.filter((e) => e.roll!.success).length;
    const joint = mine.filter((e) => e.kind === 'joint').length;
    const given = state.log.filter((e) => e.kind === 'share' && e.roles[0] === card.id).length;
    const received = state.log.filter((e) => e.kind === 'share' && e.roles[1] === card.id).length;
    const outside = mine.filter(
      (e) =>
        e.roles[0] === card.id &&
        e.roll!.modifiers.some((m) => m.reason.key === 'mod.outsideMandate'),
    ).length;
    const withheld = facts.filter(
      (f) => f.holders.some((h) => h.role === card.id) && f.neverReached.length > 0,
    );
    const priv = privates.find((p) => p.role === card.id);
    const strengths: string[] = [];
    const improvements: string[] = [];
    if (mine.length && successes * 100 >= 60 * mine.length)
      strengths.push(t.mostSucceeded(successes, mine.length));
    if (mine.length && successes * 100 < 40 * mine.length)
      improvements.push(t.fewSucceeded(successes, mine.length));
    if (mine.length && joint * 100 >= 40 * mine.length)
      strengths.push(t.workedJointly(joint, mine.length));
    else if (mine.length) improvements.push(t.rarelyJoint(joint, mine.length));
    if (given > 0) strengths.push(t.sharedIntel(given));
    for (const f of withheld)
      improvements.push(
        t.heldBack(f.title, L.f.list(f.neverReached.map((r) => roleLabel(L, rules, r)))),
      );
    if (outside > 0) improvements.push(t.actedAlone(outside));
    if (priv) {
      if (priv.met) strengths.push(t.privateMet(clause(priv.description), priv.value));
      else improvements.push(t.privateNotMet(clause(priv.description), priv.value));
    }
    return {
      role: card.id,
      name: L.text(card.name),
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

function questions(
  L: Lang,
  rules: Rules,
  d: Pick<Debrief, 'objectives' | 'keyMoments' | 'coordination' | 'facts'>,
): Debrief['questions'] {
  const t = L.ui.report;
  const out: Debrief['questions'] = rules.scenario.debriefQuestions.map((q) => ({
    text: L.text(q),
    source: 'scenario' as const,
  }));
  for (const f of d.facts) {
    const failed = f.incidents.find((i) => i.status === 'failed');
    if (failed && f.neverReached.length) {
      const holders = L.f.list(f.holders.map((h) => roleLabel(L, rules, h.role)));
      out.push({
        text: t.questionHeld(holders, f.title, failed.title, failed.closed ?? failed.opened),
        source: 'game',
      });
    }
  }
  const top = d.keyMoments[0];
  if (top) out.push({ text: t.questionSwing(top.turn, sentence(top.title)), source: 'game' });
  for (const o of d.objectives.filter((x) => !x.met))
    out.push({ text: t.questionUnmet(clause(o.description)), source: 'game' });
  if (d.coordination.leaks > 0) out.push({ text: t.questionLeaks, source: 'game' });
  if (d.coordination.jointShare < 30)
    out.push({ text: t.questionJointShare(d.coordination.jointShare), source: 'game' });
  return out;
}

/** The teams' messages, read back from their log entries (`commands/liaison.ts` writes them). */
export function teamMessages(state: GameState): MessageItem[] {
  return state.log.flatMap((e): MessageItem[] => {
    if (e.kind !== 'message') return [];
    const { title } = e;
    if (title.key !== 'log.message' && title.key !== 'log.messageAll') return [];
    const to = title.key === 'log.message' ? (e.roles[1] ?? 'all') : 'all';
    return [
      { entry: e.id, turn: e.turn, at: e.at ?? 0, from: e.roles[0]!, to, text: title.args.text },
    ];
  });
}

/** Whether a log entry is an inject the facilitator released by hand. */
export function releasedByFacilitator(e: LogEntry): boolean {
  return (
    e.kind === 'inject' &&
    e.detail?.key === 'log.injectDetail' &&
    e.detail.args.why.key === 'why.released'
  );
}

/** The after-action review of a game, worded in `L`'s language. */
export function buildDebrief(rules: Rules, state: GameState, L: Lang): Debrief {
  const sc = rules.scenario;
  const records = [startRecord(rules), ...state.history];
  const readers = records.map((r) => snapshotReader(rules, state, r));
  const objectives = sc.objectives.map((o) => objectiveReport(L, rules, state, readers, o));
  const privateObjectives = sc.roles.map((r) =>
    objectiveReport(L, rules, state, readers, r.privateObjective, r.id),
  );
  const notes = new Map<number, string>();
  for (const a of state.annotations)
    notes.set(a.entry, notes.has(a.entry) ? `${notes.get(a.entry)} / ${a.note}` : a.note);

  const overruled = rulings(state);
  const turns = [...new Set(state.log.map((e) => e.turn))];
  const timeline = turns.map((turn) => ({
    turn,
    items: state.log
      .filter(
        (e) =>
          e.turn === turn &&
          e.kind !== 'briefing' &&
          e.kind !== 'drift' &&
          !(e.kind === 'event' && !e.effects.length),
      )
      .map((e) => ({
        entry: e.id,
        turn: e.turn,
        phase: e.phase,
        kind: e.kind,
        title: L.msg(e.title),
        roles: e.roles,
        ...(e.district ? { district: e.district } : {}),
        ...(e.roll && ACTION_KINDS.has(e.kind) ? { success: rollWentWell(e) } : {}),
        ...(overruled.has(e.id) ? { overruled: overruled.get(e.id)! } : {}),
        ...(notes.has(e.id) ? { annotation: notes.get(e.id)! } : {}),
      })),
  }));

  const averageOf = (i: number) =>
    records.map((r) =>
      Math.round(
        r.districts.reduce((a, d) => a + (d[i] ?? 0), 0) / Math.max(1, r.districts.length),
      ),
    );
  const names = rules.indicators.map((i) => indicatorLabel(L, rules, i.id));
  const charts = {
    indicators: rules.indicators.map((i, k) => ({
      id: i.id,
      name: names[k]!,
      goodWhen: i.goodWhen,
    })),
    mission: rules.indicators.map((_, i) => ({ label: names[i]!, values: averageOf(i) })),
    districts: sc.districts.map((d, di) => ({
      district: d.id,
      name: L.text(d.name),
      series: rules.indicators.map((_, i) => ({
        label: names[i]!,
        values: records.map((r) => r.districts[di]?.[i] ?? 0),
      })),
    })),
    trust: rules.pairs.map(([a, b], pi) => ({
      label: `${roleLabel(L, rules, a)} \u2013 ${roleLabel(L, rules, b)}`,
      values: records.map((r) => r.trust[pi] ?? 0),
    })),
  };

  const keyMoments = state.log
    .filter((e) => e.kind !== 'drift' && swing(e) > 0)
    .sort((a, b) => swing(b) - swing(a) || a.id - b.id)
    .slice(0, 6)
    .map((e) => ({
      entry: e.id,
      turn: e.turn,
      title: L.msg(e.title),
      roles: e.roles,
      swing: swing(e),
      why: why(L, e),
    }));

  const facts = factStories(L, rules, state);
  const coord = coordination(L, state, facts);
  const o = state.outcome;
  const partial = { objectives, keyMoments, coordination: coord, facts };
  return {
    overview: {
      title: L.text(sc.title),
      summary: L.text(sc.summary),
      setting: L.text(sc.setting),
      learningObjectives: sc.learningObjectives.map((l) => L.text(l)),
      seed: state.seed,
      turnsPlayed: state.history.length,
      turns: sc.turns,
      ended: state.status === 'ended',
      score: o?.score ?? null,
      won: o?.won ?? null,
      reason: o ? L.msg(o.reason) : null,
    },
    objectives,
    privateObjectives,
    timeline,
    charts,
    keyMoments,
    coordination: coord,
    roles: roleReports(L, rules, state, facts, privateObjectives),
    questions: questions(L, rules, partial),
    annotations: state.annotations.map((a) => {
      const e = state.log.find((x) => x.id === a.entry);
      return { entry: a.entry, turn: e?.turn ?? 0, title: e ? L.msg(e.title) : '', note: a.note };
    }),
    facilitatorActions: state.log
      .filter((e) => e.kind === 'facilitator')
      .map((e) => ({
        entry: e.id,
        turn: e.turn,
        title: L.msg(e.title),
        overrule: e.title.key === 'fac.overruled',
      })),
    releasedInjects: state.log
      .filter(releasedByFacilitator)
      .map((e) => ({ entry: e.id, turn: e.turn, title: L.msg(e.title) })),
    facts,
    messages: teamMessages(state),
    evaluations: state.evaluations,
    improvements: state.improvements,
  };
}
