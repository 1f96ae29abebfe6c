/**
 * The screens beside the game: the facilitator's console, the debrief, the replay stepper
 * with its what-if branch, and the way back to the start.
 */
import type { Kit } from './kit';
import { backToPlay, leavePlay, toConsole } from './navigation';
import { askedFirst } from './pinActions';
import { START_FILTER, type WhatIfSetup } from './types';

export interface PanelActions {
  openDebrief(): void;
  closeDebrief(): void;
  exitToStart(): void;
  /**
   * The facilitator's console as a screen of this window; "Back" returns where the game was. With
   * a facilitator PIN set, the PIN dialog asks first and the console opens on the right PIN.
   */
  openConsole(): void;
  /** Leaves the console or the replay for the screen the game was on. */
  closeConsole(): void;
  /** The replay stepper, at a turn (the last resolved one by default). */
  openReplay(turn?: number): void;
  replayGo(turn: number, edge?: 'start' | 'end'): void;
  setWhatIf(p: Partial<WhatIfSetup> | null): void;
}

export function panelActions(kit: Kit): PanelActions {
  const { get, set } = kit;
  const actions: PanelActions = {
    openDebrief() {
      set((d) => {
        leavePlay(d, 'debrief');
        d.logFilter = { ...START_FILTER };
        d.whatIf = null;
      });
    },

    closeDebrief() {
      if (kit.mode === 'console') {
        actions.closeConsole();
        return;
      }
      const ended = get().game?.state.status === 'ended';
      set((d) => {
        d.screen = ended ? 'end' : 'briefing';
      });
    },

    exitToStart() {
      // The game is left, not ended: its timer is held, so it has not run out when resumed.
      kit.authority()?.pauseTimer();
      set((d) => {
        d.screen = 'start';
        d.setup = null;
        d.active = null;
      });
    },

    openConsole() {
      if (!get().game) return;
      set((d) => {
        if (!askedFirst(d, 'console')) toConsole(d);
      });
    },

    closeConsole() {
      const g = get().game;
      if (!g) return;
      set((d) => {
        // The console window has no game screens of its own to go back to.
        if (kit.mode === 'console') d.screen = 'console';
        else backToPlay(d, g.state);
      });
    },

    openReplay(turn) {
      const g = get().game;
      if (!g) return;
      const last = Math.max(1, g.state.history.length);
      set((d) => {
        leavePlay(d, 'replay');
        d.replayTurn = Math.min(Math.max(1, turn ?? last), Math.max(last, g.state.turn));
        d.replayEdge = 'end';
        d.whatIf = null;
        d.selected = null;
        d.notice = null;
      });
    },

    replayGo(turn, edge) {
      const g = get().game;
      if (!g) return;
      set((d) => {
        d.replayTurn = Math.min(Math.max(1, turn), g.state.turn);
        if (edge) d.replayEdge = edge;
        if (d.whatIf && d.whatIf.turn !== d.replayTurn) d.whatIf = null;
      });
    },

    setWhatIf(p) {
      const g = get().game;
      set((d) => {
        if (p === null || !g) {
          d.whatIf = null;
          return;
        }
        const base: WhatIfSetup = d.whatIf ?? {
          turn: d.replayTurn,
          role: g.rules.scenario.roles[0]!.id,
          mode: 'policy',
          policy: 'cooperative',
          orders: [],
          later: 'recorded',
        };
        d.whatIf = { ...base, ...p } as WhatIfSetup;
      });
    },
  };
  return actions;
}
