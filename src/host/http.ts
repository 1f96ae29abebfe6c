/**
 * The host's HTTP side: the built game (`dist/`) as static files, and `GET /host.json`, which
 * tells the page it is served by a host (and where its socket is). Read-only and small on purpose:
 *
 * - GET and HEAD only; no directory listing (a folder is its `index.html` at the root, else 404);
 * - a request path is decoded, normalised and resolved, and must stay inside `dist/` after
 *   symbolic links are followed (no `..`, no encoded slashes, no NUL);
 * - types by extension (`nosniff`, so a browser never guesses); hashed files under `assets/` are
 *   cached for a year, everything else is revalidated each time so a rebuilt game is picked up;
 * - no secret ever appears in a URL the server sees: the page keeps them after `#`.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, relative as relativePath, sep } from 'node:path';
import QRCode from 'qrcode';
import { HEARTBEAT_MS, MAX_CLIENT_FRAME_BYTES } from '../net/protocol';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.tmj': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export interface HttpOptions {
  /** The built game's folder. */
  root: string;
  bootId: string;
  /** The host's addresses as base URLs (`http://IP:PORT/`), known once it listens. */
  addresses?: () => string[];
  /** Files of `root` never served (`assets/x.js`): the bundled scenarios' chunks (withheld.ts). */
  withheld?: ReadonlySet<string>;
}

/** What a QR code may encode: one of this host's own addresses (a join URL), nothing else. */
const MAX_QR_TEXT = 200;

function plain(
  res: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  res.end(text);
}

/** The file a request path names inside `root`, or null when it names none there. */
export async function fileFor(root: string, urlPath: string): Promise<string | null> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || !path.startsWith('/')) return null;
  const relative = normalize(path === '/' ? '/index.html' : path);
  if (relative.split(sep).includes('..')) return null;
  const realRoot = await realpath(root);
  let file: string;
  try {
    file = await realpath(join(realRoot, relative));
    if (!(await stat(file)).isFile()) return null;
  } catch {
    return null;
  }
  return file.startsWith(realRoot + sep) ? file : null;
}

/**
 * `GET /qr.svg?text=URL`: a QR code, drawn here so the page carries no QR library, of a URL on
 * one of this host's own addresses (the facilitator's page shows the teams' join address).
 */
async function qr(req: IncomingMessage, res: ServerResponse, url: string, bases: string[]) {
  const text = new URLSearchParams(url.split('?')[1] ?? '').get('text') ?? '';
  const ours =
    bases.some((b) => text.startsWith(b)) || /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(text);
  if (!text || text.length > MAX_QR_TEXT || !ours) return plain(res, 400, 'Not a join address');
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  res.writeHead(200, { ...HEADERS, 'Content-Type': TYPES['.svg']!, 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : svg);
}

export function createHttpServer(options: HttpOptions): Server {
  const info = () =>
    JSON.stringify({
      mandateHost: 1,
      bootId: options.bootId,
      socket: '/ws',
      maxClientFrameBytes: MAX_CLIENT_FRAME_BYTES,
      heartbeatMs: HEARTBEAT_MS,
      addresses: options.addresses?.() ?? [],
    });
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    void serve(req, res).catch(() => {
      if (!res.headersSent) plain(res, 500, 'Internal error');
      else res.destroy();
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    const url = req.url ?? '/';
    if (url.split('?')[0] === '/host.json') {
      res.writeHead(200, {
        ...HEADERS,
        'Content-Type': TYPES['.json']!,
        'Cache-Control': 'no-store',
      });
      return void res.end(req.method === 'HEAD' ? undefined : info());
    }
    if (url.split('?')[0] === '/qr.svg') return qr(req, res, url, options.addresses?.() ?? []);
    const file = await fileFor(options.root, url);
    if (!file) return plain(res, 404, 'Not found');
    const inRoot = relativePath(await realpath(options.root), file)
      .split(sep)
      .join('/');
    if (options.withheld?.has(inRoot)) return plain(res, 404, 'Not served by a host');
    const size = (await stat(file)).size;
    const hashed =
      file.includes(`${sep}assets${sep}`) && /[-.][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(file);
    res.writeHead(200, {
      ...HEADERS,
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(size),
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }
}
