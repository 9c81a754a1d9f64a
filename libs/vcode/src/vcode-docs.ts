import { applyDecorators, Type } from '@nestjs/common';
import { ApiConsumes, ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import { AccountsErrorCode } from '@app/accounts';
import { SurfaceErrorCode, TransportErrorCode } from '@app/facade-kit';
import { VcodeFailureDto } from './dto/responses.dto';
import { vcodeFailureAnswer, VcodeOperation, VcodeStep } from './vcode-errors';

/** The failures each endpoint documents with an example (answers come from the error tables). */
const EXAMPLE_FAILURES: Record<VcodeOperation, (SurfaceErrorCode | VcodeStep)[]> = {
  [VcodeOperation.Send]: [AccountsErrorCode.ValidationFailed, AccountsErrorCode.CodeSendTooSoon, AccountsErrorCode.SmsLimitReached],
  [VcodeOperation.Verify]: [AccountsErrorCode.CodeInvalid, AccountsErrorCode.ValidationFailed],
  [VcodeOperation.Register]: [
    AccountsErrorCode.PhoneTaken,
    VcodeStep.RegisterToken,
    AccountsErrorCode.Internal,
    AccountsErrorCode.CodeInvalid,
    AccountsErrorCode.WeakPassword,
  ],
  [VcodeOperation.LogIn]: [
    AccountsErrorCode.AccountNotFound,
    AccountsErrorCode.InvalidCredentials,
    AccountsErrorCode.Internal,
    AccountsErrorCode.AccountLocked,
  ],
  [VcodeOperation.PerfectInfo]: [AccountsErrorCode.AccountNotFound, AccountsErrorCode.TokenInvalid, AccountsErrorCode.Internal, AccountsErrorCode.EmailTaken],
  [VcodeOperation.CheckToken]: [AccountsErrorCode.TokenInvalid],
  [VcodeOperation.ResetPassword]: [AccountsErrorCode.CodeInvalid, AccountsErrorCode.AccountNotFound, AccountsErrorCode.WeakPassword],
  [VcodeOperation.Get]: [TransportErrorCode.TokenMissing, AccountsErrorCode.Internal],
};

const STEPS = new Set<string>(Object.values(VcodeStep));
const EXAMPLE_DETAILS = { fields: { phone: ['isNotEmpty'] }, rule: 'length' };

function failureExamples(operation: VcodeOperation): Record<string, { summary: string; value: unknown }> {
  const examples: Record<string, { summary: string; value: unknown }> = {};
  for (const entry of EXAMPLE_FAILURES[operation]) {
    const step = STEPS.has(entry) ? (entry as VcodeStep) : null;
    const code = step ? AccountsErrorCode.Internal : (entry as SurfaceErrorCode);
    const value = vcodeFailureAnswer({ code, details: EXAMPLE_DETAILS }, operation, step);
    examples[entry] = { summary: `${value.code} ${value.message} (${step ? 'account created, no token issued' : code})`, value };
  }
  return examples;
}

/**
 * The one response of a vcode operation: HTTP 200 with the success body or a
 * `{code, message}` failure, with examples of each documented code.
 */
export function VcodeAnswers(operation: VcodeOperation, success: Type<unknown>, successExample: object) {
  return applyDecorators(
    ApiExtraModels(success, VcodeFailureDto),
    ApiConsumes('application/json', 'application/x-www-form-urlencoded'),
    ApiOkResponse({
      description: 'HTTP 200 for every outcome: `code` "0" is success, any other value a failure with its message.',
      content: {
        'application/json': {
          schema: { oneOf: [{ $ref: getSchemaPath(success) }, { $ref: getSchemaPath(VcodeFailureDto) }] },
          examples: { success: { summary: `0 ${(successExample as { message?: string }).message ?? ''}`, value: successExample }, ...failureExamples(operation) },
        },
      },
    }),
  );
}

/** The seed document's examples. */
export const REGISTER_EXAMPLE = {
  code: '0',
  data: { userName: '18612182957', token: 'GevHLuCcBxvdeiFZPXxGvrwiUbYecYoN', type: 0, createAt: 1488188688946, expiresIn: 86400 },
  message: 'SUCCESS',
};

export const LOGIN_EXAMPLE = { ...REGISTER_EXAMPLE, data: { id: 10, ...REGISTER_EXAMPLE.data } };

export const USER_EXAMPLE = {
  code: '0',
  data: {
    id: 18,
    userName: '18612182957',
    role: 'USER',
    nickName: 'Jack',
    company: '骨朵影视',
    job: '开发',
    email: 'wangzhiheng@jinguduo.com',
    phoneNumber: '18612182957',
  },
  message: 'SUCCESS',
};

/** Swagger tag of this contract: envelope, token and the codes of every endpoint. */
export const VCODE_TAG = {
  name: 'vcode',
  description: [
    'The vcode legacy contract (base `/api`): `/api/vcode/*` and six routes under `/api/user` (case-sensitive: `/api/user/logIn` is',
    'this contract, `/api/user/login` is infinite\'s).',
    '',
    '**Envelope**: HTTP 200 for every answer, `{"code": "0", "message": "SUCCESS", "data": {...}}`; `code` is a string, "0" success.',
    'Requests are JSON or `application/x-www-form-urlencoded`.',
    '',
    '**Token**: in the BODY field `token` (perfectInfo, checkToken, get): an opaque 32-letter string from register or logIn,',
    'valid 86400 s, stored only as a hash; ended by a password reset. Only access tokens (`type` 0) are issued: sign in again when it expires.',
    'Being a body field, it has no Authorize entry: put it in the request body.',
    '',
    '**Codes** (string; "0" success, the failures as the document\'s tables give them):',
    '',
    '| endpoint | code | message |',
    '|---|---|---|',
    '| /api/vcode/send | 1 | 请求参数格式错误 |',
    '| /api/vcode/verify | 1 | 验证失败 |',
    '| /api/user/register | 1 / 2 / 3 / 4 | 您的手机号已注册 / 获取token失败 / 注册失败 / 验证码无效 |',
    '| /api/user/logIn | 1 / 2 / 3 | 用户不存在 / 密码错误 / 登录失败 (locked or disabled: 登录失败：<reason>) |',
    '| /api/user/perfectInfo | 1 / 2 / 3 | 该用户未注册 / Token无效 / 信息修改失败 |',
    '| /api/user/checkToken | 1 | Token无效 |',
    '| /api/user/resetPassword | 1 | Token无效 (the code is wrong, expired or used) |',
    '| /api/user/get | 1 / 2 | Token无效 / 获取失败 |',
    '| any (validation, rate limit, unknown route, internal error) | 1 | a clear Chinese message, e.g. 请求参数格式错误：phone 不能为空, 请求过于频繁，请稍后再试 |',
  ].join('\n'),
};
