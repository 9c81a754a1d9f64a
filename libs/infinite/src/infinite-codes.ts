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

/** The envelope of every answer under /api/user. */
export interface InfiniteEnvelope<T = Record<string, unknown>> {
  code: InfiniteCode;
  data: T;
  msg: string;
}

export function success<T>(data: T): InfiniteEnvelope<T>;
export function success(): InfiniteEnvelope<Record<string, never>>;
export function success<T>(data?: T): InfiniteEnvelope<T | Record<string, never>> {
  return { code: InfiniteCode.Success, data: data ?? {}, msg: INFINITE_MESSAGES[InfiniteCode.Success] };
}
