import type { Ctx } from './context';
import type { EffectRecord, LogEntry } from './types';

export type NewLogEntry = Omit<LogEntry, 'id' | 'turn' | 'effects'> & {
  /** A change that did not happen (a value already at its bound) may be listed as undefined. */
  effects?: (EffectRecord | undefined)[];
};

/**
 * Adds an entry to the log. The caller's new object becomes the entry, without a copy: the
 * engine writes thousands a game. Its keys end up in the order a copy would give them.
 */
export function addLog(ctx: Ctx, entry: NewLogEntry): LogEntry {
  const full = entry as NewLogEntry & Partial<LogEntry>;
  full.id = ctx.s.nextId++;
  full.turn = ctx.s.turn;
  const effects = entry.effects ?? [];
  full.effects = effects.includes(undefined)
    ? effects.filter((e): e is EffectRecord => e !== undefined)
    : (effects as EffectRecord[]);
  ctx.s.log.push(full as LogEntry);
  return full as LogEntry;
}
