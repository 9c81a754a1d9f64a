import { Injectable, OnModuleInit } from '@nestjs/common';
import { AccountsErrorCode } from '@app/accounts';
import { FailureResponse, Surface, SurfaceFailure, SurfaceRegistry } from '@app/facade-kit';
import { OAUTH_V1_ERRORS, validationError, WEAK_PASSWORD_ERRORS } from './oauth-v1-errors';

/**
 * The envelope of /api/v1 (the seed's /api/v1/users): HTTP 200 for every
 * outcome, failures `{"result":0,"error":"<reason>"}`, unknown routes, bad
 * bodies, bad tokens, rate limits and internal errors included.
 */
@Injectable()
export class OauthV1UsersSurface implements Surface, OnModuleInit {
  readonly name = 'oauth-v1';
  readonly prefixes = ['/api/v1'];

  constructor(private readonly registry: SurfaceRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  presentFailure(failure: SurfaceFailure): FailureResponse {
    const headers: Record<string, string> = {};
    if (failure.details.retryAfterSeconds) headers['Retry-After'] = String(failure.details.retryAfterSeconds);
    return { status: 200, body: { result: 0, error: this.reason(failure) }, headers };
  }

  private reason(failure: SurfaceFailure): string {
    if (failure.code === AccountsErrorCode.ValidationFailed) return validationError(failure.details.fields);
    if (failure.code === AccountsErrorCode.WeakPassword) {
      return WEAK_PASSWORD_ERRORS[failure.details.rule ?? ''] ?? OAUTH_V1_ERRORS[failure.code];
    }
    return OAUTH_V1_ERRORS[failure.code];
  }
}
