import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface WeChatStub {
  base: string;
  appId: string;
  secret: string;
  /** The query strings of the jscode2session calls received, oldest first. */
  calls: URLSearchParams[];
  close(): Promise<void>;
}

/**
 * A local server speaking WeChat's jscode2session. The js_code decides the answer:
 * `ok:<openid>` a session, `err:<errcode>` WeChat's error body, `slow` no answer
 * at all (the caller's timeout ends it), `reset` a dropped connection, `http500`
 * a server error.
 */
export async function startWeChatStub(): Promise<WeChatStub> {
  const appId = 'wx-test-app';
  const secret = 'stub-secret-value';
  const calls: URLSearchParams[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://stub');
    const json = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname !== '/sns/jscode2session') return json(404, { errcode: 404, errmsg: 'not found' });
    calls.push(url.searchParams);
    const code = url.searchParams.get('js_code') ?? '';
    if (url.searchParams.get('appid') !== appId || url.searchParams.get('secret') !== secret) {
      return json(200, { errcode: 40125, errmsg: 'invalid appsecret' });
    }
    if (code.startsWith('ok:')) {
      const openid = code.slice(3);
      return json(200, { openid, session_key: 'c2Vzc2lvbi1rZXk=', unionid: `union-${openid}` });
    }
    if (code.startsWith('err:')) return json(200, { errcode: Number(code.slice(4)), errmsg: 'stub error' });
    if (code === 'slow') return;
    if (code === 'reset') return request.socket.destroy();
    return json(500, { errmsg: 'stub failure' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    appId,
    secret,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
