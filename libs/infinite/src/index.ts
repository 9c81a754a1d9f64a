export * from './infinite.module';

/** Swagger tag of this contract: envelope, token header and error table. */
export const INFINITE_TAG = {
  name: 'infinite',
  description: [
    'The infinite platform\'s user API: twelve POST endpoints under `/api/user`, JSON or form bodies.',
    '',
    '**Envelope**: `{"code": "General.Success", "data": {...}, "msg": "接口调用成功"}`. Every business outcome is HTTP 200 with its',
    'code in `code`; `data` is `{}` when there is nothing to carry. HTTP 404 (unknown route), 413, 429 (rate limit, with',
    '`Retry-After`), 500 and 503 keep the same envelope.',
    '',
    '**Token**: the login `accessToken` in header `Authorization`, raw or as `Bearer <token>`; valid 2 hours, 7 days with keep-login.',
    'Authorize: `infinite-authorization` (paste the token as it is).',
    '',
    '| code | msg | when |',
    '|---|---|---|',
    '| General.ParameterInvalid | request params[field] rule. | validation; `data.ruleViolated` = {field: [notBlank, notNull, length, pattern, notContainsDict]}; dictionaries answer `[field] dict error.`; no token: `token为空` |',
    '| General.TokenExpired | 账户Token已超时 | the token or its session expired |',
    '| General.TokenInvalid | 账户Token无效 | bad, revoked (logout, password change, deletion) or another contract\'s token |',
    '| Account.VerifyError | 账户检验失败 (editUserMobile: 账户检验错误) | wrong password, unknown account, oriEmail/oriMobile not the current one, account disabled or locked out |',
    '| Account.VerifyCodeError | 验证码检验失败 | wrong, expired, used or dead code |',
    '| General.UserRepeat / General.EmailRepeat / General.MobileHasBeenUsed | 用户名已存在 / 邮箱已被使用 / 手机已被使用 | taken by another account |',
    '| General.ParameterRepeat | 参数重复 | the new password, email or phone equals the current one |',
    '| Account.OverGlobalSmsSendLimits | 超过全局短信发送限制 | SMS_HOURLY_LIMIT or SMS_DAILY_LIMIT_PER_PHONE reached |',
    '| General.GiteaServerError | Gitea服务异常 | Gitea (GITEA_URL) failed; nothing was changed here |',
    '| General.RpcServerError | Rpc服务异常 | the email or SMS could not be sent |',
    '| General.Failure | 接口调用失败 | code asked again within a minute, rate limit (`data.retryAfter` seconds), unknown route |',
    '| General.Unauthorized | 请求未授权 | the action is not allowed for this account |',
    '| General.InternalServerError | 服务器异常 | internal error or database outage |',
  ].join('\n'),
};
