/// <reference types="vitest/config" />
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { scenarioHead } from './src/format/scenarioHead.ts';
import type { WatchedScenario } from './src/scenario/watchedFile';

/**
 * Development only (`apply: 'serve'`): `MANDATE_SCENARIO=path/to/file.json npm run dev` watches a
 * scenario file kept anywhere, and the Tiled map it names, and sends them to the page when it asks
 * and whenever either is saved (src/ui/dev.ts receives them). Nothing here is in the build. The
 * files are read by src/scenario/watchedFile.ts, loaded through the server itself: the config
 * loader would only take TypeScript modules imported with their extension.
 */
function watchScenarioFile(): Plugin {
  return {
    name: 'mandate-watch-scenario',
    apply: 'serve',
    configureServer(server) {
      const given = process.env.MANDATE_SCENARIO;
      if (!given) return;
      const file = resolve(given);
      const logger = server.config.logger;
      let mapFile: string | null = null;
      const read = async (): Promise<WatchedScenario> => {
        const loaded = await server.ssrLoadModule('/src/scenario/watchedFile.ts');
        return (loaded as typeof import('./src/scenario/watchedFile')).readWatched(file);
      };
      const send = (to: (data: WatchedScenario['data']) => void) => {
        read().then(
          (w) => {
            if (w.map && w.map !== mapFile) server.watcher.add(w.map);
            mapFile = w.map;
            if (w.warning) logger.warn(`  ${w.warning}`);
            to(w.data);
          },
          (e: unknown) => logger.error(`  ${String(e)}`),
        );
      };
      server.watcher.add(file);
      const changed = (path: string) => {
        const p = resolve(path);
        if (p === file || p === mapFile)
          send((data) => server.ws.send({ type: 'custom', event: 'mandate:scenario', data }));
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      server.ws.on('mandate:scenario-request', (_data, client) =>
        send((data) => client.send('mandate:scenario', data)),
      );
      logger.info(`  Watching ${file}: saving it (or its Tiled map) reloads it in the page.`);
    },
  };
}

/**
 * `scenarios/x.json?head` is a module of the scenario's head (src/format/scenarioHead.ts): the
 * start screen's cards without the scenarios' whole text, which src/ui/bundled.ts loads as chunks
 * of their own when chosen. (A query keeps Vite's own JSON handling off the id.)
 */
function scenarioHeads(): Plugin {
  return {
    name: 'mandate-scenario-head',
    enforce: 'pre',
    async load(id) {
      const [path, query] = id.split('?');
      if (query !== 'head' || !path?.endsWith('.json')) return null;
      this.addWatchFile(path);
      const text = await readFile(path, 'utf8');
      const head = scenarioHead(JSON.parse(text.replace(/^\uFEFF/, '')));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(head))});`;
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [watchScenarioFile(), scenarioHeads()],
  build: {
    // The host reads it to withhold the bundled scenarios' own chunks (src/host/withheld.ts).
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  test: {
    testTimeout: 60_000,
    setupFiles: ['tests/setup/languages.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
        },
      },
      {
        // Browser tests: the app is built and served once for all of them.
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
