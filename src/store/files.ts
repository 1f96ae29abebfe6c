/**
 * Files picked or dropped, sorted into scenarios, Tiled maps and saves before the session sees
 * them. Sizes are checked before anything is read: a file larger than what it can be is refused
 * with the loader's own words and never read. Only a file past the scenario limit has its first
 * bytes looked at, to tell a large save or map (which may be that large) from a scenario (which
 * may not). DOM-free: `File` and Node's `Blob` both fit `FileLike`.
 */
import { FILE_LIMITS, tooLargeMessage, type NamedText } from './scenarios';
import type { NoticeMsg } from './notices';

export interface FileLike {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
  slice(start?: number, end?: number): { text(): Promise<string> };
}

/** What the picker asked for: a save, a scenario (with its maps), the map a scenario waits for, or
 * anything (a drop). */
export type FileKind = 'scenario' | 'save' | 'map' | 'auto';

export interface SortedFiles {
  scenarios: NamedText[];
  maps: NamedText[];
  saves: NamedText[];
  /** Refused unread, as a scenario (or map) or as a save, with the message to show (worded when
   * shown). */
  refused: { name: string; kind: 'scenario' | 'save' | 'map'; message: NoticeMsg }[];
  /** Files the browser would not read, with its own words (technical detail, as it wrote them). */
  unreadable: { name: string; message: string }[];
}

/** How many bytes of a large file are looked at to tell what it is. */
export const SNIFF_BYTES = 512;

const MAP_NAME = /\.(tmj|tmx)$/i;

/** A save or autosave says so in its first key, as the app writes them. */
function saysSave(head: string): boolean {
  return /"format"\s*:\s*"mandate-(save|autosave)"/.test(head);
}

/** Tiled writes its keys in alphabetical order: these come before the layers. */
function saysTiled(head: string): boolean {
  return (
    /"(compressionlevel|tiledversion|orientation|renderorder|infinite)"\s*:/.test(head) ||
    head.trimStart().startsWith('<?xml') ||
    head.trimStart().startsWith('<map')
  );
}

/** What a small file's text is: a save, a Tiled map, or (anything else) a scenario. */
export function classifyText(text: string, kind: FileKind): 'save' | 'map' | 'scenario' {
  if (kind === 'save') return 'save';
  if (kind === 'map') return 'map';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trimStart().startsWith('<')) return 'map';
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return 'scenario';
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'scenario';
  const v = value as Record<string, unknown>;
  if (kind === 'auto' && (v.format === 'mandate-save' || v.format === 'mandate-autosave'))
    return 'save';
  if (
    Array.isArray(v.layers) &&
    (typeof v.tiledversion === 'string' || typeof v.orientation === 'string')
  )
    return 'map';
  return 'scenario';
}

/** Reads the files that may be read and sorts them; refuses the rest unread. Never throws. */
export async function sortFiles(files: readonly FileLike[], kind: FileKind): Promise<SortedFiles> {
  const out: SortedFiles = { scenarios: [], maps: [], saves: [], refused: [], unreadable: [] };
  const read = async (f: FileLike): Promise<string | null> => {
    try {
      return await f.text();
    } catch (e) {
      out.unreadable.push({ name: f.name, message: e instanceof Error ? e.message : String(e) });
      return null;
    }
  };
  const take = (f: FileLike, as: 'save' | 'map' | 'scenario', text: string) => {
    (as === 'save' ? out.saves : as === 'map' ? out.maps : out.scenarios).push({
      name: f.name,
      text,
    });
  };
  for (const f of files) {
    // What the file must be, when its name or the picker says so; otherwise known once read.
    let as: 'save' | 'map' | 'scenario' | null =
      kind === 'save' ? 'save' : kind === 'map' || MAP_NAME.test(f.name) ? 'map' : null;
    if (as === null && f.size > FILE_LIMITS.scenario) {
      // Too large for a scenario: a large save or map says what it is in its first bytes.
      let head = '';
      try {
        head = await f.slice(0, SNIFF_BYTES).text();
      } catch {
        /* refused as a scenario below */
      }
      as = kind === 'auto' && saysSave(head) ? 'save' : saysTiled(head) ? 'map' : 'scenario';
    }
    if (as !== null && f.size > FILE_LIMITS[as]) {
      out.refused.push({ name: f.name, kind: as, message: tooLargeMessage(as) });
      continue;
    }
    const text = await read(f);
    if (text === null) continue;
    take(f, as ?? classifyText(text, kind), text);
  }
  return out;
}
