import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ClientInfo } from '@app/accounts';
import type { HttpRequest } from './http';

function header(request: HttpRequest, name: string): string | null {
  const value = request.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text ? text.slice(0, 512) : null;
}

/** Who is calling, as the core records it (the IP honours TRUST_PROXY through Fastify's trustProxy). */
export function clientInfoOf(request: HttpRequest): ClientInfo {
  return {
    ip: request.ip ?? request.socket?.remoteAddress ?? null,
    userAgent: header(request, 'user-agent'),
    terminal: header(request, 'terminal'),
    device: header(request, 'x-device'),
  };
}

export const Client = createParamDecorator((_: unknown, context: ExecutionContext): ClientInfo =>
  clientInfoOf(context.switchToHttp().getRequest<HttpRequest>()),
);
