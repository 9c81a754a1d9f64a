import { AccountsErrorCode, FieldViolations } from '@app/accounts';
import { AnswerFailuresAs, Surface, SurfaceFailure } from '@app/facade-kit';
import { RULE_TEXTS, USERS_ERRORS, USERS_FIELD_NAMES, UsersErrorEntry, WEAK_PASSWORD_TEXTS, WECHAT_ERRCODES } from './users-errors';
import { usersEnvelope } from './users.presenter';

/**
 * The users contract answers every failure under /users (and the avatar files
 * under /files) as `{code, message, data: null, total: 0}` with the HTTP
 * status equal to `code`.
 */
export const USERS_SURFACE: Surface = {
  name: 'users',
  prefixes: ['/users', '/files'],
  presentFailure(failure) {
    const entry = usersErrorOf(failure);
    const headers: Record<string, string> = {};
    if (entry.status === 429 && failure.details.retryAfterSeconds) headers['Retry-After'] = String(failure.details.retryAfterSeconds);
    return { status: entry.status, body: usersEnvelope(entry.status, entry.message, null), headers };
  },
};

/** A users controller: its failures answer in the users envelope. */
export const UsersSurface = () => AnswerFailuresAs(USERS_SURFACE);

/** Status and Chinese message for a failure, with the detail the client can act on. */
export function usersErrorOf(failure: SurfaceFailure): UsersErrorEntry {
  const entry = USERS_ERRORS[failure.code];
  if (failure.code === AccountsErrorCode.WeChatRejected) {
    const upstream = failure.details.upstreamCode;
    return (upstream !== undefined && WECHAT_ERRCODES[upstream]) || { ...entry, message: `${entry.message}（微信错误码 ${upstream ?? '未知'}）` };
  }
  if (failure.code === AccountsErrorCode.WeakPassword) {
    return { ...entry, message: `${entry.message}：${WEAK_PASSWORD_TEXTS[failure.details.rule ?? ''] ?? '请换一个密码'}` };
  }
  if (failure.code === AccountsErrorCode.ValidationFailed && failure.details.fields) {
    return { ...entry, message: `${entry.message}：${describeFields(failure.details.fields)}` };
  }
  return entry;
}

function describeFields(fields: FieldViolations): string {
  return Object.entries(fields)
    .map(([field, rules]) => `${USERS_FIELD_NAMES[field] ?? field}${[...new Set(rules.map((rule) => RULE_TEXTS[rule] ?? '不符合要求'))].join('、')}`)
    .join('；');
}
