import { ServerProcess } from '../support/server-process';
import { systemEnvironment } from './system-env';

/** A server without WECHAT_APP_ID / WECHAT_APP_SECRET: WeChat sign-in is refused clearly, and the log says why. */
describe('WeChat sign-in on a server without WeChat configured', () => {
  let server: ServerProcess;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const system = await systemEnvironment();
    cleanup = system.cleanup;
    server = await ServerProcess.start(system.env);
  });
  afterAll(async () => {
    await server?.stop();
    await cleanup?.();
  });

  it('users login with a code answers 501 in the users envelope and logs one line naming both settings', async () => {
    const response = await server.fetch('/users/login', { method: 'POST', json: { code: '081abcDEF', nickName: '测试' }, headers: { terminal: 'wechat' } });
    expect(response.status).toBe(501);
    expect(await response.json()).toEqual({ code: 501, message: '未开通微信登录', data: null, total: 0 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lines = server.log.split('\n').filter((line) => line.includes('WeChat sign-in refused'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('WECHAT_APP_ID and WECHAT_APP_SECRET not set');
    expect(server.log).not.toMatch(/"level":50/);
  });

  it('with only the AppID set, the line names the secret alone', async () => {
    await server.stop();
    const second = await systemEnvironment();
    const withId = await ServerProcess.start({ ...second.env, WECHAT_APP_ID: 'wx0123456789abcdef' });
    try {
      const response = await withId.fetch('/users/login', { method: 'POST', json: { code: '081abcDEF' } });
      expect(response.status).toBe(501);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(withId.log).toMatch(/WeChat sign-in refused: WECHAT_APP_SECRET not set/);
    } finally {
      await withId.stop();
      await second.cleanup();
    }
  });
});
