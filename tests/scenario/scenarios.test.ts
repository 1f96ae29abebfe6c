import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/load';

const DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .sort();

describe('bundled scenarios in scenarios/', () => {
  if (files.length === 0) {
    it.skip('none yet: scenarios/ holds no scenario file besides scenario.schema.json', () => {});
    return;
  }
  it.each(files)('%s validates with no errors and no warnings', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const result = parseScenarioText(text, file);
    const problems = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toEqual([]);
    expect(result.warnings.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  });

  it.each(files)('%s names ./scenario.schema.json and schemaVersion 1', (file) => {
    const data = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
    expect(data.$schema).toBe('./scenario.schema.json');
    expect(data.schemaVersion).toBe(1);
  });
});
