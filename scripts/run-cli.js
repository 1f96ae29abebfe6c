/**
 * Runs one of the Node commands in `src/cli` from a bundle made by esbuild, rather than through
 * tsx: tsx's transform keeps every function's name by wrapping each closure as it is created,
 * which made whole games through `npm run sim`, `balance` and `bench` up to twice as slow.
 *
 *   node scripts/run-cli.js src/cli/simulate.ts [ARGS...]
 *
 * The bundle is kept in node_modules/.cache/mandate-cli (or $MANDATE_CLI_CACHE) beside the hash
 * of every source file that went into it, and made again when any of them changed; the packages
 * it holds count as changed when package-lock.json does. The command then runs in this process,
 * with the arguments after the entry file and `process.argv[1]` naming the entry as tsx would.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const CACHE = resolve(
  process.env.MANDATE_CLI_CACHE ?? join(ROOT, 'node_modules/.cache/mandate-cli'),
);
/** Changed whenever the build below changes, so bundles made by an older one are made again. */
const BUILD = 1;

const hashOf = (file) => {
  try {
    return createHash('sha256')
      .update(readFileSync(resolve(ROOT, file)))
      .digest('hex');
  } catch {
    return null;
  }
};

function isFresh(manifestFile) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return false;
  }
  return (
    manifest.build === BUILD &&
    Object.entries(manifest.inputs).every(([file, hash]) => hashOf(file) === hash)
  );
}

async function bundle(entry, outFile, manifestFile) {
  const { build } = await import('esbuild');
  // Written beside, then renamed: commands started at once (tests do) never read half a file.
  const tmp = `${outFile}.${process.pid}.tmp`;
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'error',
  });
  const inputs = {};
  const ours = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/'));
  for (const file of [...ours, 'tsconfig.json', 'package-lock.json']) inputs[file] = hashOf(file);
  renameSync(tmp, outFile);
  writeFileSync(`${manifestFile}.${process.pid}.tmp`, JSON.stringify({ build: BUILD, inputs }));
  renameSync(`${manifestFile}.${process.pid}.tmp`, manifestFile);
}

const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  console.error('usage: node scripts/run-cli.js src/cli/COMMAND.ts [ARGS...]');
  process.exit(2);
}
const entry = relative(ROOT, resolve(entryArg));
const name = entry.replace(/\.ts$/, '').replace(/[\\/]/g, '-');
const outFile = join(CACHE, `${name}.mjs`);
const manifestFile = join(CACHE, `${name}.inputs.json`);
mkdirSync(CACHE, { recursive: true });
if (!isFresh(manifestFile)) {
  try {
    await bundle(entry, outFile, manifestFile);
  } catch {
    // esbuild has printed what is wrong, with file and line.
    process.exit(1);
  }
}
process.argv = [process.argv[0], resolve(ROOT, entry), ...args];
await import(pathToFileURL(outFile).href);
