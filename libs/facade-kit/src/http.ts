import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A request as the façades see it (the service runs on Fastify). */
export type HttpRequest = FastifyRequest;
export type HttpReply = FastifyReply;

/** What a surface may read of a failed request to choose its answer. */
export interface FailedRequest<Operation extends string = never> {
  /** The URL path, without the query. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The operation whose handler failed, as the handler's AnswerFailuresAs named it; null before routing or when unnamed. */
  operation: Operation | null;
  /** The named step of the handler that failed (StepFailedError), or null. */
  step: string | null;
}

/** The path of a request's URL without its query string (Fastify has no `request.path`). */
export function pathOf(url: string | undefined): string {
  if (!url) return '/';
  // An absolute-form request line (GET http://host/path HTTP/1.1, as proxies send it).
  if (!url.startsWith('/')) return URL.canParse(url) ? new URL(url).pathname : '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
