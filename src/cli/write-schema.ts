/**
 * `npm run schema`: regenerates scenarios/scenario.schema.json from the zod schema, and the
 * generated parts of docs/scenario-authoring.md (the field reference and the standard actions).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../scenario/jsonSchema';
import { regenerateGuide } from '../scenario/reference';
import { guardOutput } from './output';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCHEMA_FILE = resolve(ROOT, 'scenarios/scenario.schema.json');
const GUIDE_FILE = resolve(ROOT, 'docs/scenario-authoring.md');

function write(file: string, make: () => string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, make());
    console.log(`wrote ${file}`);
  } catch (err) {
    console.error(`could not write ${file}: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}

guardOutput('schema');
write(SCHEMA_FILE, scenarioJsonSchemaText);
write(GUIDE_FILE, () => regenerateGuide(readFileSync(GUIDE_FILE, 'utf8')));
