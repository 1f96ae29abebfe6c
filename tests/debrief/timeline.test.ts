/**
 * The debrief's timeline marks, in every language: a rolled item is marked by whether it went the
 * mission's way, as the log words its roll (a share that "did not leak" went well, on every
 * bundled scenario and for every policy), and an outcome the facilitator overruled is marked
 * overruled where it stands, with the ruling's reason, on screen and in the Markdown report.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  applyCommandInPlace,
  compileRules,
  gameSeed,
  playGame,
  POLICY_IDS,
  replay,
  type GameState,
  type LogEntry,
  type Rules,
} from '../../src/engine';
import { buildDebrief, rollWentWell } from '../../src/debrief/model';
import { debriefMarkdown } from '../../src/debrief/markdown';
import { makeLang, LOCALES } from '../../src/i18n';
import type { Scenario } from '../../src/format';
import { timelineMark } from '../../src/ui/model/debrief';
import { rollIsGood } from '../../src/ui/text';

const FILES = ['default', 'tutorial', 'organised-crime', 'election-capital', 'divided-town'];
const load = (f: string): Rules =>
  compileRules(
    JSON.parse(
      readFileSync(fileURLToPath(new URL(`../../scenarios/${f}.json`, import.meta.url)), 'utf8'),
    ) as Scenario,
  );

describe('a rolled item is marked by whether it went the mission’s way', () => {
  for (const file of FILES) {
    const rules = load(file);
    const games = POLICY_IDS.map((p, i) => playGame(rules, gameSeed(`marks-${file}`, i), p).state);
    it(`in ${file}, as the log words each roll, in every language`, () => {
      let sharesKept = 0;
      for (const state of games) {
        const byId = new Map(state.log.map((e) => [e.id, e]));
        for (const locale of LOCALES) {
          const d = buildDebrief(rules, state, makeLang(locale, rules.scenario));
          for (const item of d.timeline.flatMap((t) => t.items)) {
            if (item.success === undefined) continue;
            const e = byId.get(item.entry)!;
            // The report's "✔ It did not leak" and the timeline say the same.
            expect(item.success, `${e.kind} ${e.id}`).toBe(rollIsGood(e, e.roll!));
            if (e.kind === 'share') {
              expect(item.success).toBe(e.detail?.key === 'log.notLeaked');
              if (item.success) sharesKept++;
            }
            expect(timelineMark(item)).toBe(item.success ? '\u2714' : '\u2716');
          }
        }
      }
      if (file === 'default') expect(sharesKept).toBeGreaterThan(0);
    });
  }

  it('has one rule for what went well: a leak and a drawn card did not', () => {
    const roll = { base: 50, modifiers: [], chance: 50, roll: 10, success: true };
    const kinds: LogEntry['kind'][] = ['joint', 'solo', 'move', 'share', 'event', 'incident'];
    expect(kinds.map((kind) => rollWentWell({ kind, roll }))).toEqual([
      true,
      true,
      true,
      false,
      false,
      true,
    ]);
    expect(rollWentWell({ kind: 'share' })).toBeUndefined();
  });
});

describe('an overruled outcome is marked overruled where it stands', () => {
  const rules = load('default');
  const SEED = 'overruled-timeline';
  /** Four turns of the cooperative policy, then the facilitator's rulings in turn 5. */
  function ruled(): { state: GameState; failed: LogEntry; succeeded: LogEntry } {
    const { commands } = playGame(rules, SEED, 'cooperative');
    const cut = commands.slice(0, replay(rules, SEED, commands).turnStarts[5]);
    const state = replay(rules, SEED, cut).state;
    const acted = state.log.filter(
      (e) =>
        e.roll && (e.kind === 'joint' || e.kind === 'solo') && e.effects.some((x) => 'before' in x),
    );
    const failed = acted.find((e) => !e.roll!.success)!;
    const succeeded = acted.find((e) => e.roll!.success && e.turn !== failed.turn) ?? acted[0]!;
    expect(failed).toBeDefined();
    // The later entry first: each ruling is still paired with its own entry.
    for (const [e, reason] of [
      [succeeded, 'the patrol never left the base'],
      [failed, 'the roll was misread'],
    ] as const)
      applyCommandInPlace(rules, state, { type: 'overrule', entry: e.id, reason });
    return { state, failed, succeeded };
  }
  const { state, failed, succeeded } = ruled();

  for (const locale of LOCALES)
    it(`in its own turn, with the ruling's reason, on screen and in the Markdown (${locale})`, () => {
      const L = makeLang(locale, rules.scenario);
      const d = buildDebrief(rules, state, L);
      const at = (e: LogEntry) =>
        d.timeline.find((t) => t.turn === e.turn)!.items.find((i) => i.entry === e.id)!;
      const reasons = [
        [failed, 'the roll was misread'],
        [succeeded, 'the patrol never left the base'],
      ] as const;
      for (const [e, reason] of reasons) {
        const item = at(e);
        expect(item.turn).toBe(e.turn);
        expect(item.overruled).toBe(reason);
        expect(timelineMark(item)).toBe('\u2298');
      }
      // Nothing else is marked overruled; the rulings themselves stand in turn 5.
      const marked = d.timeline.flatMap((t) => t.items).filter((i) => i.overruled !== undefined);
      expect(marked.map((i) => i.entry).sort()).toEqual([failed.id, succeeded.id].sort());
      const rulings = d.timeline
        .find((t) => t.turn === 5)!
        .items.filter((i) => i.kind === 'facilitator');
      expect(rulings).toHaveLength(2);

      const md = debriefMarkdown(d, (id) => L.text(rules.role(id).name), L);
      for (const [e, reason] of reasons) {
        const line = md.split('\n').find((l) => l.startsWith(`- ${at(e).title}`))!;
        expect(line).toContain(L.ui.report.mdOverruled(reason));
      }
    });
});
