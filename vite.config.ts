/// <reference types="vitest/config" />
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * Development only (`apply: 'serve'`): `MANDATE_SCENARIO=path/to/file.json npm run dev` watches a
 * scenario file kept anywhere, and the Tiled map it names, and sends them to the page when it asks
 * and whenever either is saved (src/ui/dev.ts receives them). Nothing here is in the build.
 */
function watchScenarioFile(): Plugin {
  const LIMITS = { scenario: 2 * 1024 * 1024, map: 8 * 1024 * 1024 };
  const readLimited = (path: string, what: 'scenario' | 'map'): string => {
    const size = statSync(path).size;
    if (size > LIMITS[what])
      throw new Error(
        `the file is larger than ${LIMITS[what] / 1024 / 1024} MB; a ${what} is far smaller`,
      );
    return readFileSync(path, 'utf8');
  };
  const mapNamed = (text: string): string | undefined => {
    try {
      const file = (
        JSON.parse(text.replace(/^\uFEFF/, '')) as { map?: { tiled?: { file?: unknown } } } | null
      )?.map?.tiled?.file;
      return typeof file === 'string' && file !== '' ? file : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    name: 'mandate-watch-scenario',
    apply: 'serve',
    configureServer(server) {
      const given = process.env.MANDATE_SCENARIO;
      if (!given) return;
      const file = resolve(given);
      let mapFile: string | null = null;
      const payload = () => {
        const name = basename(file);
        let text: string;
        try {
          text = readLimited(file, 'scenario');
        } catch (e) {
          const code = (e as { code?: string }).code;
          return {
            name,
            error:
              code === 'ENOENT'
                ? `no such file: ${file}`
                : e instanceof Error
                  ? e.message
                  : String(e),
          };
        }
        const named = mapNamed(text);
        const map = named ? resolve(dirname(file), named) : null;
        if (map && map !== mapFile) server.watcher.add(map);
        mapFile = map;
        const maps: { name: string; text: string }[] = [];
        // A map that cannot be read is left out: the page then says which file it waits for.
        if (map) {
          try {
            maps.push({ name: basename(map), text: readLimited(map, 'map') });
          } catch {
            /* explained in the page */
          }
        }
        return { name, text, maps };
      };
      server.watcher.add(file);
      const changed = (path: string) => {
        const p = resolve(path);
        if (p === file || p === mapFile)
          server.ws.send({ type: 'custom', event: 'mandate:scenario', data: payload() });
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      server.ws.on('mandate:scenario-request', (_data, client) =>
        client.send('mandate:scenario', payload()),
      );
      server.config.logger.info(
        `  Watching ${file}: saving it (or its Tiled map) reloads it in the page.`,
      );
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [watchScenarioFile()],
  build: {
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
