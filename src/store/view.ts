/** The window's own choices: what the map shows, what is selected, filters, drafts, notices. */
import type { Kit } from './kit';
import { saveFailure, type Said } from './notices';
import { askedFirst } from './pinActions';
import type { Draft, LogFilter, Notice } from './types';

export interface ViewActions {
  setIndicator(id: string): void;
  selectDistrict(id: string | null): void;
  hoverDistrict(id: string | null): void;
  setLogFilter(f: Partial<LogFilter>): void;
  /** Turning the facilitator view on in a game with a facilitator PIN asks for the PIN first. */
  toggleFacilitator(on?: boolean): void;
  setDraft(d: Partial<Draft>): void;
  /** Shows a notice: a sentence already worded, or a message worded when shown. */
  notify(text: Said, tone?: Notice['tone']): void;
  clearNotice(): void;
  /**
   * The storage says how many autosave writes are not yet on disk, and a write that failed
   * there (the page wires this to `BrowserStorage.watch`).
   */
  storageSaving(pending: number, failure?: unknown): void;
}

export function viewActions({ get, set }: Kit): ViewActions {
  return {
    setIndicator(id) {
      set((d) => {
        d.indicator = id;
      });
    },
    selectDistrict(id) {
      set((d) => {
        d.selected = id;
      });
    },
    hoverDistrict(id) {
      if (get().hover === id) return;
      set((d) => {
        d.hover = id;
      });
    },
    setLogFilter(f) {
      set((d) => {
        Object.assign(d.logFilter, f);
      });
    },
    toggleFacilitator(on) {
      set((d) => {
        const next = on ?? !d.facilitator;
        // The set-up's own checkbox comes before its game, and its PIN, exist.
        const inGame = d.screen !== 'setup' && d.screen !== 'start';
        if (next && !d.facilitator && inGame && askedFirst(d, 'facilitator')) return;
        d.facilitator = next;
      });
    },
    setDraft(p) {
      set((d) => {
        Object.assign(d.draft, p);
      });
    },
    notify(text, tone = 'info') {
      set((d) => {
        d.notice = { tone, text };
      });
    },
    clearNotice() {
      set((d) => {
        d.notice = null;
      });
    },
    storageSaving(pending, failure) {
      set((d) => {
        d.saving = pending > 0;
        if (failure) d.notice = { tone: 'error', text: saveFailure(failure) };
      });
    },
  };
}
