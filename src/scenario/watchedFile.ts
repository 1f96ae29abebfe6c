/**
 * What the development server sends the page for the scenario it watches
 * (`MANDATE_SCENARIO=FILE npm run dev`, the plugin in vite.config.ts): the file's text and its
 * Tiled map's. Files are read as the command-line tools read them (nodeFiles.ts): regular files
 * within their limits, and a map only from the scenario's folder or below it. A map refused is
 * never read, so nothing of it reaches the page, whose validator refuses such a path by itself.
 * Node only.
 */
import { basename, dirname, resolve } from 'node:path';
import { MAX_MAP_BYTES, MAX_TEXT_BYTES } from './load';
import { mapPathProblem } from './mapPath';
import { describeReadError, mapFileBeside, readText } from './nodeFiles';

/** What the page is sent for the watched scenario: its text and its Tiled map's, or why not. */
export interface WatchedScenario {
  data: { name: string; text?: string; error?: string; maps?: { name: string; text: string }[] };
  /** The map to watch, even before it exists (saving it for the first time then sends it). */
  map: string | null;
  /** Why the map was left out, for the server's console; the page says which file it waits for. */
  warning?: string;
}

export async function readWatched(file: string): Promise<WatchedScenario> {
  const name = basename(file);
  let text: string;
  try {
    text = await readText(file, MAX_TEXT_BYTES, 'scenario');
  } catch (e) {
    const why = describeReadError(e, 'scenario');
    return {
      data: { name, error: why === 'no such file' ? `no such file: ${file}` : why },
      map: null,
    };
  }
  const named = mapNamed(text);
  if (!named) return { data: { name, text, maps: [] }, map: null };
  const map = mapPathProblem(named) === undefined ? resolve(dirname(file), named) : null;
  try {
    const mapText = await readText(await mapFileBeside(file, named), MAX_MAP_BYTES, 'map');
    return { data: { name, text, maps: [{ name: basename(named), text: mapText }] }, map };
  } catch (e) {
    const warning = `Tiled map ${JSON.stringify(named)} not sent: ${describeReadError(e, 'map')}`;
    return { data: { name, text, maps: [] }, map, warning };
  }
}

function mapNamed(text: string): string | undefined {
  try {
    const file = (
      JSON.parse(text.replace(/^\uFEFF/, '')) as { map?: { tiled?: { file?: unknown } } } | null
    )?.map?.tiled?.file;
    return typeof file === 'string' && file !== '' ? file : undefined;
  } catch {
    return undefined;
  }
}
