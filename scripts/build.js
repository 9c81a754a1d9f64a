#!/usr/bin/env node
// Compiles apps/ and libs/ to dist/ with swc (path aliases rewritten by .swcrc).
// `--with-docs` first regenerates the Swagger plugin metadata. Progress goes to
// stderr so that commands built on it keep stdout for their own output.
//
// Nothing is rebuilt when no input changed since the last build: a hash of every
// source and build setting is kept in dist/.build-inputs, so `npm start` starts
// at once the second time. `--force` rebuilds anyway.
const { execFileSync } = require('node:child_process');
const { existsSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { inputsHash } = require('./build-inputs');

const root = join(__dirname, '..');
const dist = join(root, 'dist');
const stampFile = join(dist, '.build-inputs');
const withDocs = process.argv.includes('--with-docs');
const force = process.argv.includes('--force');

function lastBuild() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
}

const started = Date.now();
const inputs = inputsHash(root);
const last = lastBuild();
const upToDate =
  !force &&
  last?.inputs === inputs &&
  (last.withDocs || !withDocs) &&
  existsSync(join(dist, 'apps/server/src/main.js')) &&
  (!withDocs || existsSync(join(root, 'apps/server/src/metadata.ts')));

// Required by scripts/cli.js: say nothing unless there is something to wait for.
const announce = require.main === module;
if (upToDate) {
  if (announce) process.stderr.write(`build: dist/ is up to date (checked in ${Date.now() - started} ms)\n`);
} else {
  const quiet = { cwd: root, stdio: ['ignore', process.stderr, process.stderr] };
  process.stderr.write(`build: compiling apps/ and libs/${withDocs ? ' with the Swagger metadata' : ''}...\n`);
  if (withDocs) execFileSync(process.execPath, [join(__dirname, 'swagger-metadata.js')], quiet);
  rmSync(dist, { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('@swc/cli/bin/swc.js'), 'apps', 'libs', '-d', 'dist', '--config-file', '.swcrc', '-q'], quiet);
  writeFileSync(stampFile, `${JSON.stringify({ inputs, withDocs })}\n`);
  if (announce) process.stderr.write(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
