/**
 * The replay stepper's states and the what-if branch: a branch that changes nothing is the real
 * game again, bit for bit; a changed turn plays on with the same seed and never touches the real
 * game; recorded commands that name orders and proposals follow them to their new ids.
 */
import { describe, expect, it } from 'vitest';
import { compileRules, newGame, replay, stateHash, type Command } from '../../src/engine';
import type { Scenario } from '../../src/format';
import { stateAtEnd, stateAtStart, timeline } from '../../src/store/history';
import { playBranch, recordedOrders } from '../../src/store/whatif';
import { defaultText, en } from './helpers';

const rules = compileRules(JSON.parse(defaultText) as Scenario);
const SEED = 'what-if';
const commitAll: Command[] = ['military', 'police', 'civilian'].map((role) => ({
  type: 'commit',
  role,
}));

/**
 * Four turns as teams at one screen play them: each role gives its orders in one go, then the
 * proposals are answered and everyone commits. The civilian orders come first, so a change to
 * them shifts every id the police and the military use.
 */
function game(): Command[] {
  const out: Command[] = [];
  for (let t = 1; t <= 4; t++) {
    const s = replay(rules, SEED, out).state;
    const id = s.nextId;
    out.push(
      { type: 'order', role: 'civilian', action: 'aid_delivery', district: 'tamsin_plains' },
      // The police proposal gets id `id + 1`: the civilian order took `id`.
      {
        type: 'propose',
        role: 'police',
        action: 'joint_patrol',
        district: 'aldera',
        partners: ['military'],
      },
      { type: 'order', role: 'military', action: 'patrol', district: 'kesh_highlands' },
      { type: 'respond', role: 'military', proposal: id + 1, accept: true },
      ...commitAll,
    );
    if (t === 2) out.push({ type: 'releaseInject', inject: 'inj_defection_offer' });
  }
  return out;
}

describe('the replay stepper', () => {
  it('rebuilds the start and the end of every turn from the commands', () => {
    const commands = game();
    const tl = timeline(rules, SEED, commands);
    expect(tl.resolved).toBe(4);
    expect(stateAtStart(rules, SEED, tl, 1)).toEqual(newGame(rules, SEED));
    for (let t = 1; t <= 4; t++) {
      const start = stateAtStart(rules, SEED, tl, t);
      const end = stateAtEnd(rules, SEED, tl, t);
      expect(start.turn).toBe(t);
      expect(start.orders).toEqual([]);
      expect(end.history).toHaveLength(t);
      expect(end.turn).toBe(t + 1);
    }
    // The military's acceptance was legal: the joint patrol happened every turn.
    expect(
      tl.final.log.filter((e) => e.kind === 'joint' && e.roll && e.roles.includes('military')),
    ).toHaveLength(4);
  });
});

describe('what-if', () => {
  it('a branch that changes nothing is the real game again', () => {
    const commands = game();
    const tl = timeline(rules, SEED, commands);
    for (const role of ['military', 'police', 'civilian']) {
      const same = playBranch(rules, SEED, tl, {
        turn: 2,
        role,
        replace: { kind: 'orders', commands: recordedOrders(tl, 2, role) },
        later: 'recorded',
      });
      expect(same.hash, role).toBe(stateHash(tl.final));
      expect(same.skipped).toBe(0);
    }
  });

  it('other orders for one team play on with the same seed, and the real game is untouched', () => {
    const commands = game();
    const before = JSON.stringify(commands);
    const tl = timeline(rules, SEED, commands);
    const branch = playBranch(rules, SEED, tl, {
      turn: 2,
      role: 'civilian',
      // Two orders instead of one: every later id moves by one.
      replace: {
        kind: 'orders',
        commands: [
          { type: 'order', role: 'civilian', action: 'community_meeting', district: 'dunmere' },
          { type: 'order', role: 'civilian', action: 'public_information', district: 'port_lissa' },
        ],
      },
      later: 'recorded',
    });
    expect(JSON.stringify(commands)).toBe(before);
    expect(branch.hash).not.toBe(stateHash(tl.final));
    expect(branch.resolved).toBe(4);
    expect(branch.state.turn).toBe(tl.final.turn);
    // Up to the start of turn 2 the branch is the real game.
    expect(branch.state.history[0]).toEqual(tl.final.history[0]);
    // The military's answers followed the police proposal to its new id: the joint patrols still
    // happened.
    expect(
      branch.state.log.filter((e) => e.kind === 'joint' && e.roll && e.roles.includes('military')),
    ).toHaveLength(4);
    expect(branch.skipped).toBe(0);
    expect(
      branch.state.log.some(
        (e) => e.turn === 2 && e.action === 'public_information' && e.district === 'port_lissa',
      ),
    ).toBe(true);
    // The released inject is a world change the branch keeps.
    expect(branch.state.firedInjects).toContain('inj_defection_offer');
    // The branch replays like any game.
    expect(stateHash(replay(rules, SEED, branch.commands).state)).toBe(branch.hash);
  });

  it('a team whose proposal is gone loses its partner\u2019s answer; a new proposal is accepted by a partner who can', () => {
    const tl = timeline(rules, SEED, game());
    const branch = playBranch(rules, SEED, tl, {
      turn: 3,
      role: 'police',
      replace: {
        kind: 'orders',
        commands: [
          {
            type: 'propose',
            role: 'police',
            action: 'joint_patrol',
            district: 'dunmere',
            partners: ['military'],
          },
        ],
      },
      later: 'recorded',
    });
    const turn3 = branch.state.log.filter((e) => e.turn === 3 && e.kind === 'joint' && e.roll);
    expect(turn3.map((e) => e.district)).toEqual(['dunmere']);
    expect(turn3[0]!.roles).toEqual(['police', 'military']);
    // The military's answer to the real proposal had nothing to answer.
    expect(branch.skipped).toBe(1);
  });

  it('a policy can play the changed turn and every later one; the branch ends where the real game ended', () => {
    const commands = [...game(), { type: 'endExercise', reason: 'time is up' } as Command];
    const tl = timeline(rules, SEED, commands);
    expect(tl.final.status).toBe('ended');
    const branch = playBranch(rules, SEED, tl, {
      turn: 1,
      role: 'civilian',
      replace: { kind: 'policy', policy: 'siloed' },
      later: 'cooperative',
    });
    expect(branch.state.status).toBe('ended');
    expect(branch.resolved).toBe(4);
    expect(en(branch.state.outcome!.reason)).toMatch(/where the real exercise ended/);
    expect(stateHash(replay(rules, SEED, branch.commands).state)).toBe(branch.hash);
    expect(() =>
      playBranch(rules, SEED, tl, {
        turn: 5,
        role: 'civilian',
        replace: { kind: 'policy', policy: 'siloed' },
        later: 'recorded',
      }),
    ).toThrow(/resolved/);
  });
});
