/**
 * What the report and the briefing put on screen, without the screen: the entries of a turn in
 * resolution order, the one being read, the districts the map outlines, and the counts the summary
 * gives.
 */
import {
  RESOLUTION_ORDER,
  type GameState,
  type LogEntry,
  type Phase,
  type Rules,
} from '../../engine';
import { reportEntries } from '../../store';

/** The districts an entry is about: its own, else those its effects touched. */
export function entryDistricts(e: LogEntry | undefined): string[] {
  if (!e) return [];
  if (e.district) return [e.district];
  return [
    ...new Set(
      e.effects.flatMap((x) =>
        x.kind === 'indicator' || x.kind === 'incident' ? [x.district] : [],
      ),
    ),
  ];
}

/** The districts a list of entries names, once each, in order. */
export function districtsNamed(entries: LogEntry[]): string[] {
  return [...new Set(entries.map((e) => e.district).filter((d): d is string => !!d))];
}

export interface ReportView {
  ordered: LogEntry[];
  groups: (readonly [Phase, LogEntry[]])[];
  /** The entry being read, clamped to the list. */
  index: number;
  current: LogEntry | undefined;
  rolled: number;
  succeeded: number;
  /** Entries the viewer may not see (private ones, read in the teams' own logs). */
  hidden: number;
}

export function reportView(
  state: GameState,
  turn: number,
  viewer: 'facilitator' | 'public',
  at: number,
): ReportView {
  const all = reportEntries(state, turn, 'facilitator');
  const entries = reportEntries(state, turn, viewer);
  const ordered = RESOLUTION_ORDER.flatMap((phase) => entries.filter((e) => e.phase === phase));
  const index = Math.min(at, Math.max(0, ordered.length - 1));
  const rolled = ordered.filter((e) => e.roll && e.kind !== 'share');
  const groups = RESOLUTION_ORDER.map(
    (phase) => [phase, ordered.filter((e) => e.phase === phase)] as const,
  ).filter(([, list]) => list.length > 0);
  return {
    ordered,
    groups,
    index,
    current: ordered[index],
    rolled: rolled.length,
    succeeded: rolled.filter((e) => e.roll!.success).length,
    hidden: all.length - entries.length,
  };
}

export interface BriefingNews {
  /** What the viewer may see of this turn's briefing. */
  shown: LogEntry[];
  /** Private news waiting for each role on its own screen. */
  privateCount: Map<string, number>;
}

export function briefingNews(state: GameState, facilitator: boolean): BriefingNews {
  const news = state.log.filter(
    (e) => e.turn === state.turn && e.phase === 'briefing' && e.kind !== 'briefing',
  );
  const privateCount = new Map<string, number>();
  for (const e of news)
    if (e.visibleTo !== 'all')
      for (const r of e.visibleTo) privateCount.set(r, (privateCount.get(r) ?? 0) + 1);
  return { shown: news.filter((e) => facilitator || e.visibleTo === 'all'), privateCount };
}

/** The turn the console's log opens on: the last resolved one while a turn is being planned. */
export function consoleLogTurn(state: GameState, chosen: number | 'current'): number {
  const latest =
    state.history.length >= 1 && state.status !== 'ended'
      ? Math.min(state.turn, state.history.length)
      : state.turn;
  return chosen === 'current' ? latest : Math.min(chosen, state.turn);
}

/**
 * The game as it stood when `turn` had resolved, before the next turn's briefing (which the engine
 * opens at once, so the game the report is read on already has the next turn's injects in it):
 * the indicators, trust and counters of the engine's snapshot of that turn (`history`, taken last
 * in its resolution), and the incidents without those opened since. Units move only when a turn
 * resolves, so on the game the report has (the next turn's start, or the end) they stand where
 * the turn left them. The same game when `turn` left no snapshot.
 */
export function endOfTurn(rules: Rules, state: GameState, turn: number): GameState {
  let byTurn = ends.get(state);
  if (!byTurn) ends.set(state, (byTurn = new Map()));
  let end = byTurn.get(turn);
  if (!end) byTurn.set(turn, (end = rebuildEnd(rules, state, turn)));
  return end;
}

/** Remembered per state, so the map is handed the same game on every render of the report. */
const ends = new WeakMap<GameState, Map<number, GameState>>();

function rebuildEnd(rules: Rules, state: GameState, turn: number): GameState {
  const record = state.history.find((h) => h.turn === turn);
  if (!record) return state;
  return {
    ...state,
    districts: state.districts.map((d, i) => ({ ...d, values: record.districts[i] ?? d.values })),
    trust: state.trust.map((t, i) => ({ ...t, value: record.trust[i] ?? t.value })),
    counters: state.counters.map((c) => {
      const i = rules.counters.indexOf(c.id);
      return i < 0 ? c : { ...c, value: record.counters[i] ?? c.value };
    }),
    incidents: state.incidents.filter((i) => i.openedTurn <= turn),
  };
}
