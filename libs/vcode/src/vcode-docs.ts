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
