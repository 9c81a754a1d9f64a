import { AccountsErrorCode } from '@app/accounts';
import { FailedRequest, SurfaceErrorCode, TransportErrorCode } from '@app/facade-kit';
import { VENUS_ERRORS } from './venus-errors';
import { VENUS_SURFACE } from './venus-surface';

const EVERY_CODE: SurfaceErrorCode[] = [...Object.values(AccountsErrorCode), ...Object.values(TransportErrorCode)];
const DOCUMENTED = Object.values(VENUS_ERRORS).map((row) => JSON.stringify(row));

const REQUEST: FailedRequest = { path: '/venus/user/info', headers: {}, operation: null, step: null };

describe('VENUS_SURFACE', () => {
  const surface = VENUS_SURFACE;

  it.each(EVERY_CODE)('answers %s with one of the nine documented rows, and only errorCode and errorMessage', (code) => {
    const answer = surface.presentFailure({ code, message: 'SELECT * FROM accounts -- secret', details: {} }, REQUEST);
    const body = answer.body as { errorCode: number; errorMessage: string };
    expect(Object.keys(body)).toEqual(['errorCode', 'errorMessage']);
    expect(DOCUMENTED).toContain(JSON.stringify({ status: answer.status, ...body }));
  });

  it.each([
    [AccountsErrorCode.AccountNotFound, 404, 10010],
    [AccountsErrorCode.InvalidCredentials, 403, 11003],
    [AccountsErrorCode.UsernameTaken, 400, 10011],
    [AccountsErrorCode.PhoneTaken, 400, 10011],
    [AccountsErrorCode.ValidationFailed, 400, 10001],
    [AccountsErrorCode.WeakPassword, 400, 10001],
    [AccountsErrorCode.PasswordMismatch, 400, 10002],
    [AccountsErrorCode.TokenInvalid, 401, 11001],
    [TransportErrorCode.TokenMissing, 401, 11001],
    [AccountsErrorCode.TokenExpired, 401, 11002],
    [AccountsErrorCode.AccountLocked, 429, 10029],
    [AccountsErrorCode.RateLimited, 429, 10029],
    [AccountsErrorCode.ServiceUnavailable, 503, 10500],
    [AccountsErrorCode.Internal, 500, 10500],
  ])('maps %s to %d %d', (code, status, errorCode) => {
    const answer = surface.presentFailure({ code, message: '', details: {} }, REQUEST);
    expect(answer.status).toBe(status);
    expect((answer.body as { errorCode: number }).errorCode).toBe(errorCode);
  });

  it('adds Retry-After to a 429 that knows when to retry', () => {
    const answer = surface.presentFailure({ code: AccountsErrorCode.AccountLocked, message: '', details: { retryAfterSeconds: 120 } }, REQUEST);
    expect(answer.headers).toEqual({ 'Retry-After': '120' });
  });
});
