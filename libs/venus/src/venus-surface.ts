import { Injectable, OnModuleInit } from '@nestjs/common';
import { FailureResponse, Surface, SurfaceFailure, SurfaceRegistry } from '@app/facade-kit';
import { VENUS_FAILURES } from './venus-errors';

export const VENUS_PREFIX = '/venus';

/**
 * Every failure under /venus, from a validation error to an unknown route,
 * answers `{"errorCode": N, "errorMessage": "snake_case"}` with the table's
 * status. The message is the table's, never the error's own text.
 */
@Injectable()
export class VenusSurface implements Surface, OnModuleInit {
  readonly name = 'venus';
  readonly prefixes = [VENUS_PREFIX];

  constructor(private readonly registry: SurfaceRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  presentFailure(failure: SurfaceFailure): FailureResponse {
    const { status, errorCode, errorMessage } = VENUS_FAILURES[failure.code];
    const headers: Record<string, string> = {};
    if (status === 429 && failure.details.retryAfterSeconds) headers['Retry-After'] = String(failure.details.retryAfterSeconds);
    return { status, body: { errorCode, errorMessage }, headers };
  }
}
