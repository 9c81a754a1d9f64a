import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { AccountsErrorCode, AccountsErrorDetails } from '@app/accounts';
import { SurfaceErrorCode, TransportErrorCode } from '@app/facade-kit';
import { UsersErrorEnvelopeDto } from './dto/responses.dto';
import { USERS_ERRORS, WECHAT_ERRCODES } from './users-errors';
import { usersErrorOf } from './users-surface';
import { usersEnvelope } from './users.presenter';

/** The failures of every operation that needs the token. */
export const TOKEN_ERRORS: SurfaceErrorCode[] = [TransportErrorCode.TokenMissing, AccountsErrorCode.TokenInvalid, AccountsErrorCode.TokenExpired];

/** Sample details, so the documented messages are the ones the service really answers. */
const SAMPLE_DETAILS: Partial<Record<SurfaceErrorCode, AccountsErrorDetails[]>> = {
  [AccountsErrorCode.ValidationFailed]: [{ fields: { phone: ['isNotEmpty'] } }, { fields: { 'word-info': ['isNotEmpty'] } }],
  [AccountsErrorCode.WeakPassword]: [{ rule: 'length' }, { rule: 'common' }],
  [AccountsErrorCode.WeChatRejected]: [...Object.keys(WECHAT_ERRCODES), '41008'].map((code) => ({ upstreamCode: Number(code) })),
};

/** Names one example among several of the same failure. */
function exampleName(code: SurfaceErrorCode, details: AccountsErrorDetails): string {
  const variant = details.upstreamCode ?? details.rule ?? Object.keys(details.fields ?? {})[0];
  return variant === undefined ? code : `${code}_${variant}`;
}

/**
 * Swagger error responses of an operation, with one example per failure, made
 * from the same table and function that answer them.
 */
export function ApiUsersErrors(...codes: SurfaceErrorCode[]) {
  const byStatus = new Map<number, Record<string, { summary: string; value: unknown }>>();
  for (const code of codes) {
    for (const details of SAMPLE_DETAILS[code] ?? [{}]) {
      const entry = usersErrorOf({ code, message: code, details });
      const examples = byStatus.get(entry.status) ?? {};
      examples[exampleName(code, details)] = { summary: code, value: usersEnvelope(entry.status, entry.message, null) };
      byStatus.set(entry.status, examples);
    }
  }
  return applyDecorators(
    ...[...byStatus.entries()].map(([status, examples]) =>
      ApiResponse({ status, type: UsersErrorEnvelopeDto, description: [...new Set(Object.values(examples).map((e) => e.summary))].join(', '), examples }),
    ),
  );
}

/** The tag text: envelope, token, and the error table, generated from USERS_ERRORS. */
function usersTagDescription(): string {
  const rows = Object.entries(USERS_ERRORS)
    .map(([code, entry]) => `| ${entry.status} | \`${code}\` | ${entry.message} |`)
    .join('\n');
  const wechatRows = Object.entries(WECHAT_ERRCODES)
    .map(([errcode, entry]) => `| ${errcode} | ${entry.status} | ${entry.message} |`)
    .join('\n');
  return [
    'The users legacy contract (seed 001). Every answer is `{code, message, data, total}` with the HTTP status equal to `code`; ' +
      '`data` is null when there is nothing to carry, `total` is 0. Token: header `token` (or `Authorization: Bearer <token>`), ' +
      'a JWT valid 24 h and renewable by GET /users/token/refresh until 2 h after it expired (Authorize: `users-token`). Passwords travel in header `word-info`: ' +
      'plain, or RSA-OAEP(SHA-256) base64 with the key of GET /users/public-key. Header `terminal` (management, pc, mobile, app, wechat; default pc). ' +
      'Times are "yyyy-MM-dd HH:mm:ss" in Asia/Shanghai.',
    '',
    '| status | failure | message |',
    '|---|---|---|',
    rows,
    '',
    'WeChat sign-in failures by WeChat errcode (others: 400 `微信登录失败（微信错误码 N）`; WeChat busy (-1), slow or unreachable: 500; no WECHAT_APP_ID/WECHAT_APP_SECRET on this server: 501 `未开通微信登录`):',
    '',
    '| errcode | status | message |',
    '|---|---|---|',
    wechatRows,
  ].join('\n');
}

/** Swagger tag of this contract: envelope, token header and error table. */
export const USERS_TAG = { name: 'users', description: usersTagDescription() };
