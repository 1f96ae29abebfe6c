/**
 * The schema against the types of `src/format/types.ts`, in both directions: a change to the
 * types that the schema does not follow, or the other way round, fails to compile.
 */
import type { z } from 'zod';
import type {
  DistrictDef,
  DistrictFileDef,
  IndicatorDef,
  MapDef,
  Scenario,
  ScenarioFile,
  TiledMapRef,
} from '../../format';
import type { districtFileSchema, districtSchema } from './districts';
import type { indicatorDefSchema } from './indicators';
import type { mapSchema, tiledSchema } from './map';
import type { scenarioFileSchema, scenarioSchema } from './scenario';

type Parsed = z.infer<typeof scenarioSchema>;
type Assert<T extends true> = T;
export type SchemaMatchesTypes = Assert<
  [Parsed] extends [Scenario] ? ([Scenario] extends [Parsed] ? true : false) : false
>;
type ParsedFile = z.infer<typeof scenarioFileSchema>;
export type FileSchemaMatchesTypes = Assert<
  [ParsedFile] extends [ScenarioFile]
    ? [ScenarioFile] extends [ParsedFile]
      ? [z.infer<typeof districtFileSchema>] extends [DistrictFileDef]
        ? [DistrictFileDef] extends [z.infer<typeof districtFileSchema>]
          ? [z.infer<typeof tiledSchema>] extends [TiledMapRef]
            ? [TiledMapRef] extends [z.infer<typeof tiledSchema>]
              ? true
              : false
            : false
          : false
        : false
      : false
    : false
>;
// Parts not reachable through annotated schemas above still get their own check.
export type PartsMatchTypes = Assert<
  [z.infer<typeof districtSchema>] extends [DistrictDef]
    ? [DistrictDef] extends [z.infer<typeof districtSchema>]
      ? [z.infer<typeof mapSchema>] extends [MapDef]
        ? [z.infer<typeof indicatorDefSchema>] extends [IndicatorDef]
          ? [IndicatorDef] extends [z.infer<typeof indicatorDefSchema>]
            ? true
            : false
          : false
        : false
      : false
    : false
>;
