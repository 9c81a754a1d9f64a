import type { FastifyInstance } from 'fastify';
import { ServiceMetrics } from './service-metrics';

/**
 * Times every request and labels it with the route PATTERN (/v2/users/:id), not
 * the URL, so label values stay few; unmatched URLs share one label.
 */
export function recordRequestMetrics(fastify: FastifyInstance, metrics: ServiceMetrics): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.recordRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
}
