import { DIALECT } from '../support/test-app';
import { ServerProcess } from '../support/server-process';
import { systemEnvironment } from './system-env';

const PASSWORD = 'Crash-Test-Passphrase-9';

describe(`kill -9 under a stream of registrations (${DIALECT})`, () => {
  it('keeps every registration that was answered with success', async () => {
    const { env, cleanup } = await systemEnvironment();
    const server = await ServerProcess.start(env);
    try {
      const acknowledged: string[] = [];
      let stop = false;
      let counter = 0;
      const writer = async () => {
        while (!stop) {
          const username = `crash${process.pid}x${counter++}`;
          try {
            const response = await server.fetch('/v2/auth/register', { method: 'POST', json: { username, password: PASSWORD } });
            if (response.status === 201) acknowledged.push(username);
          } catch {
            return; // the connection died with the process
          }
        }
      };
      const writers = Array.from({ length: 8 }, writer);
      while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 20));
      await server.crash();
      stop = true;
      await Promise.all(writers);

      await server.launch();
      const missing: string[] = [];
      for (const username of acknowledged) {
        const response = await server.fetch('/v2/auth/login', { method: 'POST', json: { identifier: username, password: PASSWORD } });
        if (response.status !== 200) missing.push(username);
      }
      expect(acknowledged.length).toBeGreaterThanOrEqual(40);
      expect(missing).toEqual([]);
    } finally {
      await server.stop();
      await cleanup();
    }
  });
});
