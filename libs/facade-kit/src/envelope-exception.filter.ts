import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AccountsErrorCode } from '@app/accounts';
import type { IncomingMessage } from 'node:http';
import { FailedRequest, pathOf } from './http';
import { SurfaceRegistry } from './surface-registry';
import { toSurfaceFailure } from './surface-failure';

/**
 * The one global filter: whatever failed, the surface owning the URL answers
 * in its own envelope (with HTTP 503 for a database outage, whatever the contract). Internal errors are logged (without request data) and
 * answered with a generic message: no stack, no SQL.
 */
@Catch()
export class EnvelopeExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(
    private readonly registry: SurfaceRegistry,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const incoming = context.getRequest<Pick<IncomingMessage, 'url' | 'headers'>>();
    const request: FailedRequest = { path: pathOf(incoming.url), headers: incoming.headers, source: incoming };
    const response = context.getResponse<unknown>();
    const http = this.adapterHost.httpAdapter;
    const failure = toSurfaceFailure(exception);
    if (failure.code === AccountsErrorCode.Internal || failure.code === AccountsErrorCode.ServiceUnavailable) {
      const error = exception as Error;
      this.logger.error({ err: { type: error?.name, message: error?.message, stack: error?.stack }, path: request.path }, 'request failed');
    }
    if (http.isHeadersSent(response)) return;
    const surface = this.registry.forPath(request.path);
    if (!surface) {
      http.reply(response, { message: 'internal error' }, 500);
      return;
    }
    const answer = surface.presentFailure(failure, request);
    for (const [name, value] of Object.entries(answer.headers ?? {})) http.setHeader(response, name, value);
    // An outage is no business outcome: every contract, even those answering
    // failures with HTTP 200, says 503 (in its own body) so that clients and load
    // balancers retry.
    let status = answer.status;
    if (failure.code === AccountsErrorCode.ServiceUnavailable) {
      http.setHeader(response, 'Retry-After', '5');
      status = 503;
    }
    if (answer.contentType) {
      http.setHeader(response, 'Content-Type', answer.contentType);
      http.reply(response, JSON.stringify(answer.body), status);
    } else {
      http.reply(response, answer.body, status);
    }
  }
}
