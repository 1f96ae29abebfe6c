/**
 * `npm run host` serves the built game: this builds it first when `dist/` is missing or older
 * than anything it is built from, so a host never serves a stale game.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
/** What the build reads: the sources, the page, the scenarios and assets, the build's config. */
const INPUTS = ['src', 'scenarios', 'assets', 'index.html', 'vite.config.ts', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let latest = s.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** Whether `dist/` is missing or older than its inputs. */
export function buildIsStale(): boolean {
  const built = join(DIST, 'index.html');
  if (!existsSync(built)) return true;
  const at = statSync(built).mtimeMs;
  return INPUTS.some((p) => newest(join(ROOT, p)) > at);
}

/** Builds the game with Vite when it is stale; throws when the build fails. */
export function ensureBuilt(log: (line: string) => void): void {
  if (!buildIsStale()) return;
  log('Building the game (dist/ is missing or older than the sources)…');
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('the build failed; see the lines above');
}
