import type { FastifyInstance } from 'fastify';

/**
 * Once the server is closing (SIGTERM), answers still in flight carry
 * `Connection: close`, so their keep-alive connections end with them and the
 * process can exit as soon as the last one is sent, instead of waiting for
 * idle connections to time out.
 */
export function closeConnectionsWhenClosing(fastify: FastifyInstance): void {
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
}
