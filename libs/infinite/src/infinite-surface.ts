import { AccountsErrorCode } from '@app/accounts';
import { AnswerFailuresAs, FailedRequest, Surface, SurfaceFailure, TransportErrorCode } from '@app/facade-kit';
import {
  EDIT_MOBILE_VERIFY_ERROR_TEXT,
  InfiniteCode,
  InfiniteEndpoint,
  INFINITE_ERRORS,
  INFINITE_MESSAGES,
  Rule,
  toRuleViolated,
  violationMessage,
} from './infinite-errors';
import { infiniteEnvelope } from './infinite.presenter';

/**
 * The infinite envelope `{code, data, msg}` for every failure under /api/user
 * that vcode does not own: HTTP 200 for business outcomes, `data` `{}` unless
 * it carries `ruleViolated` (validation) or `retryAfter` (limits).
 */
export const INFINITE_SURFACE: Surface<InfiniteEndpoint> = {
  name: 'infinite',
  prefixes: ['/api/user'],
  presentFailure(failure, request) {
    const entry = INFINITE_ERRORS[failure.code];
    const status = entry.status ?? 200;
    let msg = INFINITE_MESSAGES[entry.code];
    let data: Record<string, unknown> = {};

    const violated = violations(failure, request);
    if (violated) {
      data = { ruleViolated: violated };
      msg = violationMessage(violated) ?? msg;
    }
    if (failure.code === TransportErrorCode.TokenMissing) msg = 'token为空';
    if (entry.code === InfiniteCode.VerifyError && request.operation === InfiniteEndpoint.EditUserMobile) msg = EDIT_MOBILE_VERIFY_ERROR_TEXT;
    const headers: Record<string, string> = {};
    if (failure.details.retryAfterSeconds) {
      data = { ...data, retryAfter: failure.details.retryAfterSeconds };
      if (status === 429) headers['Retry-After'] = String(failure.details.retryAfterSeconds);
    }
    return { status, body: infiniteEnvelope(entry.code, data, msg), headers };
  },
};

function violations(failure: SurfaceFailure, request: FailedRequest<InfiniteEndpoint>): Record<string, Rule[]> | null {
  if (failure.code === TransportErrorCode.TokenMissing) return { Authorization: [Rule.NotBlank] };
  if (failure.code === AccountsErrorCode.WeakPassword) {
    return toRuleViolated(request.operation, { password: [failure.details.rule ?? Rule.Pattern] });
  }
  if (failure.details.fields) return toRuleViolated(request.operation, failure.details.fields);
  return null;
}

/** An infinite endpoint: its failures answer in the infinite envelope, with the endpoint's field names. */
export const InfiniteSurface = (endpoint: InfiniteEndpoint) => AnswerFailuresAs(INFINITE_SURFACE, endpoint);
