/** The planning timer in words: what the projector's pill and the console's readout show. */
import type { Lang } from '../../i18n';

/** "03:05" for a number of milliseconds, rounded up to the second. */
export function clock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const m = Math.floor(total / 60);
  const sec = total % 60;
  return `${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}`;
}

/**
 * "Planning 04:59", or "Time is up" at zero. `clockOnly` gives the readout without the word
 * ("04:59"), for a place that already says it is the planning time.
 */
export function timerText(L: Lang, ms: number, clockOnly = false): string {
  const t = L.ui.frame;
  if (ms <= 0) return t.timeUp;
  return clockOnly ? clock(ms) : t.planningClock(clock(ms));
}
