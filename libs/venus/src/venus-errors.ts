import { AccountsErrorCode } from '@app/accounts';
import { SurfaceErrorCode, TransportErrorCode } from '@app/facade-kit';

/** One row of the venus error table: HTTP status and the body's errorCode / errorMessage. */
export interface VenusError {
  status: number;
  errorCode: number;
  errorMessage: string;
}

/** The nine answers CONTRACTS.md fixes for venus; nothing else is ever sent. */
export const VENUS_ERRORS = {
  invalidParams: { status: 400, errorCode: 10001, errorMessage: 'invalid_params' },
  passwordMismatch: { status: 400, errorCode: 10002, errorMessage: 'password_mismatch' },
  userNotFound: { status: 404, errorCode: 10010, errorMessage: 'user_not_found' },
  userExists: { status: 400, errorCode: 10011, errorMessage: 'user_exists' },
  tooManyRequests: { status: 429, errorCode: 10029, errorMessage: 'too_many_requests' },
  internalError: { status: 500, errorCode: 10500, errorMessage: 'internal_error' },
  /** The internal_error row, with the status every surface gives an outage (503). */
  unavailable: { status: 503, errorCode: 10500, errorMessage: 'internal_error' },
  invalidToken: { status: 401, errorCode: 11001, errorMessage: 'invalid_token' },
  tokenExpired: { status: 401, errorCode: 11002, errorMessage: 'token_expired' },
  invalidOauthCode: { status: 403, errorCode: 11003, errorMessage: 'invalid_oauth_code' },
} as const satisfies Record<string, VenusError>;

const E = VENUS_ERRORS;

/**
 * Every failure the service can have, as venus answers it. The Record makes it
 * exhaustive: a new core error fails the build until it is mapped here. Codes
 * the document has no row for take the closest row (see ../README.md).
 */
export const VENUS_FAILURES: Record<SurfaceErrorCode, VenusError> = {
  [AccountsErrorCode.ValidationFailed]: E.invalidParams,
  // venus tells an unknown account from a wrong password, as its document does.
  [AccountsErrorCode.AccountNotFound]: E.userNotFound,
  [AccountsErrorCode.InvalidCredentials]: E.invalidOauthCode,
  [AccountsErrorCode.UsernameTaken]: E.userExists,
  [AccountsErrorCode.EmailTaken]: E.userExists,
  [AccountsErrorCode.PhoneTaken]: E.userExists,
  // A paused, locked or stopped account is refused at sign-in like a bad credential.
  [AccountsErrorCode.AccountDisabled]: E.invalidOauthCode,
  [AccountsErrorCode.AccountLocked]: E.tooManyRequests,
  [AccountsErrorCode.WeakPassword]: E.invalidParams,
  [AccountsErrorCode.ValueUnchanged]: E.invalidParams,
  [AccountsErrorCode.PasswordMismatch]: E.passwordMismatch,
  [AccountsErrorCode.TokenInvalid]: E.invalidToken,
  [AccountsErrorCode.TokenExpired]: E.tokenExpired,
  [AccountsErrorCode.Forbidden]: E.invalidToken,
  [AccountsErrorCode.CodeInvalid]: E.invalidParams,
  [AccountsErrorCode.ContactUnproven]: E.invalidParams,
  [AccountsErrorCode.CodeSendTooSoon]: E.tooManyRequests,
  [AccountsErrorCode.SmsLimitReached]: E.tooManyRequests,
  [AccountsErrorCode.RateLimited]: E.tooManyRequests,
  [AccountsErrorCode.DeliveryFailed]: E.internalError,
  [AccountsErrorCode.WeChatRejected]: E.invalidOauthCode,
  [AccountsErrorCode.WeChatUnavailable]: E.internalError,
  [AccountsErrorCode.WeChatNotConfigured]: E.internalError,
  [AccountsErrorCode.MirrorUnavailable]: E.internalError,
  [AccountsErrorCode.FileTooLarge]: E.invalidParams,
  [AccountsErrorCode.FileTypeNotAllowed]: E.invalidParams,
  [AccountsErrorCode.OAuthClientInvalid]: E.invalidOauthCode,
  [AccountsErrorCode.NotFound]: E.userNotFound,
  // The table's status is fixed: an outage is 500 10500 like any internal error.
  [AccountsErrorCode.ServiceUnavailable]: E.unavailable,
  [AccountsErrorCode.Internal]: E.internalError,
  // 404 is the only not-found row the contract has.
  [TransportErrorCode.RouteNotFound]: E.userNotFound,
  [TransportErrorCode.PayloadTooLarge]: E.invalidParams,
  [TransportErrorCode.MalformedRequest]: E.invalidParams,
  [TransportErrorCode.TokenMissing]: E.invalidToken,
};
