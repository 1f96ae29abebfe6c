import { describe, expect, it } from 'vitest';
import {
  applyCommandInPlace,
  newGame,
  replay,
  stateHash,
  type Command,
  type GameState,
} from '../../src/engine';
import { inEnglish, miniRules, problemIn } from './helpers';

const rules = miniRules();
const commitAll: Command[] = ['military', 'police', 'civilian'].map((role) => ({
  type: 'commit',
  role,
}));
const value = (s: GameState, district: string, indicator: string) =>
  s.districts.find((d) => d.id === district)!.values[rules.indicatorIndex.get(indicator)!]!;

function play(seed: string, commands: Command[]): GameState {
  const s = newGame(rules, seed);
  for (const c of commands) applyCommandInPlace(rules, s, c);
  return s;
}

describe('facilitator commands', () => {
  it('overruling an outcome undoes what it changed, with the reason in the log, once', () => {
    const s = play('overrule', [
      { type: 'order', role: 'civilian', action: 'aid_delivery', district: 'market' },
      ...commitAll,
    ]);
    const aid = s.log.find((e) => e.action === 'aid_delivery')!;
    const need = aid.effects.find((e) => e.kind === 'indicator' && e.indicator === 'need')!;
    expect(need.kind).toBe('indicator');
    const before = value(s, 'market', 'need');
    applyCommandInPlace(rules, s, {
      type: 'overrule',
      entry: aid.id,
      reason: 'the convoy never left the depot',
    });
    if (need.kind === 'indicator')
      expect(value(s, 'market', 'need')).toBe(before + (need.before - need.after));
    const note = inEnglish(rules, s.log.at(-1)!);
    expect(note.title).toContain('the convoy never left the depot');
    expect(s.overruled).toEqual([aid.id]);
    expect(problemIn({ rules, s }, { type: 'overrule', entry: aid.id, reason: 'again' })).toMatch(
      /already been overruled/,
    );
    expect(problemIn({ rules, s }, { type: 'overrule', entry: aid.id + 999, reason: 'x' })).toMatch(
      /no log entry/,
    );
  });

  it('ratings and the improvement plan are commands that replay, also after the end', () => {
    const commands: Command[] = [];
    for (let t = 0; t < rules.scenario.turns; t++) commands.push(...commitAll);
    commands.push(
      { type: 'rate', objective: 'secure-town', rating: 'someChallenges', note: 'patrols late' },
      { type: 'rate', objective: 'secure-town', rating: 'majorChallenges', note: 'on reflection' },
      {
        type: 'addImprovement',
        objective: 'secure-town',
        action: 'Joint patrol SOP',
        owner: 'Police chief',
        due: 'March',
      },
    );
    const { state } = replay(rules, 'rate', commands);
    expect(state.status).toBe('ended');
    expect(state.evaluations).toEqual([
      { objective: 'secure-town', rating: 'majorChallenges', note: 'on reflection' },
    ]);
    expect(state.improvements).toMatchObject([
      { action: 'Joint patrol SOP', owner: 'Police chief', due: 'March' },
    ]);
    const again = replay(rules, 'rate', commands).state;
    expect(stateHash(again)).toBe(stateHash(state));
    const id = state.improvements[0]!.id;
    const removed = replay(rules, 'rate', [...commands, { type: 'removeImprovement', id }]).state;
    expect(removed.improvements).toEqual([]);
    expect(
      problemIn(
        { rules, s: state },
        { type: 'rate', objective: 'nope', rating: 'performed', note: '' },
      ),
    ).toMatch(/no objective/);
  });

  it('a released inject fires now and not again at its scripted turn', () => {
    const s = play('release', [{ type: 'releaseInject', inject: 'water-shortage' }]);
    expect(s.firedInjects).toEqual(['water-shortage']);
    commitAll.forEach((c) => applyCommandInPlace(rules, s, c));
    expect(
      inEnglish(rules, s.log).filter((e) => e.kind === 'inject' && e.title.includes('Pumps fail')),
    ).toHaveLength(1);
  });

  it('a scheduled inject fires at the turn the facilitator chose', () => {
    const s = play('schedule', [
      { type: 'scheduleInject', inject: 'water-shortage', turn: 3 },
      ...commitAll,
      ...commitAll,
    ]);
    const fired = inEnglish(rules, s.log).filter(
      (e) => e.kind === 'inject' && e.title.includes('Pumps fail'),
    );
    expect(fired.map((e) => e.turn)).toEqual([3]);
  });
});
