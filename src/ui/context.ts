import type { Said, SessionState, SessionStore } from '../store';
import type { Lang } from '../i18n';
import type { MapPanel } from './mapPanel';
import type { SeatKind } from '../net/protocol';

export type ConsoleTab = 'connections' | 'overview' | 'injects' | 'log' | 'evaluation';

/** View-only choices of this window that need not survive a reload. */
export interface LocalView {
  leftTab: 'card' | 'log';
  consoleTab: ConsoleTab;
  /** The debrief's indicator chart: 'mission' or a district id. */
  chartScope: string;
  /** The what-if chart: 'score' or an indicator id. */
  whatIfMetric: string;
  /** The console log's turn: a number, or 'current' for the latest. */
  consoleTurn: number | 'current';
  /** What has been typed in the facilitator's forms, by input id, so a form that leaves the page
   * (another console tab) comes back as it was left (see forms.ts). */
  forms: Record<string, string>;
  /** Why "Start the exercise" was refused, for the set-up it was refused for: any change to the
   * set-up clears it. */
  setupError: { setup: SessionState['setup']; problem: Said } | null;
  /** The bundled scenario last chosen on the start screen: its button says while it loads. */
  choosing: string | null;
  /** The last branch played, keyed by what it was played from. */
  branch: { key: string; value: unknown } | null;
}

/** What every screen is built from. */
export interface ScreenContext {
  session: SessionStore;
  s: SessionState;
  /** The window's language, speaking of the scenario on screen: every string a screen shows comes
   * from here. */
  L: Lang;
  /** The map panel of the running game (created on first use). */
  map(): MapPanel;
  /** Reads the files of a picker: a scenario (with its Tiled map), a save, or the map a scenario
   * waits for. */
  readFileInput(input: HTMLInputElement, kind: 'scenario' | 'save' | 'map'): void;
  local: LocalView;
  rerender(): void;
  openEndDialog(): void;
  /** Asks before a step that cannot be undone; resolves true when the user confirms. */
  confirm(title: string, text: string, confirmLabel: string): Promise<boolean>;
}

/** Who this window speaks as: its seat on a host, or the facilitator of one-screen play. */
export function seatKind(ctx: { s: SessionState }): SeatKind {
  return ctx.s.net?.seat?.kind ?? 'facilitator';
}
