/**
 * npm run bench:kill [-- --kills N] [--json]: thirty SIGKILLs of Chromium mid-game (or N), each
 * followed by a restart on the same profile, on a fresh build of the game; prints how many
 * commands the page had acknowledged as saved were lost, with IndexedDB (the app's storage)
 * and, for comparison, with the localStorage fallback. Figures, not assertions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { intFlag, parseArgs } from '../common';
import { killRuns } from './crash';

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['kills']);
  const kills = intFlag(args, 'kills', 30);
  const outDir = mkdtempSync(join(tmpdir(), 'mandate-kill-build-'));
  try {
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const server = await preview({
      root,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
    const url = server.resolvedUrls?.local[0] ?? '';
    const indexeddb = await killRuns(url, kills);
    const localstorage = await killRuns(`${url}?storage=local`, kills);
    await server.close();
    const figures = {
      kills,
      indexedDbLost: indexeddb.lost,
      indexedDbKillsWithLoss: indexeddb.killsWithLoss,
      indexedDbGiven: indexeddb.given,
      localStorageLost: localstorage.lost,
      localStorageKillsWithLoss: localstorage.killsWithLoss,
      localStorageGiven: localstorage.given,
      loadAverage: loadavg()[0] ?? 0,
    };
    if (args.flags.has('json')) console.log(JSON.stringify(figures));
    else {
      console.log(`${kills} kills each (half of them while a command was being written):`);
      for (const [name, r] of [
        ['IndexedDB   ', indexeddb],
        ['localStorage', localstorage],
      ] as const) {
        console.log(
          `  ${name}: ${r.lost} acknowledged commands lost, after ${r.killsWithLoss} of ${kills}` +
            ` kills (${r.given} commands given)`,
        );
      }
      console.log(`  load average ${figures.loadAverage.toFixed(2)}`);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

void main();
