#!/usr/bin/env node
'use strict';
// `npm run bench`: builds the service, then for SQLite and for MariaDB starts
// it in production mode, loads it with autocannon from this process, measures
// its ceilings in the same run, and writes one markdown table per database to
// bench/results.md (see bench/README.md).
//
// Environment: BENCH_SECONDS (per scenario, default 10), BENCH_DATABASES
// (default "sqlite,mariadb"), BENCH_OUT (default bench/results.md),
// BENCH_PROFILE=1 (--cpu-prof of the service into bench/.runs/),
// BENCH_SKIP_BUILD=1, BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306).
const { execFileSync } = require('node:child_process');
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { BenchSetupError, DATABASES } = require('./lib/databases');
const { prepareFixtures } = require('./lib/fixtures');
const { measure, measureTogether } = require('./lib/load');
const { ARGON2, measureArgon2Ceiling } = require('./lib/ceilings');
const { generateKeys, ROOT, startCeilingServer, startService } = require('./lib/processes');
const { CpuLedger } = require('./lib/ledger');
const { lifetimePeakRssMiB } = require('./lib/proc');
const { document, loadAverage, machine, databaseSection } = require('./lib/report');
const S = require('./lib/scenarios');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Math.min(3, SECONDS);
const FIRST_WARMUP = Math.min(6, SECONDS);
const DATABASE_NAMES = (process.env.BENCH_DATABASES ?? 'sqlite,mariadb').split(',').map((name) => name.trim());
const OUT = process.env.BENCH_OUT ?? join(__dirname, 'results.md');
const RUNS_DIR = join(__dirname, '.runs');

const READ_CONNECTIONS = 50;
const HASH_CONNECTIONS = 8; // twice libuv's 4 threads: the hashing threads never idle
const REFRESH_CONNECTIONS = 20;
const CODE_CONNECTIONS = 20;
const STORM_READ = { connections: 10, overallRate: 200 };

const log = (line) => process.stderr.write(`${line}\n`);

async function benchDatabase(database) {
  const loadAtStart = loadAverage();
  const ledger = new CpuLedger(database.servers).start();
  const keys = generateKeys();
  const profileDir = process.env.BENCH_PROFILE ? join(RUNS_DIR, `profile-${database.name.toLowerCase()}-${Date.now()}`) : undefined;
  let service = await startService({ keys, dataDir: database.dataDir, databaseUrl: database.databaseUrl, profileDir });
  const coldStartMs = service.coldStartMs;
  log(`${database.name}: service up in ${coldStartMs.toFixed(0)} ms (pid ${service.pid})`);
  const store = { keys, issuer: service.url, sqlitePath: database.sqlitePath, databaseUrl: database.databaseUrl };
  const ceilingServer = await startCeilingServer(store);
  try {
    const fixtures = await prepareFixtures(service.url, { accounts: HASH_CONNECTIONS, refreshPool: REFRESH_CONNECTIONS * 3 });
    const base = { target: service, url: service.url, seconds: SECONDS };
    const step = async (options) => {
      log(`  ${options.name} ...`);
      const row = await measure({ ...base, warmupSeconds: WARMUP, ...options });
      log(`    ${row.rps.toFixed(0)} req/s, p99 ${row.p99.toFixed(1)} ms, ${row.errors} errors`);
      return row;
    };

    // A fresh process runs its first seconds of a route slower (JIT tiers, pools): the first read
    // row measured 20-40 % more CPU per request than the same row repeated. Both read routes get
    // a longer, unmeasured run first.
    log('  warming the service up ...');
    await measure({ ...base, name: 'warm-up', seconds: FIRST_WARMUP, connections: READ_CONNECTIONS, ...S.v2Read(fixtures) });
    await measure({ ...base, name: 'warm-up', seconds: FIRST_WARMUP, connections: READ_CONNECTIONS, ...S.venusRead(fixtures) });

    const ceilingRead = await step({ name: 'ceiling: bare node:http read (jose + same driver, one join)', target: ceilingServer, url: ceilingServer.url, connections: READ_CONNECTIONS, ...S.v2Read(fixtures) });
    const read = await step({ name: 'authenticated read: v2 `GET /v2/me`', connections: READ_CONNECTIONS, ...S.v2Read(fixtures) });
    const venusRead = await step({ name: 'authenticated read: venus `GET /venus/user/info`', connections: READ_CONNECTIONS, ...S.venusRead(fixtures) });
    read.ceiling = ceilingRead;
    venusRead.ceiling = ceilingRead;
    ledger.addChild(ceilingServer.pid);
    await ceilingServer.stop();
    // How much of the gap is Nest and its HTTP adapter: the same work in a one-route Nest app.
    const adapterRows = [];
    for (const adapter of ['express', 'fastify']) {
      const nestServer = await startCeilingServer({ ...store, adapter });
      try {
        const row = await step({ name: `same work in a one-route Nest app on ${adapter === 'express' ? 'Express' : 'Fastify'}`, target: nestServer, url: nestServer.url, connections: READ_CONNECTIONS, ...S.v2Read(fixtures) });
        row.ceiling = ceilingRead;
        adapterRows.push(row);
        ledger.addChild(nestServer.pid);
      } finally {
        await nestServer.stop();
      }
    }

    log('  ceiling: argon2 loop ...');
    const argon2Ceiling = await measureArgon2Ceiling({ name: `ceiling: bare argon2id verify loop (m=${ARGON2.memoryKiB}, t=${ARGON2.timeCost}, p=${ARGON2.parallelism})`, concurrency: HASH_CONNECTIONS, seconds: SECONDS });
    const signIn = await step({ name: 'password sign-in: v2 `POST /v2/auth/login`', connections: HASH_CONNECTIONS, ...S.passwordSignIn(fixtures) });
    signIn.ceiling = argon2Ceiling;
    ledger.addSeconds(argon2Ceiling.cpuSeconds);
    const refresh = await step({ name: 'refresh rotation: v2 `POST /v2/auth/refresh`', connections: REFRESH_CONNECTIONS, ...S.refreshRotation(fixtures) });
    const registration = await step({ name: 'registration: v2 `POST /v2/auth/register`', connections: HASH_CONNECTIONS, ...S.registration(Date.now().toString(36)) });
    const codes = await step({ name: 'code send + verify: vcode `send` then `verify` (2 requests a pair)', connections: CODE_CONNECTIONS, ...S.codeSendAndVerify(database.dataDir) });

    const calmRead = await step({ name: `read at ${STORM_READ.overallRate} req/s, alone`, ...STORM_READ, ...S.v2Read(fixtures) });
    log('  read during a sign-in storm ...');
    const [storm, stormSignIn] = await measureTogether(
      { ...base, name: `read at ${STORM_READ.overallRate} req/s during a sign-in storm`, ...STORM_READ, ...S.v2Read(fixtures) },
      { ...base, name: 'the sign-in storm (at the same time)', connections: HASH_CONNECTIONS, ...S.passwordSignIn(fixtures) },
    );
    log(`    read p99 ${storm.p99.toFixed(1)} ms, sign-ins ${stormSignIn.rps.toFixed(0)}/s`);
    storm.cpuPer1000 = NaN; // one process served both loads: its CPU is not told apart
    stormSignIn.cpuPer1000 = NaN;
    const peakRssMiB = lifetimePeakRssMiB(service.pid);
    const loadAtEnd = loadAverage();

    ledger.addChild(service.pid);
    await service.stop();
    service = await startService({ keys, dataDir: database.dataDir, databaseUrl: database.databaseUrl });
    const restartMs = service.coldStartMs;
    ledger.addChild(service.pid);
    await service.stop();
    const others = ledger.stop();

    return {
      database: database.name,
      detail: database.detail,
      loadAtStart,
      loadAtEnd,
      others,
      coldStartMs,
      restartMs,
      peakRssMiB,
      read,
      signIn,
      refresh,
      storm,
      adapterRows,
      rows: [read, venusRead, ceilingRead, ...adapterRows, signIn, argon2Ceiling, refresh, registration, codes, calmRead, storm, stormSignIn],
    };
  } catch (error) {
    log(service.output);
    throw error;
  } finally {
    await Promise.all([service.stop(), ceilingServer.stop()]);
  }
}

async function main() {
  if (!process.env.BENCH_SKIP_BUILD) {
    log('building (node scripts/build.js --with-docs) ...');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.js'), '--with-docs'], { cwd: ROOT, stdio: 'inherit' });
  }
  mkdirSync(RUNS_DIR, { recursive: true });
  const info = machine();
  const loadBefore = loadAverage();
  log(`${info.cpu}, ${info.cores} cores, Node ${info.node}; load average ${loadBefore}`);
  const results = [];
  // Every store is prepared first, so a missing MariaDB stops the run before minutes of SQLite rows.
  const databases = [];
  try {
    for (const name of DATABASE_NAMES) {
      const make = DATABASES[name];
      if (!make) throw new BenchSetupError(`unknown database "${name}" in BENCH_DATABASES (sqlite, mariadb)`);
      databases.push(await make());
    }
    for (const database of databases) {
      const result = await benchDatabase(database);
      results.push(result);
      process.stdout.write(`\n${databaseSection(result, info.cores)}\n\n`);
    }
  } finally {
    for (const database of databases) await database.dispose();
  }
  const loadAfter = loadAverage();
  // Beyond a few percent, other work took CPU the rows would have used.
  const notes = results
    .filter((result) => result.others.share >= 0.05)
    .map(
      (result) =>
        `Other processes used ${Math.round(result.others.share * 100)} % of the machine's CPU during the ${result.database} rows ` +
        `(${result.others.cpuSeconds.toFixed(0)} CPU-seconds in ${result.others.wallSeconds.toFixed(0)} s): read those figures as pessimistic.`,
    );
  writeFileSync(OUT, document({ info, loadBefore, loadAfter, results, seconds: SECONDS, notes }));
  log(`written to ${OUT}`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof BenchSetupError ? error.message : (error.stack ?? error)}\n`);
  process.exit(1);
});
