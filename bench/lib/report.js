'use strict';
// The markdown: the machine, one table per database, and where each target stands.
const os = require('node:os');
const { readFileSync } = require('node:fs');

const MB = 1024 * 1024 / 1e6; // MiB -> MB

function loadAverage() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    ramGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    kernel: `${os.type()} ${os.release()}`,
    date: new Date().toISOString(),
  };
}

const fixed = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const percent = (value) => (Number.isFinite(value) ? `${Math.round(value * 100)} %` : '–');

function table(rows) {
  const lines = [
    '| scenario | connections | req/s | p50 ms | p99 ms | errors | server CPU s / 1k req | peak RSS MB | ceiling req/s | service / ceiling |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.name} | ${row.connections} | ${fixed(row.rps)} | ${fixed(row.p50, 1)} | ${fixed(row.p99, 1)} | ${row.errors} | ` +
        `${fixed(row.cpuPer1000, 2)} | ${fixed(row.peakRssMiB * MB)} | ${row.ceiling ? fixed(row.ceiling.rps) : ''} | ` +
        `${row.ceiling ? percent(row.rps / row.ceiling.rps) : ''} |`,
    );
  }
  return lines.join('\n');
}

const verdict = (met) => (met ? '**met**' : '**missed**');

/**
 * One line per target of bench/README.md, with the figure that decides it.
 * Per-core targets are judged on the service's own CPU time (what a vCPU
 * allotted to the service would do, as Keycloak's sizing figures are); the
 * per-core-of-this-machine figure is shown beside it and is lower, because
 * the load generator runs on the same cores.
 */
function targets(result, cores) {
  const { read, signIn, refresh, storm, coldStartMs, peakRssMiB } = result;
  const perCore = (row) => row.rps / cores;
  const perCpuSecond = (row) => 1000 / row.cpuPer1000;
  const readRatio = read.rps / read.ceiling.rps;
  return [
    `- authenticated read ≥ 60 % of its ceiling: ${percent(readRatio)} (v2) → ${verdict(readRatio >= 0.6)}`,
    `- password sign-ins ≥ 30/s per core: ${fixed(perCpuSecond(signIn), 1)} per CPU-second of the service ` +
      `(${fixed(perCore(signIn), 1)}/s per core of this machine) → ${verdict(perCpuSecond(signIn) >= 30)}`,
    `- refreshes ≥ 1200/s per core: ${fixed(perCpuSecond(refresh))} per CPU-second of the service ` +
      `(${fixed(perCore(refresh))}/s per core of this machine) → ${verdict(perCpuSecond(refresh) >= 1200)}`,
    `- p99 of the authenticated read under a sign-in storm < 50 ms: ${fixed(storm.p99, 1)} ms → ${verdict(storm.p99 < 50)}`,
    `- RSS < 200 MB under load: peak ${fixed(peakRssMiB * MB)} MB → ${verdict(peakRssMiB * MB < 200)}`,
    `- cold start < 2 s: ${fixed(coldStartMs)} ms → ${verdict(coldStartMs < 2000)}`,
  ].join('\n');
}

/** Server CPU per read, from the bare ceiling through Nest to the service: where the gap lies. */
function readCostLine({ read, adapterRows }) {
  const ms = (row) => `${fixed(row.cpuPer1000, 2)} ms`;
  const [express, fastify] = adapterRows;
  return (
    `- CPU per authenticated read: bare node:http ${ms(read.ceiling)}, one-route Nest app on Express ${ms(express)}, ` +
    `on Fastify ${ms(fastify)}, the service (Fastify) ${ms(read)}`
  );
}

function databaseSection(result, cores) {
  return [
    `## ${result.database}`,
    '',
    `${result.detail}. Load average ${result.loadAtStart} at the start of these rows, ${result.loadAtEnd} at their end ` +
      `(the bench itself keeps about 2 threads busy); other processes used ${Math.round(result.others.share * 100)} % ` +
      `of the machine's CPU meanwhile. ` +
      `Cold start to the first 200 on /health: ` +
      `**${fixed(result.coldStartMs)} ms** on the fresh, empty database (migrations included); ` +
      `**${fixed(result.restartMs)} ms** restarting on the migrated one.`,
    '',
    table(result.rows),
    '',
    targets(result, cores),
    readCostLine(result),
  ].join('\n');
}

function document({ info, loadBefore, loadAfter, results, seconds, notes }) {
  return [
    '# Benchmark results',
    '',
    `Machine: ${info.cpu}, ${info.cores} cores, ${fixed(info.ramGiB, 1)} GiB RAM, Node ${info.node}, ${info.kernel}.`,
    `Run: ${info.date}, ${seconds} s per scenario; load average (1, 5, 15 min) ${loadBefore} before, ${loadAfter} after.`,
    'Load generator (autocannon) and server share the machine, on loopback. Server CPU counts every thread of the',
    'server process (argon2 runs on its libuv threads); peak RSS is the largest resident set sampled every 50 ms.',
    'The two storm rows run at the same time, so their CPU is not told apart. See bench/README.md for what each row does.',
    '',
    ...results.map((result) => databaseSection(result, info.cores) + '\n'),
    ...(notes.length ? ['## Notes', '', ...notes.map((note) => `- ${note}`), ''] : []),
  ].join('\n');
}

module.exports = { machine, loadAverage, document, databaseSection };
