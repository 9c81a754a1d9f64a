'use strict';
// What the kernel says about a process: CPU time (all threads, so argon2's
// libuv workers count) and resident memory. Linux only (/proc).
const { execFileSync } = require('node:child_process');
const { readFileSync } = require('node:fs');

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of the whole process, in seconds. */
function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

function statusKiB(pid, key) {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'));
  return match ? Number(match[1]) : 0;
}

/**
 * Watches one process while a load runs: CPU seconds spent between start and
 * stop, and the largest resident set sampled every 50 ms (VmHWM is the
 * lifetime peak, which would mix scenarios).
 */
class ProcessMonitor {
  constructor(pid) {
    this.pid = pid;
  }

  start() {
    this.cpuAtStart = cpuSeconds(this.pid);
    this.peakKiB = statusKiB(this.pid, 'VmRSS');
    this.timer = setInterval(() => {
      try {
        this.peakKiB = Math.max(this.peakKiB, statusKiB(this.pid, 'VmRSS'));
      } catch {
        // the process ended; stop() reports what was seen
      }
    }, 50);
    return this;
  }

  stop() {
    clearInterval(this.timer);
    this.peakKiB = Math.max(this.peakKiB, statusKiB(this.pid, 'VmRSS'));
    return { cpuSeconds: cpuSeconds(this.pid) - this.cpuAtStart, peakRssMiB: this.peakKiB / 1024 };
  }
}

/** The lifetime peak resident set (VmHWM) of a process, in MiB. */
function lifetimePeakRssMiB(pid) {
  return statusKiB(pid, 'VmHWM') / 1024;
}

module.exports = { CLOCK_TICKS, cpuSeconds, ProcessMonitor, lifetimePeakRssMiB };
