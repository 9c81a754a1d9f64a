'use strict';
// The argon2 ceiling: a forked process verifying passwords in a loop with the
// service's parameters, watched through /proc like the service.
const { fork } = require('node:child_process');
const { join } = require('node:path');
const { percentile } = require('./load');
const { ProcessMonitor } = require('./proc');

/** OWASP's argon2id choice, the service's default (ARGON2_* unset). */
const ARGON2 = { memoryKiB: 19456, timeCost: 2, parallelism: 1 };

async function measureArgon2Ceiling({ name, concurrency, seconds }) {
  const child = fork(join(__dirname, '..', 'ceiling', 'argon2-loop.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const messages = [];
  let wake;
  child.on('message', (message) => {
    messages.push(message);
    if (wake) wake();
  });
  const next = async () => {
    while (messages.length === 0) await new Promise((resolve) => (wake = resolve));
    return messages.shift();
  };
  child.send({ ...ARGON2, concurrency, durationMs: seconds * 1000 });
  await next();
  const monitor = new ProcessMonitor(child.pid).start();
  child.send({ go: true });
  const result = await next();
  const usage = monitor.stop();
  await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()));
  const sorted = result.latenciesMs.sort((a, b) => a - b);
  return {
    name,
    connections: `${concurrency} in flight`,
    requests: result.count,
    rps: result.count / result.seconds,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    errors: 0,
    cpuPer1000: (usage.cpuSeconds / result.count) * 1000,
    cpuSeconds: usage.cpuSeconds,
    seconds: result.seconds,
    peakRssMiB: usage.peakRssMiB,
  };
}

module.exports = { ARGON2, measureArgon2Ceiling };
