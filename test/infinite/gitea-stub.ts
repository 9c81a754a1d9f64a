import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

export interface StubUser {
  username: string;
  email: string;
  password: string;
  profile?: Record<string, unknown>;
}

export interface StubRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown> | null;
}

/**
 * A stand-in for Gitea's admin API, with its answers: create user (201/422),
 * edit user (200/404/422), delete user (204/404), create access token with the
 * user's Basic credentials (201/401/400). `mode` makes it fail with HTTP 500 or
 * drop the connection.
 */
export class GiteaStub {
  readonly adminToken = 'stub-admin-token';
  readonly users = new Map<string, StubUser>();
  readonly tokens: { username: string; name: string; sha1: string }[] = [];
  readonly requests: StubRequest[] = [];
  mode: 'ok' | 'error' | 'down' = 'ok';
  private server: Server | undefined;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/gitea`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    // Idle connections stay open for the whole suite: a server closing one just as the client reuses it
    // would fail a request for reasons that have nothing to do with the behaviour under test.
    this.server.keepAliveTimeout = 120_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server!.close(() => resolve()));
  }

  user(username: string): StubUser | undefined {
    return this.users.get(username.toLowerCase());
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', 'http://stub');
    const record: StubRequest = {
      method: request.method ?? '',
      path: url.pathname + url.search,
      authorization: request.headers.authorization,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    };
    this.requests.push(record);
    if (this.mode === 'down') return void request.socket.destroy();
    if (this.mode === 'error') return this.send(response, 500, { message: 'stub failure' });
    // Served under a sub-path, as Gitea often is behind a proxy: requests must keep it.
    const [status, body] = url.pathname.startsWith('/gitea/') ? this.route(record, url.pathname.slice('/gitea'.length)) : [404, { message: 'not found' }];
    this.send(response, status, body);
  }

  private route(request: StubRequest, path: string): [number, unknown] {
    const admin = /^\/api\/v1\/admin\/users(?:\/([^/]+))?$/.exec(path);
    if (admin) {
      if (request.authorization !== `token ${this.adminToken}`) return [401, { message: 'unauthorized' }];
      const name = admin[1] ? decodeURIComponent(admin[1]) : undefined;
      if (request.method === 'POST' && !name) return this.createUser(request.body ?? {});
      if (request.method === 'PATCH' && name) return this.editUser(name, request.body ?? {});
      if (request.method === 'DELETE' && name) return this.users.delete(name.toLowerCase()) ? [204, null] : [404, { message: 'not found' }];
    }
    const tokens = /^\/api\/v1\/users\/([^/]+)\/tokens$/.exec(path);
    if (tokens && request.method === 'POST') return this.createToken(decodeURIComponent(tokens[1]), request);
    return [404, { message: 'no such route' }];
  }

  private createUser(body: Record<string, unknown>): [number, unknown] {
    const { username, email, password } = body as Partial<StubUser>;
    if (!username || !email || !password) return [422, { message: 'username, email and password are required' }];
    if (this.user(username) || [...this.users.values()].some((user) => user.email === email)) return [422, { message: 'user already exists' }];
    this.users.set(username.toLowerCase(), { username, email, password });
    return [201, { id: this.users.size, login: username, email }];
  }

  /** Like Gitea 1.17-1.19 (login_name required) and older releases (email required). */
  private editUser(name: string, body: Record<string, unknown>): [number, unknown] {
    const user = this.user(name);
    if (!user) return [404, { message: 'user does not exist' }];
    if (!body.login_name || body.source_id === undefined || !body.email) return [422, { message: 'login_name, source_id and email are required' }];
    if (typeof body.email === 'string') user.email = body.email;
    if (typeof body.password === 'string' && body.password) user.password = body.password;
    const profile = Object.fromEntries(['full_name', 'website', 'location', 'description'].filter((key) => key in body).map((key) => [key, body[key]]));
    if (Object.keys(profile).length > 0) user.profile = { ...user.profile, ...profile };
    return [200, { login: user.username, email: user.email }];
  }

  private createToken(name: string, request: StubRequest): [number, unknown] {
    const user = this.user(name);
    const [scheme, encoded] = (request.authorization ?? '').split(' ');
    const credentials = scheme === 'Basic' ? Buffer.from(encoded ?? '', 'base64').toString('utf8') : '';
    if (!user || credentials !== `${user.username}:${user.password}`) return [401, { message: 'user does not exist or wrong password' }];
    const tokenName = request.body?.name;
    if (typeof tokenName !== 'string' || !tokenName) return [422, { message: 'name is required' }];
    if (this.tokens.some((token) => token.username === user.username && token.name === tokenName)) {
      return [400, { message: 'access token name has been used already' }];
    }
    const sha1 = randomBytes(20).toString('hex');
    this.tokens.push({ username: user.username, name: tokenName, sha1 });
    return [201, { id: this.tokens.length, name: tokenName, sha1, token_last_eight: sha1.slice(-8) }];
  }

  private send(response: ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, body === null ? {} : { 'content-type': 'application/json' });
    response.end(body === null ? undefined : JSON.stringify(body));
  }
}
