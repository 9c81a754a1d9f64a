import { AccountsErrorCode } from '../domain/accounts-error';
import { ContactProof } from '../domain/contact-proof';
import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, registered, signedIn } from '../testing/use-case-steps';
import { CompleteProfile } from './complete-profile.use-case';

describe('CompleteProfile', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  it('fills in the profile and sets a new contact email (vcode: without a code, so only asserted)', async () => {
    const here = await signedIn(f, await registered(f), Audience.Vcode);
    const account = await f.get(CompleteProfile).execute({ auth: here.auth, profile: { nickname: 'Vee', company: 'ACME' }, email: 'Vee@Example.com', client: CLIENT });
    expect(account).toMatchObject({ nickname: 'Vee', company: 'ACME', email: 'vee@example.com', emailProof: ContactProof.Asserted });
  });

  it('leaves the email alone when it is blank or the current one', async () => {
    const here = await signedIn(f, await registered(f, { email: 'same@example.com' }), Audience.Vcode);
    const complete = f.get(CompleteProfile);
    await expect(complete.execute({ auth: here.auth, profile: { nickname: 'A' }, email: '  ', client: CLIENT })).resolves.toMatchObject({ email: 'same@example.com' });
    await expect(complete.execute({ auth: here.auth, profile: { nickname: 'B' }, email: 'SAME@example.com', client: CLIENT })).resolves.toMatchObject({
      nickname: 'B',
      emailProof: ContactProof.Claimed,
    });
  });

  it('checks the fields before storing anything, the email included', async () => {
    const here = await signedIn(f, await registered(f), Audience.Vcode);
    await expect(
      f.get(CompleteProfile).execute({ auth: here.auth, profile: { website: 'ftp://nope' }, email: 'new@example.com', client: CLIENT }),
    ).rejects.toMatchObject({ code: AccountsErrorCode.ValidationFailed, details: { fields: { website: ['pattern'] } } });
    expect((await f.accounts.findById(here.account.id))!.email).toBeNull();
  });

  it('refuses an email another account proved, and keeps the profile unchanged', async () => {
    const other = await registered(f, { email: 'taken@example.com' });
    await f.accounts.updateIdentity(other.id, { emailProof: ContactProof.Proven });
    const here = await signedIn(f, await registered(f), Audience.Vcode);
    await expect(f.get(CompleteProfile).execute({ auth: here.auth, profile: { nickname: 'X' }, email: 'taken@example.com', client: CLIENT })).rejects.toMatchObject({
      code: AccountsErrorCode.EmailTaken,
    });
    expect((await f.accounts.findById(here.account.id))!.nickname).toBeNull();
  });
});
