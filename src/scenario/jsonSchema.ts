/**
 * The JSON Schema editors use to autocomplete and check scenario files. It is generated from the
 * zod schema so the two cannot disagree; `npm run schema` writes it to
 * `scenarios/scenario.schema.json` and a test fails if the committed copy is stale.
 */
import { z } from 'zod';
import { scenarioFileSchema } from './schema';

export const SCENARIO_SCHEMA_ID = 'urn:mandate:scenario-schema:1';

export type JsonSchema = { [key: string]: unknown };

let cached: JsonSchema | undefined;

/** A fresh copy each call, so a caller that edits it cannot change what validation uses. */
export function buildScenarioJsonSchema(): JsonSchema {
  cached ??= generate();
  return structuredClone(cached);
}

/** The same schema, shared and read-only; for validation's own look-ups. */
export function scenarioJsonSchema(): Readonly<JsonSchema> {
  cached ??= generate();
  return cached;
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

function generate(): JsonSchema {
  // draft-07: the version editors (VS Code, JetBrains) understand best, tuples included.
  const generated = z.toJSONSchema(scenarioFileSchema, { target: 'draft-7' }) as JsonSchema;
  const { $schema, description: _short, ...rest } = generated;
  return {
    $schema,
    $id: SCENARIO_SCHEMA_ID,
    title: 'Mandate scenario',
    description:
      'A scenario for Mandate, the tabletop exercise simulator for peace operations: map, roles, actions, intelligence, injects, events and objectives. Ids must be unique and every reference must name something defined in the file; `npm run validate -- FILE` checks what this schema cannot.',
    ...rest,
    ...SHAPES_UNLESS_TILED,
  };
}

/**
 * Zod has no conditionals, so the one rule that depends on another field is added here: without
 * "map.tiled", every district must draw its own shape and list its neighbours. It sits beside
 * "properties" rather than in an "allOf", so the schema's root stays a plain object to walk.
 */
const SHAPES_UNLESS_TILED = {
  if: { required: ['map'], properties: { map: { required: ['tiled'] } } },
  else: { properties: { districts: { items: { required: ['shape', 'neighbours'] } } } },
} as const;
