/**
 * The planning timer the facilitator sets and every screen counts down. It is no command and
 * never enters the state hash: it measures people's time, not the game's. These are pure
 * functions of a timer and a clock reading (epoch ms), so the page, the host and the tests
 * share them and only the caller reads the clock.
 */

/**
 * Running: `endsAt` is when it runs out. Held (set, or paused): `left` is what remains.
 * `seconds` is what it was set to; `changedAt`, when it last changed: between windows and
 * devices the latest change wins. `heldByPause`: a pause of the game held it, so the resume
 * starts it again; it travels with the timer, so any window may give the resume.
 */
export interface Timer {
  seconds: number;
  endsAt: number | null;
  left: number | null;
  changedAt: number;
  heldByPause?: true;
}

/** A day: longer than any planning round, short enough that sums stay exact integers. */
export const MAX_TIMER_SECONDS = 24 * 3600;
/** Clock readings beyond this are not times (year 2286): refused, never adopted. */
const MAX_EPOCH_MS = 10_000_000_000_000;

/** Milliseconds left on a timer at `now`. */
export function timerLeft(t: Timer, now: number): number {
  if (t.endsAt !== null) return Math.max(0, t.endsAt - now);
  return Math.max(0, t.left ?? t.seconds * 1000);
}

export function setTimer(seconds: number, now: number): Timer {
  const secs = Math.max(0, Math.min(MAX_TIMER_SECONDS, Math.round(seconds)));
  return { seconds: secs, endsAt: null, left: secs * 1000, changedAt: now };
}

/** Starts a timer that is set and held; null when there is nothing to start. */
export function startTimer(t: Timer | null, now: number): Timer | null {
  if (!t || t.seconds <= 0 || t.endsAt !== null) return null;
  return { seconds: t.seconds, endsAt: now + timerLeft(t, now), left: null, changedAt: now };
}

/** Holds a running timer; null when it is not running. */
export function pauseTimer(t: Timer | null, now: number): Timer | null {
  if (!t || t.endsAt === null) return null;
  return { seconds: t.seconds, endsAt: null, left: timerLeft(t, now), changedAt: now };
}

export function clearTimer(now: number): Timer {
  return { seconds: 0, endsAt: null, left: null, changedAt: now };
}

/** What happened to the game, as far as its planning timer cares. */
export type GameMoment = 'turnBegan' | 'paused' | 'resumed';

/**
 * How a planning timer follows its game, the one rule of one-screen and networked play: it
 * belongs to a turn, so a turn that begins (resolved, rewound, or the end) sets it back to its
 * full time, held until the facilitator starts it; a pause of the game holds it where it stands,
 * and the resume starts the timer that pause held. `heldByPause`: whether a pause held it (the
 * host keeps that in its own record). Null when the timer stays as it is.
 */
export function timerFollowing(
  t: Timer | null,
  moment: GameMoment | null,
  now: number,
  heldByPause = t?.heldByPause === true,
): Timer | null {
  if (!t || t.seconds <= 0 || moment === null) return null;
  if (moment === 'turnBegan') return setTimer(t.seconds, now);
  if (moment === 'paused') {
    const held = pauseTimer(t, now);
    return held && { ...held, heldByPause: true };
  }
  return heldByPause ? startTimer(t, now) : null;
}

/** Whether `theirs` (from another window or device) should replace `mine`. */
export function newerTimer(mine: Timer | null, theirs: Timer): boolean {
  return !mine || theirs.changedAt > mine.changedAt;
}

const time = (x: unknown): x is number =>
  typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 && x <= MAX_EPOCH_MS;

/**
 * A timer read from a file, the autosave or another window, when it is one: every field a
 * whole, bounded number, so a forged `changedAt: 1e300` cannot win every later change and
 * `endsAt: NaN` cannot show as a clock.
 */
export function parseTimer(value: unknown): Timer | null {
  if (!value || typeof value !== 'object') return null;
  const t = value as Record<string, unknown>;
  const { seconds, changedAt, endsAt, left } = t;
  if (typeof seconds !== 'number' || !Number.isInteger(seconds)) return null;
  if (seconds < 0 || seconds > MAX_TIMER_SECONDS || !time(changedAt)) return null;
  if (endsAt !== null && !time(endsAt)) return null;
  if (left !== null && !(time(left) && left <= MAX_TIMER_SECONDS * 1000)) return null;
  // Only a held timer can have been held by a pause.
  const byPause = t.heldByPause === true && endsAt === null;
  return byPause
    ? { seconds, endsAt, left, changedAt, heldByPause: true }
    : { seconds, endsAt, left, changedAt };
}
