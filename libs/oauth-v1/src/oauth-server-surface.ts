import { Injectable, OnModuleInit } from '@nestjs/common';
import { AccountsErrorCode } from '@app/accounts';
import { FailedRequest, FailureResponse, Surface, SurfaceFailure, SurfaceRegistry, TransportErrorCode } from '@app/facade-kit';
import {
  OAUTH_ERROR_DESCRIPTIONS,
  OAUTH_SERVER_ERRORS,
  OAuthErrorEntry,
  SINGLE_CLIENT_AUTHENTICATION_DESCRIPTION,
  SINGLE_CLIENT_AUTHENTICATION_RULE,
  UNSUPPORTED_GRANT_RULE,
} from './oauth-server-errors';

export const TOKEN_INFO_PATH = '/oauth/token/info';
const TOKEN_FAILURES = new Set<string>([AccountsErrorCode.TokenInvalid, AccountsErrorCode.TokenExpired, TransportErrorCode.TokenMissing]);
const MISSING_RULES = new Set(['isNotEmpty', 'isDefined', 'notBlank']);

/**
 * The envelope of /oauth: RFC 6749 §5.2 error JSON `{error, error_description}`,
 * never cached, with `WWW-Authenticate` on 401 answers.
 */
@Injectable()
export class OAuthServerSurface implements Surface, OnModuleInit {
  readonly name = 'oauth-v1 OAuth2 server';
  readonly prefixes = ['/oauth'];

  constructor(private readonly registry: SurfaceRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  presentFailure(failure: SurfaceFailure, request: FailedRequest): FailureResponse {
    const entry = this.entryFor(failure, request);
    const description = this.describe(failure, entry);
    const headers: Record<string, string> = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };
    if (failure.details.retryAfterSeconds) headers['Retry-After'] = String(failure.details.retryAfterSeconds);
    if (entry.status === 401) {
      headers['WWW-Authenticate'] =
        entry.error === 'invalid_client' && /^Basic\s/i.test(request.headers.authorization ?? '')
          ? 'Basic realm="oauth"'
          : `Bearer realm="oauth", error="${entry.error}", error_description="${description}"`;
    }
    return { status: entry.status, body: { error: entry.error, error_description: description }, headers };
  }

  private entryFor(failure: SurfaceFailure, request: FailedRequest): OAuthErrorEntry {
    if (request.path === TOKEN_INFO_PATH && TOKEN_FAILURES.has(failure.code)) return { status: 401, error: 'invalid_token' };
    const rules = Object.values(failure.details.fields ?? {}).flat();
    if (rules.includes(UNSUPPORTED_GRANT_RULE)) return { status: 400, error: 'unsupported_grant_type' };
    return OAUTH_SERVER_ERRORS[failure.code];
  }

  private describe(failure: SurfaceFailure, entry: OAuthErrorEntry): string {
    if (entry.error === 'invalid_token' && failure.code === AccountsErrorCode.TokenExpired) return 'The access token expired';
    if (entry.error === 'invalid_request') {
      const rules = Object.values(failure.details.fields ?? {}).flat();
      if (rules.includes(SINGLE_CLIENT_AUTHENTICATION_RULE)) return SINGLE_CLIENT_AUTHENTICATION_DESCRIPTION;
      const missing = Object.entries(failure.details.fields ?? {}).find(([, rules]) => rules.some((rule) => MISSING_RULES.has(rule)));
      if (missing) return `Missing required parameter: ${missing[0]}.`;
      if (failure.code === TransportErrorCode.RouteNotFound) return 'No such endpoint.';
    }
    if (failure.code === AccountsErrorCode.AccountLocked && failure.details.retryAfterSeconds) {
      return `Too many failed sign-ins; try again in ${failure.details.retryAfterSeconds} seconds.`;
    }
    if (entry.status === 429) return 'Too many requests; try again later.';
    return OAUTH_ERROR_DESCRIPTIONS[entry.error];
  }
}
