import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import { Params } from 'nestjs-pino';

/** Headers worth logging; everything else (tokens, word-info, cookies) never reaches the log. */
const LOGGED_HEADERS = ['user-agent', 'content-type', 'content-length', 'terminal', 'x-request-id'];
const SECRET_QUERY_KEYS = /^(access_token|refresh_token|token|code|js_code|password|secret|client_secret|validation_code|verifyCode|smsCode)$/i;

/** The path and query of a URL, with the values of secret-looking parameters masked. */
export function redactUrl(url: string): string {
  const [path, query] = url.split('?', 2);
  if (!query) return path;
  const params = new URLSearchParams(query);
  for (const key of [...params.keys()]) if (SECRET_QUERY_KEYS.test(key)) params.set(key, '[REDACTED]');
  return `${path}?${params.toString()}`;
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
