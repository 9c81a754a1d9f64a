'use strict';
// What the scenarios need before the load starts: accounts, their tokens, a
// pool of refresh tokens, and the codes the service wrote to its outbox.
const { closeSync, fstatSync, openSync, readSync } = require('node:fs');

const PASSWORD = 'bench passphrase 2024 ok';

async function call(url, method, path, { json, headers = {} } = {}) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { ...(json ? { 'content-type': 'application/json' } : {}), ...headers },
    body: json ? JSON.stringify(json) : undefined,
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/**
 * `accounts` v2 accounts (bench_user_0 ...), a v2 access token and a venus
 * token of the first, and `refreshPool` fresh v2 refresh tokens (one session
 * each, opened by password sign-ins round-robin over the accounts).
 */
async function prepareFixtures(url, { accounts, refreshPool }) {
  const usernames = [];
  for (let i = 0; i < accounts; i += 1) {
    const username = `bench_user_${i}`;
    await call(url, 'POST', '/v2/auth/register', { json: { username, password: PASSWORD, nickname: `Bench ${i}` } });
    usernames.push(username);
  }
  const signIn = (i) => call(url, 'POST', '/v2/auth/login', { json: { identifier: usernames[i % accounts], password: PASSWORD } });
  const first = await signIn(0);
  const venus = await call(url, 'POST', '/venus/auth/user/signin_with_name', { json: { user_name: usernames[0], password: PASSWORD } });
  const refreshTokens = [];
  for (let i = 0; i < refreshPool; i += 4) {
    const batch = await Promise.all(Array.from({ length: Math.min(4, refreshPool - i) }, (_, j) => signIn(i + j)));
    refreshTokens.push(...batch.map((tokens) => tokens.refresh_token));
  }
  // Both tokens must work before anything is measured.
  await call(url, 'GET', '/v2/me', { headers: { authorization: `Bearer ${first.access_token}` } });
  await call(url, 'GET', '/venus/user/info', { headers: { token: venus.token } });
  return { password: PASSWORD, usernames, v2AccessToken: first.access_token, venusToken: venus.token, refreshTokens };
}

/**
 * Reads the codes the service appends to its outbox file, incrementally (only
 * the bytes written since the last look), keyed by E.164 phone.
 */
class OutboxReader {
  constructor(file) {
    this.file = file;
    this.offset = 0;
    this.rest = '';
    this.codes = new Map();
  }

  codeFor(to) {
    if (!this.codes.has(to)) this.drain();
    const code = this.codes.get(to);
    this.codes.delete(to);
    return code;
  }

  drain() {
    let fd;
    try {
      fd = openSync(this.file, 'r');
    } catch {
      return;
    }
    try {
      const size = fstatSync(fd).size;
      if (size <= this.offset) return;
      const buffer = Buffer.alloc(size - this.offset);
      readSync(fd, buffer, 0, buffer.length, this.offset);
      this.offset = size;
      const lines = (this.rest + buffer.toString('utf8')).split('\n');
      this.rest = lines.pop();
      for (const line of lines) {
        if (!line) continue;
        const { to, code } = JSON.parse(line);
        this.codes.set(to, code);
      }
    } finally {
      closeSync(fd);
    }
  }
}

module.exports = { PASSWORD, prepareFixtures, OutboxReader };
