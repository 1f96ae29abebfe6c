/**
 * The layers of `src/`: which top-level folders may import which. The scenario format sits at
 * the bottom and imports nothing; the engine builds on the format alone; the languages word the
 * engine's messages without knowing how scenarios are checked; and no chain of imports between
 * folders comes back to where it started.
 *
 * Imports are read with regular expressions over the source text: static `import … from` and
 * `export … from`, side-effect `import '…'` and `import('…')`. Only relative specifiers name
 * files of `src/`; packages are not part of the picture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Edges between folders, each with the imports (file and specifier) that make it. */
type Graph = Map<string, Map<string, string[]>>;

const IMPORT_PATTERNS = [
  // `import x from`, `import type { … } from` (over several lines), `export * from`, `export { … } from`
  /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  // `import './styles.css'`
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  // `import('../scenes/mountMap')`, in code or in a type
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

export function specifiersIn(text: string): string[] {
  return IMPORT_PATTERNS.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!));
}

/** The top-level folder of `src/` a file belongs to (a file directly in `src/` is its own). */
function layerOf(file: string): string | null {
  const rel = relative(SRC, file);
  if (rel.startsWith('..')) return null;
  return rel.split(sep)[0]!;
}

function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|js|mjs)$/.test(f))
    .map((f) => join(SRC, f))
    .sort();
}

function folderGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles()) {
    const from = layerOf(file)!;
    for (const spec of specifiersIn(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const to = layerOf(resolve(dirname(file), spec));
      if (to === null || to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string[]>();
      graph.set(from, edges);
      edges.set(to, [...(edges.get(to) ?? []), `src/${relative(SRC, file)} imports '${spec}'`]);
    }
  }
  return graph;
}

/** A cycle as the folders along it, first and last the same, or null when there is none. */
export function findCycle(
  graph: ReadonlyMap<string, ReadonlyMap<string, unknown>>,
): string[] | null {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    const at = path.indexOf(node);
    if (at >= 0) return [...path.slice(at), node];
    if (done.has(node)) return null;
    path.push(node);
    for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(node);
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

/** Each edge of `from` as a line, with the imports behind it, for a failure message. */
function describeEdges(graph: Graph, from: string, keep: (to: string) => boolean): string[] {
  return [...(graph.get(from) ?? new Map<string, string[]>())]
    .filter(([to]) => keep(to))
    .map(([to, why]) => `${from} → ${to}: ${why.join('; ')}`);
}

const toGraph = (edges: Record<string, string[]>): Graph =>
  new Map(Object.entries(edges).map(([a, bs]) => [a, new Map(bs.map((b) => [b, []]))]));

describe('the detector itself (controls)', () => {
  it('finds a cycle in a small graph that has one, and none in one that has none', () => {
    expect(findCycle(toGraph({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([
      'a',
      'b',
      'c',
      'a',
    ]);
    expect(findCycle(toGraph({ a: ['b', 'c'], b: ['c'], c: [], d: ['a', 'c'] }))).toBeNull();
    expect(findCycle(toGraph({ a: ['a'] }))).toEqual(['a', 'a']);
  });

  it('reads every form of import', () => {
    const text = [
      "import { a } from '../engine';",
      'import type {',
      '  B,',
      '  C,',
      "} from '../format';",
      "export * from './types';",
      "export { d, type E } from '../i18n';",
      "import '../styles/app.css';",
      "const m = await import('../scenes/mountMap');",
      "type T = import('../store').Session;",
    ].join('\n');
    expect(specifiersIn(text)).toEqual([
      '../engine',
      '../format',
      './types',
      '../i18n',
      '../styles/app.css',
      '../scenes/mountMap',
      '../store',
    ]);
  });

  it('sees the folders of src/ and the edges between them', () => {
    const graph = folderGraph();
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['engine', 'scenario', 'ui']));
    expect(graph.get('ui')?.has('store')).toBe(true);
  });
});

describe('imports between the folders of src/', () => {
  const graph = folderGraph();

  it('form no cycle', () => {
    const cycle = findCycle(graph);
    const edges = cycle?.slice(1).map((to, i) => describeEdges(graph, cycle[i]!, (t) => t === to));
    expect(edges ?? [], `a cycle: ${cycle?.join(' → ')}`).toEqual([]);
  });

  it('leave the scenario format importing nothing else in src/', () => {
    expect(describeEdges(graph, 'format', () => true)).toEqual([]);
  });

  it('let the engine import only the format', () => {
    expect(describeEdges(graph, 'engine', (to) => to !== 'format')).toEqual([]);
  });

  it('keep the languages apart from the scenario checks', () => {
    expect(describeEdges(graph, 'i18n', (to) => to === 'scenario')).toEqual([]);
  });

  it('keep the game authority free of screens, stores and the map', () => {
    const above = ['store', 'ui', 'scenes', 'host', 'cli', 'main.ts'];
    expect(describeEdges(graph, 'authority', (to) => above.includes(to))).toEqual([]);
    // Nor does it reach a store library or the DOM through a package.
    for (const file of sourceFiles().filter((f) => layerOf(f) === 'authority')) {
      const text = readFileSync(file, 'utf8');
      expect(
        specifiersIn(text).filter((s) => /zustand|phaser|preact|lit-html/.test(s)),
        file,
      ).toEqual([]);
      expect(/\b(document|window|localStorage|indexedDB)\./.test(text), file).toBe(false);
    }
  });
});
