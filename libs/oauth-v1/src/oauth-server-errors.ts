import { AccountsErrorCode } from '@app/accounts';
import { SurfaceErrorCode, TransportErrorCode } from '@app/facade-kit';

/** The RFC 6749 §5.2 / RFC 6750 §3.1 error codes this server answers with. */
export type OAuthErrorName =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unsupported_grant_type'
  | 'invalid_token'
  | 'temporarily_unavailable'
  | 'server_error';

export interface OAuthErrorEntry {
  status: number;
  error: OAuthErrorName;
}

/** Doorkeeper's English descriptions (config/locales/en.yml), so clients written for it read the same text. */
export const OAUTH_ERROR_DESCRIPTIONS: Record<OAuthErrorName, string> = {
  invalid_request: 'The request is missing a required parameter, includes an unsupported parameter value, or is otherwise malformed.',
  invalid_client: 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
  invalid_grant:
    'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
  unsupported_grant_type: 'The authorization grant type is not supported by the authorization server.',
  invalid_token: 'The access token is invalid',
  temporarily_unavailable:
    'The authorization server is currently unable to handle the request due to a temporary overloading or maintenance of the server.',
  server_error: 'The authorization server encountered an unexpected condition which prevented it from fulfilling the request.',
};

const INVALID_REQUEST: OAuthErrorEntry = { status: 400, error: 'invalid_request' };
const INVALID_GRANT: OAuthErrorEntry = { status: 400, error: 'invalid_grant' };
const UNAVAILABLE: OAuthErrorEntry = { status: 503, error: 'temporarily_unavailable' };

/**
 * Every failure under /oauth as an OAuth error. Whatever fails about the
 * resource owner or the refresh token is `invalid_grant` with one text, so the
 * endpoint tells no more than Doorkeeper does. On /oauth/token/info token
 * failures become 401 `invalid_token` (see the surface).
 */
export const OAUTH_SERVER_ERRORS: Record<SurfaceErrorCode, OAuthErrorEntry> = {
  [AccountsErrorCode.ValidationFailed]: INVALID_REQUEST,
  [AccountsErrorCode.AccountNotFound]: INVALID_GRANT,
  [AccountsErrorCode.InvalidCredentials]: INVALID_GRANT,
  [AccountsErrorCode.UsernameTaken]: INVALID_REQUEST,
  [AccountsErrorCode.EmailTaken]: INVALID_REQUEST,
  [AccountsErrorCode.PhoneTaken]: INVALID_REQUEST,
  [AccountsErrorCode.AccountDisabled]: INVALID_GRANT,
  [AccountsErrorCode.AccountLocked]: INVALID_GRANT,
  [AccountsErrorCode.WeakPassword]: INVALID_REQUEST,
  [AccountsErrorCode.ValueUnchanged]: INVALID_REQUEST,
  [AccountsErrorCode.PasswordMismatch]: INVALID_REQUEST,
  [AccountsErrorCode.TokenInvalid]: INVALID_GRANT,
  [AccountsErrorCode.TokenExpired]: INVALID_GRANT,
  [AccountsErrorCode.Forbidden]: INVALID_REQUEST,
  [AccountsErrorCode.CodeInvalid]: INVALID_GRANT,
  [AccountsErrorCode.ContactUnproven]: INVALID_GRANT,
  [AccountsErrorCode.CodeSendTooSoon]: { status: 429, error: 'temporarily_unavailable' },
  [AccountsErrorCode.SmsLimitReached]: { status: 429, error: 'temporarily_unavailable' },
  [AccountsErrorCode.RateLimited]: { status: 429, error: 'temporarily_unavailable' },
  [AccountsErrorCode.DeliveryFailed]: UNAVAILABLE,
  [AccountsErrorCode.WeChatRejected]: INVALID_GRANT,
  [AccountsErrorCode.WeChatUnavailable]: UNAVAILABLE,
  [AccountsErrorCode.WeChatNotConfigured]: { status: 400, error: 'unsupported_grant_type' },
  [AccountsErrorCode.MirrorUnavailable]: UNAVAILABLE,
  [AccountsErrorCode.FileTooLarge]: INVALID_REQUEST,
  [AccountsErrorCode.FileTypeNotAllowed]: INVALID_REQUEST,
  [AccountsErrorCode.OAuthClientInvalid]: { status: 401, error: 'invalid_client' },
  [AccountsErrorCode.NotFound]: INVALID_REQUEST,
  [AccountsErrorCode.ServiceUnavailable]: UNAVAILABLE,
  [AccountsErrorCode.Internal]: { status: 500, error: 'server_error' },
  [TransportErrorCode.RouteNotFound]: { status: 404, error: 'invalid_request' },
  [TransportErrorCode.PayloadTooLarge]: { status: 413, error: 'invalid_request' },
  [TransportErrorCode.MalformedRequest]: INVALID_REQUEST,
  [TransportErrorCode.TokenMissing]: { status: 401, error: 'invalid_token' },
};

/** The validation rule that marks a grant_type this server does not serve. */
export const UNSUPPORTED_GRANT_RULE = 'isSupportedGrantType';

/** The validation rule broken by a request that authenticates its client both by HTTP Basic and in the body. */
export const SINGLE_CLIENT_AUTHENTICATION_RULE = 'singleClientAuthentication';
export const SINGLE_CLIENT_AUTHENTICATION_DESCRIPTION =
  'Use one client authentication method per request (RFC 6749 section 2.3): HTTP Basic or client_id and client_secret in the body, not both.';
