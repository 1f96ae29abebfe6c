/**
 * The filter as pure functions (`src/host/views.ts`) and the store's guarantees
 * (`src/host/log/sqlite.ts`), without sockets.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  applyCommand,
  newGame,
  playGame,
  type Command,
  type GameState,
  type LogEntry,
} from '../../src/engine';
import { openSqliteStore } from '../../src/host/log/sqlite';
import { LogConflict, type SessionRecord } from '../../src/host/log/store';
import { loadScenario, rulesOf } from '../../src/host/scenarios';
import { seatLog, seatParts, seatScenario, seatState, UNKNOWN_FACT } from '../../src/host/views';
import { defaultRules, tempDir } from './helpers';
import Database from 'better-sqlite3';
import { join } from 'node:path';

const rules = defaultRules();
const play = (cmds: Command[], s: GameState = newGame(rules, 'views')) =>
  cmds.reduce((x, c) => applyCommand(rules, x, c), s);
const police = { kind: 'team', role: 'police' } as const;
const factsOf = (role: string) =>
  rules.scenario.intelligence.filter((f) => f.knownBy.includes(role));

describe('a team’s view', () => {
  const s = play([
    {
      type: 'order',
      role: 'military',
      action: 'patrol',
      district: rules.scenario.districts[0]!.id,
    },
    { type: 'message', role: 'military', to: 'civilian', text: 'between us', at: 5 },
    { type: 'message', role: 'civilian', to: 'police', text: 'to police', at: 6 },
  ]);

  it('has no seed, generator state or id counter, and only its own role, orders and facts', () => {
    const v = seatState(s, police);
    expect(v).not.toHaveProperty('seed');
    expect(v).not.toHaveProperty('rng');
    expect(v).not.toHaveProperty('nextId');
    expect(v.orders).toEqual([]);
    expect(v.deck).toEqual([]);
    expect(v.roles.find((r) => r.id === 'military')).toEqual({ id: 'military', committed: false });
    expect(v.roles.find((r) => r.id === 'police')!.knows).toEqual(
      s.roles.find((r) => r.id === 'police')!.knows,
    );
  });

  it('reads the messages to and from it, and none between others', () => {
    const texts = seatLog(s, police)
      .filter((e) => e.kind === 'message')
      .map((e) => e.title.args);
    expect(JSON.stringify(texts)).toContain('to police');
    expect(JSON.stringify(texts)).not.toContain('between us');
  });

  it('gets a scenario with its facts, its private objective, and no inject to come', () => {
    const sc = seatScenario(rules, s, police);
    expect(sc.intelligence.map((f) => f.id).sort()).toEqual(
      factsOf('police')
        .map((f) => f.id)
        .sort(),
    );
    expect(sc.roles.find((r) => r.id === 'police')!.privateObjective).toBeDefined();
    expect(sc.roles.find((r) => r.id === 'military')!.privateObjective).toBeUndefined();
    const fired = new Set(s.firedInjects);
    expect(sc.injects.every((i) => fired.has(i.id))).toBe(true);
    expect(
      sc.injects.every((i) => i.expectedResponse === undefined && i.trigger === undefined),
    ).toBe(true);
  });

  it('renames a fact it does not hold where a public entry names it, and keeps identity', () => {
    const military = factsOf('military')[0]!;
    const entry: LogEntry = {
      id: 9999,
      turn: 1,
      phase: 'solo',
      kind: 'solo',
      title: { key: 'log.leak', args: { fact: { ref: 'fact', id: military.id } } },
      roles: ['military'],
      fact: military.id,
      visibleTo: 'all',
      effects: [
        {
          kind: 'fact',
          fact: military.id,
          to: ['military'],
          reason: { key: 'log.leakDetail', args: {} },
        },
      ],
    };
    const withEntry = { ...s, log: [...s.log, entry] };
    const [seen] = seatLog(withEntry, police).slice(-1);
    expect(seen!.title.args).toEqual({ fact: UNKNOWN_FACT });
    expect(seen).not.toHaveProperty('fact');
    expect(seen!.effects).toEqual([]);
    expect(seatLog(withEntry, police).at(-1)).toBe(seen);
    expect(seatLog(withEntry, { kind: 'team', role: 'military' }).at(-1)).toBe(entry);
  });

  it('a projector sees no role’s own parts; staff see all but the seed; the debrief opens all', () => {
    const proj = seatParts(rules, s, { kind: 'projector' });
    expect(proj.scenario.intelligence).toEqual([]);
    expect(proj.state.roles.every((r) => r.knows === undefined)).toBe(true);
    expect(proj.log.every((e) => e.visibleTo === 'all')).toBe(true);
    const staff = seatParts(rules, s, { kind: 'evaluator' });
    expect(staff.state.orders).toHaveLength(1);
    expect(staff.state).not.toHaveProperty('seed');
    expect(staff.scenario).toBe(rules.scenario);
    const ended = playGame(rules, 'views', 'cooperative').state;
    expect(seatParts(rules, ended, police).scenario).toBe(rules.scenario);
  });
});

describe('a kept scenario', () => {
  it('gives the rules, and the hash, of the file it was read from', async () => {
    const loaded = await loadScenario('default', false);
    if (!loaded.ok) throw new Error(loaded.problem);
    expect(rulesOf(loaded.source).scenarioHash).toBe(rules.scenarioHash);
    expect((await loadScenario('../package.json', false)).ok).toBe(false);
  });
});

describe('the SQLite store', () => {
  const tmp = tempDir('store');
  afterAll(() => tmp.remove());
  const record: SessionRecord = {
    id: 's1',
    code: 'ABCDEF',
    secretHash: 'h',
    scenario: { name: 'x.json', bundled: true, text: '{}' },
    seed: 'seed',
    createdAt: 1,
    started: false,
    seating: null,
    policy: 'cooperative',
    timer: null,
  };
  const cmd = (seq: number) => ({
    seq,
    command: { type: 'pause' } as Command,
    seat: null,
    clientId: null,
    at: 1,
  });

  it('appends in order and never forks: a taken or skipped seq writes nothing', async () => {
    const file = join(tmp.dir, 'a.sqlite');
    const a = openSqliteStore(file);
    const b = openSqliteStore(file);
    await a.createSession(record);
    await a.append('s1', [cmd(1), cmd(2)], { started: true });
    await expect(b.append('s1', [cmd(2)])).rejects.toBeInstanceOf(LogConflict);
    await expect(b.append('s1', [cmd(3), cmd(5)])).rejects.toBeInstanceOf(LogConflict);
    expect((await b.commands('s1')).map((c) => c.seq)).toEqual([1, 2]);
    expect((await b.sessions())[0]!.started).toBe(true);
    await a.close();
    await b.close();
  });

  it('runs in WAL mode with full sync', () => {
    const file = join(tmp.dir, 'b.sqlite');
    const store = openSqliteStore(file);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    void store.close();
  });
});
