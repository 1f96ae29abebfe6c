/**
 * Keeps the windows of one browser in step without a server: the main window (projector, teams)
 * and the facilitator's console in a second window (`?view=console`).
 *
 * Design (see src/ui/README.md, "Two windows"): every window runs its own session store and
 * dispatches its own commands; after each local change it posts the whole game (the save: seed
 * and commands, with its state hash and seating) on a BroadcastChannel. A window that receives a
 * game replays it (incrementally when the commands extend its own) and checks it reaches the same
 * state hash. Which game wins is decided by a Lamport clock: each local change ticks the clock,
 * a message carries it, and the higher clock wins (ties go to the window whose id sorts last), so
 * two windows that change the game at the same moment still end on the same game. The timer
 * and the facilitator PIN (its salted hash) travel the same way, the latest change winning. A
 * window that opens says "hello" and the others answer with their game. Without BroadcastChannel
 * the `storage` event of the autosave does the same job (see `connectStorage`).
 */
import type { Timer } from '../authority';
import type { KeptPin } from './pin';
import type { SessionStore } from './createSession';
import type { SessionState, SharedGame } from './types';
import { afterLoading, sharedGameNeeds } from './loading';
import { notice } from './notices';

export type SyncMessage =
  | { kind: 'hello'; from: string }
  | { kind: 'game'; from: string; clock: number; game: SharedGame }
  | { kind: 'timer'; from: string; timer: Timer }
  | { kind: 'pin'; from: string; pin: KeptPin };

/** What the sync needs of a BroadcastChannel; tests pass a fake one. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (ev: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (ev: { data: unknown }) => void): void;
  close(): void;
}

export const CHANNEL_NAME = 'mandate.sync';

export interface Sync {
  /** The id of this window in the messages. */
  readonly id: string;
  /** This window's Lamport clock. */
  clock(): number;
  /** Handles a message as if it had arrived on the channel (for the storage fallback and tests). */
  receive(data: unknown): void;
  /** What the last received game did: adopted, refused, same... (for the status line and tests). */
  last(): string;
  disconnect(): void;
}

/**
 * Lamport clocks count changes: a window that made two billion is not one. Bounding them keeps
 * a forged clock (Infinity, 1e300, 2^53, NaN) from winning every later change.
 */
const MAX_CLOCK = 2 ** 31;

function isMessage(data: unknown): data is SyncMessage {
  if (!data || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  if (typeof m.from !== 'string' || m.from.length === 0 || m.from.length > 100) return false;
  if (m.kind === 'hello') return true;
  if (m.kind === 'timer') return !!m.timer && typeof m.timer === 'object';
  if (m.kind === 'pin') return !!m.pin && typeof m.pin === 'object';
  if (m.kind === 'game') {
    const g = m.game as Record<string, unknown> | null;
    const clock = m.clock;
    const counted = typeof clock === 'number' && Number.isSafeInteger(clock);
    if (!counted || clock < -1 || clock > MAX_CLOCK) return false;
    return !!g && typeof g === 'object' && !!g.save && typeof g.hash === 'string';
  }
  return false;
}

/**
 * Connects a session to a channel. Local changes of the game or the timer are posted; received
 * ones are adopted when they win. Returns the handle; `disconnect` stops both directions.
 */
export function connectSync(
  session: SessionStore,
  channel: ChannelLike,
  id: string,
  opts: { initialClock?: number } = {},
): Sync {
  // A window that has changed nothing yet (a console just opened: clock -1) takes any game it is
  // sent.
  let clock = opts.initialClock ?? 0;
  let lastResult = 'none';
  /** The game hash and command count this window last sent or took: what is not a local change. */
  let known: string | null = keyOf(session.getState());
  let knownTimer = session.getState().timer?.changedAt ?? null;
  let knownPin = session.getState().pin.kept.changedAt;
  let receiving = false;

  function keyOf(s: SessionState): string | null {
    const g = s.game;
    return g ? `${g.rules.scenarioHash}|${g.seed}|${g.commands.length}|${g.hash}` : null;
  }

  function post(m: SyncMessage): void {
    try {
      channel.postMessage(m);
    } catch {
      /* a closed channel: the storage fallback or a reload catches up */
    }
  }

  function postGame(): void {
    const game = session.sharedGame();
    if (game) post({ kind: 'game', from: id, clock, game });
  }

  function postTimer(): void {
    const timer = session.getState().timer;
    if (timer) post({ kind: 'timer', from: id, timer });
  }

  function postPin(): void {
    const pin = session.getState().pin.kept;
    if (pin.changedAt > 0) post({ kind: 'pin', from: id, pin });
  }

  const unsubscribe = session.subscribe((s, prev) => {
    if (receiving) return;
    if (s.game !== prev.game) {
      const key = keyOf(s);
      if (key !== known) {
        known = key;
        clock++;
        postGame();
      }
    }
    if (s.timer !== prev.timer && s.timer && s.timer.changedAt !== knownTimer) {
      knownTimer = s.timer.changedAt;
      postTimer();
    }
    if (s.pin.kept !== prev.pin.kept && s.pin.kept.changedAt !== knownPin) {
      knownPin = s.pin.kept.changedAt;
      postPin();
    }
  });

  function receive(data: unknown): void {
    if (!isMessage(data) || data.from === id) return;
    if (data.kind === 'hello') {
      postGame();
      postTimer();
      postPin();
      return;
    }
    if (data.kind === 'pin') {
      receiving = true;
      try {
        if (session.adoptPin(data.pin)) knownPin = session.getState().pin.kept.changedAt;
      } finally {
        receiving = false;
      }
      return;
    }
    if (data.kind === 'timer') {
      receiving = true;
      try {
        if (session.adoptTimer(data.timer))
          knownTimer = session.getState().timer?.changedAt ?? null;
      } finally {
        receiving = false;
      }
      return;
    }
    const mine = session.getState().game;
    const wins = !mine || data.clock > clock || (data.clock === clock && data.from > id);
    if (!wins) {
      // Ours is newer: answer with it, so the other window catches up.
      if (
        keyOf(session.getState()) !== null &&
        (mine?.hash !== data.game.hash || mine.commands.length !== data.game.save.commands.length)
      )
        postGame();
      lastResult = 'kept';
      return;
    }
    // A game on a bundled scenario this window has not loaded yet is taken once it is (and
    // judged again then: a newer message may have come meanwhile).
    const loading = session.loadScenarios(sharedGameNeeds(data.game));
    if (loading) {
      void loading.then((ok) => ok && receive(data));
      return;
    }
    receiving = true;
    try {
      lastResult = session.adoptGame(data.game);
    } finally {
      receiving = false;
    }
    // Only a game taken moves the clock: a refused one must not outrank later changes.
    if (lastResult !== 'refused') clock = Math.max(clock, data.clock);
    known = keyOf(session.getState());
    if (lastResult === 'refused') session.notify(notice('syncRefused'), 'error');
  }

  const onMessage = (ev: { data: unknown }) => receive(ev.data);
  channel.addEventListener('message', onMessage);
  post({ kind: 'hello', from: id });

  return {
    id,
    clock: () => clock,
    receive,
    last: () => lastResult,
    disconnect() {
      unsubscribe();
      channel.removeEventListener('message', onMessage);
      channel.close();
    },
  };
}

/**
 * The fallback when BroadcastChannel is missing: another window's autosave write shows up as a
 * `storage` event, and the game and timer it holds are taken. The autosave lives under keys that
 * start with the autosave key (the durable storage keeps slots beside it).
 */
export function connectStorage(
  session: SessionStore,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  autosaveKey: string,
): () => void {
  const onStorage = (ev: StorageEvent) => {
    if (ev.key !== null && !ev.key.startsWith(autosaveKey)) return;
    const adopt = () => {
      const r = session.adoptAutosave();
      if (r === 'refused') session.notify(notice('syncRefusedStorage'), 'error');
    };
    void afterLoading(session.loadScenarios('all'), adopt, undefined);
  };
  target.addEventListener('storage', onStorage as EventListener);
  return () => target.removeEventListener('storage', onStorage as EventListener);
}
