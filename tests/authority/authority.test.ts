/**
 * The game authority alone, in Node, with no DOM and no store: a whole game through it, played
 * by policies, with a rewind; persisted to an in-memory storage and resumed from it; every
 * state hash checked against the engine's own `replay` of the same commands.
 */
import { describe, expect, it } from 'vitest';
import {
  createAuthority,
  memoryStorage,
  parseSeating,
  type Authority,
  type GameRecord,
  type Seating,
} from '../../src/authority';
import { parseIncomingGame } from '../../src/authority/parse';
import { playGame, replay, stateHash, type Command, type Rules } from '../../src/engine';
import { defaultRules } from '../engine/helpers';

const rules = defaultRules();
const roles = rules.scenario.roles.map((r) => r.id);

function allPolicies(policy: 'cooperative' | 'siloed' = 'cooperative'): Seating {
  return Object.fromEntries(roles.map((r) => [r, { kind: 'policy', policy }]));
}

function open(seats: Seating, storage = memoryStorage()): Authority {
  return createAuthority({
    rules,
    seed: 'authority',
    seats,
    storage,
    bundledFile: 'default.json',
    scenarioText: null,
  });
}

/** One turn as the one-screen flow plays it when no team sits: propose, respond, complete, commit. */
function playTurn(a: Authority): void {
  for (const step of ['propose', 'respond', 'complete'] as const) {
    if (a.playPolicies(step).resolved) return;
  }
  a.commitPolicies();
}

function replayed(r: Rules, seed: string, commands: readonly Command[]): string {
  return stateHash(replay(r, seed, commands).state);
}

describe('the game authority', () => {
  it('plays a whole game with policies, to the same state as the engine playing it', () => {
    const a = open(allPolicies());
    let turns = 0;
    while (a.game().state.status !== 'ended') {
      const before = a.game().state.turn;
      playTurn(a);
      expect(a.game().state.turn !== before || a.game().state.status === 'ended').toBe(true);
      if (++turns > 50) throw new Error('the game does not end');
    }
    const g = a.game();
    expect(g.hash).toBe(replayed(rules, 'authority', g.commands));
    // The engine's own simulation of the same seating reaches the same game.
    const sim = playGame(rules, 'authority', 'cooperative');
    expect(g.commands).toEqual(sim.commands);
    expect(g.hash).toBe(stateHash(sim.state));
  });

  it('rewinds through the same path as every other command', () => {
    const a = open(allPolicies());
    playTurn(a);
    playTurn(a);
    expect(a.game().state.turn).toBe(3);
    const turn2 = a.game().commands.length;
    const r = a.submit({ type: 'rewind', turn: 2 });
    expect(r).toMatchObject({ problem: null, applied: 1 });
    const g = a.game();
    expect(g.state.turn).toBe(2);
    expect(g.commands).toHaveLength(turn2 + 1);
    expect(g.hash).toBe(replayed(rules, 'authority', g.commands));
    // And the game goes on from there, still one with its replay.
    playTurn(a);
    expect(a.game().state.turn).toBe(3);
    expect(a.game().hash).toBe(replayed(rules, 'authority', a.game().commands));
  });

  it('rewinds a game that came in whole, its line rebuilt from the commands', () => {
    const a = open(allPolicies());
    playTurn(a);
    playTurn(a);
    const { commands, state } = a.game();
    const resumed = createAuthority({
      ...optionsOf(a),
      played: { commands, state },
    });
    expect(resumed.submit({ type: 'rewind', turn: 1 }).problem).toBeNull();
    expect(resumed.game().state.turn).toBe(1);
    expect(resumed.game().hash).toBe(replayed(rules, 'authority', resumed.game().commands));
  });

  it('refuses an illegal command with the engine\u2019s reason, and changes and writes nothing', () => {
    const storage = memoryStorage();
    const a = open(allPolicies(), storage);
    const before = a.game();
    const r = a.submit({ type: 'rewind', turn: 5 });
    expect(r.applied).toBe(0);
    expect(r.problem).toMatchObject({ key: 'no.rewindTurn' });
    expect(a.game()).toBe(before);
    expect(storage.writes).toHaveLength(0);
  });

  it('persists every change and resumes from what it wrote to the same hash', () => {
    const storage = memoryStorage();
    const seats = allPolicies('siloed');
    const a = open(seats, storage);
    const appended: Command[] = [];
    const recorder = {
      write(record: GameRecord, added: readonly Command[]) {
        appended.push(...added);
        void storage.write(record, added);
      },
    };
    const b = createAuthority({ ...optionsOf(a), storage: recorder });
    for (let i = 0; i < 4; i++) playTurn(b);
    b.submit({ type: 'rewind', turn: 3 });
    playTurn(b);
    b.setTimer(90);
    const last = storage.last()!;
    // Every command was handed to the storage once, in order: an append-only log would do.
    expect(appended).toEqual(b.game().commands);
    expect(last.save.commands).toEqual(b.game().commands);
    expect(last.timer).toMatchObject({ seconds: 90, left: 90_000 });

    // Resume: what was written goes through the one parser, then the replay.
    const parsed = parseIncomingGame(JSON.parse(JSON.stringify(last)), last.timer);
    if (!parsed.ok) throw new Error(parsed.message);
    const { save } = parsed.game;
    const state = replay(rules, save.seed, save.commands).state;
    const resumed = createAuthority({
      rules,
      seed: save.seed,
      seats: parseSeating(rules, parsed.game.seats, false)!,
      played: { commands: save.commands, state },
      timer: parsed.game.timer,
      bundledFile: parsed.game.bundledFile,
      scenarioText: parsed.game.scenarioText,
    });
    expect(resumed.game().hash).toBe(b.game().hash);
    expect(resumed.game().seats).toEqual(seats);
    expect(resumed.timer()).toEqual(b.timer());
    // The record the first authority would write is a game of its own, not the one resumed.
    expect(a.record().save.commands).toEqual([]);
  });

  it('keeps a refused write and hands its commands over again with the next one', () => {
    const written: Command[][] = [];
    let fail = true;
    const errors: unknown[] = [];
    const a = createAuthority({
      rules,
      seed: 'authority',
      seats: allPolicies(),
      bundledFile: 'default.json',
      scenarioText: null,
      storage: {
        write(_record, added) {
          if (fail) throw new Error('disk full');
          written.push([...added]);
        },
      },
      onSaveError: (e) => errors.push(e),
    });
    a.submit({ type: 'pause' });
    expect(errors).toHaveLength(1);
    fail = false;
    a.submit({ type: 'resume' });
    expect(written).toEqual([[{ type: 'pause' }, { type: 'resume' }]]);
  });

  it('computes what another window\u2019s longer game reaches without changing its own', () => {
    const a = open(allPolicies());
    playTurn(a);
    const b = open(allPolicies());
    const mine = b.game();
    const state = b.replayFrom(a.game().commands);
    expect(state && stateHash(state)).toBe(a.game().hash);
    expect(b.game()).toBe(mine);
    // Commands that do not extend its own are not its to follow.
    b.submit({ type: 'pause' });
    expect(b.replayFrom(a.game().commands)).toBeNull();
  });
});

function optionsOf(a: Authority) {
  const g = a.game();
  return {
    rules: g.rules,
    seed: g.seed,
    seats: g.seats,
    bundledFile: g.bundledFile,
    scenarioText: g.scenarioText,
  };
}
