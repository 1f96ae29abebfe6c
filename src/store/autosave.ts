/**
 * The autosave: one document in the browser's storage holding the game (the authority's
 * record) and where the players were (the main window's position), so a reload comes back to
 * the same place and state hash. The authority writes it after every change of the game
 * through `write`; the window writes it when only its position changed (`writePosition`).
 */
import type { GameRecord, GameStorage } from '../authority';
import type { LocalText } from '../format';
import type { SavedGame } from '../engine';
import type { KeptPin } from './pin';
import type { AutosaveSummary, Position, Screen, StorageLike, WindowMode } from './types';

export const AUTOSAVE_KEY = 'mandate.autosave';

/** The document as it is written. Older versions wrote the same shape, some fields missing. */
export interface AutosaveDoc {
  format: 'mandate-autosave';
  version: 1;
  save: SavedGame;
  bundledFile: string | null;
  scenarioText: string | null;
  seats: GameRecord['seats'];
  /**
   * The facilitator PIN's salted hash (never the PIN), kept here beside the seating and never in
   * the engine's save, so no export, replay or state hash carries it. Missing in older autosaves:
   * no PIN.
   */
  pin?: KeptPin;
  position: Position;
  savedTurn: number;
  /** The scenario's title, as the scenario has it (any language it is written in). */
  title: LocalText;
}

/** What is stored: its text, and the document when it is one (`null` when it is not). */
export interface StoredAutosave {
  raw: string;
  doc: Partial<AutosaveDoc> | null;
}

export function startPosition(): Position {
  return {
    screen: 'start',
    round: 1,
    active: null,
    reportTurn: 0,
    reportIndex: 0,
    facilitator: false,
    timer: null,
  };
}

const SCREENS: readonly Screen[] = [
  'start',
  'setup',
  'briefing',
  'handover',
  'planning',
  'report',
  'end',
  'debrief',
  'console',
  'replay',
];

const count = (x: unknown): number =>
  typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 ? x : 0;

/**
 * The position an autosave holds, field by field: what is not what it should be is taken as
 * the start of the turn, never used as found (a position edited by hand, or by an older app).
 */
export function parsePosition(value: unknown): Position {
  const p = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const screen = SCREENS.find((x) => x === p.screen) ?? 'start';
  return {
    screen,
    round: p.round === 2 ? 2 : 1,
    active: typeof p.active === 'string' && p.active.length <= 200 ? p.active : null,
    reportTurn: count(p.reportTurn),
    reportIndex: count(p.reportIndex),
    facilitator: p.facilitator === true,
    timer: null,
  };
}

export function readAutosave(storage: StorageLike | null): StoredAutosave | null {
  if (!storage) return null;
  let raw: string | null;
  try {
    raw = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<AutosaveDoc> | null;
    if (value && typeof value === 'object' && value.format === 'mandate-autosave') {
      return { raw, doc: value };
    }
  } catch {
    // Reported by the resume, which offers the text for download.
  }
  return { raw, doc: null };
}

/** What the start screen's "Resume" button says of the autosave. */
export function summarise(stored: StoredAutosave | null): AutosaveSummary | null {
  if (!stored) return null;
  const doc = stored.doc;
  if (!doc) return { title: null, turn: 0, position: startPosition() };
  return {
    title: doc.title ?? null,
    turn: typeof doc.savedTurn === 'number' ? doc.savedTurn : 0,
    position: parsePosition(doc.position),
  };
}

export interface AutosaveWriter extends GameStorage {
  /** Writes the game as it stands with the window's position (which alone changed). */
  writePosition(): void;
  /** Writes the game as it stands because the PIN kept beside it changed, from either window. */
  writeKept(): void;
  /**
   * Runs `fn` holding every write until it returns, then writes once if anything asked to: an
   * action that changes the game and moves the players writes the autosave once, not twice.
   */
  hold<T>(fn: () => T): T;
}

export interface AutosaveOptions {
  storage: StorageLike | null;
  mode: WindowMode;
  /** Where this window's players are. */
  position: () => Position;
  /** The game as it stands, when there is one. */
  record: () => GameRecord | null;
  /** The facilitator PIN kept with the game. */
  pin: () => KeptPin;
  onWritten: (summary: AutosaveSummary) => void;
  /** A held write that failed when it was finally made. */
  onError: (error: unknown) => void;
}

export function autosaveWriter(o: AutosaveOptions): AutosaveWriter {
  /** The console window keeps the main window's place in the autosave; the timer is shared. */
  function positionFor(record: GameRecord): Position {
    if (o.mode === 'main') return { ...o.position(), timer: record.timer };
    const stored = readAutosave(o.storage)?.doc?.position;
    const base = stored
      ? parsePosition(stored)
      : { ...startPosition(), screen: 'briefing' as const };
    return { ...base, timer: record.timer };
  }

  let held = 0;
  let pending = false;

  function write(record: GameRecord): void {
    if (!o.storage) return;
    if (held > 0) {
      pending = true;
      return;
    }
    const doc: AutosaveDoc = {
      format: 'mandate-autosave',
      version: 1,
      save: record.save,
      bundledFile: record.bundledFile,
      scenarioText: record.scenarioText,
      seats: record.seats,
      pin: o.pin(),
      position: positionFor(record),
      savedTurn: record.turn,
      title: record.title,
    };
    o.storage.setItem(AUTOSAVE_KEY, JSON.stringify(doc));
    o.onWritten({ title: doc.title, turn: doc.savedTurn, position: doc.position });
  }

  return {
    write,
    writePosition() {
      const record = o.record();
      if (record && o.mode === 'main') write(record);
    },
    writeKept() {
      const record = o.record();
      if (record) write(record);
    },
    hold(fn) {
      held++;
      try {
        return fn();
      } finally {
        held--;
        if (held === 0 && pending) {
          pending = false;
          const record = o.record();
          try {
            if (record) write(record);
          } catch (e) {
            o.onError(e);
          }
        }
      }
    },
  };
}
