import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * scripts/run-node.sh is how `npm start` and `npm run start:prod` start node: the memory
 * settings measured in bench/README.md, then exec (the pid stays node's, so SIGTERM reaches
 * the service itself). The other system suites start the service through it too.
 */
const RUN_NODE = join(__dirname, '../../scripts/run-node.sh');
const REPORT = `process.stdout.write(JSON.stringify({
  pid: process.pid,
  execArgv: process.execArgv,
  arena: process.env.MALLOC_ARENA_MAX ?? null,
  mmapThreshold: process.env.MALLOC_MMAP_THRESHOLD_ ?? null,
  tunables: process.env.GLIBC_TUNABLES ?? null,
  argv: process.argv.slice(1),
}))`;

interface Report {
  pid: number;
  execArgv: string[];
  arena: string | null;
  mmapThreshold: string | null;
  tunables: string | null;
  argv: string[];
}

/** Runs the script with `nodeFlags`, then a script reporting what node got, then `args`. */
function runNode(env: Record<string, string>, args: string[] = [], nodeFlags: string[] = []): { report: Report; pid: number } {
  const child = spawnSync('sh', [RUN_NODE, ...nodeFlags, '-e', REPORT, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  return { report: JSON.parse(child.stdout) as Report, pid: child.pid! };
}

/** What the script checks: the kernel offers transparent huge pages, and glibc is 2.35 or later. */
function hostOffersHugePages(): boolean {
  let enabled = '';
  try {
    enabled = readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8');
  } catch {
    return false;
  }
  const glibc = spawnSync('getconf', ['GNU_LIBC_VERSION'], { encoding: 'utf8' }).stdout ?? '';
  const minor = /^glibc 2\.(\d+)/.exec(glibc)?.[1];
  return /\[(always|madvise)\]/.test(enabled) && minor !== undefined && Number(minor) >= 35;
}

describe('scripts/run-node.sh (how npm start runs node)', () => {
  it('runs node itself (exec) with a 4 MB semi-space and one malloc arena, passing the arguments on', () => {
    const { report, pid } = runNode({}, ['extra-argument']);
    expect(report.pid).toBe(pid);
    expect(report.execArgv).toContain('--max-semi-space-size=4');
    expect(report.arena).toBe('1');
    expect(report.argv).toEqual(['extra-argument']);
  });

  it('maps hash buffers on their own exactly where huge pages make that free', () => {
    const { report } = runNode({});
    if (hostOffersHugePages()) {
      expect(report.mmapThreshold).toBe('4194304');
      expect(report.tunables).toBe('glibc.malloc.hugetlb=1');
    } else {
      expect(report.mmapThreshold).toBeNull();
      expect(report.tunables).toBeNull();
    }
  });

  it('leaves settings the environment already gives alone', () => {
    const { report } = runNode({ MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '1048576' });
    expect(report.arena).toBe('2');
    expect(report.mmapThreshold).toBe('1048576');
    expect(report.tunables).toBeNull();
  });

  it('puts node flags given to it after its own, so they win', () => {
    const { report } = runNode({}, [], ['--max-semi-space-size=16']);
    expect(report.execArgv.slice(0, 2)).toEqual(['--max-semi-space-size=4', '--max-semi-space-size=16']);
  });
});
