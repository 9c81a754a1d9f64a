import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { AccountsErrorCode } from '@app/accounts';
import type { Request, Response } from 'express';
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

  constructor(private readonly registry: SurfaceRegistry) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    const failure = toSurfaceFailure(exception);
    if (failure.code === AccountsErrorCode.Internal || failure.code === AccountsErrorCode.ServiceUnavailable) {
      const error = exception as Error;
      this.logger.error({ err: { type: error?.name, message: error?.message, stack: error?.stack }, path: request.path }, 'request failed');
    }
    if (response.headersSent) return;
    const surface = this.registry.forPath(request.path);
    if (!surface) {
      response.status(500).json({ message: 'internal error' });
      return;
    }
    const answer = surface.presentFailure(failure, request);
    for (const [name, value] of Object.entries(answer.headers ?? {})) response.setHeader(name, value);
    // An outage is no business outcome: every contract, even those answering
    // failures with HTTP 200, says 503 (in its own body) so that clients and load
    // balancers retry.
    if (failure.code === AccountsErrorCode.ServiceUnavailable) {
      response.setHeader('Retry-After', '5');
      response.status(503);
    } else {
      response.status(answer.status);
    }
    if (answer.contentType) response.type(answer.contentType).send(JSON.stringify(answer.body));
    else response.json(answer.body);
  }
}
