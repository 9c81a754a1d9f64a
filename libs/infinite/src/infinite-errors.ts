import { AccountsErrorCode, FieldViolations } from '@app/accounts';
import { SurfaceErrorCode, TransportErrorCode } from '@app/facade-kit';

/** The twelve endpoints of the contract, for the answers that differ by endpoint. */
export enum InfiniteEndpoint {
  Login = 'login',
  Logout = 'logout',
  RegisterIndividual = 'registerIndividual',
  EmailVerifyCode = 'emailVerifyCode',
  GenerateSmsCode = 'generateSmsCode',
  ResetUserPassword = 'resetUserPassword',
  GetUserDetail = 'getUserDetail',
  EditUser = 'editUser',
  ModifyUserEmail = 'modifyUserEmail',
  ModifyUserPassword = 'modifyUserPassword',
  DeleteUser = 'deleteUser',
  EditUserMobile = 'editUserMobile',
}

/** The business codes of the infinite contract (the `code` of every answer). */
export enum InfiniteCode {
  Success = 'General.Success',
  Failure = 'General.Failure',
  InternalServerError = 'General.InternalServerError',
  RpcServerError = 'General.RpcServerError',
  GiteaServerError = 'General.GiteaServerError',
  ParameterInvalid = 'General.ParameterInvalid',
  ParameterRepeat = 'General.ParameterRepeat',
  UserRepeat = 'General.UserRepeat',
  EmailRepeat = 'General.EmailRepeat',
  MobileHasBeenUsed = 'General.MobileHasBeenUsed',
  TokenExpired = 'General.TokenExpired',
  TokenInvalid = 'General.TokenInvalid',
  Unauthorized = 'General.Unauthorized',
  VerifyError = 'Account.VerifyError',
  VerifyCodeError = 'Account.VerifyCodeError',
  OverGlobalSmsSendLimits = 'Account.OverGlobalSmsSendLimits',
}

/** Each code's text, as the document's tables give it. */
export const INFINITE_MESSAGES: Record<InfiniteCode, string> = {
  [InfiniteCode.Success]: '接口调用成功',
  [InfiniteCode.Failure]: '接口调用失败',
  [InfiniteCode.InternalServerError]: '服务器异常',
  [InfiniteCode.RpcServerError]: 'Rpc服务异常',
  [InfiniteCode.GiteaServerError]: 'Gitea服务异常',
  [InfiniteCode.ParameterInvalid]: '参数校验失败',
  [InfiniteCode.ParameterRepeat]: '参数重复',
  [InfiniteCode.UserRepeat]: '用户名已存在',
  [InfiniteCode.EmailRepeat]: '邮箱已被使用',
  [InfiniteCode.MobileHasBeenUsed]: '手机已被使用',
  [InfiniteCode.TokenExpired]: '账户Token已超时',
  [InfiniteCode.TokenInvalid]: '账户Token无效',
  [InfiniteCode.Unauthorized]: '请求未授权',
  [InfiniteCode.VerifyError]: '账户检验失败',
  [InfiniteCode.VerifyCodeError]: '验证码检验失败',
  [InfiniteCode.OverGlobalSmsSendLimits]: '超过全局短信发送限制',
};

/** editUserMobile's table words Account.VerifyError differently. */
export const EDIT_MOBILE_VERIFY_ERROR_TEXT = '账户检验错误';

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

/** The rule names the contract reports in data.ruleViolated (its Bean Validation heritage). */
export enum Rule {
  NotBlank = 'notBlank',
  NotNull = 'notNull',
  Length = 'length',
  Pattern = 'pattern',
  NotContainsDict = 'notContainsDict',
}

/** class-validator constraint names and the core's rule names, in the contract's words. */
const RULE_ALIASES: Record<string, Rule> = {
  notBlank: Rule.NotBlank,
  isNotEmpty: Rule.NotBlank,
  isDefined: Rule.NotBlank,
  notNull: Rule.NotNull,
  length: Rule.Length,
  maxLength: Rule.Length,
  minLength: Rule.Length,
  notContainsDict: Rule.NotContainsDict,
  isIn: Rule.NotContainsDict,
  enum: Rule.NotContainsDict,
};

/** Any other broken rule (wrong type, not an email, not a phone number) is a pattern violation. */
export function contractRule(name: string): Rule {
  return RULE_ALIASES[name] ?? Rule.Pattern;
}

/**
 * Core field names (and the core's generic ones) as each endpoint's request
 * calls them, so ruleViolated names the field the client sent.
 */
const FIELD_NAMES: Record<InfiniteEndpoint, Record<string, string>> = {
  [InfiniteEndpoint.Login]: { identifier: 'username' },
  [InfiniteEndpoint.Logout]: {},
  [InfiniteEndpoint.RegisterIndividual]: {},
  [InfiniteEndpoint.EmailVerifyCode]: { target: 'email' },
  [InfiniteEndpoint.GenerateSmsCode]: { target: 'mobile', phone: 'mobile' },
  [InfiniteEndpoint.ResetUserPassword]: { target: 'email', code: 'verifyCode', newPassword: 'password' },
  [InfiniteEndpoint.GetUserDetail]: {},
  [InfiniteEndpoint.EditUser]: {},
  [InfiniteEndpoint.ModifyUserEmail]: { code: 'verifyCode', value: 'email', current: 'oriEmail' },
  [InfiniteEndpoint.ModifyUserPassword]: { currentPassword: 'oriPassword', newPassword: 'password' },
  [InfiniteEndpoint.DeleteUser]: {},
  [InfiniteEndpoint.EditUserMobile]: { code: 'smsCode', phone: 'mobile', value: 'mobile', current: 'oriMobile' },
};

export function toRuleViolated(endpoint: InfiniteEndpoint | null, fields: FieldViolations): Record<string, Rule[]> {
  const names = endpoint ? FIELD_NAMES[endpoint] : {};
  const violated: Record<string, Rule[]> = {};
  for (const [field, rules] of Object.entries(fields)) {
    const name = (names[field] ?? field).trim();
    const merged = new Set([...(violated[name] ?? []), ...rules.map(contractRule)]);
    violated[name] = [...merged];
  }
  return violated;
}

/** The document's msg forms: "request params[mobile] notBlank." and "[internationalcode] dict error.". */
export function violationMessage(violated: Record<string, Rule[]>): string | null {
  const first = Object.entries(violated)[0];
  if (!first) return null;
  const [field, rules] = first;
  if (rules.includes(Rule.NotContainsDict)) return `[${field.toLowerCase()}] dict error.`;
  return `request params[${field}] ${rules[0]}.`;
}
