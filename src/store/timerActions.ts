/** The facilitator's planning timer, kept by the authority beside the game. */
import type { ClientMessage } from '../net/protocol';
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
  // On a host, the host's timer: the new one comes back with the next view.
  const onHost = (m: Extract<ClientMessage, { t: 'timer' }>) => {
    const link = kit.link();
    if (link) link.send(m);
    return !!link;
  };
  return {
    setTimer: (seconds) =>
      onHost({ t: 'timer', op: 'set', seconds }) || kit.authority()?.setTimer(seconds),
    startTimer: () => onHost({ t: 'timer', op: 'start' }) || kit.authority()?.startTimer(),
    pauseTimer: () => onHost({ t: 'timer', op: 'pause' }) || kit.authority()?.pauseTimer(),
    clearTimer: () => onHost({ t: 'timer', op: 'clear' }) || kit.authority()?.clearTimer(),
    // The main window keeps the autosave; a console window follows it without writing.
    adoptTimer: (t) => kit.authority()?.adoptTimer(t, kit.mode === 'main') ?? false,
  };
}
