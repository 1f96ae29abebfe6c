import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildScenarioJsonSchema,
  scenarioJsonSchemaText,
  SCENARIO_SCHEMA_ID,
} from '../../src/scenario/jsonSchema';

const CONDITIONS = new Set(['if', 'then', 'else']);
const COMMITTED = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));

describe('editor JSON Schema', () => {
  it('the committed scenarios/scenario.schema.json equals the generated one (run `npm run schema`)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('has an id, a title and a description', () => {
    const schema = buildScenarioJsonSchema();
    expect(schema.$id).toBe(SCENARIO_SCHEMA_ID);
    expect(schema.title).toBe('Mandate scenario');
    expect(typeof schema.description).toBe('string');
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('describes every field', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) {
        node.forEach((n, i) => walk(n, `${where}[${i}]`));
        return;
      }
      if (typeof node !== 'object' || node === null) return;
      const obj = node as Record<string, unknown>;
      const props = obj.properties;
      if (typeof props === 'object' && props !== null) {
        for (const [key, def] of Object.entries(props)) {
          const d = def as Record<string, unknown>;
          // A field that points at a shared definition is described there.
          const described = typeof d.description === 'string' || typeof d.$ref === 'string';
          if (!described) undescribed.push(`${where}.${key}`);
        }
      }
      // Conditions only restate fields described under "properties".
      for (const [key, value] of Object.entries(obj))
        if (!CONDITIONS.has(key)) walk(value, `${where}/${key}`);
    };
    walk(buildScenarioJsonSchema(), '#');
    expect(undescribed).toEqual([]);
  });

  it('requires whole numbers for game values', () => {
    const schema = buildScenarioJsonSchema() as {
      properties: Record<string, { type?: string; minimum?: number; maximum?: number }>;
    };
    expect(schema.properties.turns).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
    expect(schema.properties.winScore).toMatchObject({ type: 'integer', minimum: 0, maximum: 100 });
  });
});
