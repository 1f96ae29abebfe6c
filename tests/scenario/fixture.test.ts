import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/validate';
import { parseScenarioText } from '../../src/scenario/load';
import { readScenarioFile } from '../../src/scenario/loadNode';
import { STANDARD_INDICATORS } from '../../src/format';
import { FIXTURE_PATH, FIXTURE_TEXT, fixture } from './helpers';

describe('the tutorial fixture', () => {
  it('validates with no problems and no warnings', () => {
    const result = validateScenario(fixture());
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });

  it('validates the same from text and from disk', async () => {
    expect(parseScenarioText(FIXTURE_TEXT)).toMatchObject({ ok: true, warnings: [] });
    expect(await readScenarioFile(FIXTURE_PATH)).toMatchObject({ ok: true, warnings: [] });
  });

  it('is the small scenario the brief describes', () => {
    const result = validateScenario(fixture());
    if (!result.ok) throw new Error('fixture invalid');
    const s = result.scenario;
    expect(s.title).toBe('Tutorial fixture');
    expect(s.districts.length).toBeGreaterThanOrEqual(3);
    expect(s.districts.length).toBeLessThanOrEqual(4);
    expect(s.roles.map((r) => r.kind)).toEqual(['military', 'police', 'civilian']);
    expect(s.intelligence).toHaveLength(2);
    expect(s.injects).toHaveLength(2);
    expect(s.events.cards.length).toBeGreaterThan(0);
    expect(s.objectives).toHaveLength(2);
    for (const d of s.districts)
      expect(Object.keys(d.indicators).sort()).toEqual([...STANDARD_INDICATORS].sort());
  });

  it('returns the data unchanged (no defaults added, nothing stripped)', () => {
    const result = validateScenario(fixture());
    expect(result.ok && result.scenario).toEqual(fixture());
  });
});
