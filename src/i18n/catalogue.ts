/**
 * The shape of a language: the engine's messages, the game's vocabulary and the interface's
 * strings. English (`en/`) is the reference; `Translation<T>` makes every other language carry
 * exactly the same keys with the same arguments, so a missing string does not compile, and
 * `tests/i18n/completeness.test.ts` checks the same at run time (no empty or untranslated string).
 */
import type { MessageArgs, MessageKey } from '../engine/messages';
import type { Phase, Posture, Rating } from '../engine/types';
import type { StandardActionId, StandardCounter, StandardIndicator } from '../format';

/** A message's arguments once worded: numbers stay numbers (for plurals), lists become lists of
 * words. */
export type Worded<A> = {
  [P in keyof A]: A[P] extends number
    ? number
    : A[P] extends readonly unknown[]
      ? string[]
      : string;
};

export type MessageCatalogue = { [K in MessageKey]: (a: Worded<MessageArgs[K]>) => string };

export type StandardKind = 'military' | 'police' | 'civilian';

/** The words of the game itself, beside any scenario. */
export interface Vocabulary {
  /** `name` is a label ("Joint patrol"); sentences lower-case it. */
  actions: Record<StandardActionId, { name: string; description: string }>;
  indicators: Record<StandardIndicator, { name: string; description: string }>;
  counters: Record<StandardCounter, string>;
  /** A role kind as a noun ("Military") and as it qualifies a mandate ("the military mandate"). */
  kinds: Record<StandardKind, { name: string; mandate: string }>;
  postures: Record<Posture, { name: string; description: string }>;
  phases: Record<Phase, string>;
  ratings: Record<Rating, string>;
}

/** Another language's version of an English catalogue: the same keys, functions with the same
 * parameters. */
export type Translation<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends string
      ? string
      : Translation<T[K]>;
};
