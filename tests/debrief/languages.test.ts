/**
 * The debrief and its exports in another language than the one played: the Markdown report in
 * Spanish and French carries none of the English report's own sentences, does carry the
 * scenario's text in that language, and the CSV's numbers are the same in every language.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyCommandInPlace, compileRules, playGame } from '../../src/engine';
import { buildDebrief } from '../../src/debrief/model';
import { indicatorsCsv } from '../../src/debrief/csv';
import { debriefMarkdown } from '../../src/debrief/markdown';
import { makeLang, type Locale } from '../../src/i18n';
import type { Scenario } from '../../src/format';

const scenario = JSON.parse(
  readFileSync(fileURLToPath(new URL('./fixtures/mini-trilingual.json', import.meta.url)), 'utf8'),
) as Scenario;
const rules = compileRules(scenario);

/** A whole policy game, annotated, with a rating and an improvement, ended by the facilitator. */
function game() {
  const { state } = playGame(rules, 'languages', 'cooperative');
  const entry = state.log.find((e) => e.roll && (e.kind === 'joint' || e.kind === 'solo'))!;
  applyCommandInPlace(rules, state, {
    type: 'annotate',
    entry: entry.id,
    note: 'note-of-the-facilitator',
  });
  applyCommandInPlace(rules, state, {
    type: 'rate',
    objective: 'secure-town',
    rating: 'someChallenges',
    note: 'came late',
  });
  applyCommandInPlace(rules, state, {
    type: 'addImprovement',
    objective: 'secure-town',
    action: 'Joint patrol procedure',
    owner: 'Force commander',
    due: 'March',
  });
  return state;
}

const state = game();
const date = new Date(Date.UTC(2026, 10, 21, 12, 0));

function exportsIn(locale: Locale) {
  const L = makeLang(locale, scenario);
  const d = buildDebrief(rules, state, L);
  return {
    L,
    d,
    md: debriefMarkdown(d, (id) => L.text(rules.role(id).name), L, { date }),
    csv: indicatorsCsv(d, L),
  };
}

const en = exportsIn('en');
const es = exportsIn('es');
const fr = exportsIn('fr');

/** Sentences and headings the English report writes itself (not the scenario's text, not the
 * log's). */
const ENGLISH_TEMPLATE = [
  'After-action report',
  'Exported on',
  'turns played',
  'Exercise overview',
  'Learning objectives',
  'Private objectives',
  '| Objective | Target | Result | Met | Rating |',
  'Evidence for',
  'Indicators over the turns',
  'Trust between roles',
  'Key moments',
  'Why: chance',
  'rolled',
  'Joint actions:',
  'Intelligence shared',
  'never reached a role',
  'mean response time',
  'Who knew what, when',
  'from turn',
  'held from the start',
  'Strengths and areas for improvement',
  'succeeded, ',
  'received',
  'Timeline',
  '### Turn 1',
  'Discussion questions',
  'The largest swing came on turn',
  'What decision led to it',
  'Facilitator notes',
  'Facilitator:',
  'Improvement plan',
  '| Corrective action | Objective | Owner | Due |',
  'Performed with some challenges',
];

describe('the Markdown report in another language', () => {
  it('the English report carries every template phrase the check looks for', () => {
    for (const phrase of ENGLISH_TEMPLATE) expect(en.md, phrase).toContain(phrase);
  });

  for (const x of [es, fr]) {
    it(`in ${x.L.locale}: no sentence of the English report's own`, () => {
      for (const phrase of ENGLISH_TEMPLATE) expect(x.md, phrase).not.toContain(phrase);
    });
  }

  it('carries the scenario text in Spanish', () => {
    for (const text of [
      'Informe posterior a la acción: Escenario de práctica',
      'Una ciudad de cuatro distritos tras un alto el fuego',
      'Compartir la inteligencia antes de actuar en consecuencia',
      'Seguridad media de al menos 55.',
      '### Policía de las Naciones Unidas',
      '¿Quién dirigió la respuesta en el mercado y fue la decisión correcta?',
      'Protesta prevista en el mercado',
      'Exportado el 21 de noviembre de 2026',
    ]) {
      expect(es.md).toContain(text);
    }
  });

  it('carries the scenario text in French', () => {
    for (const text of [
      'Rapport après action\u00a0: Scénario d’entraînement',
      'Une ville de quatre quartiers après un cessez-le-feu',
      'Partager le renseignement avant d’agir',
      'Sécurité moyenne d’au moins 55.',
      '### Police des Nations Unies',
      'Qui a dirigé la réponse au marché, et était-ce le bon choix\u00a0?',
      'Cache d’armes dans les collines',
      'Exporté le 21 novembre 2026',
    ]) {
      expect(fr.md).toContain(text);
    }
  });

  it('keeps the facilitator’s own words as written, and names the rating in the language', () => {
    for (const x of [en, es, fr]) expect(x.md).toContain('note-of-the-facilitator');
    expect(es.md).toContain(es.L.vocab.ratings.someChallenges);
    expect(fr.md).toContain(fr.L.vocab.ratings.someChallenges);
  });

  it('the model itself is worded in the language: strengths, questions, names', () => {
    expect(es.d.overview.title).toBe('Escenario de práctica');
    expect(fr.d.roles.map((r) => r.name)).toEqual([
      'Quartier général de la Force',
      'Police des Nations Unies',
      'Affaires civiles',
    ]);
    expect(es.d.questions.filter((q) => q.source === 'scenario').map((q) => q.text)[0]).toMatch(
      /^¿Cuándo supo cada equipo/,
    );
    expect(fr.d.charts.districts.map((x) => x.name)).toEqual([
      'Port',
      'Vieille Ville',
      'Marché',
      'Collines',
    ]);
    // Figures do not depend on the language.
    expect(es.d.coordination).toEqual({
      ...en.d.coordination,
      heldIntelIncidents: es.d.coordination.heldIntelIncidents,
    });
    expect(fr.d.objectives.map((o) => [o.value, o.met, o.series])).toEqual(
      en.d.objectives.map((o) => [o.value, o.met, o.series]),
    );
  });
});

describe('the CSV in every language', () => {
  const rows = (csv: string) =>
    csv
      .trim()
      .split('\n')
      .map((r) => r.split(','));

  it('translates the header', () => {
    expect(rows(en.csv)[0]).toEqual([
      'turn',
      'district',
      'name',
      'security',
      'trust',
      'tension',
      'need',
    ]);
    expect(rows(es.csv)[0]!.slice(0, 3)).toEqual(['turno', 'distrito', 'nombre']);
    expect(rows(fr.csv)[0]!.slice(0, 3)).toEqual(['tour', 'code_district', 'nom']);
    expect(rows(es.csv)[0]!.slice(3)).toEqual(
      ['security', 'trust', 'tension', 'need'].map((id) => es.L.word({ ref: 'indicator', id })),
    );
  });

  it('keeps every numeric column and the district ids identical, with plain machine numbers', () => {
    const numeric = (csv: string) =>
      rows(csv)
        .slice(1)
        .map((r) => [r[0], r[1], ...r.slice(3)]);
    expect(numeric(es.csv)).toEqual(numeric(en.csv));
    expect(numeric(fr.csv)).toEqual(numeric(en.csv));
    for (const r of rows(fr.csv).slice(1))
      for (const cell of [r[0], ...r.slice(3)]) expect(cell).toMatch(/^\d+$/);
    expect(
      rows(fr.csv)
        .slice(1)
        .map((r) => r[2]),
    ).toContain('Vieille Ville');
  });
});
