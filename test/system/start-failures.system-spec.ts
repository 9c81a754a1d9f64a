import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runUntilExit } from '../support/process-exit';
import { freePort, ServerProcess } from '../support/server-process';

/** What an operator sees when the service cannot start: one line on stderr and exit 1, never a half start. */
describe('the start', () => {
  let dataDir: string;
  beforeAll(() => (dataDir = mkdtempSync(join(tmpdir(), 'accounts-start-'))));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const expectOneLine = (exit: { code: number | null; stderr: string; timedOut: boolean }, line: RegExp) => {
    expect({ code: exit.code, timedOut: exit.timedOut, stderr: exit.stderr.trim() }).toEqual({ code: 1, timedOut: false, stderr: expect.stringMatching(line) });
    expect(exit.stderr.trim().split('\n')).toHaveLength(1);
  };

  it('a port in use: one line naming it, exit 1, and no "successfully started"', async () => {
    const port = await freePort();
    const holder: Server = createServer();
    await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
    try {
      const exit = await runUntilExit({ DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' });
      expectOneLine(exit, new RegExp(`^PORT: ${port} is already in use by another process; stop that process or set PORT to a free port$`));
      expect(exit.stdout).not.toMatch(/successfully started|listening on/);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it.each([
    ['/proc/accounts-data', /^DATA_DIR: \/proc\/accounts-data cannot be created \(ENOENT\); choose a directory this user may write$/],
    ['/proc/self', /^DATA_DIR: \/proc\/self is not writable \(E\w+\); choose a directory this user may write$/],
  ])('DATA_DIR=%s: one line and exit 1 at once, no spinning', async (directory, line) => {
    const started = Date.now();
    const exit = await runUntilExit({ DATA_DIR: directory, PORT: String(await freePort()) }, { timeoutMs: 20_000 });
    expectOneLine(exit, line);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('an outbox under /proc: one OUTBOX_FILE line and exit 1', async () => {
    const exit = await runUntilExit({ DATA_DIR: dataDir, OUTBOX_FILE: '/proc/outbox/outbox.jsonl', PORT: String(await freePort()) }, { timeoutMs: 20_000 });
    expectOneLine(exit, /^OUTBOX_FILE: \/proc\/outbox cannot be created \(ENOENT\); choose a directory this user may write$/);
  });

  it('logs the address it listens on', async () => {
    const server = await ServerProcess.start({ DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    try {
      expect(server.log).toMatch(new RegExp(`"listening on http://(\\[::\\]|0\\.0\\.0\\.0):${server.port} \\(every (IPv6 and IPv4|IPv4) address of this host\\)"`));
    } finally {
      await server.stop();
    }
  });
});
