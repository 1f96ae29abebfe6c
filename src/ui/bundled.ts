/**
 * The bundled scenarios: `scenarios/*.json` except the schema, default first, the rest in file-name
 * order. Each comes as its head (what its card on the start screen shows, cut by the build: see
 * `scenarioHeads` in vite.config.ts) and a loader of its whole text, a chunk of its own fetched
 * when a game needs it. A module of its own so that, in development, saving one of the files
 * replaces this module alone and `main.ts` hands the new list to the session.
 */
import type { BundledSource } from '../store/library';

const heads = import.meta.glob<unknown>(
  ['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'],
  { eager: true, query: '?head', import: 'default' },
);
const wholes = import.meta.glob<unknown>(
  ['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'],
  { import: 'default' },
);

const fileOf = (path: string) => path.split('/').pop() ?? path;

export const bundled: BundledSource[] = Object.entries(wholes)
  .map(([path, load]) => ({ file: fileOf(path), head: heads[path], load }))
  .sort((a, b) =>
    a.file === 'default.json' ? -1 : b.file === 'default.json' ? 1 : a.file.localeCompare(b.file),
  );
