import { AccountsErrorCode } from '../domain/accounts-error';
import { Audience } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { coreFixture, CoreFixture } from '../testing/core-fixture';

const PHONE = '+8613812345678';
const request = { channel: CodeChannel.Sms, target: PHONE, scope: Audience.Infinite, purpose: CodePurpose.Any, ip: '10.0.0.1' };
const proof = (code: string, overrides: object = {}) => ({
  channel: CodeChannel.Sms,
  target: PHONE,
  code,
  scope: Audience.Infinite,
  purpose: CodePurpose.Any,
  ...overrides,
});

describe('verification codes', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture();
  });

  const send = async () => {
    await f.verificationCodes.send(request);
    return f.delivery.sent.at(-1)!.code;
  };

  it('sends 6 digits and keeps only a keyed hash', async () => {
    const code = await send();
    expect(code).toMatch(/^\d{6}$/);
    expect(f.codes.rows[0].codeHash).not.toContain(code);
    expect(f.codes.rows[0].codeHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('allows one send per target per minute', async () => {
    await send();
    await expect(f.verificationCodes.send(request)).rejects.toMatchObject({ code: AccountsErrorCode.CodeSendTooSoon });
    f.clock.advance(61);
    await expect(send()).resolves.toMatch(/^\d{6}$/);
  });

  it('keeps no throttle when the store fails before anything was sent', async () => {
    const outage = new Error('connect ECONNREFUSED');
    jest.spyOn(f.codes, 'findLatestToTarget').mockRejectedValueOnce(outage);
    await expect(f.verificationCodes.send(request)).rejects.toBe(outage);
    jest.spyOn(f.codes, 'insert').mockRejectedValueOnce(outage);
    await expect(f.verificationCodes.send(request)).rejects.toBe(outage);
    expect(f.delivery.sent).toEqual([]);
    await expect(send()).resolves.toMatch(/^\d{6}$/);
  });

  it('is single use', async () => {
    const code = await send();
    await f.verificationCodes.consume(proof(code));
    await expect(f.verificationCodes.consume(proof(code))).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
  });

  it('expires after ten minutes', async () => {
    const code = await send();
    f.clock.advance(601);
    await expect(f.verificationCodes.consume(proof(code))).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
  });

  it('dies after five wrong tries, and checking without consuming counts', async () => {
    const code = await send();
    const wrong = code === '111111' ? '222222' : '111111';
    for (let i = 0; i < 4; i++) await expect(f.verificationCodes.check(proof(wrong))).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
    await expect(f.verificationCodes.check(proof(code))).resolves.toBeDefined();
    await expect(f.verificationCodes.check(proof(wrong))).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
    await expect(f.verificationCodes.consume(proof(code))).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
  });

  it('serves only the API (and purpose) that sent it', async () => {
    const code = await send();
    await expect(f.verificationCodes.consume(proof(code, { scope: Audience.Vcode }))).rejects.toMatchObject({
      code: AccountsErrorCode.CodeInvalid,
    });
    f.clock.advance(61);
    await f.verificationCodes.send({ ...request, scope: Audience.OAuth, purpose: CodePurpose.Login });
    const login = f.delivery.sent.at(-1)!.code;
    await expect(
      f.verificationCodes.consume(proof(login, { scope: Audience.OAuth, purpose: CodePurpose.Register })),
    ).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
    await f.verificationCodes.consume(proof(login, { scope: Audience.OAuth, purpose: CodePurpose.Login }));
  });

  it('caps SMS per phone per day and for the whole service per hour', async () => {
    f = await coreFixture({ smsDailyLimitPerPhone: 2, smsHourlyLimit: 3 });
    await send();
    f.clock.advance(61);
    await send();
    f.clock.advance(61);
    await expect(f.verificationCodes.send(request)).rejects.toMatchObject({ code: AccountsErrorCode.SmsLimitReached });
    await f.verificationCodes.send({ ...request, target: '+8613900000000' });
    await expect(f.verificationCodes.send({ ...request, target: '+8613900000001' })).rejects.toMatchObject({
      code: AccountsErrorCode.SmsLimitReached,
    });
    f.clock.advance(24 * 3600);
    await expect(send()).resolves.toMatch(/^\d{6}$/);
  });

  it('limits sends per IP per hour', async () => {
    f = await coreFixture({ codeSendsPerIpPerHour: 2 });
    await f.verificationCodes.send({ ...request, target: '+8613900000010' });
    await f.verificationCodes.send({ ...request, target: '+8613900000011' });
    await expect(f.verificationCodes.send({ ...request, target: '+8613900000012' })).rejects.toMatchObject({
      code: AccountsErrorCode.RateLimited,
    });
  });

  it('forgets a code that could not be delivered, so the user may ask again at once', async () => {
    f.delivery.failNext = true;
    await expect(f.verificationCodes.send(request)).rejects.toMatchObject({ code: AccountsErrorCode.DeliveryFailed });
    expect(f.codes.rows).toHaveLength(0);
    await expect(send()).resolves.toMatch(/^\d{6}$/);
  });
});
