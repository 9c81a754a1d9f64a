import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import { Params } from 'nestjs-pino';

/** Headers worth logging; everything else (tokens, word-info, cookies) never reaches the log. */
const LOGGED_HEADERS = ['user-agent', 'content-type', 'content-length', 'terminal', 'x-request-id'];

const REDACTED = '[REDACTED]';
/** Shorter than any verification code (6 digits) or phone number. */
const SHORT_NUMBER = /^\d{1,5}$/;
/**
 * The only query values a log line shows, each in the one shape it is harmless
 * in (a short number, a UUID). Every other value (phones,
 * emails, search terms, codes, tokens, passwords, whatever a client puts
 * there) is masked: a list of secret names would miss the next one.
 */
const LOGGED_QUERY_VALUES = new Map<string, RegExp>([
  ['page', SHORT_NUMBER],
  ['per_page', SHORT_NUMBER],
  ['type', SHORT_NUMBER],
  ['id', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i],
]);
/** A parameter's name is shown when it reads as a name (not a value sent as a bare key, like `?13812345678`). */
const PARAMETER_NAME = /^[A-Za-z_][\w.[\]-]{0,63}$/;

/** The path and query of a URL, with every query value outside LOGGED_QUERY_VALUES masked. */
export function redactUrl(url: string): string {
  const separator = url.indexOf('?');
  if (separator === -1) return url;
  const path = url.slice(0, separator);
  const query = url.slice(separator + 1);
  if (!query) return path;
  const shown = [...new URLSearchParams(query)].map(([key, value]) => {
    if (LOGGED_QUERY_VALUES.get(key)?.test(value)) return `${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
    return `${PARAMETER_NAME.test(key) ? encodeURIComponent(key) : REDACTED}=${REDACTED}`;
  });
  return `${path}?${shown.join('&')}`;
}

/** pino-http writes its one line per request at info; below these levels it never writes anything. */
const REQUEST_LINE_LEVELS = new Set(['info', 'debug', 'trace']);

export function loggerParams(level: string): Params {
  return {
    // At warn and above no request line is ever written, yet binding a logger
    // to every request (a child logger with the serialized request, inside an
    // AsyncLocalStorage scope that slows every promise) cost about a quarter of
    // an authenticated read's CPU. Other logs are written as before.
    // Every method: `0` (RequestMethod.GET) would leave POST, PUT, PATCH and DELETE out of the log.
    forRoutes: REQUEST_LINE_LEVELS.has(level) ? [{ path: '{*splat}', method: RequestMethod.ALL }] : [],
    pinoHttp: {
      level,
      autoLogging: { ignore: (request: IncomingMessage & { originalUrl?: string }) => (request.originalUrl ?? request.url) === '/health' },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.token', 'req.headers["word-info"]', 'req.headers.cookie', 'password', 'code', 'token'],
        censor: '[REDACTED]',
      },
      serializers: {
        req: (request: IncomingMessage & { id?: string; originalUrl?: string; raw?: IncomingMessage & { originalUrl?: string } }) => {
          const raw = request.raw ?? request;
          const headers: Record<string, unknown> = {};
          for (const name of LOGGED_HEADERS) if (raw.headers?.[name] !== undefined) headers[name] = raw.headers[name];
          // Fastify's middleware layer strips the mount path from url; originalUrl keeps it.
          return { id: request.id, method: raw.method, url: redactUrl(raw.originalUrl ?? raw.url ?? ''), headers };
        },
        res: (response: ServerResponse & { raw?: ServerResponse }) => ({ statusCode: (response.raw ?? response).statusCode }),
      },
    },
  };
}
