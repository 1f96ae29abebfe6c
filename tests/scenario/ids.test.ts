/**
 * Ids hold only ASCII letters, digits, "_", "-" and ".": look-alikes (a zero-width space, a
 * right-to-left override, a Cyrillic "о") are refused wherever a file defines an id, and every
 * message shows such characters escaped, so "did you mean" shows what differs.
 */
import { describe, expect, it } from 'vitest';
import { parseSave } from '../../src/engine/save';
import { at, errors, validateChanged, type Json } from './helpers';

const ZWSP = '\u200b';
const RLO = '\u202e';
const CYRILLIC_O = '\u043e';

/** Everywhere the fixture defines an id, or a name that works as one. */
const PLACES: [string, (s: Json, id: string) => void][] = [
  ['$.id', (s, id) => (s.id = id)],
  ['$.districts[0].id', (s, id) => (s.districts[0].id = id)],
  ['$.roles[0].id', (s, id) => (s.roles[0].id = id)],
  ['$.roles[0].kind', (s, id) => (s.roles[0].kind = id)],
  ['$.roles[0].assets[0].id', (s, id) => (s.roles[0].assets[0].id = id)],
  ['$.roles[0].privateObjective.id', (s, id) => (s.roles[0].privateObjective.id = id)],
  ['$.intelligence[0].id', (s, id) => (s.intelligence[0].id = id)],
  ['$.injects[0].id', (s, id) => (s.injects[0].id = id)],
  ['$.events.cards[0].id', (s, id) => (s.events.cards[0].id = id)],
  ['$.objectives[0].id', (s, id) => (s.objectives[0].id = id)],
  [
    '$.indicators[0].id',
    (s, id) => (s.indicators = [{ id, name: 'Crime', description: 'Crime.', goodWhen: 'low' }]),
  ],
];

describe('ids', () => {
  it.each(PLACES)(
    'are refused at %s with a zero-width space, an override or a Cyrillic letter',
    (path, set) => {
      for (const [bad, shown] of [
        [`old${ZWSP}town`, 'old\\u{200b}town'],
        [`${RLO}town`, '\\u{202e}town'],
        [`t${CYRILLIC_O}wn`, 't\\u{43e}wn'],
        ['two words', 'two words'],
      ]) {
        const list = errors(validateChanged((s) => set(s, bad!)));
        const found = at(list, path).filter((p) => p.message.includes('is not a valid id'));
        expect(found, `${path} = ${JSON.stringify(bad)}`).toHaveLength(1);
        expect(found[0]!.message).toContain(`'${shown}'`);
        expect(found[0]!.message).toContain(
          'ids hold only ASCII letters, digits, "_", "-" and "."',
        );
      }
    },
  );

  it('names the character and suggests the id without an invisible one', () => {
    const list = errors(validateChanged((s) => (s.districts[0].id = `harbour${ZWSP}`)));
    expect(at(list, '$.districts[0].id')[0]).toMatchObject({
      message:
        '\'harbour\\u{200b}\' is not a valid id: character 8 is \'\\u{200b}\'; ids hold only ASCII letters, digits, "_", "-" and "."',
      suggestion: "did you mean 'harbour'?",
    });
  });

  it('shows in "did you mean" what differs, escaped', () => {
    const list = errors(
      validateChanged((s) => (s.districts[1].neighbours[0] = `harb${CYRILLIC_O}ur`)),
    );
    expect(at(list, '$.districts[1].neighbours[0]')).toContainEqual(
      expect.objectContaining({
        message: "unknown district 'harb\\u{43e}ur'",
        suggestion: "did you mean 'harbour'?",
      }),
    );
    const text = JSON.stringify(list);
    expect(text).not.toMatch(/[\u200b\u202e\u043e]/);
  });

  it('are refused in a save too', () => {
    const save = {
      format: 'mandate-save',
      version: 1,
      scenarioHash: '0123456789abcdef',
      scenarioId: 'tutorial-fixture',
      seed: 's',
      commands: [{ type: 'commit', role: `police${ZWSP}` }],
    };
    expect(parseSave(JSON.stringify(save))).toMatchObject({
      ok: false,
      path: '$.commands[0].role',
      message: 'an id holds only ASCII letters, digits, "_", "-" and "."',
    });
  });
});
