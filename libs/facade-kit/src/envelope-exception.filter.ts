import { ArgumentsHost, Catch, ExceptionFilter, HttpServer, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AccountsErrorCode } from '@app/accounts';
import type { IncomingMessage } from 'node:http';
import { FailedRequest, pathOf } from './http';
import { AnySurface, SurfaceRegistry } from './surface-registry';
import { StepFailedError, toSurfaceFailure } from './surface-failure';

const logger = new Logger('Errors');

type IncomingRequest = Pick<IncomingMessage, 'url' | 'headers'>;

/**
 * Answers a failure in `surface`'s envelope (HTTP 503 for an outage, whatever
 * the contract); without a surface, a bare 500. Internal errors are logged
 * (without request data) and answered with a generic message: no stack, no SQL.
 */
export function answerFailure(
  exception: unknown,
  host: ArgumentsHost,
  http: HttpServer,
  surface: AnySurface | undefined,
  operation: string | null,
): void {
  const context = host.switchToHttp();
  const incoming = context.getRequest<IncomingRequest>();
  const step = exception instanceof StepFailedError ? exception.step : null;
  const cause = exception instanceof StepFailedError ? exception.cause : exception;
  const request: FailedRequest<string> = { path: pathOf(incoming.url), headers: incoming.headers, operation, step };
  const response = context.getResponse<unknown>();
  const failure = toSurfaceFailure(cause);
  if (failure.code === AccountsErrorCode.Internal || failure.code === AccountsErrorCode.ServiceUnavailable) {
    const error = cause as Error;
    logger.error({ err: { type: error?.name, message: error?.message, stack: error?.stack }, path: request.path }, 'request failed');
  }
  if (http.isHeadersSent(response)) return;
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

/**
 * The global filter, for what fails before a handler runs (an unknown route, a
 * body the parser refuses) and for the app's own routes (health, docs,
 * metrics, files): the surface owning the URL answers. Every surface
 * controller carries its own filter (AnswerFailuresAs), which Nest prefers.
 */
@Catch()
export class EnvelopeExceptionFilter implements ExceptionFilter {
  constructor(
    private readonly registry: SurfaceRegistry,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const path = pathOf(host.switchToHttp().getRequest<IncomingRequest>().url);
    answerFailure(exception, host, this.adapterHost.httpAdapter, this.registry.forPath(path), null);
  }
}
