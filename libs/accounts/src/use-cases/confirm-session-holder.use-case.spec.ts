import { AccountsErrorCode } from '../domain/accounts-error';
import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { registered, signedIn } from '../testing/use-case-steps';
import { ConfirmSessionHolder } from './confirm-session-holder.use-case';

describe('ConfirmSessionHolder', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  it("passes when the request names the session's own account, in any spelling of its phone", async () => {
    const here = await signedIn(f, await registered(f, { phone: '+8613800000050' }), Audience.Vcode);
    await expect(f.get(ConfirmSessionHolder).execute({ auth: here.auth, identifier: '13800000050', kind: 'phone' })).resolves.toBeUndefined();
  });

  it("answers TokenInvalid for another account's identifier and AccountNotFound for one nobody has", async () => {
    const here = await signedIn(f, await registered(f, { phone: '+8613800000050' }), Audience.Vcode);
    await registered(f, { phone: '+8613800000051' });
    const confirm = f.get(ConfirmSessionHolder);
    await expect(confirm.execute({ auth: here.auth, identifier: '13800000051', kind: 'phone' })).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
    await expect(confirm.execute({ auth: here.auth, identifier: '13800000052', kind: 'phone' })).rejects.toMatchObject({ code: AccountsErrorCode.AccountNotFound });
  });
});
