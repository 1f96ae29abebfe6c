/**
 * What the session says to the people at the screen, kept as a message rather than a sentence, so
 * it is worded when shown, in the window's language at that moment: switching language re-words a
 * notice already on screen. DOM-free.
 *
 * A `Said` is one of:
 * - a `NoticeMsg`: a key of the `notices` catalogue with its arguments (`notice('rewound', 3)`);
 *   an argument the wording takes as a string may itself be a `Said` (an engine message inside a
 *   notice's sentence), worded first;
 * - an engine `Msg` (a refused command: `commandProblem` and its kin);
 * - a plain string: already worded (by a screen, in its language) or technical detail that stays
 *   as written (a browser's error, a JSON path's message).
 */
import type { Msg } from '../engine/messages';
import { DurableStorageError, isQuotaError } from './durable';
import type { Catalogue, Lang } from '../i18n';

type Notices = Catalogue['ui']['notices'];
export type NoticeKey = keyof Notices;
type ParamsOf<V> = V extends (...args: infer A) => string ? A : [];
/** A wording's parameters as a notice holds them: text may still be a message to word. */
type Held<A> = { [I in keyof A]: A[I] extends string ? Said : A[I] };

/** A notice of the `notices` catalogue, with the arguments its wording takes. */
export type NoticeMsg = {
  [K in NoticeKey]: { notice: K; args: Held<ParamsOf<Notices[K]>> };
}[NoticeKey];

export type Said = string | Msg | NoticeMsg;

export function notice<K extends NoticeKey>(
  key: K,
  ...args: Held<ParamsOf<Notices[K]>>
): NoticeMsg {
  return { notice: key, args } as unknown as NoticeMsg;
}

export function isNoticeMsg(s: unknown): s is NoticeMsg {
  return !!s && typeof s === 'object' && 'notice' in s && 'args' in s;
}

function isMsg(s: unknown): s is Msg {
  return !!s && typeof s === 'object' && !Array.isArray(s) && 'key' in s && 'args' in s;
}

/** What was said, in `L`'s language. */
export function say(L: Lang, s: Said): string {
  if (typeof s === 'string') return s;
  if (isNoticeMsg(s)) {
    const wording = L.ui.notices[s.notice] as string | ((...args: unknown[]) => string) | undefined;
    if (wording === undefined) return s.notice;
    if (typeof wording === 'string') return wording;
    return wording(
      ...(s.args as readonly unknown[]).map((a) => (isNoticeMsg(a) || isMsg(a) ? say(L, a) : a)),
    );
  }
  return L.msg(s);
}

/** Why the autosave could not be written: by the durable storage's reason, else the error's own words. */
export function saveFailure(e: unknown): NoticeMsg {
  if (e instanceof DurableStorageError) {
    if (e.reason === 'quota') return notice('saveFailedFull');
    if (e.reason === 'verify') return notice('saveFailedVerify');
    if (e.detail) return notice('saveFailedUnavailable', e.detail);
  }
  if (isQuotaError(e)) return notice('saveFailedFull');
  return notice('saveFailed', e instanceof Error ? e.message : String(e));
}
