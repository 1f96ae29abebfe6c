/**
 * The turn on one shared screen: round 1 (each team in turn plans and proposes, behind a
 * hand-over screen), round 2 (policies answer and commit, then each team answers and commits),
 * the report, the next briefing. Every change to the game goes to the authority; this file
 * decides only which screen follows.
 */
import type { Command, PlanStep, RoleId } from '../engine';
import { humanRoles } from '../authority';
import type { Kit } from './kit';
import { toHandOver, toReport, toTurnStart } from './navigation';
import { notice, type Said } from './notices';
import type { WireCommand } from '../net/protocol';
import { commandRefusal } from '../net/permissions';

/** A command as a device sends it: the host stamps a message's time itself. */
function wire(cmd: Command): WireCommand {
  if (cmd.type !== 'message') return cmd;
  const { at: _at, ...rest } = cmd;
  return rest;
}

export interface TurnFlowActions {
  /**
   * Applies a command if it is legal; returns the reason it is not (the engine's `Msg`, mostly;
   * word it with `say`), or null.
   */
  dispatch(cmd: Command): Said | null;
  beginPlanning(): void;
  reveal(): void;
  finishRound(): void;
  commitActive(): Said | null;
  reportGo(index: number): void;
  reportStep(delta: number): void;
  startNextTurn(): void;
  /** Ends the exercise; an empty reason is recorded as "ended by the facilitator", worded here. */
  endExercise(reason: string): Said | null;
}

export function turnFlowActions(kit: Kit): TurnFlowActions {
  const { get, set } = kit;

  function submit(cmd: Command): { problem: Said | null; resolved: boolean } {
    // On a host, the host applies it; its answer and the new view come back through the link.
    const link = kit.link();
    if (link) {
      // The host would refuse what this seat may not give: said at once, nothing sent.
      const seat = get().net?.seat;
      const refused = seat ? commandRefusal(seat, cmd) : 'notSeated';
      if (refused) return { problem: notice('hostRefused', refused), resolved: false };
      link.command(wire(cmd));
      return { problem: null, resolved: false };
    }
    const a = kit.authority();
    if (!a) return { problem: notice('noGame'), resolved: false };
    const r = a.submit(cmd);
    set((d) => {
      d.lastProblem = r.problem;
    });
    return r;
  }

  function showReport(turn: number): void {
    set((d) => toReport(d, turn));
  }

  /** The policy-played roles take a planning step; true when that resolved the turn. */
  function policiesPlay(step: PlanStep): boolean {
    return kit.authority()?.playPolicies(step).resolved ?? false;
  }

  function policiesCommit(): boolean {
    return kit.authority()?.commitPolicies().resolved ?? false;
  }

  /** The next team still planning after `after` in the scenario's order (the first when null). */
  function nextTeam(after: RoleId | null): RoleId | null {
    const g = get().game!;
    const open = humanRoles(g).filter((r) => !g.state.roles.find((x) => x.id === r)?.committed);
    if (after === null) return open[0] ?? null;
    const order = g.rules.scenario.roles.map((r) => r.id);
    const i = order.indexOf(after);
    return open.find((r) => order.indexOf(r) > i) ?? null;
  }

  function startRound2(): void {
    const turn = get().game!.state.turn;
    if (policiesPlay('respond') || policiesPlay('complete') || policiesCommit()) {
      showReport(turn);
      return;
    }
    const first = nextTeam(null);
    if (first) set((d) => toHandOver(d, first, 2));
  }

  const actions: TurnFlowActions = {
    dispatch(cmd) {
      const turn = get().game?.state.turn ?? 0;
      const r = submit(cmd);
      if (r.problem || kit.mode === 'console') return r.problem;
      if (cmd.type === 'rewind') {
        // Back to the briefing of that turn; the teams plan it again.
        const ended = get().game?.state.status === 'ended';
        set((d) => {
          toTurnStart(d, ended, cmd.turn);
          d.selected = null;
          d.returnTo = d.screen;
          d.notice = { tone: 'info', text: notice('rewound', cmd.turn) };
        });
        return null;
      }
      if (r.resolved) {
        if (get().game?.state.status === 'ended' && cmd.type === 'endExercise') {
          set((d) => {
            d.screen = 'end';
          });
        } else showReport(turn);
      }
      return null;
    },

    beginPlanning() {
      const g = get().game;
      if (!g || g.state.status === 'ended') return;
      const turn = g.state.turn;
      if (policiesPlay('propose')) {
        showReport(turn);
        return;
      }
      const first = nextTeam(null);
      if (first) set((d) => toHandOver(d, first, 1));
      else startRound2();
    },

    reveal() {
      set((d) => {
        d.screen = 'planning';
      });
    },

    finishRound() {
      const s = get();
      if (!s.game || s.screen !== 'planning') return;
      if (s.round === 2) {
        actions.commitActive();
        return;
      }
      const next = nextTeam(s.active);
      if (next) set((d) => toHandOver(d, next, 1));
      else startRound2();
    },

    commitActive() {
      const s = get();
      if (!s.game || !s.active) return notice('noTeamPlanning');
      if (kit.link()) return submit({ type: 'commit', role: s.active }).problem;
      const role = s.active;
      const turn = s.game.state.turn;
      const r = submit({ type: 'commit', role });
      if (r.problem) return r.problem;
      if (r.resolved) {
        showReport(turn);
        return null;
      }
      const next = nextTeam(role) ?? nextTeam(null);
      if (next) set((d) => toHandOver(d, next, 2));
      return null;
    },

    reportGo(index) {
      set((d) => {
        d.reportIndex = Math.max(0, index);
      });
    },

    reportStep(delta) {
      actions.reportGo(get().reportIndex + delta);
    },

    startNextTurn() {
      const g = get().game;
      if (!g) return;
      set((d) => {
        d.screen = g.state.status === 'ended' ? 'end' : 'briefing';
        d.selected = null;
      });
    },

    endExercise(reason) {
      // The reason is part of the game (its log), like text the facilitator typed: the default
      // is worded once, in this window's language, and kept whatever language reads it later.
      const why = reason.trim() || kit.lang().ui.notices.defaultEndReason;
      return actions.dispatch({ type: 'endExercise', reason: why });
    },
  };
  return actions;
}
