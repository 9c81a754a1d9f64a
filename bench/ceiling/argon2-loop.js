'use strict';
// The ceiling of password sign-in: argon2id verifications and nothing else,
// with the service's parameters, on libuv's thread pool like the service,
// `concurrency` in flight at once. Started with fork(); the parent sends
// { memoryKiB, timeCost, parallelism, concurrency, durationMs } and gets back
// { count, seconds, latenciesMs } once the time is up.
const argon2 = require('argon2');

const PASSWORD = 'bench ceiling passphrase 42';

process.once('message', async ({ memoryKiB, timeCost, parallelism, concurrency, durationMs }) => {
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: memoryKiB, timeCost, parallelism });
  process.send({ ready: true });
  await new Promise((resolve) => process.once('message', resolve));

  const latenciesMs = [];
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(durationMs) * 1_000_000n;
  async function worker() {
    while (process.hrtime.bigint() < deadline) {
      const before = process.hrtime.bigint();
      if (!(await argon2.verify(hash, PASSWORD))) throw new Error('argon2 verify failed');
      latenciesMs.push(Number(process.hrtime.bigint() - before) / 1e6);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.send({ count: latenciesMs.length, seconds, latenciesMs }, () => process.exit(0));
});
