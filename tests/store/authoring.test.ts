/**
 * Scenario authoring in the session, without a browser: a scenario opened with the Tiled map it
 * names (and without it: which file to add, then just the map), files sized up before they are
 * read, and what a new version of a scenario does to the game played on it (replayed, or set up
 * again, or refused with the game untouched) — the part of "try it at once" a test can reach.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { replay, stateHash, type Command } from '../../src/engine';
import { sortFiles, type FileLike } from '../../src/store/files';
import { decideReload } from '../../src/store/reload';
import {
  checkScenarioText,
  checkScenarioValue,
  openScenario,
} from '../../src/store/scenarioChecks';
import { createSessionStore } from '../../src/store';
import { bundled, defaultText, en, memoryStorage, startedSession } from './helpers';

const fixture = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), 'utf8');
const riverside = fixture('tiled-scenario/riverside.json');
const riversideMap = fixture('tiled-scenario/maps/riverside.tmj');
const MISSING =
  'This scenario takes its district shapes from maps/riverside.tmj: open it together with the scenario (select both files, or drop both)';

const PATROLS: Command[] = [
  { type: 'order', role: 'police', action: 'patrol', district: 'aldera' },
  { type: 'order', role: 'police', action: 'patrol', district: 'dunmere' },
];

/** The default scenario, changed by `edit`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits JSON of any shape, invalid included
function variant(edit: (d: Record<string, any>) => void): Record<string, any> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits JSON of any shape, invalid included
  const d = JSON.parse(defaultText) as Record<string, any>;
  edit(d);
  return d;
}

function session(storage = memoryStorage()) {
  return createSessionStore({ storage, bundled, randomSeed: () => 'authoring-seed' });
}

describe('a scenario that takes its shapes from a Tiled map', () => {
  it('opens with its map given beside it, keeps the shapes in the autosave, and resumes without the map', () => {
    const storage = memoryStorage();
    const s = session(storage);
    expect(
      s.openScenarioText(riverside, 'riverside.json', [
        { name: 'riverside.tmj', text: riversideMap },
      ]),
    ).toBe(true);
    const setup = s.getState().setup!;
    expect(
      setup.scenario.districts.every((d) => d.shape.length >= 3 && d.neighbours.length > 0),
    ).toBe(true);
    // What the autosave will keep is the scenario as validated: it checks alone, to the same hash.
    const alone = checkScenarioText(setup.text!, 'kept');
    expect(alone.ok && alone.rules.scenarioHash).toBe(setup.rules.scenarioHash);
    expect(s.startGame()).toBeNull();
    expect(
      s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'harbour' }),
    ).toBeNull();
    const hash = s.getState().game!.hash;

    const again = session(storage);
    expect(again.resumeAutosave()).toBe(true);
    expect(again.getState().saveProblem).toBeNull();
    expect(again.getState().game!.hash).toBe(hash);
  });

  it('finds the map by its base name, then ignoring case', () => {
    expect(
      openScenario(riverside, 'riverside.json', [{ name: 'riverside.tmj', text: riversideMap }]).ok,
    ).toBe(true);
    expect(
      openScenario(riverside, 'riverside.json', [{ name: 'Riverside.TMJ', text: riversideMap }]).ok,
    ).toBe(true);
  });

  it('without its map names the file to add, lists nothing the map would give, and takes the map alone', () => {
    const s = session();
    expect(s.openScenarioText(riverside, 'riverside.json')).toBe(false);
    const p = s.getState().scenarioProblems!;
    expect(p.source).toBe('riverside.json');
    expect(p.problems).toEqual([
      expect.objectContaining({ path: '$.map.tiled.file', message: MISSING }),
    ]);
    expect(p.warnings).toEqual([]);
    expect(p.map).toMatchObject({
      file: 'maps/riverside.tmj',
      missing: true,
      source: 'riverside.json',
    });

    // A map of another name opened with it is named in the message.
    void s.openScenarioText(riverside, 'riverside.json', [
      { name: 'town.tmj', text: riversideMap },
    ]);
    expect(s.getState().scenarioProblems!.problems[0]!.message).toBe(
      `${MISSING} (town.tmj is not riverside.tmj)`,
    );

    // A broken map: its problems, with paths into the map, and the map is still asked for.
    expect(s.addScenarioMap({ name: 'riverside.tmj', text: '{"orientation": "orthogonal"}' })).toBe(
      false,
    );
    const broken = s.getState().scenarioProblems!;
    expect(
      broken.problems.every(
        (x) => x.path.startsWith('maps/riverside.tmj: ') || x.path.startsWith('$.districts'),
      ),
    ).toBe(true);
    expect(broken.map).toMatchObject({ missing: false });

    // Too large to be a map: refused, and the scenario still waits for its map.
    s.refuseFile('huge.tmj', 'map', 'the map is larger than 8 MB');
    expect(s.getState().scenarioProblems).toMatchObject({
      source: 'riverside.json',
      problems: [{ path: 'huge.tmj: $' }],
      map: { file: 'maps/riverside.tmj' },
    });

    // The map picked on its own is taken whatever its name.
    expect(s.addScenarioMap({ name: 'my-copy.json', text: riversideMap })).toBe(true);
    expect(s.getState().screen).toBe('setup');
    expect(s.getState().setup!.scenario.id).toBe('riverside');
    expect(s.getState().scenarioProblems).toBeNull();
  });
});

/** A file that records whether it was read. */
function fakeFile(
  name: string,
  size: number,
  head = '',
  text = head,
): FileLike & { reads: string[] } {
  const reads: string[] = [];
  return {
    name,
    size,
    reads,
    text: async () => {
      reads.push('whole');
      return text;
    },
    slice: (start = 0, end = size) => ({
      text: async () => {
        reads.push(`bytes ${start}-${end}`);
        return head.slice(start, end);
      },
    }),
  };
}

describe('files sized up before they are read', () => {
  it('refuses a scenario over 2 MB and a save over 20 MB unread, with the loaders\u2019 words', async () => {
    const scenario = fakeFile('big.json', 2 * 1024 * 1024 + 1, '{"id": "big", ');
    const save = fakeFile('big-save.json', 20 * 1024 * 1024 + 1, '{"format": "mandate-save"');
    const map = fakeFile('big.tmj', 8 * 1024 * 1024 + 1);
    const sorted = await sortFiles([scenario, map], 'scenario');
    const saves = await sortFiles([save], 'save');
    const worded = (refused: typeof sorted.refused) =>
      refused.map((r) => ({ ...r, message: en(r.message) }));
    expect(worded(sorted.refused)).toEqual([
      {
        name: 'big.json',
        kind: 'scenario',
        message: 'the file is larger than 2 MB; a scenario is far smaller',
      },
      { name: 'big.tmj', kind: 'map', message: 'the map is larger than 8 MB' },
    ]);
    expect(worded(saves.refused)).toEqual([
      {
        name: 'big-save.json',
        kind: 'save',
        message: 'the file is larger than 20 MB; a save never is',
      },
    ]);
    expect([...scenario.reads, ...map.reads, ...save.reads].filter((r) => r === 'whole')).toEqual(
      [],
    );
    // At most the first bytes of a file past the scenario limit are looked at.
    expect(scenario.reads).toEqual(['bytes 0-512']);
    expect(save.reads).toEqual([]);
  });

  it('reads a dropped save or map larger than a scenario may be, and sorts small files by what they hold', async () => {
    const save = fakeFile(
      'long-game.json',
      3 * 1024 * 1024,
      '{\n  "format": "mandate-save",',
      '{"format": "mandate-save"}',
    );
    const map = fakeFile(
      'port.json',
      3 * 1024 * 1024,
      '{ "compressionlevel": -1, "height": 15,',
      '{"layers": [], "orientation": "orthogonal"}',
    );
    const small = [
      fakeFile('a.json', 30, '', '{"id": "a"}'),
      fakeFile('b.json', 60, '', '{"layers": [], "tiledversion": "1.10"}'),
      fakeFile('c.json', 30, '', '{"format": "mandate-save"}'),
    ];
    const sorted = await sortFiles([save, map, ...small], 'auto');
    expect(sorted.refused).toEqual([]);
    expect(sorted.saves.map((f) => f.name)).toEqual(['long-game.json', 'c.json']);
    expect(sorted.maps.map((f) => f.name)).toEqual(['port.json', 'b.json']);
    expect(sorted.scenarios.map((f) => f.name)).toEqual(['a.json']);
    // From the scenario picker, a save is taken as a scenario (and its problems listed).
    expect((await sortFiles([small[2]!], 'scenario')).scenarios.map((f) => f.name)).toEqual([
      'c.json',
    ]);
  });

  it('a refused save is reported with nothing to download', () => {
    const s = session();
    s.refuseFile('huge.json', 'save', 'the file is larger than 20 MB; a save never is');
    expect(s.getState().saveProblem).toEqual({
      path: '$',
      message: 'the file is larger than 20 MB; a save never is',
      text: '',
      filename: 'huge.json',
    });
  });
});

describe('a new version of the scenario a game is played on', () => {
  const played = () => {
    const c = checkScenarioText(defaultText);
    if (!c.ok) throw new Error('default scenario');
    return { rules: c.rules, seed: 'reload', commands: PATROLS };
  };

  it('does not validate: the game is left as it is', () => {
    const d = decideReload(played(), checkScenarioValue(variant((d) => (d.turns = 'eleven'))));
    expect(d.kind).toBe('invalid');
    expect(d.kind === 'invalid' && d.problems.map((p) => p.path)).toContain('$.turns');
  });

  it('is the same scenario: nothing to do', () => {
    expect(decideReload(played(), checkScenarioText(defaultText)).kind).toBe('same');
  });

  it('still takes the recorded commands: the same game, replayed on it', () => {
    const next = checkScenarioValue(variant((d) => (d.summary = 'A new summary.')));
    const d = decideReload(played(), next);
    expect(d.kind).toBe('replayed');
    if (d.kind !== 'replayed' || !next.ok) return;
    expect(d.count).toBe(2);
    expect(d.hash).toBe(stateHash(replay(next.rules, 'reload', PATROLS).state));
  });

  it('no longer takes them: set it up again, saying which command failed', () => {
    const d = decideReload(
      played(),
      checkScenarioValue(variant((d) => (d.roles[1].actionPoints = 1))),
    );
    expect(d.kind).toBe('setup');
    if (d.kind !== 'setup') return;
    expect(d.reason).toMatchObject({ command: 2, commands: 2 });
    expect(en(d.reason.detail)).toMatch(/^order cannot be applied: /);
  });
});

describe('reloading in the session (what the dev server triggers)', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits JSON of any shape, invalid included
  const newVersion = (edit: (d: Record<string, any>) => void) => [
    { file: 'default.json', json: variant(edit) },
  ];

  it('replays the game on the new version of its bundled scenario and says so', () => {
    const storage = memoryStorage();
    const s = startedSession(storage);
    for (const c of PATROLS) expect(s.dispatch(c)).toBeNull();
    s.beginPlanning();
    const before = s.getState();
    const list = newVersion((d) => (d.districts[0].name = 'Aldera Heights'));
    s.reloadBundled(list);
    const after = s.getState();
    expect(after.notice?.tone).toBe('info');
    expect(en(after.notice?.text)).toBe('Scenario reloaded: replayed 2 commands.');
    expect(after.game!.rules).not.toBe(before.game!.rules);
    expect(after.game!.rules.district('aldera').name).toBe('Aldera Heights');
    expect(after.game!.commands).toEqual(PATROLS);
    expect(after.game!.hash).toBe(
      stateHash(replay(after.game!.rules, after.game!.seed, PATROLS).state),
    );
    // Same turn: the players stay where they were.
    expect([after.screen, after.active]).toEqual([before.screen, before.active]);
    // The autosave is of the new version: the page loaded again with it resumes the game.
    const again = createSessionStore({ storage, bundled: list });
    expect(again.resumeAutosave()).toBe(true);
    expect(again.getState().game!.hash).toBe(after.game!.hash);
  });

  it('leaves the game untouched and lists the problems when the new version does not validate', () => {
    const s = startedSession();
    s.dispatch(PATROLS[0]!);
    const game = s.getState().game;
    s.reloadBundled(newVersion((d) => (d.turns = 'eleven')));
    expect(s.getState().game).toBe(game);
    expect(s.getState().scenarioProblems!.source).toBe('default.json');
    expect(s.getState().scenarioProblems!.problems.map((p) => p.path)).toContain('$.turns');
    expect(s.getState().notice?.tone).toBe('error');
    expect(en(s.getState().notice?.text)).toMatch(/^default\.json was saved with problems/);
    expect(s.getState().screen).toBe('briefing');
    // Saved again as it was: the problems go, and the game is still the same.
    s.reloadBundled(bundled);
    expect(s.getState().scenarioProblems).toBeNull();
    expect(s.getState().game).toBe(game);
  });

  it('falls back to the set-up screen of the new version, seed and seats kept, when the commands no longer apply', () => {
    const s = startedSession();
    s.setSeed('ignored');
    for (const c of PATROLS) s.dispatch(c);
    const seed = s.getState().game!.seed;
    s.reloadBundled(newVersion((d) => (d.roles[1].actionPoints = 1)));
    const st = s.getState();
    expect(st.screen).toBe('setup');
    expect(st.setup!.seed).toBe(seed);
    expect(st.setup!.rules.role('police').actionPoints).toBe(1);
    expect(st.notice?.tone).toBe('error');
    expect(en(st.notice?.text)).toMatch(
      /^Scenario reloaded: the recorded commands no longer apply \(command 2 of 2: order cannot be applied: .*[^.]\)\. Start the new version from here\.$/,
    );
  });

  it('a set-up screen of a changed bundled scenario shows the new version with the same seed', () => {
    const s = session();
    void s.chooseBundled('default.json');
    s.setSeed('kept-seed');
    s.reloadBundled(newVersion((d) => (d.title = 'Velmora, second draft')));
    expect(s.getState().setup!.scenario.title).toBe('Velmora, second draft');
    expect(s.getState().setup!.seed).toBe('kept-seed');
    expect(s.getState().bundled[0]!.title).toBe('Velmora, second draft');
  });

  it('a watched file opens from the start screen, and reloads the game of the same scenario id', () => {
    const s = session();
    s.reloadScenarioFile('riverside.json', riverside, [
      { name: 'riverside.tmj', text: riversideMap },
    ]);
    expect(s.getState().screen).toBe('setup');
    expect(s.startGame()).toBeNull();
    s.dispatch({ type: 'order', role: 'police', action: 'patrol', district: 'harbour' });
    const edited = JSON.stringify({
      ...JSON.parse(riverside),
      summary: 'Edited while the game runs.',
    });
    s.reloadScenarioFile('riverside.json', edited, [{ name: 'riverside.tmj', text: riversideMap }]);
    expect(en(s.getState().notice?.text)).toBe('Scenario reloaded: replayed 1 command.');
    expect(s.getState().game!.rules.scenario.summary).toBe('Edited while the game runs.');
    // Kept with its shapes: the autosave's text checks without the map.
    expect(checkScenarioText(s.getState().game!.scenarioText!).ok).toBe(true);
    // Saved without its map, it cannot be checked: the game goes on and the page says why.
    const game = s.getState().game;
    s.reloadScenarioFile('riverside.json', edited);
    expect(s.getState().game).toBe(game);
    expect(s.getState().scenarioProblems!.problems[0]!.message).toBe(MISSING);
  });
});
