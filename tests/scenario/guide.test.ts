import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { regenerateGuide } from '../../src/scenario/reference';
import { readScenarioFile } from '../../src/scenario/loadNode';
import { shows, walkGuide } from './guideWalk';

const GUIDE_PATH = fileURLToPath(new URL('../../docs/scenario-authoring.md', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/river-town.json', import.meta.url));
const guide = readFileSync(GUIDE_PATH, 'utf8');

describe('docs/scenario-authoring.md', () => {
  it('its reference and action table are what the schema and the engine generate (run `npm run schema`)', () => {
    expect(guide).toBe(regenerateGuide(guide));
  });

  it('gives every field an example, and every optional field what leaving it out means', () => {
    const reference = guide.slice(
      guide.indexOf('<!-- reference:start -->'),
      guide.indexOf('<!-- reference:end -->'),
    );
    const rows = reference.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      const [, field, , required, fallback, example] = row.split(/(?<!\\)\|/).map((c) => c.trim());
      expect(example, `${field} has no example`).not.toBe('–');
      if (required === 'no')
        expect(fallback, `${field} says nothing about its default`).not.toBe('');
    }
  });

  describe('the tutorial', () => {
    const { scenario, checks } = walkGuide(guide);

    it('adds up, snippet by snippet, to the kept tests/fixtures/river-town.json', () => {
      expect(scenario).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')));
    });

    it('shows validator and balance output at the steps where it teaches', () => {
      expect(checks.filter((c) => c.kind === 'validate').length).toBeGreaterThanOrEqual(5);
      expect(checks.filter((c) => c.kind === 'balance')).toHaveLength(2);
    });

    it.each(checks.map((c) => [c.line, c] as const))(
      'the output shown at line %i is what the command prints',
      (_line, c) => {
        expect(
          shows(c.expected, c.actual),
          `shown:\n${c.expected.join('\n')}\n\nprinted:\n${c.actual.join('\n')}`,
        ).toBe(true);
      },
    );
  });

  it('the scenario written from the guide alone validates with no warnings', async () => {
    const result = await readScenarioFile(FIXTURE);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});
