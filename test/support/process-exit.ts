import { spawn } from 'node:child_process';
import { join } from 'node:path';

const MAIN = join(__dirname, '../../dist/apps/server/src/main.js');

export interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the process still ran at the deadline (and was killed). */
  timedOut: boolean;
}

/** Starts the built service (or another built script) and waits until it exits by itself, killing it at the deadline. */
export function runUntilExit(env: Record<string, string>, { timeoutMs = 30_000, script = MAIN, args = [] as string[] } = {}): Promise<Exit> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}
