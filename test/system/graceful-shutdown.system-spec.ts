import { DIALECT } from '../support/test-app';
import { ServerProcess } from '../support/server-process';
import { systemEnvironment } from './system-env';

/**
 * SIGTERM (what an orchestrator sends) lets requests in flight finish, closes
 * the database, then ends the process by re-raising SIGTERM (Nest's shutdown
 * hooks do that, so the exit status still says why it stopped).
 */
describe(`graceful shutdown on SIGTERM (${DIALECT})`, () => {
  it('answers the requests already received, then exits', async () => {
    const { env, cleanup } = await systemEnvironment();
    const server = await ServerProcess.start(env);
    try {
      const inFlight = Array.from({ length: 10 }, (_, i) =>
        server.fetch('/v2/auth/register', { method: 'POST', json: { username: `graceful${process.pid}x${i}`, password: 'Graceful-Passphrase-1' } }),
      );
      // Once one answer is back the server has read the others' requests; a
      // connection that sent nothing yet may be closed, as any server would.
      await Promise.race(inFlight);
      const started = Date.now();
      const exit = server.terminate();
      const answers = await Promise.all(inFlight);
      expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201));
      expect(await exit).toEqual({ code: null, signal: 'SIGTERM' });
      expect(server.log).not.toMatch(/"level":50/);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await server.stop();
      await cleanup();
    }
  });
});
