#!/usr/bin/env node
// Compiles apps/ and libs/ to dist/ with swc (path aliases rewritten by .swcrc).
// `--with-docs` first regenerates the Swagger plugin metadata. Progress goes to
// stderr so that commands built on it keep stdout for their own output.
const { execFileSync } = require('node:child_process');
const { rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const quiet = { cwd: root, stdio: ['ignore', process.stderr, process.stderr] };
if (process.argv.includes('--with-docs')) execFileSync(process.execPath, [join(__dirname, 'swagger-metadata.js')], quiet);
rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('@swc/cli/bin/swc.js'), 'apps', 'libs', '-d', 'dist', '--config-file', '.swcrc', '-q'], quiet);
