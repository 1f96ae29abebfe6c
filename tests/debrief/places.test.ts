/**
 * The debrief names a place once where it names it: an incident whose title names its district
 * ("Intercommunal clashes in Dunmere") is not followed by the district again, in the timeline,
 * the key moments, the generated questions, "who knew what, when" and the Markdown report, in
 * every language, over whole games of every bundled scenario; nor in the interface's own
 * sentences about an incident (the facts' incident lines, a new incident among the effects).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileRules, gameSeed, playGame, POLICY_IDS, type Rules } from '../../src/engine';
import { buildDebrief, type Debrief } from '../../src/debrief/model';
import { debriefMarkdown } from '../../src/debrief/markdown';
import { makeLang, LOCALES, type Lang } from '../../src/i18n';
import type { LocalText, Scenario } from '../../src/format';

const FILES = ['default', 'tutorial', 'organised-crime', 'election-capital', 'divided-town'];
const load = (f: string): { rules: Rules; scenario: Scenario } => {
  const scenario = JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../scenarios/${f}.json`, import.meta.url)), 'utf8'),
  ) as Scenario;
  return { rules: compileRules(scenario), scenario };
};

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A place said twice in a row, whatever joins the two in each language: "Dunmere in Dunmere",
 * "Dunmere» en Dunmere", "Dunmere (Dunmere)", "Dunmere» (Dunmere)".
 */
function doubled(text: string, place: string): boolean {
  const p = escaped(place);
  const join = '[\\s\\u00a0»”"\']*(?:in|en|à|dans|\\()?[\\s\\u00a0«“"(]*';
  return new RegExp(`(?<![\\p{L}])${p}${join}${p}(?![\\p{L}])`, 'iu').test(text);
}

/** Every sentence of the debrief model a screen shows. */
function texts(d: Debrief): string[] {
  return [
    ...d.timeline.flatMap((t) => t.items.map((i) => i.title)),
    ...d.keyMoments.flatMap((k) => [k.title, k.why]),
    ...d.questions.map((q) => q.text),
    ...d.coordination.heldIntelIncidents.map((x) => x.title),
    ...d.objectives.flatMap((o) => o.evidence.map((e) => e.title)),
    ...d.facilitatorActions.map((a) => a.title),
  ];
}

/** The incident lines of "who knew what, when", as the screen words them. */
function incidentLines(L: Lang, rules: Rules, d: Debrief): string[] {
  const t = L.ui.debrief;
  return d.facts.flatMap((f) =>
    f.incidents.map((x) => {
      const where = L.text(rules.district(x.district).name);
      const status = L.ui.report.incidentStatus[x.status];
      return x.closed
        ? t.incidentLineClosed(x.title, where, x.opened, status, x.closed)
        : t.incidentLine(x.title, where, x.opened, status);
    }),
  );
}

describe('the debrief names a place once', () => {
  for (const file of FILES) {
    const { rules, scenario } = load(file);
    const games = POLICY_IDS.map((p, i) => playGame(rules, gameSeed(`places-${file}`, i), p).state);
    for (const locale of LOCALES)
      it(`in ${file}, in ${locale}`, () => {
        const L = makeLang(locale, scenario);
        const places = scenario.districts.map((x) => L.text(x.name));
        const bad: string[] = [];
        for (const state of games) {
          const d = buildDebrief(rules, state, L);
          const md = debriefMarkdown(d, (id) => L.text(rules.role(id).name), L);
          for (const text of [...texts(d), ...incidentLines(L, rules, d), ...md.split('\n')])
            for (const place of places) if (doubled(text, place)) bad.push(text);
        }
        expect([...new Set(bad)]).toEqual([]);
      });
  }

  it('plays the incident of the issue: intercommunal clashes in Dunmere', () => {
    const { rules, scenario } = load('default');
    const L = makeLang('en', scenario);
    const titles = POLICY_IDS.flatMap((p, i) =>
      buildDebrief(
        rules,
        playGame(rules, gameSeed('places-default', i), p).state,
        L,
      ).timeline.flatMap((t) => t.items.map((x) => x.title)),
    );
    expect(titles.some((x) => x.startsWith('Intercommunal clashes in Dunmere:'))).toBe(true);
  });

  it('in the interface’s sentences about an incident, for every title that names its place', () => {
    const bad: string[] = [];
    for (const file of FILES) {
      const { scenario } = load(file);
      const titles: LocalText[] = [];
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if (o.type === 'incident' && o.incident)
            titles.push((o.incident as { title: LocalText }).title);
          Object.values(o).forEach(walk);
        }
      };
      walk(scenario.injects);
      walk(scenario.events);
      for (const locale of LOCALES) {
        const L = makeLang(locale, scenario);
        for (const t of titles.map((x) => L.text(x)))
          for (const place of scenario.districts.map((x) => L.text(x.name))) {
            if (!t.includes(place)) continue;
            const said = [
              L.ui.debrief.incidentLine(t, place, 2, 'open'),
              L.ui.debrief.incidentLineClosed(t, place, 2, 'failed', 4),
              L.ui.effects.incident(place, t),
            ];
            for (const s of said) if (s.split(place).length > 2) bad.push(`${locale}: ${s}`);
          }
      }
    }
    expect(bad).toEqual([]);
  });

  it('tells a doubled place in every language’s way of joining it', () => {
    expect(doubled('Barricades in Dunmere in Dunmere: resolved.', 'Dunmere')).toBe(true);
    expect(doubled('Incidente «Barricadas en Dunmere» en Dunmere: resuelto.', 'Dunmere')).toBe(
      true,
    );
    expect(doubled('Incident « Barricades à Dunmere » (Dunmere) : résolu.', 'Dunmere')).toBe(true);
    expect(doubled('Port Lissa IPO team moved from Port Lissa to Sel Delta.', 'Port Lissa')).toBe(
      false,
    );
  });
});
