'use strict';
// The ceiling of the authenticated read: node:http, no framework, doing what
// GET /v2/me does per request and nothing else (read-work.js).
const http = require('node:http');
const { authenticate, prepare, profileOf } = require('./read-work');

function send(response, status, body) {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

const server = http.createServer((request, response) => {
  if (request.url === '/ready') return send(response, 200, { ready: true });
  if (request.method !== 'GET' || request.url !== '/v2/me') return send(response, 404, { code: 'route_not_found' });
  authenticate(request.headers.authorization).then(
    (row) => (row ? send(response, 200, profileOf(row)) : send(response, 401, { code: 'token_invalid' })),
    () => send(response, 401, { code: 'token_invalid' }),
  );
});

prepare().then(() => server.listen(Number(process.env.PORT), '127.0.0.1'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
