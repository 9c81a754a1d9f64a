import type { NextFunction, Request, Response } from 'express';
import { ServiceMetrics } from './service-metrics';

/**
 * Times every request and labels it with the route PATTERN (/v2/users/:id), not
 * the URL, so label values stay few; unmatched URLs share one label.
 */
export function requestMetrics(metrics: ServiceMetrics) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const route = (request.route as { path?: string } | undefined)?.path ?? 'unmatched';
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.recordRequest(request.method, `${request.baseUrl ?? ''}${route}`, response.statusCode, seconds);
    });
    next();
  };
}
