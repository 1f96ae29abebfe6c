import { describe, expect, it } from 'vitest';
import {
  applyCommandInPlace,
  newGame,
  playGame,
  type Command,
  type GameState,
} from '../../src/engine';
import { buildDebrief } from '../../src/debrief/model';
import { makeLang } from '../../src/i18n';
import { indicatorsCsv, csvCell } from '../../src/debrief/csv';
import { debriefMarkdown, mdText } from '../../src/debrief/markdown';
import { defaultRules, miniRules } from '../engine/helpers';
import { compileRules } from '../../src/engine/rules';
import type { Scenario } from '../../src/format';

const rules = miniRules();
const roles = ['military', 'police', 'civilian'];
const commitAll: Command[] = roles.map((role) => ({ type: 'commit', role }));
const L = makeLang('en', rules.scenario);
const name = (id: string) => L.text(rules.role(id).name);

function play(seed: string, commands: Command[]): GameState {
  const s = newGame(rules, seed);
  for (const c of commands) applyCommandInPlace(rules, s, c);
  return s;
}

/** Two turns: a joint patrol and an aid delivery, then a share; ended by the facilitator. */
function shortGame(): GameState {
  const s = play('short', [
    {
      type: 'propose',
      role: 'police',
      action: 'joint_patrol',
      district: 'market',
      partners: ['military'],
    },
  ]);
  applyCommandInPlace(rules, s, {
    type: 'respond',
    role: 'military',
    proposal: s.proposals[0]!.id,
    accept: true,
  });
  for (const c of [
    { type: 'order', role: 'civilian', action: 'aid_delivery', district: 'market' },
    ...commitAll,
    {
      type: 'order',
      role: 'military',
      action: 'share_intel',
      district: 'hills',
      fact: 'arms-cache',
      to: 'police',
    },
    ...commitAll,
    { type: 'endExercise', reason: 'end of the session' },
  ] as Command[])
    applyCommandInPlace(rules, s, c);
  return s;
}

describe('debrief model of a short recorded game (figures by hand)', () => {
  const s = shortGame();
  const d = buildDebrief(rules, s, L);

  it('counts joint and solo actions, shares and turns played', () => {
    expect(d.overview.turnsPlayed).toBe(2);
    expect(d.overview.ended).toBe(true);
    expect(d.coordination.jointActions).toBe(1);
    expect(d.coordination.soloActions).toBe(1);
    expect(d.coordination.jointShare).toBe(50);
    expect(d.coordination.factsShared).toBe(1);
    // The protest plan (police) helps mediation and crowd control, which the civilians and the
    // military could do.
    expect(d.facts.find((f) => f.fact === 'protest-plan')!.neverReached).toEqual([
      'military',
      'civilian',
    ]);
    expect(d.coordination.factsHeld).toBe(1);
  });

  it('tells who knew what, when', () => {
    const cache = d.facts.find((f) => f.fact === 'arms-cache')!;
    expect(cache.holders).toEqual([
      { role: 'military', fromTurn: 1, how: 'held from the start', fromStart: true },
      { role: 'police', fromTurn: 2, how: 'shared by Force Headquarters', fromStart: false },
    ]);
    expect(cache.shares).toEqual([
      { turn: 2, from: 'military', to: 'police', leaked: s.compromised.includes('arms-cache') },
    ]);
  });

  it('charts every indicator from the start, mission-wide and per district, and trust per pair', () => {
    const security = rules.indicatorIndex.get('security')!;
    const start = rules.scenario.districts.map((x) => x.indicators.security!);
    expect(d.charts.mission[security]!.values[0]).toBe(
      Math.round(start.reduce((a, b) => a + b, 0) / start.length),
    );
    expect(d.charts.districts[0]!.series[security]!.values).toEqual([
      start[0],
      ...s.history.map((h) => h.districts[0]![security]),
    ]);
    expect(d.charts.trust.map((t) => t.values[0])).toEqual([40, 50, 50]);
    expect(d.charts.trust[0]!.values.at(-1)).toBe(s.trust[0]!.value);
  });

  it('objectives carry their value per turn and the entries that moved them', () => {
    const secure = d.objectives.find((o) => o.id === 'secure-town')!;
    expect(secure.series).toHaveLength(3);
    expect(secure.value).toBe(secure.series.at(-1));
    for (const e of secure.evidence) {
      const entry = s.log.find((x) => x.id === e.entry)!;
      const moved = entry.effects.reduce(
        (a, x) =>
          a + (x.kind === 'indicator' && x.indicator === 'security' ? x.after - x.before : 0),
        0,
      );
      expect(e.change).toBe(moved);
    }
  });

  it('exports a CSV row per district per turn, and a Markdown report', () => {
    const csv = indicatorsCsv(d, L).trim().split('\n');
    expect(csv[0]).toBe('turn,district,name,security,trust,tension,need');
    expect(csv).toHaveLength(1 + 3 * rules.scenario.districts.length);
    expect(csv[1]).toMatch(/^0,harbour,Harbour,50,50,40,30$/);
    const md = debriefMarkdown(d, name, L);
    expect(md).toContain('# After-action report: Tutorial fixture');
    expect(md).toContain('Joint actions: 1 of 2 actions (50%)');
    expect(md).toContain('## Who knew what, when');
  });
});

describe('held intelligence', () => {
  it('an incident that failed while a fact was held is reported, with a question about it', () => {
    let reported = 0;
    for (let i = 0; i < 40 && !reported; i++) {
      const s = play(`held-${i}`, [
        { type: 'adjust', district: 'market', indicator: 'tension', delta: 20, reason: 'test' },
        ...commitAll,
      ]);
      while (s.status === 'planning' && s.incidents.some((x) => x.status === 'open'))
        commitAll.forEach((c) => applyCommandInPlace(rules, s, c));
      if (!s.incidents.some((x) => x.status === 'failed')) continue;
      reported++;
      const d = buildDebrief(rules, s, L);
      expect(d.coordination.heldIntelIncidents).toHaveLength(1);
      expect(d.coordination.heldIntelIncidents[0]!.title).toMatch(
        /Protest in the market.*failed to respond/,
      );
      const story = d.facts.find((f) => f.fact === 'protest-plan')!;
      expect(story.incidents[0]).toMatchObject({ status: 'failed', district: 'market' });
      expect(
        d.questions.some(
          (q) => q.source === 'game' && q.text.includes('"Protest planned in the market"'),
        ),
      ).toBe(true);
      expect(d.roles.find((r) => r.role === 'police')!.improvements.join(' ')).toMatch(
        /Held "Protest planned in the market"/,
      );
    }
    expect(reported).toBe(1);
  });
});

describe('debrief of whole games', () => {
  it('builds for policy games of the default scenario, with annotations and overrules listed', () => {
    const big = defaultRules();
    const { state } = playGame(big, 'debrief-whole', 'cooperative');
    const entry = state.log.find((e) => e.kind === 'joint' && e.roll)!;
    applyCommandInPlace(big, state, {
      type: 'annotate',
      entry: entry.id,
      note: 'Good use of the liaison officer',
    });
    applyCommandInPlace(big, state, {
      type: 'overrule',
      entry: entry.id,
      reason: 'the patrol never left base',
    });
    const d = buildDebrief(big, state, makeLang('en', big.scenario));
    expect(d.annotations).toEqual([
      {
        entry: entry.id,
        turn: entry.turn,
        title: makeLang('en', big.scenario).msg(entry.title),
        note: 'Good use of the liaison officer',
      },
    ]);
    expect(d.facilitatorActions.at(-1)!.title).toContain('the patrol never left base');
    expect(d.timeline.flatMap((t) => t.items).find((i) => i.entry === entry.id)!.annotation).toBe(
      'Good use of the liaison officer',
    );
    expect(d.keyMoments.length).toBeGreaterThan(0);
    expect(d.questions.filter((q) => q.source === 'scenario')).toHaveLength(
      big.scenario.debriefQuestions.length,
    );
  });
});

describe('exports treat text as text', () => {
  it('Markdown escapes markup, CSV defuses formulas', () => {
    expect(mdText('<img src=x onerror=alert(1)> *bold* [link](http://x)')).toBe(
      '\\<img src=x onerror=alert(1)\\> \\*bold\\* \\[link\\](http://x)',
    );
    expect(mdText('# heading')).toBe('\\# heading');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('exports keep scenario text from making its own structure', () => {
  it.each([
    ['a lone CR', 'Title\r# Injected'],
    ['CR LF', 'Title\r\n# Injected'],
    ['U+2028', 'Title\u2028# Injected'],
    ['U+2029', 'Title\u2029# Injected'],
    ['U+0085', 'Title\u0085# Injected'],
    ['a vertical tab', 'Title\u000b# Injected'],
  ])('Markdown turns %s into a space, so no heading starts', (_, text) => {
    const md = mdText(text);
    expect(md).toBe('Title \\# Injected');
    expect(md).not.toMatch(/[\r\n\u000b\u000c\u0085\u2028\u2029]/);
  });

  it.each([
    ['    indented code', 'indented code'],
    ['1. a list', '1\\. a list'],
    ['2) a list', '2\\) a list'],
    ['- a list', '\\- a list'],
    ['+ a list', '\\+ a list'],
    ['=== an underline', '\\=== an underline'],
    ['> a quote', '\\> a quote'],
    ['![image](x)', '\\!\\[image\\](x)'],
  ])('Markdown escapes what would start a block: %s', (text, escaped) => {
    expect(mdText(text)).toBe(escaped);
  });

  it('the report of a game whose title holds a lone CR has one title heading', () => {
    const scenario = JSON.parse(JSON.stringify(rules.scenario)) as Scenario;
    scenario.title = 'Fixture\r# Injected heading\r## And another';
    const r = compileRules(scenario);
    const lang = makeLang('en', r.scenario);
    const md = debriefMarkdown(buildDebrief(r, newGame(r, 'md'), lang), name, lang);
    expect(md.split('\n').filter((l) => /^#+ (Injected|And another)/.test(l))).toEqual([]);
    expect(md.match(/^# /gm)).toHaveLength(1);
  });

  it.each([
    ['a;=HYPERLINK("http://evil.example")', '"a;\'=HYPERLINK(""http://evil.example"")"'],
    ['a, "-1', '"a, ""\'-1"'],
    [' =1+1', '"\' =1+1"'],
    ['\t=1+1', '"\'\t\'=1+1"'],
    ['-2+3', '"\'-2+3"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['\uff1d1+1', '"\'\uff1d1+1"'],
    ['a|b', '"a|b"'],
    ['trailing ', '"trailing "'],
    ['Vieille Ville', 'Vieille Ville'],
  ])('CSV writes %j as %s', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('no CSV cell starts a formula, whatever the separator a spreadsheet splits on', () => {
    const scenario = JSON.parse(JSON.stringify(rules.scenario)) as Scenario;
    scenario.districts[0]!.name = 'Harbour;=HYPERLINK("x");\t+1; -2|@3';
    const r = compileRules(scenario);
    const lang = makeLang('en', r.scenario);
    const csv = indicatorsCsv(buildDebrief(r, newGame(r, 'csv'), lang), lang);
    for (const separator of [',', ';', '\t', '|'])
      for (const line of csv.trim().split('\n'))
        for (const cell of splitCsv(line, separator))
          // Spreadsheets may trim spaces, tabs and line breaks before they look for a formula.
          expect(cell, `${separator} in ${line}`).not.toMatch(
            /^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]/,
          );
  });
});

/** Cells as a spreadsheet reads them: quotes respected, any separator. */
function splitCsv(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}
