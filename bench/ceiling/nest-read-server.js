'use strict';
// The same work as read-server.js (read-work.js) inside the smallest Nest
// application: one controller, Nest's default request pipeline, on Express or
// on Fastify (ADAPTER=express|fastify). Its distance from read-server.js is what
// Nest and the HTTP adapter cost; the service's distance from it is what the
// service adds on top (guards, filters, validation, security headers, metrics).
require('reflect-metadata');
const { Controller, Get, Headers, Module, UnauthorizedException } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');
const { authenticate, prepare, profileOf } = require('./read-work');

class ReadController {
  ready() {
    return { ready: true };
  }

  async me(authorization) {
    const row = await authenticate(authorization).catch(() => null);
    if (!row) throw new UnauthorizedException();
    return profileOf(row);
  }
}
// Plain JavaScript: the decorators TypeScript would apply, applied by hand.
const route = (decorator, method) => decorator(ReadController.prototype, method, Object.getOwnPropertyDescriptor(ReadController.prototype, method));
route(Get('ready'), 'ready');
route(Get('v2/me'), 'me');
Headers('authorization')(ReadController.prototype, 'me', 0);
Controller()(ReadController);

class ReadModule {}
Module({ controllers: [ReadController] })(ReadModule);

async function createApp() {
  if (process.env.ADAPTER === 'fastify') {
    const { FastifyAdapter } = require('@nestjs/platform-fastify');
    return NestFactory.create(ReadModule, new FastifyAdapter(), { logger: false });
  }
  return NestFactory.create(ReadModule, { logger: false });
}

(async () => {
  await prepare();
  const app = await createApp();
  await app.listen(Number(process.env.PORT), '127.0.0.1');
  process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
})();
