import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createTestApp, TestApp, uniqueName } from '../support/test-app';
import { GOOD_PASSWORD } from '../support/v2-helpers';

const TIMEOUT_MS = 1000;
/** How long the slow peers take: far beyond the timeout. */
const SLOW_MS = 8000;

const timed = async <T>(work: () => PromiseLike<T>): Promise<{ value: T; boundedByTimeout: boolean }> => {
  const started = Date.now();
  const value = await work();
  return { value, boundedByTimeout: Date.now() - started < SLOW_MS / 2 };
};

/** WeChat (test/users/wechat), a failing or unreachable Gitea and SMTP server (test/infinite) are covered there; these are the slow ones. */
describe('a slow SMTP server', () => {
  let t: TestApp;
  let slow = true;
  const mails: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push(Buffer.concat(chunks).toString('utf8'));
        setTimeout(() => callback(), slow ? SLOW_MS : 0);
      });
    },
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    t = await createTestApp({ EMAIL_DRIVER: 'smtp', SMTP_URL: `smtp://127.0.0.1:${port}?starttls=false`, UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS) });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('answers within the timeout in the envelope, keeps no code, and mails again at once when it is fast again', async () => {
    const email = `${uniqueName('smtp')}@example.com`;
    await t.http.post('/v2/auth/register').send({ username: uniqueName('smtp'), email, password: GOOD_PASSWORD }).expect(201);
    const slowSend = await timed(() => t.http.post('/api/user/emailVerifyCode').send({ email }));
    expect({ body: slowSend.value.body as unknown, bounded: slowSend.boundedByTimeout }).toEqual({
      body: { code: 'General.RpcServerError', data: {}, msg: 'Rpc服务异常' },
      bounded: true,
    });
    const lost = /Verification code (\d{6})/.exec(mails.at(-1) ?? '')?.[1];
    expect(lost).toMatch(/^\d{6}$/);
    const withLost = await t.http.post('/api/user/resetUserPassword').send({ email, verifyCode: lost, password: 'lost1234x' });
    expect(withLost.body).toEqual({ code: 'Account.VerifyCodeError', data: {}, msg: '验证码检验失败' });

    slow = false;
    expect((await t.http.post('/api/user/emailVerifyCode').send({ email })).body).toEqual({ code: 'General.Success', data: {}, msg: '接口调用成功' });
    const code = /Verification code (\d{6})/.exec(mails.at(-1)!)![1];
    expect((await t.http.post('/api/user/resetUserPassword').send({ email, verifyCode: code, password: 'fresh1234x' })).body.code).toBe('General.Success');
  }, 30_000);
});

describe('a slow Gitea', () => {
  let t: TestApp;
  let gitea: Server;

  beforeAll(async () => {
    gitea = createServer((_request, response) => void setTimeout(() => !response.destroyed && response.writeHead(500).end(), SLOW_MS));
    await new Promise<void>((resolve) => gitea.listen(0, '127.0.0.1', resolve));
    const { port } = gitea.address() as AddressInfo;
    t = await createTestApp({ GITEA_URL: `http://127.0.0.1:${port}`, GITEA_ADMIN_TOKEN: 'admin-token', UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS) });
  });
  afterAll(async () => {
    await t.close();
    gitea.closeAllConnections();
    await new Promise<void>((resolve) => gitea.close(() => resolve()));
  });

  it('answers an infinite registration within the timeout with General.GiteaServerError and registers nothing', async () => {
    const username = uniqueName('gslow');
    const register = await timed(() => t.http.post('/api/user/registerIndividual').send({ username, email: `${username}@example.com`, password: 'abc12345' }));
    expect({ body: register.value.body as unknown, bounded: register.boundedByTimeout }).toEqual({
      body: { code: 'General.GiteaServerError', data: {}, msg: 'Gitea服务异常' },
      bounded: true,
    });
    const login = await t.http.post('/api/user/login').send({ username, password: 'abc12345' });
    expect(login.body).toEqual({ code: 'Account.VerifyError', data: {}, msg: '账户检验失败' });
    // The name is still free (an account without email is not mirrored, so Gitea is not asked).
    await t.http.post('/v2/auth/register').send({ username, password: GOOD_PASSWORD }).expect(201);
  }, 30_000);
});
