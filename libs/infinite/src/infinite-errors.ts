import { AccountsErrorCode } from '@app/accounts';
import { SurfaceErrorCode, TransportErrorCode } from '@app/facade-kit';
import { InfiniteCode } from './infinite-codes';

export interface InfiniteErrorEntry {
  code: InfiniteCode;
  /** HTTP status; 200 unless the failure is not a business outcome (unknown route, rate limit, outage). */
  status?: number;
}

/**
 * Every failure, as the infinite contract answers it. Business outcomes are
 * HTTP 200 with the code in the body; the document's own codes are used
 * wherever one fits (see README for the choices where it has none).
 */
export const INFINITE_ERRORS: Record<SurfaceErrorCode, InfiniteErrorEntry> = {
  [AccountsErrorCode.ValidationFailed]: { code: InfiniteCode.ParameterInvalid },
  [AccountsErrorCode.AccountNotFound]: { code: InfiniteCode.VerifyError },
  [AccountsErrorCode.InvalidCredentials]: { code: InfiniteCode.VerifyError },
  [AccountsErrorCode.UsernameTaken]: { code: InfiniteCode.UserRepeat },
  [AccountsErrorCode.EmailTaken]: { code: InfiniteCode.EmailRepeat },
  [AccountsErrorCode.PhoneTaken]: { code: InfiniteCode.MobileHasBeenUsed },
  [AccountsErrorCode.AccountDisabled]: { code: InfiniteCode.VerifyError },
  [AccountsErrorCode.AccountLocked]: { code: InfiniteCode.VerifyError },
  [AccountsErrorCode.WeakPassword]: { code: InfiniteCode.ParameterInvalid },
  [AccountsErrorCode.ValueUnchanged]: { code: InfiniteCode.ParameterRepeat },
  [AccountsErrorCode.PasswordMismatch]: { code: InfiniteCode.ParameterInvalid },
  [AccountsErrorCode.TokenInvalid]: { code: InfiniteCode.TokenInvalid },
  [AccountsErrorCode.TokenExpired]: { code: InfiniteCode.TokenExpired },
  [AccountsErrorCode.Forbidden]: { code: InfiniteCode.Unauthorized },
  [AccountsErrorCode.CodeInvalid]: { code: InfiniteCode.VerifyCodeError },
  [AccountsErrorCode.ContactUnproven]: { code: InfiniteCode.VerifyError },
  [AccountsErrorCode.CodeSendTooSoon]: { code: InfiniteCode.Failure },
  [AccountsErrorCode.SmsLimitReached]: { code: InfiniteCode.OverGlobalSmsSendLimits },
  [AccountsErrorCode.RateLimited]: { code: InfiniteCode.Failure, status: 429 },
  [AccountsErrorCode.DeliveryFailed]: { code: InfiniteCode.RpcServerError },
  [AccountsErrorCode.WeChatRejected]: { code: InfiniteCode.RpcServerError },
  [AccountsErrorCode.WeChatUnavailable]: { code: InfiniteCode.RpcServerError },
  [AccountsErrorCode.WeChatNotConfigured]: { code: InfiniteCode.RpcServerError },
  [AccountsErrorCode.MirrorUnavailable]: { code: InfiniteCode.GiteaServerError },
  [AccountsErrorCode.FileTooLarge]: { code: InfiniteCode.ParameterInvalid },
  [AccountsErrorCode.FileTypeNotAllowed]: { code: InfiniteCode.ParameterInvalid },
  [AccountsErrorCode.OAuthClientInvalid]: { code: InfiniteCode.Unauthorized },
  [AccountsErrorCode.NotFound]: { code: InfiniteCode.Failure },
  [AccountsErrorCode.ServiceUnavailable]: { code: InfiniteCode.InternalServerError, status: 503 },
  [AccountsErrorCode.Internal]: { code: InfiniteCode.InternalServerError, status: 500 },
  [TransportErrorCode.RouteNotFound]: { code: InfiniteCode.Failure, status: 404 },
  [TransportErrorCode.PayloadTooLarge]: { code: InfiniteCode.ParameterInvalid, status: 413 },
  [TransportErrorCode.MalformedRequest]: { code: InfiniteCode.ParameterInvalid },
  [TransportErrorCode.TokenMissing]: { code: InfiniteCode.ParameterInvalid },
};
