import { AccountsErrorCode } from '@app/accounts';
import { AnswerFailuresAs, FailedRequest, FailureResponse, Surface, SurfaceErrorCode, SurfaceFailure, TransportErrorCode } from '@app/facade-kit';
import { V2_FIELD_NAMES, V2_PROBLEMS } from './v2-errors';

export const PROBLEM_TYPE_BASE = 'urn:accounts:problem:';
const EXPOSED_MESSAGES = new Set<string>([
  AccountsErrorCode.ValidationFailed,
  AccountsErrorCode.WeakPassword,
  AccountsErrorCode.WeChatRejected,
  AccountsErrorCode.FileTooLarge,
  AccountsErrorCode.FileTypeNotAllowed,
  AccountsErrorCode.AccountDisabled,
  TransportErrorCode.MalformedRequest,
]);

/**
 * v2 errors are `application/problem+json`: type, title, status, detail, code,
 * and for validation `errors` (field -> the first rule it broke). It is also the envelope
 * of URLs no contract owns.
 */
class V2ProblemSurface implements Surface {
  readonly name = 'v2';
  readonly prefixes = ['/v2', '/.well-known', '/health', '/docs', '/metrics'];

  presentFailure(failure: SurfaceFailure, request: FailedRequest): FailureResponse {
    return v2Problem(this.contextual(failure, request), failure);
  }

  /** Admin lookups say 404 for an unknown account; elsewhere it is a credentials failure. */
  private contextual(failure: SurfaceFailure, request: FailedRequest) {
    if (failure.code === AccountsErrorCode.AccountNotFound && request.path.startsWith('/v2/users/')) {
      return AccountsErrorCode.NotFound;
    }
    return failure.code;
  }
}

export const V2_SURFACE: Surface = new V2ProblemSurface();

/** A v2 controller: its failures answer as problem+json. */
export const V2Surface = () => AnswerFailuresAs(V2_SURFACE);

function renameFields(fields: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fields).map(([field, rules]) => [V2_FIELD_NAMES[field] ?? field, rules]));
}

/** The problem+json answer to a failure, answered as `code`; also the source of the Swagger examples. */
export function v2Problem(code: SurfaceErrorCode, failure: SurfaceFailure): FailureResponse {
  const entry = V2_PROBLEMS[code];
  const publicCode = entry.publicCode ?? code;
  const headers: Record<string, string> = {};
  if (failure.details.retryAfterSeconds) headers['Retry-After'] = String(failure.details.retryAfterSeconds);
  if (entry.status === 401) headers['WWW-Authenticate'] = 'Bearer';
  const body: Record<string, unknown> = {
    type: `${PROBLEM_TYPE_BASE}${publicCode}`,
    title: entry.title,
    status: entry.status,
    detail: EXPOSED_MESSAGES.has(code) ? failure.message : entry.title,
    code: publicCode,
  };
  if (failure.details.fields) body.errors = renameFields(failure.details.fields);
  if (code === AccountsErrorCode.WeakPassword) body.errors = { password: [failure.details.rule ?? 'policy'] };
  if (failure.details.retryAfterSeconds) body.retry_after = failure.details.retryAfterSeconds;
  return { status: entry.status, body, headers, contentType: 'application/problem+json' };
}
