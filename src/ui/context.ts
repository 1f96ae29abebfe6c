import type { SessionState, SessionStore } from '../store/session';
import type { MapPanel } from './mapPanel';

/** What every screen is built from. */
export interface ScreenContext {
  session: SessionStore;
  s: SessionState;
  /** The map panel of the running game (created on first use). */
  map(): MapPanel;
  readFileInput(input: HTMLInputElement, kind: 'scenario' | 'save'): void;
  /** View-only choices that need not survive a reload. */
  local: { leftTab: 'card' | 'log' };
  rerender(): void;
  openEndDialog(): void;
}
