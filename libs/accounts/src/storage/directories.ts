import { accessSync, constants, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/**
 * The directories from the root down that do not exist yet. Node's own
 * `mkdir(path, { recursive: true })` loops forever (100 % CPU, no error) when
 * the kernel answers ENOENT for a directory whose parent exists, as /proc
 * does; creating one level at a time fails with that ENOENT instead.
 */
function missingDirectories(path: string, exists: (candidate: string) => boolean): string[] {
  const missing: string[] = [];
  for (let current = resolve(path); !exists(current); current = dirname(current)) {
    missing.unshift(current);
    if (dirname(current) === current) break;
  }
  return missing;
}

/** mkdir -p that fails instead of spinning (see missingDirectories). */
export function makeDirectorySync(path: string, mode?: number): void {
  for (const directory of missingDirectories(path, existsSync)) {
    try {
      mkdirSync(directory, { mode });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** The same, asynchronously, for paths made while serving (outbox, files). */
export async function makeDirectory(path: string, mode?: number): Promise<void> {
  const present = new Set<string>();
  for (let current = resolve(path); ; current = dirname(current)) {
    if (await stat(current).then(() => true, () => false)) {
      present.add(current);
      break;
    }
    if (dirname(current) === current) break;
  }
  for (const directory of missingDirectories(path, (candidate) => present.has(candidate))) {
    try {
      await mkdir(directory, { mode });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** A directory the service cannot keep its data in: one line naming the variable, the problem and what to do. */
export class DataDirectoryError extends Error {
  constructor(variable: string, path: string, problem: string) {
    super(`${variable}: ${path} ${problem}; choose a directory this user may write`);
    this.name = 'DataDirectoryError';
  }
}

/**
 * Makes the directory if needed and proves it writable with a probe file, before
 * anything else is started, so that a wrong DATA_DIR (or OUTBOX_FILE) stops the
 * start with one line instead of failing later, or spinning.
 */
export function prepareDirectory(variable: string, path: string): void {
  const absolute = resolve(path);
  try {
    makeDirectorySync(absolute);
  } catch (error) {
    throw new DataDirectoryError(variable, absolute, `cannot be created (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (!statSync(absolute).isDirectory()) throw new DataDirectoryError(variable, absolute, 'is not a directory');
  const probe = join(absolute, `.write-probe-${process.pid}`);
  try {
    accessSync(absolute, constants.W_OK);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (error) {
    throw new DataDirectoryError(variable, absolute, `is not writable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
