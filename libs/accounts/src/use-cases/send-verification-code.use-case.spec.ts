import { AccountsErrorCode } from '../domain/accounts-error';
import { ContactProof } from '../domain/contact-proof';
import { Audience } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, registered } from '../testing/use-case-steps';
import { SendVerificationCode, SendVerificationCodeInput } from './send-verification-code.use-case';

const PHONE = '+8613800000030';

describe('SendVerificationCode', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const send = (input: Partial<SendVerificationCodeInput>) =>
    f.get(SendVerificationCode).execute({ channel: CodeChannel.Sms, target: PHONE, purpose: CodePurpose.Register, audience: Audience.Users, client: CLIENT, ...input });

  it('sends a six-digit code to a free target to register, and answers the rules in force', async () => {
    await expect(send({ target: '138-0000-0030' })).resolves.toEqual({ expiresInSeconds: 600, resendAfterSeconds: 60 });
    expect(f.delivery.sent).toEqual([expect.objectContaining({ channel: CodeChannel.Sms, to: PHONE, code: expect.stringMatching(/^\d{6}$/) })]);
    expect(f.observer.events).toContainEqual({ type: 'code_sent', channel: CodeChannel.Sms });
  });

  it('refuses a second send to the same target within the minute', async () => {
    await send({});
    await expect(send({})).rejects.toMatchObject({ code: AccountsErrorCode.CodeSendTooSoon, details: { retryAfterSeconds: expect.any(Number) } });
    f.clock.advance(61);
    await send({});
    expect(f.delivery.sent).toHaveLength(2);
  });

  it('tells a contract that does not conceal accounts why a target does not fit the purpose', async () => {
    const holder = await registered(f, { phone: PHONE, email: 'held@example.com' });
    await f.accounts.updateIdentity(holder.id, { phoneProof: ContactProof.Proven, emailProof: ContactProof.Proven });
    await expect(send({})).rejects.toMatchObject({ code: AccountsErrorCode.PhoneTaken });
    await expect(send({ channel: CodeChannel.Email, target: 'held@example.com', purpose: CodePurpose.ChangeEmail })).rejects.toMatchObject({ code: AccountsErrorCode.EmailTaken });
    await expect(send({ target: '+8613800000031', purpose: CodePurpose.Login })).rejects.toMatchObject({ code: AccountsErrorCode.AccountNotFound });
    expect(f.delivery.sent).toEqual([]);
  });

  it('sends a registration code to a contact another account only claimed (whoever proves it takes it)', async () => {
    await registered(f, { phone: PHONE });
    await send({});
    expect(f.delivery.sent.map((message) => message.to)).toEqual([PHONE]);
  });

  it('v2 answers the same either way, and delivers only where the target fits', async () => {
    await registered(f, { phone: PHONE });
    const unknown = '+8613800000032';
    await expect(send({ target: unknown, purpose: CodePurpose.ResetPassword, audience: Audience.V2 })).resolves.toEqual({ expiresInSeconds: 600, resendAfterSeconds: 60 });
    expect(f.delivery.sent).toEqual([]);
    // The work is done all the same: the throttle holds for the unknown target too.
    await expect(send({ target: unknown, purpose: CodePurpose.ResetPassword, audience: Audience.V2 })).rejects.toMatchObject({ code: AccountsErrorCode.CodeSendTooSoon });
  });

  it('sends sign-in codes only to a contact its account proved or claimed, never to one only asserted', async () => {
    const account = await registered(f, { phone: PHONE });
    await send({ purpose: CodePurpose.Login });
    expect(f.delivery.sent).toHaveLength(1);
    await f.accounts.updateIdentity(account.id, { phoneProof: ContactProof.Asserted });
    f.clock.advance(61);
    await expect(send({ purpose: CodePurpose.Login })).rejects.toMatchObject({ code: AccountsErrorCode.ContactUnproven });
    expect(f.delivery.sent).toHaveLength(1);
  });

  it('refuses a phone outside the SMS regions, and a malformed email', async () => {
    await expect(send({ target: '+14155552671' })).rejects.toMatchObject({ code: AccountsErrorCode.ValidationFailed });
    await expect(send({ channel: CodeChannel.Email, target: 'not-an-email' })).rejects.toMatchObject({
      code: AccountsErrorCode.ValidationFailed,
      details: { fields: { target: ['pattern'] } },
    });
  });

  it('answers DeliveryFailed when the provider refuses the message', async () => {
    f.delivery.failNext = true;
    await expect(send({})).rejects.toMatchObject({ code: AccountsErrorCode.DeliveryFailed });
  });
});
