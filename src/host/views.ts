/**
 * What each seat may know, as pure functions of the rules and the game's state. Every message the
 * host sends a seat is built from these, so this file is where secrecy is decided:
 *
 * - No seat, the facilitator's included, is ever sent the seed, the generator's state or the id
 *   counter (which would show how many hidden orders others made).
 * - A team sees the public state (districts, units on the ground, trust, counters, incidents,
 *   who has committed), its own role in full, its own orders, the proposals it leads or is asked
 *   to join, the facts it holds, the injects it received, and the log entries `canSee` gives it,
 *   with every trace of a fact it does not hold taken out (its id, its title, who learned it).
 *   It sees none of the other roles' orders, drafts, action points, facts or private objectives,
 *   the injects to come, the event deck, the schedule, nor the facilitator's notes and ratings.
 * - The projector sees what every team sees and nothing of any role's own.
 * - An evaluator and the facilitator see everything else (the god's-eye view).
 * - Once the game has ended the debrief opens everything to everyone (still no seed).
 */
import type { EventCardDef, FactId, InjectDef, LocalText, RoleId, Scenario } from '../format';
import {
  canSee,
  hashJson,
  type Effect,
  type EffectRecord,
  type GameState,
  type LogEntry,
  type Ref,
  type Rules,
} from '../engine';
import type { SeatKind, SeatScenario, SeatState } from '../net/protocol';

/** Whose eyes a view is for: one team's role, or a seat that plays none. */
export type Viewer = { kind: 'team'; role: RoleId } | { kind: Exclude<SeatKind, 'team'> };

/** The same view for every device of a seat: one key per role, one for each other kind. */
export function viewerKey(v: Viewer): string {
  return v.kind === 'team' ? `team:${v.role}` : v.kind;
}

/** What a fact the reader does not hold is called where an entry it may read names one. */
export const UNKNOWN_FACT: LocalText = {
  en: 'intelligence you do not hold',
  es: 'información que usted no tiene',
  fr: 'un renseignement que vous n’avez pas',
};

/** Staff (evaluator, facilitator) see all; so does everyone once the game has ended. */
function seesAll(state: GameState, v: Viewer): boolean {
  return v.kind === 'evaluator' || v.kind === 'facilitator' || state.status === 'ended';
}

/** The facts a viewer holds now; null when it sees all. */
export function knownFacts(state: GameState, v: Viewer): ReadonlySet<FactId> | null {
  if (seesAll(state, v)) return null;
  if (v.kind !== 'team') return new Set();
  return new Set(state.roles.find((r) => r.id === v.role)?.knows ?? []);
}

const isRef = (x: unknown): x is Ref =>
  !!x && typeof x === 'object' && 'ref' in x && 'id' in x && Object.keys(x).length === 2;

/**
 * `value` with every trace of the facts not in `known` taken out: a fact named by a message is
 * renamed `UNKNOWN_FACT`, an entry's `fact` goes, and so does an effect that moved one. The same
 * object comes back when nothing had to go, so unchanged entries keep their identity.
 */
function redact<T>(value: T, known: ReadonlySet<FactId>): T {
  if (value === null || typeof value !== 'object') return value;
  if (isRef(value))
    return (value.ref === 'fact' && !known.has(value.id) ? UNKNOWN_FACT : value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out: unknown[] = [];
    for (const item of value) {
      if (isFactEffect(item) && !known.has(item.fact)) {
        changed = true;
        continue;
      }
      const r = redact(item, known);
      if (r !== item) changed = true;
      out.push(r);
    }
    return (changed ? out : value) as T;
  }
  let copy: Record<string, unknown> | null = null;
  const rec = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(rec)) {
    const drop = (k === 'fact' || k === 'relatedFact') && typeof v === 'string' && !known.has(v);
    const r = drop ? undefined : redact(v, known);
    if (r !== v) {
      copy ??= { ...rec };
      if (drop) delete copy[k];
      else copy[k] = r;
    }
  }
  return (copy ?? value) as T;
}

/** An effect record or a scenario effect that moves a fact to roles. */
function isFactEffect(x: unknown): x is { fact: FactId } {
  if (!x || typeof x !== 'object') return false;
  const e = x as Partial<EffectRecord> & Partial<Effect>;
  return (
    (e.kind === 'fact' || e.type === 'revealFact') &&
    typeof (e as { fact?: unknown }).fact === 'string'
  );
}

/** Redacted entries, remembered per entry and per set of facts held, so they keep their identity. */
const redacted = new WeakMap<LogEntry, Map<string, LogEntry>>();

function redactEntry(e: LogEntry, known: ReadonlySet<FactId>, knownKey: string): LogEntry {
  let byKnown = redacted.get(e);
  if (!byKnown) redacted.set(e, (byKnown = new Map()));
  let r = byKnown.get(knownKey);
  if (!r) byKnown.set(knownKey, (r = redact(e, known)));
  return r;
}

const keyOf = (known: ReadonlySet<FactId>) => [...known].sort().join('\n');

/** The log entries a viewer may read, each cut to what it may know. */
export function seatLog(state: GameState, v: Viewer): LogEntry[] {
  const known = knownFacts(state, v);
  if (!known) return state.log;
  const reader = v.kind === 'team' ? v.role : null;
  const key = keyOf(known);
  return state.log
    .filter((e) => (reader === null ? e.visibleTo === 'all' : canSee(e, reader)))
    .map((e) => redactEntry(e, known, key));
}

/** The state a viewer may know (`SeatState`): see the top of this file. */
export function seatState(state: GameState, v: Viewer): SeatState {
  const { seed: _seed, rng: _rng, log: _log, nextId: _nextId, roles, ...rest } = state;
  const known = knownFacts(state, v);
  if (!known) return { ...rest, roles };
  const me = v.kind === 'team' ? v.role : null;
  const log = seatLog(state, v);
  const visible = new Set(log.map((e) => e.id));
  const { injects } = named(log);
  return {
    ...rest,
    roles: roles.map((r) => (r.id === me ? r : { id: r.id, committed: r.committed })),
    orders: state.orders.filter((o) => o.role === me),
    proposals: state.proposals.filter(
      (p) => me !== null && (p.lead === me || p.partners.includes(me)),
    ),
    incidents: state.incidents.map((i) => redact(i, known)),
    compromised: state.compromised.filter((f) => known.has(f)),
    deck: [],
    firedInjects: state.firedInjects.filter((id) => injects.has(id)),
    scheduledInjects: [],
    annotations: [],
    evaluations: [],
    improvements: [],
    overruled: state.overruled.filter((id) => visible.has(id)),
  };
}

/** The injects and event cards each entry names, remembered per entry (entries never change). */
const namedBy = new WeakMap<LogEntry, { injects: string[]; cards: string[] }>();

function namedIn(e: LogEntry): { injects: string[]; cards: string[] } {
  let found = namedBy.get(e);
  if (found) return found;
  found = { injects: e.inject ? [e.inject] : [], cards: [] };
  const walk = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    if (isRef(x)) {
      if (x.ref.startsWith('inject')) found!.injects.push(x.id);
      if (x.ref.startsWith('event')) found!.cards.push(x.id);
      return;
    }
    Object.values(x).forEach(walk);
  };
  walk(e.title);
  walk(e.detail);
  for (const x of e.effects) walk(x.reason);
  namedBy.set(e, found);
  return found;
}

/** The injects and event cards a log names, by id. */
function named(log: readonly LogEntry[]): { injects: Set<string>; cards: Set<string> } {
  const injects = new Set<string>();
  const cards = new Set<string>();
  for (const e of log) {
    const n = namedIn(e);
    for (const i of n.injects) injects.add(i);
    for (const c of n.cards) cards.add(c);
  }
  return { injects, cards };
}

/** The scenario a viewer may know (`SeatScenario`): see the top of this file. */
export function seatScenario(rules: Rules, state: GameState, v: Viewer): SeatScenario {
  const sc: Scenario = rules.scenario;
  const known = knownFacts(state, v);
  if (!known) return sc;
  const me = v.kind === 'team' ? v.role : null;
  const { injects, cards } = named(seatLog(state, v));
  const inject = (i: InjectDef) => ({
    id: i.id,
    title: i.title,
    text: i.text,
    sender: i.sender,
    recipients: i.recipients,
    ...(i.district ? { district: i.district } : {}),
  });
  const card = (c: EventCardDef) => ({ id: c.id, title: c.title, text: c.text });
  return redact(
    {
      ...sc,
      roles: sc.roles.map((r) => {
        if (r.id === me) return r;
        const { privateObjective: _private, ...card } = r;
        return card;
      }),
      intelligence: sc.intelligence
        .filter((f) => known.has(f.id))
        .map((f) => ({ ...f, knownBy: f.knownBy.filter((r) => r === me) })),
      injects: sc.injects.filter((i) => injects.has(i.id)).map(inject),
      events: {
        chancePerTurn: sc.events.chancePerTurn,
        cards: sc.events.cards.filter((c) => cards.has(c.id)).map(card),
      },
    },
    known,
  );
}

export interface SeatParts {
  state: SeatState;
  log: LogEntry[];
  scenario: SeatScenario;
  scenarioRev: string;
}

/** Seat scenarios by what they depend on, so the same one is not rebuilt or rehashed. */
const scenarios = new WeakMap<Rules, Map<string, { scenario: SeatScenario; rev: string }>>();

/** Everything of the game one viewer may know, its scenario's revision computed once. */
export function seatParts(rules: Rules, state: GameState, v: Viewer): SeatParts {
  const log = seatLog(state, v);
  const known = knownFacts(state, v);
  const { injects, cards } = known ? named(log) : { injects: new Set(), cards: new Set() };
  const memoKey = known
    ? [viewerKey(v), keyOf(known), [...injects].sort().join(','), [...cards].sort().join(',')].join(
        '|',
      )
    : 'all';
  let byKey = scenarios.get(rules);
  if (!byKey) scenarios.set(rules, (byKey = new Map()));
  let memo = byKey.get(memoKey);
  if (!memo) {
    const scenario = seatScenario(rules, state, v);
    memo = { scenario, rev: hashJson(scenario) };
    byKey.set(memoKey, memo);
  }
  return { state: seatState(state, v), log, scenario: memo.scenario, scenarioRev: memo.rev };
}
