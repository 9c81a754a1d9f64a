// The hash of everything dist/ is built from (scripts/build.js skips the build when it is unchanged).
const { createHash } = require('node:crypto');
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join, relative, sep } = require('node:path');

// Build settings; package-lock.json stands for the compiler and plugin versions.
const SETTINGS = ['.swcrc', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package-lock.json', 'scripts/build.js', 'scripts/build-inputs.js', 'scripts/swagger-metadata.js'];

// Specs are compiled by neither step; metadata.ts is an output of the build.
const isInput = (path) => /\.(ts|js|json)$/.test(path) && !/\.(spec|e2e-spec)\.ts$/.test(path) && path !== 'apps/server/src/metadata.ts';

function sourceFiles(root, directory) {
  if (!existsSync(join(root, directory))) return [];
  return readdirSync(join(root, directory), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .filter(isInput);
}

/** sha256 over the path and content of every source under apps/ and libs/ and every build setting. */
function inputsHash(root) {
  const hash = createHash('sha256');
  const files = [...sourceFiles(root, 'apps'), ...sourceFiles(root, 'libs'), ...SETTINGS.filter((file) => existsSync(join(root, file)))].sort();
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

module.exports = { inputsHash };
