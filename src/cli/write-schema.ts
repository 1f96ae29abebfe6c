/** `npm run schema`: regenerates scenarios/scenario.schema.json from the zod schema. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../scenario/jsonSchema';

const SCHEMA_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../scenarios/scenario.schema.json',
);

try {
  mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
  writeFileSync(SCHEMA_FILE, scenarioJsonSchemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
} catch (err) {
  console.error(`could not write ${SCHEMA_FILE}: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
