/**
 * Development: a scenario file saved again while the app runs (a bundled one under `npm run
 * dev`, or the file `MANDATE_SCENARIO` names). `decideReload` says what becomes of the game;
 * this file carries it out.
 */
import { keptSeats } from '../authority';
import type { Kit } from './kit';
import { followGame } from './navigation';
import { notice } from './notices';
import { setupFrom, setupOpened, showScenarioProblems } from './opening';
import { decideReload } from './reload';
import { checkBundled } from './rulesByHash';
import { validators } from './checks';
import {
  scenarioIdOf,
  summarise,
  type BundledScenario,
  type Checked,
  type NamedText,
} from './scenarios';
import { defaultSeats } from './seatNames';
import type { GameOrigin } from '../authority';

export interface DevReloadActions {
  /**
   * The bundled scenarios as they are now (a file in scenarios/ was saved). A game on a changed
   * one is replayed on the new version, or set up again when its commands no longer apply; a new
   * version that does not validate leaves the game as it was and lists its problems.
   */
  reloadBundled(list: BundledScenario[]): void;
  /**
   * A scenario file the dev server watches (MANDATE_SCENARIO), as it is now, with the map it
   * names. A game of the same scenario id is reloaded as for `reloadBundled`; on the start
   * screen, or the set-up screen of that file, it opens.
   */
  reloadScenarioFile(name: string, text: string, maps?: NamedText[]): void;
}

export function devReloadActions(kit: Kit): DevReloadActions {
  const { get, set } = kit;

  /** A new version of the game's scenario; `label`: the file, for the messages. */
  function reloadGame(label: string, next: Checked, origin: GameOrigin): void {
    const g = get().game;
    if (!g) return;
    const decision = decideReload(g, next);
    switch (decision.kind) {
      case 'same':
        // Back to the version the game is on (after a version with problems): nothing to replay.
        if (get().scenarioProblems?.source === label) {
          set((d) => {
            d.scenarioProblems = null;
            d.notice = { tone: 'info', text: notice('reloadSame', label) };
          });
        }
        return;
      case 'invalid':
        showScenarioProblems(kit, label, decision);
        set((d) => {
          d.notice = { tone: 'error', text: notice('reloadInvalid', label) };
        });
        return;
      case 'setup': {
        const { command, commands, detail } = decision.reason;
        if (kit.mode === 'console') {
          // The main window sets the new version up; the console shows the game until then.
          set((d) => {
            d.notice = {
              tone: 'error',
              text: notice('reloadSetUpElsewhere', command, commands, detail),
            };
          });
          return;
        }
        const file = origin.bundledFile ?? label;
        const text = origin.bundledFile ? null : origin.scenarioText;
        setupFrom(kit, file, text, decision.checked, { seed: g.seed, seats: g.seats });
        set((d) => {
          d.notice = { tone: 'error', text: notice('reloadSetUp', command, commands, detail) };
        });
        return;
      }
      case 'replayed': {
        const { rules, state } = decision;
        const before = g.state;
        const seats = keptSeats(rules, g.seats, defaultSeats(kit.lang(rules.scenario), rules));
        kit.play({
          ...origin,
          rules,
          seed: g.seed,
          seats,
          played: { commands: g.commands, state, hash: decision.hash },
          timer: kit.authority()?.timer() ?? null,
        });
        set((d) => {
          d.scenarioProblems = null;
          d.notice = { tone: 'info', text: notice('reloadReplayed', decision.count) };
          if (d.active && !rules.roleIndex.has(d.active)) d.active = null;
          const moved = before.turn !== state.turn || before.status !== state.status;
          followGame(d, state, moved);
          if (d.selected && !rules.districtIndex.has(d.selected)) d.selected = null;
          if (d.hover && !rules.districtIndex.has(d.hover)) d.hover = null;
          if (!rules.indicatorIndex.has(d.indicator)) d.indicator = 'security';
          if (d.whatIf && !rules.roleIndex.has(d.whatIf.role)) d.whatIf = null;
        });
        return;
      }
    }
  }

  return {
    reloadBundled(list) {
      const before = kit.bundled();
      kit.library.replace(list);
      const changed = list
        .filter((b) => {
          const old = before.find((o) => o.file === b.file);
          return !old || JSON.stringify(old.json) !== JSON.stringify(b.json);
        })
        .map((b) => b.file);
      set((d) => {
        d.bundled = list.map(summarise);
      });
      const s = get();
      const g = s.game;
      const playing = s.screen !== 'start' && s.screen !== 'setup';
      if (g?.bundledFile && changed.includes(g.bundledFile) && playing) {
        const file = g.bundledFile;
        const b = list.find((x) => x.file === file);
        const gone = kit.lang().ui.notices.noLongerBundled(file);
        const next: Checked = b
          ? checkBundled(b)
          : {
              ok: false,
              problems: [{ path: '$', message: gone, severity: 'error' }],
              warnings: [],
            };
        reloadGame(file, next, { bundledFile: file, scenarioText: null });
        return;
      }
      const setup = s.setup;
      if (s.screen === 'setup' && setup && setup.text === null && changed.includes(setup.file)) {
        const b = list.find((x) => x.file === setup.file);
        if (!b) return;
        const c = checkBundled(b);
        if (!c.ok) showScenarioProblems(kit, setup.file, c);
        else setupFrom(kit, setup.file, null, c, { seed: setup.seed, seats: setup.seats });
      }
    },

    reloadScenarioFile(name, text, maps = []) {
      const opened = validators().openScenario(text, name, maps, undefined, kit.lang());
      const s = get();
      const g = s.game;
      const id = opened.ok ? opened.checked.scenario.id : scenarioIdOf(text);
      const playing = s.screen !== 'start' && s.screen !== 'setup';
      if (
        g &&
        playing &&
        g.bundledFile === null &&
        id !== undefined &&
        g.rules.scenario.id === id
      ) {
        const next: Checked = opened.ok
          ? opened.checked
          : { ok: false, problems: opened.problems, warnings: opened.warnings };
        const scenarioText = opened.ok ? opened.text : g.scenarioText;
        reloadGame(name, next, { bundledFile: null, scenarioText });
        return;
      }
      const setup = s.setup;
      const onIt = s.screen === 'setup' && setup?.file === name;
      if (s.screen !== 'start' && !onIt) return;
      if (!opened.ok) {
        showScenarioProblems(kit, name, opened);
        return;
      }
      if (onIt && setup.rules.scenarioHash === opened.checked.rules.scenarioHash) return;
      const keep = onIt ? { seed: setup.seed, seats: setup.seats } : undefined;
      setupOpened(kit, name, opened, keep);
    },
  };
}
