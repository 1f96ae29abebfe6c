/** What the report of a resolved turn lists, for whom. DOM-free. */
import type { GameState, LogEntry, RoleId } from '../engine';

/** Log entries of a resolved turn, in the engine's resolution order. */
export function reportEntries(
  state: GameState,
  turn: number,
  viewer: RoleId | 'facilitator' | 'public',
): LogEntry[] {
  return state.log.filter(
    (e) =>
      e.turn === turn &&
      e.phase !== 'briefing' &&
      e.phase !== 'facilitator' &&
      (viewer === 'facilitator' ||
        e.visibleTo === 'all' ||
        (viewer !== 'public' && e.visibleTo.includes(viewer))),
  );
}
