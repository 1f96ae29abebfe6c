/**
 * The zod schema of a scenario file. It checks shapes and ranges only; whether ids point at
 * something that exists is checked in `semantics.ts`, because a schema cannot see the whole file.
 *
 * Every field carries a description: they become the JSON Schema that editors show on hover
 * (`jsonSchema.ts`), so they are written for scenario authors, not for programmers.
 *
 * Objects are strict: a misspelt optional field (`"distrct"`) would otherwise be dropped in
 * silence and the effect would land somewhere else.
 *
 * Each section of the format has its own module in `schema/`, named after the section
 * (`roles.ts` for "roles", `injects.ts` for "injects"...), so a new field or kind of thing goes
 * beside the ones like it; the field makers all sections share are in `ids.ts`, `text.ts` and
 * `numbers.ts`. This file only gathers what the rest of the code imports.
 */

export { LANGUAGE_CODE } from './languages';
export { effectSchema } from './schema/effects';
export { metricSchema } from './schema/metrics';
export { constraintSchema, roleSchema } from './schema/roles';
export { scenarioFileSchema, scenarioSchema } from './schema/scenario';
export type {
  FileSchemaMatchesTypes,
  PartsMatchTypes,
  SchemaMatchesTypes,
} from './schema/matchesTypes';
