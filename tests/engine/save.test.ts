import { describe, expect, it } from 'vitest';
import { makeSave } from '../../src/engine';
import { parseSave } from '../../src/engine/save';

const good = makeSave('x', '0123456789abcdef', 'seed', [{ type: 'commit', role: 'police' }]);

describe('reading a save file', () => {
  it('accepts a save and the app notes beside it', () => {
    const r = parseSave(
      JSON.stringify({ ...good, app: { seats: { police: { kind: 'team', name: 'Blue' } } } }),
    );
    expect(r).toMatchObject({
      ok: true,
      save: { seed: 'seed', commands: [{ type: 'commit', role: 'police' }] },
    });
  });

  it.each([
    ['null', '$', /one JSON object/],
    ['[1,2]', '$', /one JSON object/],
    ['{"format":"other"}', '$.format', /not a Mandate save/],
    ['not json', '$', /not JSON/],
    [
      JSON.stringify({ ...good, version: 2 }),
      '$.version',
      /newer version of Mandate \(save format 2, expected 1\)/,
    ],
    [JSON.stringify({ ...good, version: 0 }), '$.version', /found 0, expected 1/],
    [JSON.stringify({ ...good, commands: [{ type: 'commit' }] }), '$.commands[0].role', /./],
    [
      JSON.stringify({ ...good, commands: [{ type: 'launch', role: 'x' }] }),
      '$.commands[0].type',
      /./,
    ],
    [
      '{"format":"mandate-save","version":1,"__proto__":{"polluted":1}}',
      '$.__proto__',
      /not allowed in a save file/,
    ],
  ])('refuses %s at %s with a clear message', (text, path, message) => {
    const r = parseSave(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.path).toBe(path);
      expect(r.message).toMatch(message);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a save that says one thing twice', () => {
  const text = JSON.stringify(good);

  it.each([
    [text.replace('"seed":"seed"', '"seed":"seed","seed":"other"'), '$.seed', 'seed'],
    [
      text.replace('"role":"police"', '"role":"police","role":"military"'),
      '$.commands[0].role',
      'role',
    ],
    [text.replace('{"format"', '{"version":1,"format"'), '$.version', 'version'],
  ])('is refused at the repeated field (%#)', (twice, path, key) => {
    expect(parseSave(twice)).toEqual({
      ok: false,
      path,
      message: `the field '${key}' appears more than once in this object; a save gives each field once`,
    });
  });

  it('is read when every field is given once', () => {
    expect(parseSave(text).ok).toBe(true);
  });
});
