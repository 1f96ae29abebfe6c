/**
 * The rules of the scenario a saved game names by its hash: one lookup for every path a game
 * comes in by (a save file, the autosave, another window). The bundled scenarios are
 * validated once each and remembered.
 */
import type { Rules } from '../engine';
import type { GameOrigin } from '../authority';
import { MAX_KEPT_BYTES } from '../format';
import { validators } from './checks';
import type { BundledScenario, Checked } from './scenarios';

export interface RulesFound extends GameOrigin {
  rules: Rules;
}

const checkedBundled = new WeakMap<BundledScenario, Checked>();

/** A bundled scenario validated, once per version of it. */
export function checkBundled(b: BundledScenario): Checked {
  let c = checkedBundled.get(b);
  if (!c) {
    c = validators().checkScenarioValue(b.json);
    checkedBundled.set(b, c);
  }
  return c;
}

export interface Candidates {
  bundled: readonly BundledScenario[];
  /** Scenarios in use here (the game on screen, the one being set up). */
  known?: readonly (RulesFound | null | undefined)[];
  /** A scenario's text carried with the game. */
  text?: string | null;
  /** What to call that text in its problems. */
  textSource?: string;
}

/** The rules whose scenario hash is `hash`: those in use, then the bundled ones, then the text. */
export function findRules(hash: string, where: Candidates): RulesFound | null {
  // The game on screen first: the same rules object lets a game that grows replay only
  // what is new.
  for (const k of where.known ?? []) if (k && k.rules.scenarioHash === hash) return k;
  for (const b of where.bundled) {
    const c = checkBundled(b);
    if (c.ok && c.rules.scenarioHash === hash) {
      return { rules: c.rules, bundledFile: b.file, scenarioText: null };
    }
  }
  if (where.text) {
    // Kept with a game, it may hold its Tiled map's shapes: the kept limit, not a file's.
    const c = validators().checkScenarioText(
      where.text,
      where.textSource,
      undefined,
      MAX_KEPT_BYTES,
    );
    if (c.ok && c.rules.scenarioHash === hash) {
      return { rules: c.rules, bundledFile: null, scenarioText: where.text };
    }
  }
  return null;
}
