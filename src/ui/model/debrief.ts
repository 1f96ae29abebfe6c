/** The debrief's model for a screen: built once per game state and language, and read by the
 * debrief, the console's evaluation tab and the what-if comparison. */
import type { GameState, Rules } from '../../engine';
import { buildDebrief, type Debrief, type ObjectiveReport } from '../../debrief/model';
import type { Lang } from '../../i18n';

const cache = new WeakMap<GameState, WeakMap<Lang, Debrief>>();

/** The debrief model of a game in a language, built once per state and language. */
export function debriefOf(rules: Rules, state: GameState, L: Lang): Debrief {
  let byLang = cache.get(state);
  if (!byLang) cache.set(state, (byLang = new WeakMap()));
  let d = byLang.get(L);
  if (!d) {
    d = buildDebrief(rules, state, L);
    byLang.set(L, d);
  }
  return d;
}

/** Whether a change moved an objective's value the way it wants to go. */
export function evidenceTone(o: ObjectiveReport, change: number): 'good' | 'bad' {
  return (o.comparison === 'atLeast') === change > 0 ? 'good' : 'bad';
}

type TimelineItem = Debrief['timeline'][number]['items'][number];

/** The mark beside a timeline item: overruled, else its outcome when it was rolled, else what kind
 * of thing it is. */
export function timelineMark(i: TimelineItem): string {
  if (i.overruled !== undefined) return '\u2298';
  if (i.success !== undefined) return i.success ? '\u2714' : '\u2716';
  if (i.kind === 'facilitator') return '\u270e';
  if (i.kind === 'inject' || i.kind === 'event') return '\u2709';
  if (i.kind === 'incident') return '\u26a0';
  return '\u2022';
}
