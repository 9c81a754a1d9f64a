import type { FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';

/** Helmet's defaults: every answer given over HTTPS carries them, HSTS and CSP's upgrade-insecure-requests included. */
const overHttps = helmet();

/**
 * Over plain HTTP, helmet's defaults without the two headers that only mean something over HTTPS.
 * With `upgrade-insecure-requests` a browser fetches the scripts and styles of /docs over https from
 * a server that has no TLS, and the page stays blank at any host name but localhost (which browsers
 * already treat as secure); HSTS over HTTP is ignored by browsers (RFC 6797 §8.1) and only misleads.
 */
const overPlainHttp = helmet({
  strictTransportSecurity: false,
  contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
});

/**
 * Sets the security headers for the protocol the client used: HTTPS when the socket is TLS, or
 * when a trusted proxy (TRUST_PROXY) says so in `X-Forwarded-Proto`, as Fastify's
 * `request.protocol` reads it. The two helmet middlewares are built once at start; helmet works on
 * Node's own request and response, so it needs no adapter.
 */
export function addSecurityHeaders(request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void): void {
  const headers = request.protocol === 'https' ? overHttps : overPlainHttp;
  headers(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
}
