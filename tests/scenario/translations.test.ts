import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateScenario, type Problem, type ValidationResult } from '../../src/scenario/validate';
import { findTexts, textFieldPatterns } from '../../src/scenario/translations';
import { readScenarioFile } from '../../src/scenario/loadNode';
import { formatPath } from '../../src/format';
import { at, errors, fixture, type Json } from './helpers';

const TRANSLATED_PATH = fileURLToPath(
  new URL('../fixtures/translated-scenario.json', import.meta.url),
);
const translated = (): Json => JSON.parse(readFileSync(TRANSLATED_PATH, 'utf8')) as Json;
const fixtureFile = (name: string): Json =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8'),
  ) as Json;

function changed(base: Json, change: (s: Json) => void): ValidationResult {
  change(base);
  return validateScenario(base);
}

const show = (list: Problem[]) =>
  list
    .map((p) => `${p.severity} ${p.path}: ${p.message}${p.suggestion ? ` (${p.suggestion})` : ''}`)
    .join('\n');

/** `$.roles[1].assets[0].name` → `$.roles[].assets[].name`, with an incident's fields named as such
 * wherever it opens. */
const pattern = (path: string) =>
  path
    .replace(/\[\d+\]/g, '[]')
    .replace(/^\$\.actionOverrides\.[^.]+\./, '$.actionOverrides.<key>.')
    .replace(/^.*\.incident\./, 'Incident.');

/** Every string in a value, with its path, skipping the texts `skip` holds (by formatted path). */
function strings(
  value: Json,
  skip: ReadonlySet<string>,
  path: (string | number)[] = [],
): (string | number)[][] {
  if (skip.has(formatPath(path))) return [];
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, skip, [...path, i]));
  if (value !== null && typeof value === 'object')
    return Object.keys(value).flatMap((k) => strings(value[k], skip, [...path, k]));
  return [];
}

function setAt(root: Json, path: readonly (string | number)[], make: (v: Json) => Json): void {
  let o = root;
  for (const k of path.slice(0, -1)) o = o[k];
  const last = path[path.length - 1]!;
  o[last] = make(o[last]);
}

describe('finding the translatable texts', () => {
  it('finds them where the schema allows translatable text, incidents inside effects and overrides included', () => {
    const patterns = textFieldPatterns();
    for (const p of [
      '$.title',
      '$.learningObjectives[]',
      '$.debriefQuestions[]',
      '$.roles[].short',
      '$.roles[].constraints[].reason',
      '$.roles[].privateObjective.description',
      '$.injects[].effects[].incident.title',
      '$.actionOverrides.<key>.onFailure[].incident.text',
      '$.drift[].reason',
    ]) {
      expect(patterns).toContain(p);
    }
    for (const id of [
      '$.id',
      '$.sources[]',
      '$.roles[].id',
      '$.roles[].kind',
      '$.language',
      '$.languages[]',
    ])
      expect(patterns).not.toContain(id);
  });

  it('the translated fixture has every kind of translatable field the schema has', () => {
    const found = new Set(findTexts(translated()).map((t) => pattern(formatPath(t.path))));
    expect([...found].sort()).toEqual([...new Set(textFieldPatterns().map(pattern))].sort());
  });

  it('every text it finds may be written by language code', () => {
    const s = fixture();
    const texts = findTexts(s);
    expect(texts.length).toBeGreaterThan(50);
    for (const t of texts) setAt(s, t.path, (v) => ({ en: v }));
    expect(validateScenario(s)).toMatchObject({ ok: true, warnings: [] });
  });

  it('misses none: any other string of the file refuses to be written by language code', () => {
    const base = translated();
    const texts = new Set(findTexts(base).map((t) => formatPath(t.path)));
    const others = strings(base, texts);
    expect(others.length).toBeGreaterThan(100);
    for (const path of others) {
      const s = translated();
      setAt(s, path, (v) => ({ en: v }));
      const result = validateScenario(s);
      expect(
        result.ok,
        `${formatPath(path)} accepted text by language code but was not found as a text`,
      ).toBe(false);
    }
  });
});

describe('translation warnings', () => {
  it('a fully translated scenario validates with no warnings', async () => {
    expect(validateScenario(translated())).toMatchObject({ ok: true, warnings: [] });
    expect(await readScenarioFile(TRANSLATED_PATH)).toMatchObject({ ok: true, warnings: [] });
  });

  it('plain-text scenarios without "languages" get no translation warnings', () => {
    for (const name of ['mini-scenario.json', 'river-town.json', 'large-scenario.json']) {
      const result = validateScenario(fixtureFile(name));
      expect(result.ok, name).toBe(true);
      expect(
        result.warnings.filter((w) => /translat|language/.test(w.message + w.path)),
        name,
      ).toEqual([]);
    }
  });

  it('a plain text in a translated scenario is a warning at its path naming the languages it lacks', () => {
    const result = changed(translated(), (s) => (s.roles[1].mandate = s.roles[1].mandate.en));
    expect(result.ok).toBe(true);
    expect(show(result.warnings)).toBe(
      `warning $.roles[1].mandate: written in 'en' only; not translated into 'es', 'fr' (write it as {"en": "…", "es": "…", "fr": "…"})`,
    );
  });

  it('a translation missing from a text object is a warning at its path naming the language', () => {
    const result = changed(translated(), (s) => delete s.roles[1].mandate.fr);
    expect(show(result.warnings)).toBe(
      `warning $.roles[1].mandate: no translation into 'fr' (add "fr": "…")`,
    );
  });

  it('items of a list of texts are reported at their own paths', () => {
    const result = changed(translated(), (s) => delete s.debriefQuestions[1].es);
    expect(show(result.warnings)).toBe(
      `warning $.debriefQuestions[1]: no translation into 'es' (add "es": "…")`,
    );
  });

  it('texts of one item that lack the same languages are named together, at the item', () => {
    const result = changed(translated(), (s) => {
      delete s.roles[1].mandate.fr;
      delete s.roles[1].assets[0].name.fr;
      s.roles[1].short = 'POL';
      delete s.injects[1].effects[0].incident.title.es;
    });
    expect(at(result.warnings, '$.roles[1]').map((w) => w.message)).toEqual([
      "2 texts not translated into 'fr': mandate, assets[0].name",
    ]);
    expect(at(result.warnings, '$.roles[1]')[0]!.suggestion).toBe('add "fr": "…" to each');
    expect(at(result.warnings, '$.roles[1].short').map((w) => w.message)).toEqual([
      "written in 'en' only; not translated into 'es', 'fr'",
    ]);
    expect(
      at(result.warnings, '$.injects[1].effects[0].incident.title').map((w) => w.message),
    ).toEqual(["no translation into 'es'"]);
    // One summary first, since the warnings are spread over several items.
    expect(result.warnings[0]).toMatchObject({
      path: '$.languages',
      message: expect.stringMatching(
        /^of 68 texts, 2 lack 'es' and 3 lack 'fr'; players see the 'en' text in their place/,
      ),
    });
  });

  it('a large untranslated scenario gets far fewer warnings than texts, yet every text is named', () => {
    const s = fixtureFile('large-scenario.json');
    s.languages = ['en', 'es', 'fr'];
    const texts = findTexts(s).map((t) => formatPath(t.path));
    const result = validateScenario(s);
    expect(result.ok).toBe(true);
    const warnings = result.warnings;
    expect(texts.length).toBeGreaterThan(500);
    expect(warnings.length).toBeLessThan(texts.length / 3);
    for (const path of texts) {
      const named = warnings.some((w) => {
        if (w.path === path) return true;
        if (!path.startsWith(w.path) || w.path === path) return false;
        const rest = path.slice(w.path.length).replace(/^\./, '');
        const listed = w.message.slice(w.message.indexOf("': ") + 3).split(', ');
        return listed.includes(rest);
      });
      expect(named, `${path} is named by no warning`).toBe(true);
    }
  });

  it("a text without the scenario's own language is a warning: the fallback is another language", () => {
    const result = changed(translated(), (s) => delete s.districts[2].name.en);
    expect(show(result.warnings)).toBe(
      "warning $.districts[2].name: no 'en' text, the scenario's own language: a player whose language this text lacks sees the 'es' one, the first written (add \"en\": \"…\")",
    );
  });

  it('also without "languages"', () => {
    const result = changed(fixture(), (s) => (s.districts[2].name = { fr: 'Marché' }));
    expect(at(result.warnings, '$.districts[2].name')[0]?.message).toMatch(
      /^no 'en' text, the scenario's own language/,
    );
    expect(at(result.warnings, '$.languages')[0]).toMatchObject({
      message: `texts are translated into 'fr' (1 text), but "languages" is not given, so no missing translation is reported`,
      suggestion: 'add "languages": ["en", "fr"]',
    });
  });

  it('follows the scenario\'s "language": plain text is in it', () => {
    const result = changed(fixture(), (s) => {
      s.language = 'fr';
      s.languages = ['fr', 'en'];
      s.title = { fr: 'Scénario', en: 'Scenario' };
    });
    expect(at(result.warnings, '$.title')).toEqual([]);
    expect(at(result.warnings, '$')[0]?.message).toBe(
      "2 texts not translated into 'en': summary, setting",
    );
  });

  it('a translation into a language not declared is a warning, with the nearest declared one', () => {
    const result = changed(translated(), (s) => {
      s.roles[0].name.fe = s.roles[0].name.fr;
      delete s.roles[0].name.fr;
    });
    const [typo] = at(result.warnings, '$.roles[0].name.fe');
    expect(typo).toMatchObject({ severity: 'warning', suggestion: "did you mean 'fr'?" });
    expect(typo!.message).toMatch(
      /'fe' is not among the scenario's languages \('en', 'es', 'fr'\)/,
    );
    expect(at(result.warnings, '$.roles[0].name')[0]?.message).toBe("no translation into 'fr'");
  });

  it('one undeclared language written in many texts is one warning, naming each text', () => {
    const result = changed(translated(), (s) => {
      s.title.de = 'Übungsszenario';
      s.roles[2].mandate.de = 'Gemeinden einbinden.';
    });
    const undeclared = result.warnings.filter((w) => w.message.includes("'de'"));
    expect(undeclared).toHaveLength(1);
    expect(undeclared[0]).toMatchObject({
      path: '$.languages',
      suggestion: "add 'de' to $.languages, or remove these translations",
    });
    expect(undeclared[0]!.message).toContain('$.title.de, $.roles[2].mandate.de');
  });

  it('warns of a language listed twice, and of one no player can choose', () => {
    const result = changed(translated(), (s) => (s.languages = ['en', 'es', 'fr', 'es', 'fr-CA']));
    expect(at(result.warnings, '$.languages[3]')[0]?.message).toBe("'es' is listed twice");
    expect(at(result.warnings, '$.languages[4]')[0]).toMatchObject({
      message:
        "the game speaks 'en', 'es' and 'fr'; no player can choose 'fr-CA', so its translations are never shown",
      suggestion: "did you mean 'fr'?",
    });
  });
});

describe('language errors', () => {
  it('"language" must be among "languages"', () => {
    const result = changed(translated(), (s) => (s.language = 'es-MX'));
    expect(show(errors(result))).toBe(
      "error $.language: the scenario's language 'es-MX' is not among its languages ('en', 'es', 'fr') (did you mean 'es'?)",
    );
    // Until it is settled, every text would seem to lack it: no translation warnings meanwhile.
    expect(result.warnings).toEqual([]);
  });

  it('without "language", the languages must include English', () => {
    const result = changed(fixture(), (s) => (s.languages = ['es', 'fr']));
    const [p] = at(errors(result), '$.languages');
    expect(p?.message).toBe(
      `without "language", the scenario's plain text counts as 'en', which is not among its languages ('es', 'fr')`,
    );
    expect(p?.suggestion).toMatch(/"language": "es"/);
  });

  it.each([
    [
      'a text keyed by a code in capitals',
      (s: Json) => (s.title = { EN: 'Title' }),
      '$.title.EN',
      "did you mean 'en'?",
    ],
    [
      'a text keyed with an underscore',
      (s: Json) => (s.roles[0].name = { en: 'HQ', fr_FR: 'QG' }),
      '$.roles[0].name.fr_FR',
      "did you mean 'fr-FR'?",
    ],
    [
      'a list item keyed by a language name',
      (s: Json) => (s.learningObjectives[1] = { en: 'x', French: 'y' }),
      '$.learningObjectives[1].French',
      "did you mean 'fr'?",
    ],
    [
      '"language" in capitals',
      (s: Json) => (s.language = 'EN'),
      '$.language',
      "did you mean 'en'?",
    ],
    [
      'a bad code in "languages"',
      (s: Json) => (s.languages = ['en', 'Fr']),
      '$.languages[1]',
      "did you mean 'fr'?",
    ],
  ])(
    '%s is an error at its path, with the code probably meant',
    (_name, change, path, suggestion) => {
      const result = changed(fixture(), change);
      const [p] = at(errors(result), path);
      expect(p, show(errors(result))).toBeDefined();
      expect(p!.message).toMatch(
        /is not a language code: expected two lowercase letters, optionally a region/,
      );
      expect(p!.suggestion).toBe(suggestion);
    },
  );

  it('an empty text object is an error at its path', () => {
    const result = changed(fixture(), (s) => (s.injects[0].sender = {}));
    expect(show(at(errors(result), '$.injects[0].sender'))).toBe(
      'error $.injects[0].sender: expected the text in at least one language, found an empty object',
    );
  });

  it('a text of the wrong type says both forms', () => {
    const result = changed(fixture(), (s) => (s.roles[0].mandate = 42));
    expect(show(at(errors(result), '$.roles[0].mandate'))).toBe(
      'error $.roles[0].mandate: expected text, or an object of text by language code, found 42',
    );
  });

  it('a short label is at most 8 characters in every language', () => {
    const result = changed(translated(), (s) => (s.roles[2].short.fr = 'AFF. CIVILES'));
    expect(show(at(errors(result), '$.roles[2].short.fr'))).toBe(
      'error $.roles[2].short.fr: expected at most 8 characters, found 12',
    );
  });
});
