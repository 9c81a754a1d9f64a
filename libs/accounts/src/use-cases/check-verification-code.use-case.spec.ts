import { AccountsErrorCode } from '../domain/accounts-error';
import { Audience } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { sentCode, wrongCode } from '../testing/use-case-steps';
import { CheckVerificationCode } from './check-verification-code.use-case';

const EMAIL = 'check@example.com';

describe('CheckVerificationCode', () => {
  let f: UseCaseFixture;
  let code: string;
  beforeEach(async () => {
    f = await useCaseFixture();
    code = await sentCode(f, { channel: CodeChannel.Email, target: EMAIL, purpose: CodePurpose.Any, audience: Audience.Vcode });
  });

  const check = (value: string, target = EMAIL, audience = Audience.Vcode) =>
    f.get(CheckVerificationCode).execute({ channel: CodeChannel.Email, target, code: value, purpose: CodePurpose.Any, audience });

  it('accepts the right code without using it up, whatever the case of the address', async () => {
    await expect(check(code)).resolves.toBeUndefined();
    await expect(check(code, 'CHECK@example.com')).resolves.toBeUndefined();
    expect(f.codes.rows[0].consumedAt).toBeNull();
  });

  it('counts wrong codes as tries: after five the code is dead', async () => {
    for (let i = 0; i < 4; i++) await expect(check(wrongCode(code))).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
    await expect(check(code)).resolves.toBeUndefined();
    await expect(check(wrongCode(code))).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
    await expect(check(code)).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
  });

  it('refuses the code in another contract, and after ten minutes', async () => {
    await expect(check(code, EMAIL, Audience.Users)).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
    f.clock.advance(600);
    await expect(check(code)).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
  });
});
