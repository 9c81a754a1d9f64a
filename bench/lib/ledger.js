'use strict';
// How much CPU processes other than the bench's own spent while it ran: the
// machine's busy time (/proc/stat) minus what the bench's processes spent.
// On a shared machine this says how far to trust a row.
const { readdirSync, readFileSync } = require('node:fs');
const os = require('node:os');
const { cpuSeconds, CLOCK_TICKS } = require('./proc');

function machineBusySeconds() {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS;
}

function pidsNamed(name) {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
      } catch {
        return false;
      }
    })
    .map(Number);
}

function cpuOf(pids) {
  return pids.reduce((sum, pid) => {
    try {
      return sum + cpuSeconds(pid);
    } catch {
      return sum;
    }
  }, 0);
}

/**
 * `servers` names processes that serve the bench but are not its children
 * (mariadbd): their CPU counts as the bench's, so when others use them too the
 * foreign share comes out low, never high.
 */
class CpuLedger {
  constructor(servers = []) {
    this.serverPids = servers.flatMap(pidsNamed);
  }

  start() {
    this.startedAt = Date.now();
    this.machineAtStart = machineBusySeconds();
    this.selfAtStart = process.cpuUsage();
    this.serversAtStart = cpuOf(this.serverPids);
    this.children = 0;
    return this;
  }

  /** A child process's whole CPU time, read just before it is stopped. */
  addChild(pid) {
    this.children += cpuOf([pid]);
  }

  addSeconds(seconds) {
    this.children += seconds;
  }

  /** CPU-seconds other processes spent, and their share of the machine's capacity. */
  stop() {
    const wallSeconds = (Date.now() - this.startedAt) / 1000;
    const self = process.cpuUsage(this.selfAtStart);
    const ours = (self.user + self.system) / 1e6 + this.children + (cpuOf(this.serverPids) - this.serversAtStart);
    const others = Math.max(0, machineBusySeconds() - this.machineAtStart - ours);
    return { cpuSeconds: others, share: others / (wallSeconds * os.cpus().length), wallSeconds };
  }
}

module.exports = { CpuLedger };
