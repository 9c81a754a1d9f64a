'use strict';
// Starting and stopping the processes under test: the built service and the
// bare ceiling servers, each a child process of its own on loopback.
const { spawn } = require('node:child_process');
const { generateKeyPairSync, randomBytes } = require('node:crypto');
const http = require('node:http');
const { createServer } = require('node:net');
const { join } = require('node:path');

const ROOT = join(__dirname, '..', '..');
// BENCH_SERVICE_MAIN runs another build (e.g. a copy of dist/ from another commit) to compare two.
const SERVICE_MAIN = process.env.BENCH_SERVICE_MAIN ?? join(ROOT, 'dist', 'apps', 'server', 'src', 'main.js');
const LIMIT_OFF = '1000000000';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Production key material, generated fresh for the run (as an operator would with openssl). */
function generateKeys() {
  const pem = (pair) => pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return {
    JWT_PRIVATE_KEY: pem(generateKeyPairSync('ed25519')),
    WORD_INFO_PRIVATE_KEY: pem(generateKeyPairSync('rsa', { modulusLength: 2048 })),
    TOKEN_HASH_SECRET: randomBytes(48).toString('base64'),
  };
}

/**
 * The service's environment: production mode, logs at warn, codes to the
 * outbox file, X-Forwarded-For trusted from loopback (see scenarios.js), and
 * every per-IP / per-phone / global sending limit out of the way (limits are
 * not what is measured).
 */
function serviceEnv({ port, keys, dataDir, databaseUrl }) {
  return {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
    TRUST_PROXY: 'loopback',
    DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...keys,
    EMAIL_DRIVER: 'outbox',
    SMS_DRIVER: 'outbox',
    RATE_LIMIT_PER_MINUTE: LIMIT_OFF,
    LOGIN_MAX_FAILURES_PER_IP: LIMIT_OFF,
    SMS_HOURLY_LIMIT: LIMIT_OFF,
    SMS_DAILY_LIMIT_PER_PHONE: LIMIT_OFF,
    CODE_SENDS_PER_IP_PER_HOUR: LIMIT_OFF,
    ...extraServiceEnv(),
  };
}

/** BENCH_SERVICE_ENV="NODE_OPTIONS=--max-old-space-size=128": deployment settings to try. */
function extraServiceEnv() {
  const pairs = (process.env.BENCH_SERVICE_ENV ?? '').split(' ').filter(Boolean);
  return Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}

function getStatus(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 1000 }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on('error', () => resolve(0));
    request.on('timeout', () => request.destroy());
  });
}

// Children still running when the runner ends (Ctrl-C, a closed pipe, a crash) are killed with it.
const liveChildren = new Set();
process.once('exit', () => liveChildren.forEach((child) => child.kill('SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => process.exit(130));

/** A child process with a URL; `started` resolves to the milliseconds from spawn to the first 200 on `readyPath`. */
class Child {
  constructor(name, [command, ...args], env, port, readyPath) {
    this.name = name;
    this.url = `http://127.0.0.1:${port}`;
    this.output = '';
    const spawnedAt = process.hrtime.bigint();
    this.process = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.pid = this.process.pid;
    liveChildren.add(this.process);
    this.process.once('exit', () => liveChildren.delete(this.process));
    this.process.stdout.on('data', (chunk) => (this.output += chunk));
    this.process.stderr.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((resolve) => this.process.once('exit', resolve));
    this.started = this.waitFor(readyPath, spawnedAt);
  }

  get running() {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  async waitFor(path, spawnedAt) {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.name} exited before answering ${path}:\n${this.output}`);
      if ((await getStatus(`${this.url}${path}`)) === 200) return Number(process.hrtime.bigint() - spawnedAt) / 1e6;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`${this.name} did not answer 200 on ${path} within 60 s:\n${this.output}`);
  }

  async stop() {
    if (this.running) this.process.kill('SIGTERM');
    const timer = setTimeout(() => this.running && this.process.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }
}

/** `npm start` and `npm run start:prod` run node through it, with the production memory settings. */
const RUN_NODE = join(ROOT, 'scripts', 'run-node.sh');

/**
 * The built service (dist/) in production mode, started as `npm run start:prod` starts it (the
 * shell script execs node, so the pid is node's); `profileDir` adds --cpu-prof. BENCH_NODE_FLAGS
 * come after the script's own flags, so they win.
 */
async function startService({ keys, dataDir, databaseUrl, profileDir }) {
  const port = await freePort();
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--require', join(__dirname, 'exit-on-sigterm.js')] : [];
  const flags = [...profiling, ...(process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : [])];
  const child = new Child('the service', ['sh', RUN_NODE, ...flags, SERVICE_MAIN], serviceEnv({ port, keys, dataDir, databaseUrl }), port, '/health');
  child.coldStartMs = await child.started;
  return child;
}

/**
 * A ceiling of the authenticated read, on the same store and key: the bare
 * node:http server (`read-server.js`), or the same work in the smallest Nest
 * application (`nest-read-server.js`, `adapter` express or fastify).
 */
async function startCeilingServer({ keys, issuer, sqlitePath, databaseUrl, adapter }) {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    PORT: String(port),
    JWT_PRIVATE_KEY: keys.JWT_PRIVATE_KEY,
    ISSUER: issuer,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { SQLITE_PATH: sqlitePath }),
    ...(adapter ? { ADAPTER: adapter } : {}),
  };
  const script = adapter ? 'nest-read-server.js' : 'read-server.js';
  const child = new Child(`the ceiling server (${script})`, [process.execPath, join(__dirname, '..', 'ceiling', script)], env, port, '/ready');
  await child.started;
  return child;
}

module.exports = { ROOT, freePort, generateKeys, startService, startCeilingServer };
