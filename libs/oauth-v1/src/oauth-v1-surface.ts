import { AccountsErrorCode } from '@app/accounts';
import { AnswerFailuresAs, FailedRequest, Surface, SurfaceFailure, TransportErrorCode } from '@app/facade-kit';
import {
  OAUTH_ERROR_DESCRIPTIONS,
  OAUTH_SERVER_ERRORS,
  OAUTH_V1_ERRORS,
  OAuthErrorEntry,
  OAuthServerEndpoint,
  SINGLE_CLIENT_AUTHENTICATION_DESCRIPTION,
  SINGLE_CLIENT_AUTHENTICATION_RULE,
  UNSUPPORTED_GRANT_RULE,
  validationError,
  WEAK_PASSWORD_ERRORS,
} from './oauth-v1-errors';

/**
 * The envelope of /api/v1 (the seed's /api/v1/users): HTTP 200 for every
 * outcome, failures `{"result":0,"error":"<reason>"}`, unknown routes, bad
 * bodies, bad tokens, rate limits and internal errors included.
 */
export const OAUTH_V1_USERS_SURFACE: Surface = {
  name: 'oauth-v1',
  prefixes: ['/api/v1'],
  presentFailure(failure) {
    const headers: Record<string, string> = {};
    if (failure.details.retryAfterSeconds) headers['Retry-After'] = String(failure.details.retryAfterSeconds);
    return { status: 200, body: { result: 0, error: usersReason(failure) }, headers };
  },
};

function usersReason(failure: SurfaceFailure): string {
  if (failure.code === AccountsErrorCode.ValidationFailed) return validationError(failure.details.fields);
  if (failure.code === AccountsErrorCode.WeakPassword) {
    return WEAK_PASSWORD_ERRORS[failure.details.rule ?? ''] ?? OAUTH_V1_ERRORS[failure.code];
  }
  return OAUTH_V1_ERRORS[failure.code];
}

const TOKEN_FAILURES = new Set<string>([AccountsErrorCode.TokenInvalid, AccountsErrorCode.TokenExpired, TransportErrorCode.TokenMissing]);
const MISSING_RULES = new Set(['isNotEmpty', 'isDefined', 'notBlank']);

/**
 * The envelope of /oauth: RFC 6749 §5.2 error JSON `{error, error_description}`,
 * never cached, with `WWW-Authenticate` on 401 answers.
 */
export const OAUTH_SERVER_SURFACE: Surface<OAuthServerEndpoint> = {
  name: 'oauth-v1 OAuth2 server',
  prefixes: ['/oauth'],
  presentFailure(failure, request) {
    const entry = serverEntryFor(failure, request);
    const description = describe(failure, entry);
    const headers: Record<string, string> = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };
    if (failure.details.retryAfterSeconds) headers['Retry-After'] = String(failure.details.retryAfterSeconds);
    if (entry.status === 401) {
      headers['WWW-Authenticate'] =
        entry.error === 'invalid_client' && /^Basic\s/i.test(request.headers.authorization ?? '')
          ? 'Basic realm="oauth"'
          : `Bearer realm="oauth", error="${entry.error}", error_description="${description}"`;
    }
    return { status: entry.status, body: { error: entry.error, error_description: description }, headers };
  },
};

function serverEntryFor(failure: SurfaceFailure, request: FailedRequest<OAuthServerEndpoint>): OAuthErrorEntry {
  if (request.operation === OAuthServerEndpoint.TokenInfo && TOKEN_FAILURES.has(failure.code)) return { status: 401, error: 'invalid_token' };
  const rules = Object.values(failure.details.fields ?? {}).flat();
  if (rules.includes(UNSUPPORTED_GRANT_RULE)) return { status: 400, error: 'unsupported_grant_type' };
  return OAUTH_SERVER_ERRORS[failure.code];
}

function describe(failure: SurfaceFailure, entry: OAuthErrorEntry): string {
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

/** A /api/v1/users controller: its failures answer `{"result":0,"error"}`. */
export const OauthV1UsersSurface = () => AnswerFailuresAs(OAUTH_V1_USERS_SURFACE);

/** An OAuth2 server endpoint: its failures answer as RFC 6749 error JSON. */
export const OAuthServerSurface = (endpoint: OAuthServerEndpoint) => AnswerFailuresAs(OAUTH_SERVER_SURFACE, endpoint);
