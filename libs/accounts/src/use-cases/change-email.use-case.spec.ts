import { AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { ContactProof } from '../domain/contact-proof';
import { Audience } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, PASSWORD, registered, sentCode, signedIn, wrongCode } from '../testing/use-case-steps';
import { ChangeEmail } from './change-email.use-case';
import { ChangeContactInput } from '../services/change-contact';

const NEW = 'new@example.com';

describe('ChangeEmail', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const change = (input: Partial<ChangeContactInput> & Pick<ChangeContactInput, 'auth'>) =>
    f.get(ChangeEmail).execute({ value: NEW, purpose: CodePurpose.ChangeEmail, client: CLIENT, ...input });
  const changeCode = (target = NEW) => sentCode(f, { channel: CodeChannel.Email, target, purpose: CodePurpose.ChangeEmail, audience: Audience.V2 });

  it('with a code sent to the new address: the email is changed and proven, audited', async () => {
    const account = await registered(f, { email: 'old@example.com' });
    const here = await signedIn(f, account);
    await change({ auth: here.auth, code: await changeCode() });
    expect(await f.accounts.findById(account.id)).toMatchObject({ email: NEW, emailProof: ContactProof.Proven });
    expect(f.audit.events).toContainEqual(expect.objectContaining({ accountId: account.id, type: AuditEventType.EmailChanged }));
  });

  it('needs the code where the contract sends codes, and refuses a wrong one', async () => {
    const here = await signedIn(f, await registered(f));
    await expect(change({ auth: here.auth })).rejects.toMatchObject({ details: { fields: { code: ['notBlank'] } } });
    const code = await changeCode();
    await expect(change({ auth: here.auth, code: wrongCode(code) })).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
    expect((await f.accounts.findById(here.account.id))!.email).toBeNull();
  });

  it('changes without a code where the contract has none (venus); such an email is only asserted', async () => {
    const here = await signedIn(f, await registered(f), Audience.Venus);
    await change({ auth: here.auth });
    expect(await f.accounts.findById(here.account.id)).toMatchObject({ email: NEW, emailProof: ContactProof.Asserted });
  });

  it('refuses an address another account proved, and the current address again', async () => {
    const other = await registered(f, { email: NEW });
    await f.accounts.updateIdentity(other.id, { emailProof: ContactProof.Proven });
    const here = await signedIn(f, await registered(f, { email: 'mine@example.com' }));
    await expect(change({ auth: here.auth, code: '123456' })).rejects.toMatchObject({ code: AccountsErrorCode.EmailTaken });
    // Where no code is asked (venus), giving the current address again changes nothing.
    const venus = await signedIn(f, here.account, Audience.Venus);
    await expect(change({ auth: venus.auth, value: 'MINE@example.com' })).rejects.toMatchObject({
      code: AccountsErrorCode.ValueUnchanged,
    });
  });

  it('takes an address another account only claimed, with a code: that account gives it up', async () => {
    const claimer = await registered(f, { email: NEW });
    const here = await signedIn(f, await registered(f));
    await change({ auth: here.auth, code: await changeCode() });
    expect((await f.accounts.findById(claimer.id))!.email).toBeNull();
    expect((await f.accounts.findById(here.account.id))!.email).toBe(NEW);
  });

  it('proves the current address when it is given again with a code', async () => {
    const here = await signedIn(f, await registered(f, { email: NEW }));
    await change({ auth: here.auth, code: await changeCode() });
    expect((await f.accounts.findById(here.account.id))!.emailProof).toBe(ContactProof.Proven);
  });

  it('checks the password and the current address when the contract asks for them', async () => {
    const here = await signedIn(f, await registered(f, { email: 'mine@example.com' }));
    await expect(change({ auth: here.auth, code: '123456', password: 'Wrong-Password-1' })).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
    await expect(change({ auth: here.auth, code: '123456', current: 'someone@example.com' })).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
    await change({ auth: here.auth, code: await changeCode(), password: PASSWORD, current: 'mine@example.com' });
    expect((await f.accounts.findById(here.account.id))!.email).toBe(NEW);
  });

  it('changes the mirror first; when the mirror is down the email stays', async () => {
    f.mirror.enabled = true;
    const here = await signedIn(f, await registered(f, { username: 'mirrored', email: 'mine@example.com' }));
    const code = await changeCode();
    f.mirror.failNext = true;
    await expect(change({ auth: here.auth, code })).rejects.toMatchObject({ code: AccountsErrorCode.MirrorUnavailable });
    expect((await f.accounts.findById(here.account.id))!.email).toBe('mine@example.com');
    await change({ auth: here.auth, code });
    expect(f.mirror.calls.at(-1)).toMatchObject({ method: 'emailChanged', to: NEW });
  });
});
