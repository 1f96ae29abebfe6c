/**
 * What the host does not serve of the built game: the bundled scenarios' own chunks. One-screen
 * play loads a scenario's whole text (every fact, inject and private objective) when it is
 * chosen; a page on a host never needs it (the host sends each seat its cut of the scenario), and
 * a team that fetched it could read what its role may not know. They are found through Vite's
 * build manifest (`build.manifest` in vite.config.ts): every chunk whose source is under
 * `scenarios/`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  file: string;
  src?: string;
}

/** The files of `distDir` (as `assets/x.js`) the host refuses; null when there is no manifest. */
export function withheldFiles(distDir: string): Set<string> | null {
  let manifest: Record<string, ManifestChunk>;
  try {
    manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<
      string,
      ManifestChunk
    >;
  } catch {
    return null;
  }
  const files = new Set<string>();
  for (const [source, chunk] of Object.entries(manifest)) {
    if (!source.startsWith('scenarios/') || typeof chunk.file !== 'string') continue;
    files.add(chunk.file);
    files.add(`${chunk.file}.map`);
  }
  return files;
}
