'use strict';
// The load of each scenario: what one request is, how its body varies, and
// what counts as a failure in its answer.
const { join } = require('node:path');
const { OutboxReader } = require('./fixtures');

const JSON_HEADERS = { 'content-type': 'application/json' };
const hasAccessToken = (body) => body.includes('"access_token":"');

/**
 * Rate-limited endpoints see many clients, as behind a load balancer: each
 * request names one of 4096 client addresses in X-Forwarded-For (the service
 * runs with TRUST_PROXY=loopback). From one address, the in-process throttler
 * would keep one hit per request of the last minute under a single key and
 * scan them all on every request, which no real traffic pattern does.
 */
let nextClient = 0;
function jsonFromSomeClient() {
  const n = nextClient++ % 4096;
  return { ...JSON_HEADERS, 'x-forwarded-for': `10.77.${n >> 8}.${n & 255}` };
}

function v2Read(fixtures) {
  return {
    requests: [{ method: 'GET', path: '/v2/me', headers: { authorization: `Bearer ${fixtures.v2AccessToken}` } }],
    check: (body) => body.startsWith('{"id":'),
  };
}

function venusRead(fixtures) {
  return {
    requests: [{ method: 'GET', path: '/venus/user/info', headers: { token: fixtures.venusToken } }],
    check: (body) => body.includes('"user_id":'),
  };
}

/** v2 password sign-ins, round-robin over the fixture accounts. */
function passwordSignIn(fixtures) {
  let next = 0;
  return {
    requests: [
      {
        method: 'POST',
        path: '/v2/auth/login',
        setupRequest: (request) => {
          const identifier = fixtures.usernames[next++ % fixtures.usernames.length];
          return { ...request, headers: jsonFromSomeClient(), body: JSON.stringify({ identifier, password: fixtures.password }) };
        },
      },
    ],
    check: hasAccessToken,
  };
}

/**
 * v2 refresh-token rotation. Every request takes an unused refresh token from
 * a shared pool (sessions opened beforehand by password sign-ins) and gives
 * back the rotated one it receives, so each token is presented exactly once
 * and the sessions are rotated again and again. The pool is larger than the
 * number of connections, so it never runs dry (each autocannon run ends with up
 * to one token per connection in flight, lost).
 */
function refreshRotation(fixtures) {
  const pool = [...fixtures.refreshTokens];
  return {
    requests: [
      {
        method: 'POST',
        path: '/v2/auth/refresh',
        setupRequest: (request) => ({ ...request, headers: jsonFromSomeClient(), body: JSON.stringify({ refresh_token: pool.shift() ?? 'pool-ran-dry' }) }),
        onResponse: (status, body) => {
          const match = /"refresh_token":"([^"]+)"/.exec(body);
          if (status === 200 && match) pool.push(match[1]);
        },
      },
    ],
    check: (body) => body.includes('"refresh_token":"'),
  };
}

/** v2 registration of a fresh username per request. */
function registration(runId) {
  let next = 0;
  return {
    requests: [
      {
        method: 'POST',
        path: '/v2/auth/register',
        setupRequest: (request) => ({
          ...request,
          headers: jsonFromSomeClient(),
          body: JSON.stringify({ username: `bench_${runId}_${next++}`, password: 'a fresh bench passphrase' }),
        }),
      },
    ],
    check: hasAccessToken,
  };
}

/**
 * vcode: send a code to a phone, then verify it. Each connection's send uses
 * a phone never used before (one send per phone a minute); its verify reads
 * the code the service just appended to its outbox file.
 */
function codeSendAndVerify(dataDir) {
  const outbox = new OutboxReader(join(dataDir, 'outbox.jsonl'));
  let next = 0;
  const success = (body) => body.includes('"code":"0"');
  return {
    requests: [
      {
        method: 'POST',
        path: '/api/vcode/send',
        setupRequest: (request, context) => {
          context.phone = `139${String(next++).padStart(8, '0')}`;
          context.headers = jsonFromSomeClient();
          return { ...request, headers: context.headers, body: JSON.stringify({ phone: context.phone }) };
        },
      },
      {
        method: 'POST',
        path: '/api/vcode/verify',
        setupRequest: (request, context) => {
          const code = outbox.codeFor(`+86${context.phone}`) ?? 'no-code-in-outbox';
          return { ...request, headers: context.headers, body: JSON.stringify({ phone: context.phone, code }) };
        },
      },
    ],
    check: success,
  };
}

module.exports = { v2Read, venusRead, passwordSignIn, refreshRotation, registration, codeSendAndVerify };
