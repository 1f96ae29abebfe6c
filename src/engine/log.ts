import type { Ctx } from './context';
import type { EffectRecord, LogEntry } from './types';

export type NewLogEntry = Omit<LogEntry, 'id' | 'turn' | 'effects'> & {
  effects?: (EffectRecord | undefined)[];
};

export function addLog(ctx: Ctx, entry: NewLogEntry): LogEntry {
  const full: LogEntry = {
    ...entry,
    id: ctx.s.nextId++,
    turn: ctx.s.turn,
    effects: (entry.effects ?? []).filter((e): e is EffectRecord => e !== undefined),
  };
  ctx.s.log.push(full);
  return full;
}
