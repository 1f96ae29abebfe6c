/** The facilitator's planning timer, kept by the authority beside the game. */
import type { Kit } from './kit';

export interface TimerActions {
  setTimer(seconds: number): void;
  startTimer(): void;
  pauseTimer(): void;
  clearTimer(): void;
  /** Takes another window's timer if it changed later than ours. */
  adoptTimer(t: unknown): boolean;
}

export function timerActions(kit: Kit): TimerActions {
  return {
    setTimer: (seconds) => kit.authority()?.setTimer(seconds),
    startTimer: () => kit.authority()?.startTimer(),
    pauseTimer: () => kit.authority()?.pauseTimer(),
    clearTimer: () => kit.authority()?.clearTimer(),
    // The main window keeps the autosave; a console window follows it without writing.
    adoptTimer: (t) => kit.authority()?.adoptTimer(t, kit.mode === 'main') ?? false,
  };
}
