import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES, parseScenarioText } from '../../src/scenario/load';
import { readScenarioFile } from '../../src/scenario/loadNode';
import type { ValidationResult } from '../../src/scenario/validate';
import { FIXTURE_TEXT, errors, fixture } from './helpers';

function only(result: ValidationResult): { path: string; message: string } {
  const list = errors(result);
  expect(list, JSON.stringify(list)).toHaveLength(1);
  return list[0]!;
}

describe('parseScenarioText', () => {
  it.each([
    ['empty text', '', /line 1, column 1: the file is empty/],
    [
      'an unclosed object',
      '{"a": 1',
      /line 1, column 8: expected ',' or '}' after a value, found the end of the file/,
    ],
    [
      'a missing comma',
      '{\n  "a": 1\n  "b": 2\n}',
      /line 3, column 3: expected ',' or '}' after a value, found '"'/,
    ],
    [
      'a trailing comma',
      '{\n  "a": [1, 2,]\n}',
      /line 2, column 14: a comma before \] is not allowed/,
    ],
    ['single quotes', "{'a': 1}", /line 1, column 2: field names in JSON go in double quotes/],
    ['a comment', '{\n// note\n"a": 1}', /line 2, column 1: comments are not allowed in JSON/],
    ['a bad number', '{"a": 01}', /line 1, column 7: a malformed number/],
    [
      'a raw line break in text',
      '{"a": "x\ny"}',
      /line 1, column 9: a line break or control character inside text/,
    ],
    ['trailing garbage', '{} {}', /line 1, column 4: expected the end of the file/],
    ['a bad literal', '{"a": True}', /line 1, column 7: expected a value/],
  ])('gives line and column for %s', (_name, text, message) => {
    const p = only(parseScenarioText(text));
    expect(p.path).toBe('$');
    expect(p.message).toMatch(message);
    expect(p.message).toMatch(/^not valid JSON at line \d+, column \d+: /);
  });

  it('accepts the fixture, with a byte order mark too', () => {
    expect(parseScenarioText(FIXTURE_TEXT).ok).toBe(true);
    expect(parseScenarioText(`\uFEFF${FIXTURE_TEXT}`).ok).toBe(true);
  });

  it('reports wrong types and missing fields from text', () => {
    const s = fixture();
    s.turns = 'six';
    delete s.roles;
    const paths = errors(parseScenarioText(JSON.stringify(s))).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['$.turns', '$.roles']));
  });

  it('rejects __proto__, constructor and prototype keys with their paths, and pollutes nothing', () => {
    const text = FIXTURE_TEXT.replace(
      '"turns": 6,',
      '"turns": 6, "__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}},',
    ).replace(
      '"population": 6000,',
      '"population": 6000, "extra": {"prototype": {"polluted": "yes"}},',
    );
    const result = parseScenarioText(text);
    const list = errors(result);
    expect(list.filter((p) => /is not allowed/.test(p.message)).map((p) => p.path)).toEqual([
      '$.__proto__',
      '$.constructor',
      '$.districts[3].extra.prototype',
    ]);
    // The rest of the file is still checked once the hostile keys are set aside.
    expect(list.map((p) => p.path)).toContain('$.districts[3].extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a hostile key inside a record (district indicators) without setting a prototype', () => {
    const text = FIXTURE_TEXT.replace(
      '"indicators": { "security": 50,',
      '"indicators": { "__proto__": {"polluted": 1}, "security": 50,',
    );
    const list = errors(parseScenarioText(text));
    expect(list.map((p) => p.path)).toContain('$.districts[0].indicators.__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses nesting deeper than 64 before parsing', () => {
    const deep = `{"a": ${'['.repeat(64)}${']'.repeat(64)}}`;
    const p = only(parseScenarioText(deep));
    expect(p.path).toBe('$');
    expect(p.message).toMatch(/nests deeper than 64 levels/);
    // 64 levels exactly is allowed by the reader (and then fails as a scenario, not as JSON).
    const ok = `{"a": ${'['.repeat(63)}${']'.repeat(63)}}`;
    expect(errors(parseScenarioText(ok)).some((x) => /nests deeper/.test(x.message))).toBe(false);
  });

  it('refuses absurd nesting without exhausting the stack', () => {
    const p = only(parseScenarioText('['.repeat(1_000_000)));
    expect(p.message).toMatch(/nests deeper than 64 levels/);
  });

  it('refuses lists longer than 10,000 items', () => {
    const p = only(parseScenarioText(`{"districts": [${new Array(10_001).fill('0').join(',')}]}`));
    expect(p.path).toBe('$');
    expect(p.message).toMatch(/the list at \$\.districts has more than 10000 items/);
  });

  it('refuses text larger than 2 MB, counted in UTF-8 bytes', () => {
    const big = `{"title": "${'x'.repeat(MAX_TEXT_BYTES)}"}`;
    expect(only(parseScenarioText(big)).message).toMatch(/larger than 2 MB/);
    // Each 'é' is two bytes: under 2 M characters, over 2 MB.
    const wide = `{"title": "${'é'.repeat(MAX_TEXT_BYTES / 2 + 10)}"}`;
    expect(wide.length).toBeLessThan(MAX_TEXT_BYTES);
    expect(only(parseScenarioText(wide)).message).toMatch(/larger than 2 MB/);
  });

  it('warns about a field given twice in one object', () => {
    const text = FIXTURE_TEXT.replace('"turns": 6,', '"turns": 5, "turns": 6,');
    const result = parseScenarioText(text);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      expect.objectContaining({ path: '$.turns', severity: 'warning' }),
    ]);
  });

  it('never throws, whatever the text', () => {
    // Deterministic mutations of the fixture: cut, spliced, with bytes replaced.
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const junk = [
      '{',
      '}',
      '[',
      ']',
      '"',
      ',',
      ':',
      '\\',
      '\u0000',
      '\uD800',
      '-',
      '1e999',
      'null',
      '__proto__',
      ' ',
    ];
    for (let i = 0; i < 300; i++) {
      const at = rand(FIXTURE_TEXT.length);
      const text =
        i % 3 === 0
          ? FIXTURE_TEXT.slice(0, at)
          : FIXTURE_TEXT.slice(0, at) + junk[rand(junk.length)]! + FIXTURE_TEXT.slice(at + rand(3));
      const result = parseScenarioText(text);
      if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
    }
    expect(parseScenarioText(undefined as unknown as string).ok).toBe(false);
    expect(parseScenarioText(42 as unknown as string).ok).toBe(false);
  });
});

describe('readScenarioFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mandate-load-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a missing file, a directory and a binary file as problems', async () => {
    expect(only(await readScenarioFile(join(dir, 'nope.json'))).message).toBe('no such file');
    mkdirSync(join(dir, 'sub'));
    expect(only(await readScenarioFile(join(dir, 'sub'))).message).toMatch(/directory/);
    writeFileSync(join(dir, 'bin.json'), Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x7b]));
    expect(only(await readScenarioFile(join(dir, 'bin.json'))).message).toMatch(/not UTF-8 text/);
  });

  it('refuses a file over 2 MB without parsing it', async () => {
    const file = join(dir, 'big.json');
    writeFileSync(file, ' '.repeat(MAX_TEXT_BYTES + 1));
    expect(only(await readScenarioFile(file)).message).toMatch(/larger than 2 MB/);
  });
});
