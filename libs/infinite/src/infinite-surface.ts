import { Injectable, OnModuleInit } from '@nestjs/common';
import { AccountsErrorCode } from '@app/accounts';
import { FailedRequest, FailureResponse, Surface, SurfaceFailure, SurfaceRegistry, TransportErrorCode } from '@app/facade-kit';
import { EDIT_MOBILE_VERIFY_ERROR_TEXT, InfiniteCode, INFINITE_MESSAGES } from './infinite-codes';
import { INFINITE_ERRORS } from './infinite-errors';
import { Rule, toRuleViolated, violationMessage } from './rule-violations';

export const INFINITE_PREFIX = '/api/user';

/** The twelve endpoints of the contract; vcode shares the prefix with its own exact paths. */
export const INFINITE_PATHS = [
  'login',
  'logout',
  'emailVerifyCode',
  'registerIndividual',
  'getUserDetail',
  'editUser',
  'resetUserPassword',
  'modifyUserEmail',
  'modifyUserPassword',
  'deleteUser',
  'editUserMobile',
  'generateSmsCode',
].map((name) => `${INFINITE_PREFIX}/${name}`);

/**
 * The infinite envelope `{code, data, msg}` for every failure under /api/user
 * that vcode does not own: HTTP 200 for business outcomes, `data` `{}` unless
 * it carries `ruleViolated` (validation) or `retryAfter` (limits).
 */
@Injectable()
export class InfiniteSurface implements Surface, OnModuleInit {
  readonly name = 'infinite';
  readonly prefixes = [INFINITE_PREFIX];
  readonly paths = INFINITE_PATHS;

  constructor(private readonly registry: SurfaceRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  presentFailure(failure: SurfaceFailure, request: FailedRequest): FailureResponse {
    const entry = INFINITE_ERRORS[failure.code];
    const status = entry.status ?? 200;
    let msg = INFINITE_MESSAGES[entry.code];
    let data: Record<string, unknown> = {};

    const violated = this.violations(failure, request.path);
    if (violated) {
      data = { ruleViolated: violated };
      msg = violationMessage(violated) ?? msg;
    }
    if (failure.code === TransportErrorCode.TokenMissing) msg = 'token为空';
    if (entry.code === InfiniteCode.VerifyError && request.path === `${INFINITE_PREFIX}/editUserMobile`) {
      msg = EDIT_MOBILE_VERIFY_ERROR_TEXT;
    }
    const headers: Record<string, string> = {};
    if (failure.details.retryAfterSeconds) {
      data = { ...data, retryAfter: failure.details.retryAfterSeconds };
      if (status === 429) headers['Retry-After'] = String(failure.details.retryAfterSeconds);
    }
    return { status, body: { code: entry.code, data, msg }, headers };
  }

  private violations(failure: SurfaceFailure, path: string): Record<string, Rule[]> | null {
    if (failure.code === TransportErrorCode.TokenMissing) return { Authorization: [Rule.NotBlank] };
    if (failure.code === AccountsErrorCode.WeakPassword) {
      return toRuleViolated(path, { password: [failure.details.rule ?? Rule.Pattern] });
    }
    if (failure.details.fields) return toRuleViolated(path, failure.details.fields);
    return null;
  }
}
