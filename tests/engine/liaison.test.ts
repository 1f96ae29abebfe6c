/**
 * Team messages and the timer's commits, the two commands networked play added: what they check,
 * what they write in the log and who may read it, and that a save carries them through a replay.
 */
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  canSee,
  MAX_MESSAGE_CHARS,
  makeSave,
  newGame,
  replay,
  stateHash,
  type Command,
  type GameState,
} from '../../src/engine';
import { parseCommandValue, parseSave } from '../../src/engine/save';
import { buildDebrief } from '../../src/debrief/model';
import { makeLang } from '../../src/i18n';
import { inEnglish, miniRules, problemIn } from './helpers';

const rules = miniRules();
const at = 1_767_225_600_000;

function play(commands: Command[], state: GameState = newGame(rules, 'liaison')): GameState {
  return commands.reduce((s, c) => applyCommand(rules, s, c), state);
}

describe('a team message', () => {
  const to: Command = {
    type: 'message',
    role: 'police',
    to: 'military',
    text: 'Cover the port?',
    at,
  };
  const all: Command = { type: 'message', role: 'civilian', to: 'all', text: 'Aid at noon.', at };

  it('is logged for the sender, the receiver and the facilitator; one to all for everyone', () => {
    const s = play([to, all]);
    const [private_, public_] = s.log.slice(-2);
    expect(private_).toMatchObject({
      kind: 'message',
      phase: 'planning',
      at,
      roles: ['police', 'military'],
    });
    expect(['police', 'military', 'facilitator'].map((r) => canSee(private_!, r))).toEqual([
      true,
      true,
      true,
    ]);
    expect(canSee(private_!, 'civilian')).toBe(false);
    expect(canSee(public_!, 'military')).toBe(true);
    expect(inEnglish(rules, private_!).title).toMatch(/to .*: “Cover the port\?”/);
    expect(inEnglish(rules, public_!).title).toMatch(/to all: “Aid at noon\.”/);
  });

  it('changes nothing but the log', () => {
    const before = newGame(rules, 'liaison');
    const after = play([to], before);
    expect({ ...after, log: [], nextId: 0 }).toEqual({ ...before, log: [], nextId: 0 });
  });

  it.each([
    [{ ...to, text: '   ' }, /Write something/],
    [{ ...to, text: 'x'.repeat(MAX_MESSAGE_CHARS + 1) }, /at most 1000/],
    [{ ...to, to: 'police' }, /./],
    [{ ...to, to: 'nobody' }, /./],
    [{ ...to, role: 'nobody' }, /./],
    [{ ...to, at: -1 }, /whole/],
    [{ ...to, at: 1.5 }, /whole/],
  ] as [Command, RegExp][])('is refused when it is not one (%#)', (cmd, why) => {
    expect(problemIn({ rules, s: newGame(rules, 'liaison') }, cmd)).toMatch(why);
  });

  it('is refused once the exercise has ended', () => {
    const ended = play([{ type: 'endExercise', reason: 'time' }]);
    expect(problemIn({ rules, s: ended }, to)).toMatch(/./);
  });

  it('goes through a save file and a replay, and the debrief lists it', () => {
    // Messages take log ids, so they come before the commands whose ids they would shift.
    const commits = (['military', 'police', 'civilian'] as const).map((role): Command => ({
      type: 'commit',
      role,
    }));
    const commands = [to, all, ...commits, { type: 'endExercise', reason: 'done' } as Command];
    const text = JSON.stringify(
      makeSave(rules.scenario.id, rules.scenarioHash, 'liaison', commands),
    );
    const parsed = parseSave(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { state } = replay(rules, 'liaison', parsed.save.commands);
    expect(stateHash(replay(rules, 'liaison', commands).state)).toBe(stateHash(state));
    const d = buildDebrief(rules, state, makeLang('en', rules.scenario));
    expect(d.messages).toEqual([
      expect.objectContaining({
        turn: 1,
        at,
        from: 'police',
        to: 'military',
        text: 'Cover the port?',
      }),
      expect.objectContaining({ turn: 1, at, from: 'civilian', to: 'all', text: 'Aid at noon.' }),
    ]);
    expect(d.coordination.messages).toBe(2);
  });

  it('is parsed alone as a device sends it, with the same checks as in a save', () => {
    expect(parseCommandValue(to)).toEqual({ ok: true, command: to });
    expect(parseCommandValue({ ...to, at: 'now' })).toMatchObject({ ok: false, path: '$.at' });
    expect(parseCommandValue({ ...to, extra: 1 })).toMatchObject({ ok: false });
    expect(parseCommandValue({ ...to, text: 'x'.repeat(MAX_MESSAGE_CHARS + 1) })).toMatchObject({
      ok: false,
      path: '$.text',
    });
  });
});

describe('a commit the planning timer made', () => {
  it('says so in the log, for everyone; a team’s own commit says nothing', () => {
    const own = play([{ type: 'commit', role: 'police' }]);
    expect(own.log).toEqual(newGame(rules, 'liaison').log);
    const timed = play([{ type: 'commit', role: 'police', by: 'timer' }]);
    const entry = timed.log.at(-1)!;
    expect(entry).toMatchObject({ kind: 'order', phase: 'planning', visibleTo: 'all' });
    expect(inEnglish(rules, entry).title).toMatch(
      /Planning time ran out: .* committed as they stood/,
    );
  });

  it('is logged in the turn it ends, before the next one begins', () => {
    const s = play(
      (['military', 'police', 'civilian'] as const).map((role) => ({
        type: 'commit' as const,
        role,
        by: 'timer' as const,
      })),
    );
    expect(s.turn).toBe(2);
    const timed = s.log.filter((e) => e.title.key === 'log.committedByTimer');
    expect(timed.map((e) => e.turn)).toEqual([1, 1, 1]);
    const nextTurn = s.log.findIndex((e) => e.turn === 2);
    expect(nextTurn).toBeGreaterThan(0);
    expect(s.log.indexOf(timed[2]!)).toBeLessThan(nextTurn);
  });
});
