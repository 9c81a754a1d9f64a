import { applyDecorators, Type } from '@nestjs/common';
import { ApiConsumes, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTooManyRequestsResponse, getSchemaPath } from '@nestjs/swagger';
import { InfiniteCode, INFINITE_MESSAGES } from './infinite-errors';
import { EmptyEnvelopeDto, InfiniteFailureDto } from './dto/responses.dto';

/** An example answer for one code; the defaults are `data: {}` and the code's table text. */
export interface CodeExample {
  code: InfiniteCode;
  data?: Record<string, unknown>;
  msg?: string;
  summary?: string;
}

export interface InfiniteOperationOptions {
  summary: string;
  description: string;
  /** The success envelope's class; `{code, data: {}, msg}` by default. */
  type?: Type<unknown>;
  /** data of the success example, when not `{}`. */
  successData?: Record<string, unknown>;
  /** The codes of the endpoint's table besides General.Success, with optional example data. */
  errors: (InfiniteCode | CodeExample)[];
  /** Behind the per-IP rate limit: over it, HTTP 429 in the same envelope. */
  throttled?: boolean;
}

/** The codes every endpoint's table lists. */
const COMMON_CODES = [InfiniteCode.Failure, InfiniteCode.InternalServerError, InfiniteCode.RpcServerError];

function exampleOf(entry: InfiniteCode | CodeExample) {
  const { code, data, msg, summary } = typeof entry === 'string' ? ({ code: entry } as CodeExample) : entry;
  return [code, { summary: summary ?? `${code} ${INFINITE_MESSAGES[code]}`, value: { code, data: data ?? {}, msg: msg ?? INFINITE_MESSAGES[code] } }] as const;
}

/**
 * One infinite operation in Swagger: every answer is HTTP 200 `{code, data, msg}`,
 * so the success and each business code of the document's table are examples
 * of that one response.
 */
export function InfiniteOperation(options: InfiniteOperationOptions): MethodDecorator {
  const type = options.type ?? EmptyEnvelopeDto;
  const success = exampleOf({ code: InfiniteCode.Success, data: options.successData });
  const failures = [...COMMON_CODES, ...options.errors].map(exampleOf);
  const decorators = [
    ApiOperation({ summary: options.summary, description: options.description }),
    ApiExtraModels(type, InfiniteFailureDto),
    ApiConsumes('application/json', 'application/x-www-form-urlencoded'),
    ApiOkResponse({
      description: 'Every business outcome is HTTP 200; `code` tells which: General.Success, or a failure of the table.',
      content: {
        'application/json': {
          schema: { oneOf: [{ $ref: getSchemaPath(type) }, { $ref: getSchemaPath(InfiniteFailureDto) }] },
          examples: uniqueKeys([success, ...failures]),
        },
      },
    }),
  ];
  if (options.throttled) {
    decorators.push(
      ApiTooManyRequestsResponse({
        description: 'Over RATE_LIMIT_PER_MINUTE requests per IP: same envelope, header `Retry-After`.',
        content: {
          'application/json': {
            schema: { $ref: getSchemaPath(InfiniteFailureDto) },
            example: { code: InfiniteCode.Failure, data: { retryAfter: 60 }, msg: INFINITE_MESSAGES[InfiniteCode.Failure] },
          },
        },
      }),
    );
  }
  return applyDecorators(...decorators);
}

/** One example per key; a code shown twice (ParameterInvalid for a field and for the token) gets a suffix. */
function uniqueKeys(entries: (readonly [string, unknown])[]): Record<string, { summary: string; value: unknown }> {
  const examples: Record<string, { summary: string; value: unknown }> = {};
  for (const [code, example] of entries) {
    let key = code;
    for (let n = 2; key in examples; n += 1) key = `${code} #${n}`;
    examples[key] = example as { summary: string; value: unknown };
  }
  return examples;
}

/** General.ParameterInvalid as the document shows it, for one field and rule. */
export function invalidParam(field: string, rule = 'notBlank'): CodeExample {
  const msg = rule === 'notContainsDict' ? `[${field.toLowerCase()}] dict error.` : `request params[${field}] ${rule}.`;
  return { code: InfiniteCode.ParameterInvalid, data: { ruleViolated: { [field]: [rule] } }, msg };
}

/** Token failures of the endpoints that need `Authorization`. */
export const TOKEN_FAILURES: CodeExample[] = [
  { code: InfiniteCode.TokenExpired },
  { code: InfiniteCode.TokenInvalid },
  {
    code: InfiniteCode.ParameterInvalid,
    summary: 'General.ParameterInvalid token为空 (no Authorization header)',
    data: { ruleViolated: { Authorization: ['notBlank'] } },
    msg: 'token为空',
  },
];

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
