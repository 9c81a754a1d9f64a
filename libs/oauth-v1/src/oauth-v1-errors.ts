import { AccountsErrorCode, FieldViolations } from '@app/accounts';
import { SurfaceErrorCode, TransportErrorCode } from '@app/facade-kit';

/** The OAuth2 server's endpoints, for the answers that differ by endpoint. */
export enum OAuthServerEndpoint {
  Token = 'token',
  Revoke = 'revoke',
  /** Token failures are 401 invalid_token here: the token is the resource, not a grant. */
  TokenInfo = 'tokenInfo',
}

// /api/v1/users: {"result":0,"error":"<reason>"}

/**
 * The `error` text of `{"result":0,"error":...}` for every failure under
 * /api/v1. The seed document gives no texts ("错误原因"), so they are Chinese,
 * like the document, and one per cause.
 */
export const OAUTH_V1_ERRORS: Record<SurfaceErrorCode, string> = {
  [AccountsErrorCode.ValidationFailed]: '参数错误',
  [AccountsErrorCode.AccountNotFound]: '该手机号未注册',
  [AccountsErrorCode.InvalidCredentials]: '用户名或密码错误',
  [AccountsErrorCode.UsernameTaken]: '用户名已被使用',
  [AccountsErrorCode.EmailTaken]: '邮箱已被使用',
  [AccountsErrorCode.PhoneTaken]: '该手机号已注册',
  [AccountsErrorCode.AccountDisabled]: '账户已被停用',
  [AccountsErrorCode.AccountLocked]: '登录失败次数过多，请稍后再试',
  [AccountsErrorCode.WeakPassword]: '密码不符合要求',
  [AccountsErrorCode.ValueUnchanged]: '新密码不能与当前密码相同',
  [AccountsErrorCode.PasswordMismatch]: '两次输入的密码不一致',
  [AccountsErrorCode.TokenInvalid]: 'token无效或已失效',
  [AccountsErrorCode.TokenExpired]: 'token已过期',
  [AccountsErrorCode.Forbidden]: '没有权限',
  [AccountsErrorCode.CodeInvalid]: '校验码错误或已失效',
  [AccountsErrorCode.ContactUnproven]: '该手机号尚未验证，请用密码登录后验证',
  [AccountsErrorCode.CodeSendTooSoon]: '1分钟内只能获取一次校验码',
  [AccountsErrorCode.SmsLimitReached]: '短信发送次数超过限制',
  [AccountsErrorCode.RateLimited]: '请求过于频繁，请稍后再试',
  [AccountsErrorCode.DeliveryFailed]: '短信发送失败',
  [AccountsErrorCode.WeChatRejected]: '微信登录失败',
  [AccountsErrorCode.WeChatUnavailable]: '微信服务不可用',
  [AccountsErrorCode.WeChatNotConfigured]: '未开通微信登录',
  [AccountsErrorCode.MirrorUnavailable]: '关联系统不可用，请稍后再试',
  [AccountsErrorCode.FileTooLarge]: '文件过大',
  [AccountsErrorCode.FileTypeNotAllowed]: '文件类型不支持',
  [AccountsErrorCode.OAuthClientInvalid]: '应用认证失败',
  [AccountsErrorCode.NotFound]: '资源不存在',
  [AccountsErrorCode.ServiceUnavailable]: '服务暂不可用，请稍后再试',
  [AccountsErrorCode.Internal]: '服务器内部错误',
  [TransportErrorCode.RouteNotFound]: '接口不存在',
  [TransportErrorCode.PayloadTooLarge]: '请求内容过大',
  [TransportErrorCode.MalformedRequest]: '请求格式错误',
  [TransportErrorCode.TokenMissing]: '缺少token',
};

/** The weak-password rule the core names, told precisely. */
export const WEAK_PASSWORD_ERRORS: Record<string, string> = {
  length: '密码长度须为8到128位',
  common: '密码过于简单',
};

/** Core and validation field names, as this contract calls them. */
const FIELD_NAMES: Record<string, string> = {
  target: 'phone',
  code: 'validation_code',
  username: 'name',
  confirmation: 'password_confirmation',
};

const MISSING_RULES = new Set(['isNotEmpty', 'isDefined', 'notBlank']);

/** One reason for a validation failure: the first field, and whether it is missing, malformed or too long. */
export function validationError(fields: FieldViolations | undefined): string {
  const first = Object.entries(fields ?? {})[0];
  if (!first) return OAUTH_V1_ERRORS[AccountsErrorCode.ValidationFailed];
  const field = FIELD_NAMES[first[0]] ?? first[0];
  const rules = first[1];
  if (rules.some((rule) => MISSING_RULES.has(rule))) return `缺少参数：${field}`;
  if (field === 'phone' && rules.includes('region')) return '不支持该国家或地区的手机号';
  if (field === 'phone') return '手机号格式不正确';
  if (field === 'name' && rules.includes('pattern')) return '用户名须为1到64个字符，不能包含空格或@';
  if (field === 'name' && rules.includes('notPhone')) return '用户名不能是手机号';
  if (rules.length === 1 && rules[0] === 'maxLength') return `参数过长：${field}`;
  return `参数格式不正确：${field}`;
}

// /oauth: RFC 6749 error JSON

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
