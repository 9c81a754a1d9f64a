import { AccountsErrorCode } from '@app/accounts';
import { SurfaceErrorCode, TransportErrorCode } from '@app/facade-kit';

/** The statuses this contract answers with; the body's `code` always equals the HTTP status. */
/**
 * The statuses CONTRACTS.md lists for users, 503 for an outage (as every contract) and 501 for
 * WeChat sign-in on a server without WECHAT_APP_ID/WECHAT_APP_SECRET (nothing a client can retry).
 */
export type UsersStatus = 400 | 401 | 403 | 404 | 409 | 429 | 500 | 501 | 503;

export interface UsersErrorEntry {
  status: UsersStatus;
  message: string;
}

/**
 * The users contract's answer to every failure. The document gives no error
 * texts, so these are plain Chinese sentences a client can show as they are.
 */
export const USERS_ERRORS: Record<SurfaceErrorCode, UsersErrorEntry> = {
  [AccountsErrorCode.ValidationFailed]: { status: 400, message: '参数错误' },
  [AccountsErrorCode.AccountNotFound]: { status: 404, message: '用户不存在' },
  [AccountsErrorCode.InvalidCredentials]: { status: 401, message: '密码错误' },
  [AccountsErrorCode.UsernameTaken]: { status: 409, message: '该用户名已被使用' },
  [AccountsErrorCode.EmailTaken]: { status: 409, message: '该邮箱已被使用' },
  [AccountsErrorCode.PhoneTaken]: { status: 409, message: '该手机号已注册' },
  [AccountsErrorCode.AccountDisabled]: { status: 403, message: '账号已被停用' },
  [AccountsErrorCode.AccountLocked]: { status: 429, message: '密码错误次数过多，账号已暂时锁定，请稍后再试' },
  [AccountsErrorCode.WeakPassword]: { status: 400, message: '密码不符合要求' },
  [AccountsErrorCode.ValueUnchanged]: { status: 400, message: '新值与原值相同' },
  [AccountsErrorCode.PasswordMismatch]: { status: 400, message: '两次输入的密码不一致' },
  [AccountsErrorCode.TokenInvalid]: { status: 401, message: 'token无效，请重新登录' },
  [AccountsErrorCode.TokenExpired]: { status: 401, message: 'token已过期，请重新登录' },
  [AccountsErrorCode.Forbidden]: { status: 403, message: '没有权限' },
  [AccountsErrorCode.CodeInvalid]: { status: 400, message: '验证码错误或已失效' },
  [AccountsErrorCode.ContactUnproven]: { status: 403, message: '联系方式尚未验证' },
  [AccountsErrorCode.CodeSendTooSoon]: { status: 429, message: '验证码发送过于频繁，请稍后再试' },
  [AccountsErrorCode.SmsLimitReached]: { status: 429, message: '短信发送次数已达上限，请稍后再试' },
  [AccountsErrorCode.RateLimited]: { status: 429, message: '请求过于频繁，请稍后再试' },
  [AccountsErrorCode.DeliveryFailed]: { status: 500, message: '验证码发送失败，请稍后再试' },
  [AccountsErrorCode.WeChatRejected]: { status: 400, message: '微信登录失败' },
  [AccountsErrorCode.WeChatUnavailable]: { status: 500, message: '微信服务暂时不可用，请稍后再试' },
  // Nothing the client can retry: this server has no WeChat mini-program configured (501 Not Implemented).
  [AccountsErrorCode.WeChatNotConfigured]: { status: 501, message: '未开通微信登录' },
  [AccountsErrorCode.MirrorUnavailable]: { status: 500, message: '关联系统暂时不可用，请稍后再试' },
  [AccountsErrorCode.FileTooLarge]: { status: 400, message: '文件过大' },
  [AccountsErrorCode.FileTypeNotAllowed]: { status: 400, message: '只支持 JPEG、PNG、GIF、WebP 格式的图片' },
  [AccountsErrorCode.OAuthClientInvalid]: { status: 401, message: '客户端认证失败' },
  [AccountsErrorCode.NotFound]: { status: 404, message: '资源不存在' },
  [AccountsErrorCode.ServiceUnavailable]: { status: 503, message: '服务暂时不可用，请稍后再试' },
  [AccountsErrorCode.Internal]: { status: 500, message: '服务器内部错误' },
  [TransportErrorCode.RouteNotFound]: { status: 404, message: '接口不存在' },
  [TransportErrorCode.PayloadTooLarge]: { status: 400, message: '请求内容过大' },
  [TransportErrorCode.MalformedRequest]: { status: 400, message: '请求格式错误' },
  [TransportErrorCode.TokenMissing]: { status: 401, message: '未登录，请在请求头 token 中携带登录凭证' },
};

/**
 * WeChat's jscode2session errcodes, as this contract tells them. A code the
 * user can retry with is 400; WeChat's throttling is 429; a refused user 403;
 * our own AppID/AppSecret being wrong is the service's fault (500).
 */
export const WECHAT_ERRCODES: Record<number, UsersErrorEntry> = {
  40029: { status: 400, message: '微信登录失败：code 无效' },
  40163: { status: 400, message: '微信登录失败：code 已被使用' },
  45011: { status: 429, message: '微信登录过于频繁，请稍后再试' },
  40226: { status: 403, message: '微信登录失败：该用户被微信判定为高风险用户' },
  40013: { status: 500, message: '微信登录暂不可用：AppID 配置错误' },
  40125: { status: 500, message: '微信登录暂不可用：AppSecret 配置错误' },
};

/** The core's field names, as this contract spells them. */
export const USERS_FIELD_NAMES: Record<string, string> = {
  nickname: 'userName',
  sex: 'usersexName',
  position: 'professional',
  password: 'word-info',
};

/** class-validator and core rule names, told in Chinese. */
export const RULE_TEXTS: Record<string, string> = {
  isDefined: '不能为空',
  isNotEmpty: '不能为空',
  notBlank: '不能为空',
  isString: '必须是字符串',
  maxLength: '过长',
  length: '长度不符合要求',
  isIn: '取值不在允许范围内',
  range: '取值不在允许范围内',
  enum: '取值不在允许范围内',
  isInt: '必须是整数',
  isUuid: '必须是 UUID',
  pattern: '格式不正确',
  region: '不在可接收短信的国家或地区',
  type: '类型错误',
  isObject: '必须是对象',
};

export const WEAK_PASSWORD_TEXTS: Record<string, string> = {
  length: '密码长度须为 8 到 128 个字符',
  common: '密码过于常见，请换一个',
};
