import { AccountsErrorCode } from '@app/accounts';
import { SurfaceErrorCode, TransportErrorCode } from '@app/facade-kit';

export interface ProblemEntry {
  status: number;
  title: string;
  /** The public code, when it must differ from the internal one (to conceal accounts). */
  publicCode?: string;
}

/**
 * v2's answer to every failure, as RFC 9457 problem details. Unknown accounts
 * and wrong passwords share one answer, so v2 never tells whether an account exists.
 */
export const V2_PROBLEMS: Record<SurfaceErrorCode, ProblemEntry> = {
  [AccountsErrorCode.ValidationFailed]: { status: 400, title: 'The request is not valid' },
  [AccountsErrorCode.AccountNotFound]: { status: 401, title: 'Invalid credentials', publicCode: AccountsErrorCode.InvalidCredentials },
  [AccountsErrorCode.InvalidCredentials]: { status: 401, title: 'Invalid credentials' },
  [AccountsErrorCode.UsernameTaken]: { status: 409, title: 'The username is taken' },
  [AccountsErrorCode.EmailTaken]: { status: 409, title: 'The email is taken' },
  [AccountsErrorCode.PhoneTaken]: { status: 409, title: 'The phone is taken' },
  [AccountsErrorCode.AccountDisabled]: { status: 403, title: 'The account is disabled' },
  [AccountsErrorCode.AccountLocked]: { status: 423, title: 'Too many failed sign-ins' },
  [AccountsErrorCode.WeakPassword]: { status: 400, title: 'The password is not allowed' },
  [AccountsErrorCode.ValueUnchanged]: { status: 400, title: 'The new value equals the current one' },
  [AccountsErrorCode.PasswordMismatch]: { status: 400, title: 'The passwords differ' },
  [AccountsErrorCode.TokenInvalid]: { status: 401, title: 'The token is not valid' },
  [AccountsErrorCode.TokenExpired]: { status: 401, title: 'The token has expired' },
  [AccountsErrorCode.Forbidden]: { status: 403, title: 'Not allowed' },
  [AccountsErrorCode.CodeInvalid]: { status: 400, title: 'The code is wrong, expired or used' },
  // v2 conceals accounts: the core answers CodeInvalid there instead; this row serves the signed-in holder.
  [AccountsErrorCode.ContactUnproven]: { status: 400, title: 'The contact is not proven yet' },
  [AccountsErrorCode.CodeSendTooSoon]: { status: 429, title: 'A code was sent less than a minute ago' },
  [AccountsErrorCode.SmsLimitReached]: { status: 429, title: 'The SMS limit is reached' },
  [AccountsErrorCode.RateLimited]: { status: 429, title: 'Too many requests' },
  [AccountsErrorCode.DeliveryFailed]: { status: 502, title: 'The code could not be sent' },
  [AccountsErrorCode.WeChatRejected]: { status: 400, title: 'WeChat refused the sign-in' },
  [AccountsErrorCode.WeChatUnavailable]: { status: 502, title: 'WeChat is unavailable' },
  [AccountsErrorCode.WeChatNotConfigured]: { status: 501, title: 'WeChat sign-in is not configured on this server' },
  [AccountsErrorCode.MirrorUnavailable]: { status: 502, title: 'A mirrored system is unavailable' },
  [AccountsErrorCode.FileTooLarge]: { status: 413, title: 'The file is too large' },
  [AccountsErrorCode.FileTypeNotAllowed]: { status: 415, title: 'The file type is not allowed' },
  [AccountsErrorCode.OAuthClientInvalid]: { status: 401, title: 'Client authentication failed' },
  [AccountsErrorCode.NotFound]: { status: 404, title: 'Not found' },
  [AccountsErrorCode.ServiceUnavailable]: { status: 503, title: 'The service is unavailable' },
  [AccountsErrorCode.Internal]: { status: 500, title: 'Internal error' },
  [TransportErrorCode.RouteNotFound]: { status: 404, title: 'No such route' },
  [TransportErrorCode.PayloadTooLarge]: { status: 413, title: 'The request is too large' },
  [TransportErrorCode.MalformedRequest]: { status: 400, title: 'The request is malformed' },
  [TransportErrorCode.TokenMissing]: { status: 401, title: 'A bearer token is required' },
};

/** Field names the core uses, as v2 spells them. */
export const V2_FIELD_NAMES: Record<string, string> = {
  currentPassword: 'current_password',
  internalPhone: 'internal_phone',
  avatarUrl: 'avatar_url',
};
