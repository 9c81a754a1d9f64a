import { AccountsErrorCode, FieldViolations } from '@app/accounts';
import { SurfaceErrorCode, TransportErrorCode } from '@app/facade-kit';

/** A vcode failure: HTTP 200, `{code, message}` with a string code ("0" is success). */
export interface VcodeAnswer {
  code: string;
  message: string;
}

/** The document's endpoints; each has its own table of codes. */
export enum VcodeOperation {
  Send = 'send',
  Verify = 'verify',
  Register = 'register',
  LogIn = 'logIn',
  PerfectInfo = 'perfectInfo',
  CheckToken = 'checkToken',
  ResetPassword = 'resetPassword',
  Get = 'get',
}

const answer = (code: string, message: string): VcodeAnswer => ({ code, message });

const TOKEN_INVALID = answer('1', 'Token无效');
export const PARAMS_INVALID_MESSAGE = '请求参数格式错误';

/**
 * The default answer to every failure. The document only tells success from
 * failure by "0"; failures its tables do not list answer "1" with a clear
 * message (validation errors and rate limits included, as CONTRACTS.md asks).
 */
export const VCODE_ERRORS: Record<SurfaceErrorCode, VcodeAnswer> = {
  [AccountsErrorCode.ValidationFailed]: answer('1', PARAMS_INVALID_MESSAGE),
  [AccountsErrorCode.AccountNotFound]: answer('1', '用户不存在'),
  [AccountsErrorCode.InvalidCredentials]: answer('2', '密码错误'),
  [AccountsErrorCode.UsernameTaken]: answer('1', '用户名已被使用'),
  [AccountsErrorCode.EmailTaken]: answer('1', '该邮箱已被使用'),
  [AccountsErrorCode.PhoneTaken]: answer('1', '您的手机号已注册'),
  [AccountsErrorCode.AccountDisabled]: answer('1', '账户已停用'),
  [AccountsErrorCode.AccountLocked]: answer('1', '密码错误次数过多，请稍后再试'),
  [AccountsErrorCode.WeakPassword]: answer('1', '密码不符合要求'),
  [AccountsErrorCode.ValueUnchanged]: answer('1', '新值与当前值相同'),
  [AccountsErrorCode.PasswordMismatch]: answer('1', '两次输入的密码不一致'),
  [AccountsErrorCode.TokenInvalid]: TOKEN_INVALID,
  [AccountsErrorCode.TokenExpired]: TOKEN_INVALID,
  [AccountsErrorCode.Forbidden]: answer('1', '没有权限'),
  [AccountsErrorCode.CodeInvalid]: answer('1', '验证码无效'),
  [AccountsErrorCode.ContactUnproven]: answer('1', '该手机号尚未验证，请用密码登录'),
  [AccountsErrorCode.CodeSendTooSoon]: answer('1', '验证码发送过于频繁，请60秒后再试'),
  [AccountsErrorCode.SmsLimitReached]: answer('1', '短信发送次数已达上限，请稍后再试'),
  [AccountsErrorCode.RateLimited]: answer('1', '请求过于频繁，请稍后再试'),
  [AccountsErrorCode.DeliveryFailed]: answer('1', '验证码发送失败'),
  [AccountsErrorCode.WeChatRejected]: answer('1', '微信登录失败'),
  [AccountsErrorCode.WeChatUnavailable]: answer('1', '微信服务暂不可用'),
  [AccountsErrorCode.WeChatNotConfigured]: answer('1', '未开通微信登录'),
  [AccountsErrorCode.MirrorUnavailable]: answer('1', '关联系统暂不可用，请稍后再试'),
  [AccountsErrorCode.FileTooLarge]: answer('1', '文件过大'),
  [AccountsErrorCode.FileTypeNotAllowed]: answer('1', '文件类型不支持'),
  [AccountsErrorCode.OAuthClientInvalid]: answer('1', '客户端认证失败'),
  [AccountsErrorCode.NotFound]: answer('1', '资源不存在'),
  [AccountsErrorCode.ServiceUnavailable]: answer('1', '服务暂不可用，请稍后再试'),
  [AccountsErrorCode.Internal]: answer('1', '服务器内部错误'),
  [TransportErrorCode.RouteNotFound]: answer('1', '接口不存在'),
  [TransportErrorCode.PayloadTooLarge]: answer('1', '请求内容过大'),
  [TransportErrorCode.MalformedRequest]: answer('1', PARAMS_INVALID_MESSAGE),
  [TransportErrorCode.TokenMissing]: TOKEN_INVALID,
};

const REGISTER_FAILED = answer('3', '注册失败');
const LOGIN_FAILED = answer('3', '登录失败');
const PERFECT_INFO_FAILED = answer('3', '信息修改失败');
const GET_FAILED = answer('2', '获取失败');

/**
 * Where one endpoint's table gives the same core error another code or text
 * (register's "4 验证码无效", perfectInfo's "2 Token无效", ...). A situation
 * the table does not name but its generic failure covers (a locked account on
 * logIn, a taken email on perfectInfo) takes that code, with the reason after
 * the table's text.
 */
export const VCODE_OPERATION_ERRORS: Record<VcodeOperation, Partial<Record<SurfaceErrorCode, VcodeAnswer>>> = {
  [VcodeOperation.Send]: {},
  [VcodeOperation.Verify]: {
    [AccountsErrorCode.CodeInvalid]: answer('1', '验证失败'),
  },
  [VcodeOperation.Register]: {
    [AccountsErrorCode.PhoneTaken]: answer('1', '您的手机号已注册'),
    [AccountsErrorCode.CodeInvalid]: answer('4', '验证码无效'),
    [AccountsErrorCode.MirrorUnavailable]: REGISTER_FAILED,
    [AccountsErrorCode.ServiceUnavailable]: REGISTER_FAILED,
    [AccountsErrorCode.Internal]: REGISTER_FAILED,
  },
  [VcodeOperation.LogIn]: {
    [AccountsErrorCode.AccountNotFound]: answer('1', '用户不存在'),
    [AccountsErrorCode.InvalidCredentials]: answer('2', '密码错误'),
    [AccountsErrorCode.AccountLocked]: answer('3', '登录失败：密码错误次数过多，请稍后再试'),
    [AccountsErrorCode.AccountDisabled]: answer('3', '登录失败：账户已停用'),
    [AccountsErrorCode.ServiceUnavailable]: LOGIN_FAILED,
    [AccountsErrorCode.Internal]: LOGIN_FAILED,
  },
  [VcodeOperation.PerfectInfo]: {
    [AccountsErrorCode.AccountNotFound]: answer('1', '该用户未注册'),
    [AccountsErrorCode.TokenInvalid]: answer('2', 'Token无效'),
    [AccountsErrorCode.TokenExpired]: answer('2', 'Token无效'),
    [TransportErrorCode.TokenMissing]: answer('2', 'Token无效'),
    [AccountsErrorCode.EmailTaken]: answer('3', '信息修改失败：该邮箱已被其他账号使用'),
    [AccountsErrorCode.MirrorUnavailable]: PERFECT_INFO_FAILED,
    [AccountsErrorCode.ServiceUnavailable]: PERFECT_INFO_FAILED,
    [AccountsErrorCode.Internal]: PERFECT_INFO_FAILED,
  },
  [VcodeOperation.CheckToken]: {
    // The table has one failure: a phone with no account cannot hold a valid token.
    [AccountsErrorCode.AccountNotFound]: TOKEN_INVALID,
  },
  [VcodeOperation.ResetPassword]: {
    // The table's only failure is "1 Token无效": the code (this endpoint's only proof) is wrong, expired or used.
    [AccountsErrorCode.CodeInvalid]: TOKEN_INVALID,
    [AccountsErrorCode.ValueUnchanged]: answer('1', '新密码不能与原密码相同'),
    [AccountsErrorCode.ContactUnproven]: answer('1', '该手机号尚未验证，不能用验证码重置密码'),
  },
  [VcodeOperation.Get]: {
    [AccountsErrorCode.AccountNotFound]: GET_FAILED,
    [AccountsErrorCode.ServiceUnavailable]: GET_FAILED,
    [AccountsErrorCode.Internal]: GET_FAILED,
  },
};

/** Steps of an endpoint whose failure the document names apart from the endpoint's own. */
export enum VcodeStep {
  /** register created the account but no token could be issued. */
  RegisterToken = 'registerToken',
}

export const VCODE_STEP_ANSWERS: Record<VcodeStep, VcodeAnswer> = {
  [VcodeStep.RegisterToken]: answer('2', '获取token失败'),
};

/** WeakPassword's text, by the rule that failed. */
const WEAK_PASSWORD_MESSAGES: Record<string, string> = {
  length: '密码长度须为8到128个字符',
  common: '密码过于常见，请换一个更安全的密码',
};

/** Validation rules (class-validator and core names), as the message says them. */
const RULE_TEXTS: Record<string, string> = {
  isDefined: '不能为空',
  isNotEmpty: '不能为空',
  isString: '必须是字符串',
  maxLength: '过长',
  isPhone: '不是有效的手机号',
  pattern: '格式不正确',
  region: '不在可接收短信的国家或地区',
  notBlank: '不能为空',
  length: '长度不正确',
  type: '类型不正确',
  isObject: '必须是对象',
};

/** The rule a message names when a field broke several: the most basic first. */
const RULE_PRIORITY = ['isDefined', 'isNotEmpty', 'notBlank', 'isString', 'type', 'isObject', 'maxLength', 'length', 'isPhone', 'pattern', 'region'];

/** Core field names, as this contract calls them. */
const FIELD_NAMES: Record<string, string> = {
  target: 'phone',
  nickname: 'nickName',
  position: 'job',
};

function describeFields(fields: FieldViolations): string {
  return Object.entries(fields)
    .map(([field, rules]) => {
      const rule = RULE_PRIORITY.find((name) => rules.includes(name)) ?? rules[0];
      return `${FIELD_NAMES[field] ?? field} ${RULE_TEXTS[rule] ?? '格式不正确'}`;
    })
    .join('；');
}

/** The answer to a failure of an operation (null: a URL of no operation, such as an unknown route). */
export function vcodeFailureAnswer(
  failure: { code: SurfaceErrorCode; details: { fields?: FieldViolations; rule?: string } },
  operation: VcodeOperation | null,
  step: VcodeStep | null = null,
): VcodeAnswer {
  if (step) return VCODE_STEP_ANSWERS[step];
  const found = (operation ? VCODE_OPERATION_ERRORS[operation][failure.code] : undefined) ?? VCODE_ERRORS[failure.code];
  if (failure.code === AccountsErrorCode.WeakPassword) {
    return { code: found.code, message: WEAK_PASSWORD_MESSAGES[failure.details.rule ?? ''] ?? found.message };
  }
  // send's table gives this text exactly; elsewhere the message names the fields.
  if (failure.code === AccountsErrorCode.ValidationFailed && operation !== VcodeOperation.Send && failure.details.fields) {
    return { code: found.code, message: `${found.message}：${describeFields(failure.details.fields)}` };
  }
  return found;
}
