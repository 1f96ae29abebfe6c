import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/validate';
import { at, errors, fixture, validateChanged } from './helpers';

describe('shape errors', () => {
  it('reports many at once, each with its path, what was expected and what was found', () => {
    const result = validateChanged((s) => {
      s.schemaVersion = 2;
      delete s.title;
      s.turns = 6.5;
      s.map.width = '400';
      s.districts[2].population = -5;
      s.districts[1].indicators.trust = 140;
      s.roles[0].actionPoints = 'three';
      s.injects[1].recipients = 'everyone';
      s.events.cards[0].effects[0] = { type: 'indicatr', indicator: 'tension', delta: 4 };
      s.events.cards[1].effects[0].distrcit = 'harbour';
      s.objectives[0].comparison = 'atleast';
      s.extra = true;
    });
    const list = errors(result);
    const expectAt = (path: string, message: RegExp, suggestion?: string) => {
      const found = at(list, path);
      expect(found, `${path} in ${JSON.stringify(list, null, 1)}`).toHaveLength(1);
      expect(found[0]!.message).toMatch(message);
      if (suggestion !== undefined) expect(found[0]!.suggestion).toBe(suggestion);
    };
    expectAt('$.schemaVersion', /^expected 1, found 2$/);
    expectAt('$.title', /required field 'title' is missing; expected text/, "add 'title'");
    expectAt('$.turns', /expected a whole number from 1 to 100, found the number 6.5/, 'use 7');
    expectAt(
      '$.map.width',
      /expected a number, found text "400"/,
      'write the number without quotes: 400',
    );
    expectAt('$.districts[2].population', /expected a whole number of at least 0, found -5/);
    expectAt('$.districts[1].indicators.trust', /expected a whole number from 0 to 100, found 140/);
    expectAt('$.roles[0].actionPoints', /expected a whole number from 1 to 20, found text "three"/);
    expectAt('$.injects[1].recipients', /expected a list or 'all', found text "everyone"/);
    expectAt(
      '$.events.cards[0].effects[0].type',
      /expected 'type' to be one of 'indicator', 'trust', 'counter', 'revealFact', 'incident', found text "indicatr"/,
      "did you mean 'indicator'?",
    );
    expectAt(
      '$.events.cards[1].effects[0].distrcit',
      /unknown field 'distrcit'/,
      "did you mean 'district'?",
    );
    expectAt(
      '$.objectives[0].comparison',
      /expected one of 'atLeast', 'atMost', found text "atleast"/,
      "did you mean 'atLeast'?",
    );
    expectAt('$.extra', /unknown field 'extra'/, 'remove it');
    expect(list.every((p) => p.severity === 'error')).toBe(true);
  });

  it('picks the form of a trigger the author meant', () => {
    const result = validateChanged((s) => (s.injects[0].trigger = { turn: '3' }));
    expect(errors(result).map((p) => p.path)).toEqual(['$.injects[0].trigger.turn']);
  });

  it('names a missing discriminator', () => {
    const result = validateChanged((s) => (s.objectives[0].metric = { indicator: 'security' }));
    const [p] = at(errors(result), '$.objectives[0].metric.kind');
    expect(p?.message).toMatch(/'kind' is missing; expected one of 'average'/);
  });

  it('rejects non-integer game values', () => {
    const result = validateChanged((s) => {
      s.injects[0].effects[0].delta = 2.5;
      s.intelligence[0].bonus = 7.5;
    });
    expect(at(errors(result), '$.injects[0].effects[0].delta')).toHaveLength(1);
    expect(at(errors(result), '$.intelligence[0].bonus')).toHaveLength(1);
  });

  it.each([
    ['a list', []],
    ['a number', 42],
    ['text', 'scenario'],
    ['null', null],
    ['undefined', undefined],
    ['an empty object', {}],
  ])('rejects %s without throwing', (_name, value) => {
    const result = validateScenario(value);
    expect(result.ok).toBe(false);
    expect(errors(result).length).toBeGreaterThan(0);
    expect(errors(result).every((p) => p.path.startsWith('$'))).toBe(true);
  });

  it('lists every missing required field of an empty object', () => {
    const paths = errors(validateScenario({})).map((p) => p.path);
    for (const field of [
      'schemaVersion',
      'id',
      'title',
      'districts',
      'roles',
      'actions',
      'events',
      'objectives',
    ]) {
      expect(paths).toContain(`$.${field}`);
    }
  });

  it('quotes keys that are not identifiers in paths', () => {
    const result = validateChanged((s) => (s.actionOverrides['joint patrol'] = { cost: 1 }));
    expect(at(errors(result), '$.actionOverrides["joint patrol"]')).toHaveLength(1);
  });

  it('escapes control characters from the file in messages', () => {
    const result = validateChanged((s) =>
      s.districts[0].neighbours.push('evil\u001b[2Jid\nsecond line'),
    );
    const text = errors(result)
      .map((p) => `${p.path} ${p.message} ${p.suggestion ?? ''}`)
      .join('');
    expect(text).not.toMatch(/[\u0000-\u001f]/);
    expect(text).toContain('\\u001b');
  });

  it('survives values handed over by code: cycles and getters that throw', () => {
    const cyclic = fixture();
    cyclic.districts[0].self = cyclic;
    expect(validateScenario(cyclic)).toMatchObject({ ok: false });
    const hostile = fixture();
    Object.defineProperty(hostile, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(validateScenario(hostile)).toMatchObject({ ok: false });
  });
});
