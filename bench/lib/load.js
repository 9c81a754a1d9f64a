'use strict';
// Driving load with autocannon (in this process, so a process apart from the
// server) and turning its result plus the server's /proc figures into one row.
const autocannon = require('autocannon');
const { ProcessMonitor } = require('./proc');

function runAutocannon(options) {
  return new Promise((resolve, reject) => {
    autocannon({ timeout: 10, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * Every request of `requests` gets an onResponse that counts a failure when
 * `check(status, body)` is false: a non-2xx status, or a 2xx body that says
 * the operation failed (the legacy contracts answer HTTP 200 for failures).
 */
function withChecks(requests, check, failures) {
  return requests.map((request) => ({
    ...request,
    onResponse(status, body, context, headers) {
      const ok = status >= 200 && status < 300 && (request.check ?? check)(body, context);
      if (!ok) {
        failures.count += 1;
        if (failures.samples.length < 3) failures.samples.push(`${status} ${String(body).slice(0, 200)}`);
      }
      if (request.onResponse) request.onResponse(status, body, context, headers);
    },
  }));
}

/**
 * One measured load: `target` is the process whose CPU and memory are read
 * (the service or a ceiling server). Answers a row of the results table.
 */
async function measure({ name, target, url, connections, seconds, requests, check, overallRate, warmupSeconds = 0 }) {
  if (warmupSeconds > 0) {
    // JIT and connection pools warm; not counted.
    await runAutocannon({ url, connections, duration: warmupSeconds, requests: withChecks(requests, check, { count: 0, samples: [] }) });
  }
  const failures = { count: 0, samples: [] };
  const monitor = new ProcessMonitor(target.pid).start();
  const result = await runAutocannon({
    url,
    connections,
    duration: seconds,
    requests: withChecks(requests, check, failures),
    ...(overallRate ? { overallRate } : {}),
  });
  const usage = monitor.stop();
  return toRow({ name, connections, result, usage, failures, overallRate });
}

function toRow({ name, connections, result, usage, failures, overallRate }) {
  const total = result.requests.total;
  const errors = failures.count + result.errors;
  if (errors > 0) {
    const detail = [...failures.samples, result.errors ? `${result.errors} transport errors / timeouts` : ''].filter(Boolean).join('\n    ');
    process.stderr.write(`  ! ${name}: ${errors} errors\n    ${detail}\n`);
  }
  return {
    name,
    connections: overallRate ? `${connections} @ ${overallRate}/s` : String(connections),
    requests: total,
    rps: total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
    cpuPer1000: total > 0 ? (usage.cpuSeconds / total) * 1000 : NaN,
    cpuSeconds: usage.cpuSeconds,
    seconds: result.duration,
    peakRssMiB: usage.peakRssMiB,
  };
}

/** Two loads at once; answers both rows. */
async function measureTogether(first, second) {
  return Promise.all([measure(first), measure(second)]);
}

function percentile(sorted, fraction) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

module.exports = { measure, measureTogether, percentile };
