#!/usr/bin/env node
// The npm registry this project is built against answers 404 for native
// binaries of other platforms (darwin, win32, ...), so `npm install` leaves
// them out of package-lock.json, and `npm ci` then refuses the lock file
// ("Missing: @swc/core-darwin-arm64@ from lock file"). This adds an entry for
// each such optional dependency, marked optional with the os/cpu its name
// states, so `npm ci` skips it on this platform. Run it after `npm install`.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const file = join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'sunos', 'openbsd', 'netbsd', 'aix'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'loong64', 'riscv64', 'mips64el', 'wasm32'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = OS.find((candidate) => parts.includes(candidate));
  const cpu = CPU.find((candidate) => parts.includes(candidate)) ?? (parts.includes('eabi') || parts.includes('gnueabihf') ? 'arm' : undefined);
  const libc = parts.includes('musl') || parts.includes('musleabihf') ? 'musl' : parts.includes('gnu') || parts.includes('gnueabihf') ? 'glibc' : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dependency, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${dependency}`;
    if (packages[target] || packages[`${path}/${target}`]) continue;
    const { os, cpu, libc } = platformOf(dependency);
    if (!os || !cpu) continue;
    packages[target] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      os: [os],
      cpu: [cpu],
      ...(libc ? { libc: [libc] } : {}),
    };
    added += 1;
  }
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
process.stderr.write(`package-lock.json: ${added} entries added for other platforms' optional binaries\n`);
