/**
 * The bundled scenarios: `scenarios/*.json` except the schema, default first, the rest in file-name
 * order. A module of its own so that, in development, saving one of the files replaces this module
 * alone and `main.ts` hands the new list to the session (see `import.meta.hot` there).
 */
import type { BundledScenario } from '../store/scenarios';

const files = import.meta.glob(
  ['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'],
  { eager: true, import: 'default' },
);

export const bundled: BundledScenario[] = Object.entries(files)
  .map(([path, json]) => ({ file: path.split('/').pop() ?? path, json }))
  .sort((a, b) =>
    a.file === 'default.json' ? -1 : b.file === 'default.json' ? 1 : a.file.localeCompare(b.file),
  );
