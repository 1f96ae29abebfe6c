/**
 * Broken variants of every bundled scenario: a field removed, a reference misspelt, a type
 * changed. Whatever the scenario, the validator must name the path and the likely fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/load';
import type { Problem } from '../../src/format';
import type { Json } from './helpers';

const DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .sort();

interface Variant {
  name: string;
  /** Breaks the scenario; returns what the validator must say. */
  breakIt: (s: Json) => { path: string; message: RegExp; suggestion: string | RegExp };
}

/** A misspelling one edit away, so "did you mean" must find the original. */
const typo = (id: string) => `${id}x`;

const variants: Variant[] = [
  {
    name: 'a required field removed',
    breakIt: (s) => {
      delete s.debriefQuestions;
      return {
        path: '$.debriefQuestions',
        message: /^required field 'debriefQuestions' is missing; expected a list$/,
        suggestion: "add 'debriefQuestions'",
      };
    },
  },
  {
    name: 'a required field of a district removed',
    breakIt: (s) => {
      delete s.districts[0].population;
      return {
        path: '$.districts[0].population',
        message: /^required field 'population' is missing/,
        suggestion: "add 'population'",
      };
    },
  },
  {
    name: "a unit's district misspelt",
    breakIt: (s) => {
      const i = s.roles.findIndex((r: Json) => r.assets.length > 0);
      const location = s.roles[i].assets[0].location;
      s.roles[i].assets[0].location = typo(location);
      return {
        path: `$.roles[${i}].assets[0].location`,
        message: new RegExp(`^unknown district '${typo(location)}'$`),
        suggestion: `did you mean '${location}'?`,
      };
    },
  },
  {
    name: 'a neighbour misspelt',
    breakIt: (s) => {
      const n = s.districts[0].neighbours[0];
      s.districts[0].neighbours[0] = typo(n);
      return {
        path: '$.districts[0].neighbours[0]',
        message: new RegExp(`^unknown district '${typo(n)}'$`),
        suggestion: `did you mean '${n}'?`,
      };
    },
  },
  {
    name: 'a capability misspelt',
    breakIt: (s) => {
      const a = s.roles[0].capabilities[0];
      s.roles[0].capabilities[0] = typo(a);
      return {
        path: '$.roles[0].capabilities[0]',
        message: new RegExp(`^unknown action '${typo(a)}'$`),
        suggestion: `did you mean '${a}'?`,
      };
    },
  },
  {
    name: 'a role renamed without its references',
    breakIt: (s) => {
      const id = s.roles[0].id;
      s.roles[0].id = `${id}-hq`;
      // The first place that still names the old id: a fact, a trust pair or a private objective.
      return {
        path: expect.any(String) as unknown as string,
        message: new RegExp(`^unknown role '${id}'$`),
        suggestion: new RegExp(`did you mean '${id}-hq'\\?|known roles: .*'${id}-hq'`),
      };
    },
  },
  {
    name: 'a number written as text',
    breakIt: (s) => {
      const turns = s.turns;
      s.turns = String(turns);
      return {
        path: '$.turns',
        message: new RegExp(`^expected a whole number from 1 to 100, found text "${turns}"$`),
        suggestion: `write the number without quotes: ${turns}`,
      };
    },
  },
  {
    name: 'a starting value out of range',
    breakIt: (s) => {
      s.districts[1].indicators.security = 120;
      return {
        path: '$.districts[1].indicators.security',
        message: /^expected a whole number from 0 to 100, found 120$/,
        suggestion: 'use 100 or less',
      };
    },
  },
];

function problemsOf(s: Json): Problem[] {
  const r = parseScenarioText(JSON.stringify(s));
  return r.ok ? [] : r.problems;
}

describe.each(files)('broken variants of %s', (file) => {
  const text = readFileSync(join(DIR, file), 'utf8');

  it.each(variants)('$name', ({ breakIt }) => {
    const s = JSON.parse(text) as Json;
    const want = breakIt(s);
    const found = problemsOf(s).filter((p) => want.message.test(p.message));
    expect(found.length, JSON.stringify(problemsOf(s), null, 1)).toBeGreaterThan(0);
    const p = found[0]!;
    expect(p.path).toEqual(want.path);
    if (want.suggestion instanceof RegExp) expect(p.suggestion).toMatch(want.suggestion);
    else expect(p.suggestion).toBe(want.suggestion);
  });
});
