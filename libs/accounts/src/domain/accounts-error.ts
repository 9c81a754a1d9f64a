/**
 * The closed set of domain errors. Every surface maps each code to its own
 * envelope through a Record keyed by this enum, so adding a code fails the
 * build until every surface has an answer for it.
 */
export enum AccountsErrorCode {
  ValidationFailed = 'validation_failed',
  AccountNotFound = 'account_not_found',
  InvalidCredentials = 'invalid_credentials',
  UsernameTaken = 'username_taken',
  EmailTaken = 'email_taken',
  PhoneTaken = 'phone_taken',
  AccountDisabled = 'account_disabled',
  AccountLocked = 'account_locked',
  WeakPassword = 'weak_password',
  /** A new password, email or phone equal to the current one. */
  ValueUnchanged = 'value_unchanged',
  PasswordMismatch = 'password_mismatch',
  TokenInvalid = 'token_invalid',
  TokenExpired = 'token_expired',
  Forbidden = 'forbidden',
  CodeInvalid = 'code_invalid',
  /** The phone or email was set without a code and is not proven yet: no code sign-in or reset through it. */
  ContactUnproven = 'contact_unproven',
  CodeSendTooSoon = 'code_send_too_soon',
  SmsLimitReached = 'sms_limit_reached',
  RateLimited = 'rate_limited',
  DeliveryFailed = 'delivery_failed',
  WeChatRejected = 'wechat_rejected',
  WeChatUnavailable = 'wechat_unavailable',
  /** WECHAT_APP_ID / WECHAT_APP_SECRET are not set: this deployment offers no WeChat sign-in. */
  WeChatNotConfigured = 'wechat_not_configured',
  MirrorUnavailable = 'mirror_unavailable',
  FileTooLarge = 'file_too_large',
  FileTypeNotAllowed = 'file_type_not_allowed',
  OAuthClientInvalid = 'oauth_client_invalid',
  NotFound = 'not_found',
  ServiceUnavailable = 'service_unavailable',
  Internal = 'internal',
}

/** Field name -> names of the rules it broke (notBlank, length, pattern, ...). */
export type FieldViolations = Record<string, string[]>;

export interface AccountsErrorDetails {
  /** For ValidationFailed: which rules each field broke. */
  fields?: FieldViolations;
  /** For AccountLocked, CodeSendTooSoon, RateLimited: seconds until a retry may succeed. */
  retryAfterSeconds?: number;
  /** For WeakPassword: which rule (length, common, composition). */
  rule?: string;
  /** For WeChatRejected: WeChat's errcode. */
  upstreamCode?: number;
}

export class AccountsError extends Error {
  constructor(
    readonly code: AccountsErrorCode,
    message?: string,
    readonly details: AccountsErrorDetails = {},
  ) {
    super(message ?? code);
    this.name = 'AccountsError';
  }

  static invalidField(field: string, rule: string, message?: string): AccountsError {
    return new AccountsError(AccountsErrorCode.ValidationFailed, message ?? `${field}: ${rule}`, {
      fields: { [field]: [rule] },
    });
  }
}

export function isAccountsError(value: unknown): value is AccountsError {
  return value instanceof AccountsError;
}
