/**
 * npm run bench:browser [-- --json] [--runs N]: the browser's figures, measured on a fresh
 * `vite build` (in a temporary directory) served by `vite preview` and driven in headless
 * Chromium (/usr/bin/chromium, or CHROMIUM_PATH) through playwright-core. Kept in one file
 * (about 440 lines): a script read top to bottom, each measure beside its set-up. It measures:
 *
 * - the built bundle: every file's size raw and gzipped, what the first screen loads, and what
 *   the entry chunk is made of;
 * - the time from navigation to a drawn map, starting the default scenario through the UI as
 *   fast as playwright can click (there is no URL switch that starts a game);
 * - the map's frame rate while panning: requestAnimationFrame callbacks counted over 2 s of
 *   synthetic drags, beside the same count with the map idle; for the default and the large
 *   scenario, under WebGL and Canvas;
 * - click to update: from a click that gives an order on the planning screen to the end of the
 *   first frame that shows it (`clickToUpdateMs`), the cost of one store change as a person sees it.
 *
 * Figures, not assertions: see docs/performance.md.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { guardOutput } from '../output';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const LARGE = join(root, 'tests/fixtures/large-scenario.json');
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const VIEWPORT = { width: 1366, height: 768 };
const PAN_MS = 2000;

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : 0;
};

interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

interface ChunkInfo {
  fileName: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  modules: Record<string, { renderedLength: number }>;
}

/** Builds the app into a temporary directory and returns its chunks as Vite reports them. */
async function freshBuild(outDir: string): Promise<ChunkInfo[]> {
  const out = await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const outputs = (Array.isArray(out) ? out : [out]) as { output?: unknown[] }[];
  const chunks: ChunkInfo[] = [];
  for (const o of outputs)
    for (const item of o.output ?? [])
      if ((item as { type?: string }).type === 'chunk') chunks.push(item as ChunkInfo);
  return chunks;
}

function sizes(outDir: string): FileSize[] {
  const files: FileSize[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const buf = readFileSync(path);
        files.push({
          file: relative(outDir, path),
          raw: buf.length,
          gzip: gzipSync(buf, { level: 9 }).length,
        });
      }
    }
  };
  walk(outDir);
  return files.sort((a, b) => b.raw - a.raw);
}

/** What an entry chunk is made of, by package or source folder, as shares of its rendered code. */
function composition(chunk: ChunkInfo): { part: string; share: number }[] {
  const byPart = new Map<string, number>();
  let total = 0;
  for (const [id, m] of Object.entries(chunk.modules)) {
    const clean = id.replace(/\\/g, '/').replace(/\?.*$/, '');
    const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
    const part = nm
      ? nm[1]!
      : clean.includes('/scenarios/')
        ? 'scenarios/*.json (bundled scenarios)'
        : (/\/(src\/[^/]+)\//.exec(clean)?.[1] ?? relative(root, clean));
    byPart.set(part, (byPart.get(part) ?? 0) + m.renderedLength);
    total += m.renderedLength;
  }
  return [...byPart]
    .map(([part, n]) => ({ part, share: Math.round((n / Math.max(1, total)) * 1000) / 10 }))
    .sort((a, b) => b.share - a.share);
}

async function frames2(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((r) =>
        requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))),
      ),
  );
}

interface LoadRun {
  startScreenMs: number;
  mapDrawnMs: number;
  firstLoad: string[];
  mapLoad: string[];
}

/**
 * Navigation to a drawn map on the default scenario, clicking through as fast as playwright can.
 */
async function timeToMap(browser: Browser, url: string): Promise<LoadRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('requestfinished', (r) => requested.push(new URL(r.url()).pathname.replace(/^\//, '')));
  await page.goto(url);
  await page.getByTestId('choose-velmora').waitFor();
  const startScreenMs = await page.evaluate(() => performance.now());
  const firstLoad = [...requested];
  await page.getByTestId('choose-velmora').click();
  await page.getByTestId('start-game').click();
  await page.locator('[data-testid=map][data-ready=true] canvas').waitFor();
  const mapDrawnMs = await frames2(page);
  const mapLoad = requested.slice(firstLoad.length);
  await context.close();
  return { startScreenMs, mapDrawnMs, firstLoad, mapLoad };
}

interface PanFigures {
  idleFps: number;
  panFps: number;
  moves: number;
  longestFrameMs: number;
  framesOver50Ms: number;
}

/** rAF callbacks per second over PAN_MS of drags across the map, and over PAN_MS idle. */
async function panFps(page: Page): Promise<PanFigures> {
  // A string, not a function: tsx names inner functions with a helper the page does not have.
  const counter = `new Promise((resolve) => {
    let frames = 0, longest = 0, over50 = 0;
    const t0 = performance.now();
    let last = t0;
    requestAnimationFrame(function tick(t) {
      frames++;
      longest = Math.max(longest, t - last);
      if (t - last > 50) over50++;
      last = t;
      if (t - t0 < ${PAN_MS}) requestAnimationFrame(tick);
      else resolve({ frames, elapsed: t - t0, longest, over50 });
    });
  })`;
  const count = () =>
    page.evaluate(counter) as Promise<{
      frames: number;
      elapsed: number;
      longest: number;
      over50: number;
    }>;
  const idle = await count();
  const box = (await page.locator('[data-testid=map] canvas').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const counting = count();
  const t0 = Date.now();
  let moves = 0;
  while (Date.now() - t0 < PAN_MS) {
    const a = moves * 0.15;
    await page.mouse.move(cx + Math.cos(a) * box.width * 0.2, cy + Math.sin(a) * box.height * 0.2);
    moves++;
  }
  const panned = await counting;
  await page.mouse.up();
  return {
    idleFps: Math.round((idle.frames * 1000) / idle.elapsed),
    panFps: Math.round((panned.frames * 1000) / panned.elapsed),
    moves,
    longestFrameMs: Math.round(panned.longest),
    framesOver50Ms: panned.over50,
  };
}

async function openGame(
  browser: Browser,
  url: string,
  scenario: 'default' | 'large',
): Promise<{ page: Page; close: () => Promise<void>; startToMapMs: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  if (scenario === 'default') await page.getByTestId('choose-velmora').click();
  else {
    await page.getByTestId('scenario-file').setInputFiles({
      name: 'large-scenario.json',
      mimeType: 'application/json',
      buffer: readFileSync(LARGE),
    });
  }
  await page.getByTestId('start-game').waitFor();
  const t = await page.evaluate(() => performance.now());
  await page.getByTestId('start-game').click();
  await page.locator('[data-testid=map][data-ready=true] canvas').waitFor();
  const startToMapMs = Math.round((await frames2(page)) - t);
  return { page, close: () => context.close(), startToMapMs };
}

const CLICKS = 9;

/**
 * Milliseconds from the click on "Give the order" to the end of the first frame that shows the new
 * order: the click is dispatched in the page, a MutationObserver sees the order in the list, and
 * the time is taken in a task posted from the next animation frame, so the frame's style, layout
 * and paint are in it. The draft is made and the order cancelled between clicks, untimed; the map
 * uses the Canvas renderer, so the software WebGL of a headless browser does not drown the figure.
 */
async function clickToUpdate(browser: Browser, url: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${url}?renderer=canvas`);
  await page.getByTestId('choose-velmora').click();
  await page.getByTestId('start-game').click();
  await page.getByTestId('begin-planning').click();
  await page.getByTestId('reveal').click();
  await page.locator('[data-testid=map][data-ready=true] canvas').waitFor();
  const timed = `new Promise((resolve) => {
    const count = () => document.querySelectorAll('[data-testid=my-order]').length;
    const before = count();
    const t0 = performance.now();
    const seen = new MutationObserver(() => {
      if (count() <= before) return;
      seen.disconnect();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now() - t0);
        ch.port2.postMessage(0);
      });
    });
    seen.observe(document.body, { childList: true, subtree: true });
    document.querySelector('[data-testid=draft-submit]').click();
  })`;
  const out: number[] = [];
  for (let i = 0; i <= CLICKS; i++) {
    await page.getByTestId('draft-action').selectOption('patrol');
    await page.getByTestId('draft-district').selectOption('kesh_highlands');
    await page.locator('[data-testid=draft-submit]:not([disabled])').waitFor();
    await frames2(page);
    const ms = (await page.evaluate(timed)) as number;
    if (i > 0) out.push(ms); // the first click warms the code paths up
    await page.locator('[data-testid=my-order] button').first().click();
    await page.locator('[data-testid=my-order]').waitFor({ state: 'detached' });
  }
  await context.close();
  return out;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Math.max(1, Number(argv[runsAt + 1]) || 5) : 5;
  const load = loadavg().map((n) => Math.round(n * 100) / 100);
  const outDir = mkdtempSync(join(tmpdir(), 'mandate-bench-'));
  let server: Awaited<ReturnType<typeof preview>> | null = null;
  let browser: Browser | null = null;
  try {
    const chunks = await freshBuild(outDir);
    const files = sizes(outDir);
    const entry = chunks.find((c) => c.isEntry)!;
    server = await preview({
      root,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
    const url =
      server.resolvedUrls?.local[0] ??
      `http://127.0.0.1:${(server.httpServer.address() as { port: number }).port}/`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ARGS,
    });

    const loads: LoadRun[] = [];
    await timeToMap(browser, url); // a warm-up run: the server's and the browser's caches
    for (let i = 0; i < runs; i++) loads.push(await timeToMap(browser, url));
    const sizeOf = (names: string[]) => {
      const set = new Set(names);
      const list = files.filter((f) => set.has(f.file));
      return {
        files: list.map((f) => f.file),
        raw: list.reduce((a, f) => a + f.raw, 0),
        gzip: list.reduce((a, f) => a + f.gzip, 0),
      };
    };
    const firstLoad = sizeOf(loads[0]!.firstLoad.map((p) => (p === '' ? 'index.html' : p)));
    const mapLoad = sizeOf(loads[0]!.mapLoad);

    const pans: Record<string, PanFigures & { startToMapMs: number }> = {};
    for (const scenario of ['default', 'large'] as const) {
      for (const renderer of ['webgl', 'canvas'] as const) {
        const g = await openGame(browser, `${url}?renderer=${renderer}`, scenario);
        pans[`${scenario}/${renderer}`] = {
          ...(await panFps(g.page)),
          startToMapMs: g.startToMapMs,
        };
        await g.close();
      }
    }

    const clicks = await clickToUpdate(browser, url);

    const result = {
      node: process.version,
      cores: cpus().length,
      loadavg: load,
      chromium: browser.version(),
      bundle: files.map((f) => ({ file: f.file, rawKb: kb(f.raw), gzipKb: kb(f.gzip) })),
      chunks: chunks.map((c) => ({
        file: c.fileName,
        entry: c.isEntry,
        lazy: c.isDynamicEntry,
        imports: c.imports,
        dynamicImports: c.dynamicImports,
      })),
      entryComposition: composition(entry),
      firstLoad: { files: firstLoad.files, rawKb: kb(firstLoad.raw), gzipKb: kb(firstLoad.gzip) },
      // The stable names (docs/performance.md): everything the first screen downloads, and its
      // scripts alone (the fonts and the styles are the rest).
      firstScreenGzipKb: kb(firstLoad.gzip),
      firstScreenScriptsGzipKb: kb(
        files
          .filter((f) => firstLoad.files.includes(f.file) && f.file.endsWith('.js'))
          .reduce((a, f) => a + f.gzip, 0),
      ),
      mapLoad: { files: mapLoad.files, rawKb: kb(mapLoad.raw), gzipKb: kb(mapLoad.gzip) },
      startScreenMs: Math.round(median(loads.map((l) => l.startScreenMs))),
      mapDrawnMs: Math.round(median(loads.map((l) => l.mapDrawnMs))),
      mapDrawnRunsMs: loads.map((l) => Math.round(l.mapDrawnMs)),
      navigationToMapMs: Math.round(median(loads.map((l) => l.mapDrawnMs))),
      pan: pans,
      clickToUpdateMs: Math.round(median(clicks) * 10) / 10,
      clickToUpdateRunsMs: clicks.map((ms) => Math.round(ms * 10) / 10),
    };
    if (json) {
      console.log(JSON.stringify(result));
      return;
    }
    const p = (s: string) => console.log(s);
    p(
      `Chromium ${result.chromium} headless, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average at start ${load.join(' ')}`,
    );
    p('');
    p(
      'Built bundle (fresh `vite build`; gzip level 9 by node:zlib, so a little smaller than Vite\u2019s own report):',
    );
    for (const f of files)
      p(
        `  ${f.file.padEnd(72)} ${String(kb(f.raw)).padStart(8)} kB  ${String(kb(f.gzip)).padStart(7)} kB gzip`,
      );
    p(
      `  lazy chunks (dynamic imports): ${
        chunks
          .filter((c) => c.isDynamicEntry)
          .map((c) => c.fileName)
          .join(', ') || 'none'
      }`,
    );
    p(
      `  the entry chunk ${entry.fileName} imports statically: ${entry.imports.join(', ') || 'nothing'}`,
    );
    p(
      `First screen: ${result.firstLoad.gzipKb} kB gzip (${result.firstLoad.rawKb} kB raw; scripts ${result.firstScreenScriptsGzipKb} kB gzip) in ${firstLoad.files.length} files: ${firstLoad.files.join(', ')}`,
    );
    p(
      '    measured: the files the browser fetched from navigation until the start screen\u2019s first button was visible',
    );
    p(
      `Added when the map is first shown: ${result.mapLoad.gzipKb} kB gzip (${result.mapLoad.rawKb} kB raw): ${mapLoad.files.join(', ') || 'nothing'}`,
    );
    p(
      `What the entry chunk is made of (share of its rendered code): ${result.entryComposition
        .slice(0, 10)
        .map((c) => `${c.part} ${c.share}%`)
        .join(', ')}`,
    );
    p('');
    p(
      `Navigation to the start screen: ${result.startScreenMs} ms; navigation to a drawn map: ${result.mapDrawnMs} ms (median of ${runs} runs: ${result.mapDrawnRunsMs.join(', ')} ms)`,
    );
    p(
      '    measured: performance.now() in the page (0 = navigation start) when the first scenario button is visible, and two animation frames after',
    );
    p(
      '    the map reports ready, having clicked "Choose" and "Start the exercise" on the default scenario as fast as playwright can; fresh context each run, after one warm-up run',
    );
    p('');
    p('Map frame rate while panning (requestAnimationFrame callbacks a second):');
    for (const [k, v] of Object.entries(pans)) {
      p(
        `  ${k.padEnd(16)} panning ${v.panFps} fps (idle ${v.idleFps}), ${v.moves} pointer moves, longest frame ${v.longestFrameMs} ms, ${v.framesOver50Ms} frames over 50 ms; Start to drawn map ${v.startToMapMs} ms`,
      );
    }
    p(
      `    measured: rAF callbacks counted in the page over ${PAN_MS / 1000} s while playwright drags the mouse in a circle across the map (button held), and over ${PAN_MS / 1000} s idle just before;`,
    );
    p('    the large scenario is opened as a file; every run in a fresh context at 1366\u00d7768');
    p('');
    p(
      `Click to update: ${result.clickToUpdateMs} ms (median of ${clicks.length} clicks: ${result.clickToUpdateRunsMs.join(', ')} ms)`,
    );
    p(
      '    measured: from a click on "Give the order" (a patrol, default scenario, planning screen, Canvas map) dispatched in the page to a task posted',
    );
    p(
      '    from the first animation frame after the order is in the list, so that frame\u2019s layout and paint count; the order is cancelled between clicks, untimed',
    );
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

guardOutput('bench:browser');
main().catch((e: unknown) => {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
