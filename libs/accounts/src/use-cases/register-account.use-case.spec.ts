import { AccountRole } from '../domain/account';
import { AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { ContactProof } from '../domain/contact-proof';
import { Audience } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, PASSWORD, registered, sentCode, wrongCode } from '../testing/use-case-steps';
import { RegisterAccount, RegisterAccountInput } from './register-account.use-case';
import { SignInWithPassword } from './sign-in-with-password.use-case';

describe('RegisterAccount', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const register = (input: Partial<RegisterAccountInput>) =>
    f.get(RegisterAccount).execute({ password: PASSWORD, passwordPolicy: 'standard', audience: Audience.Users, client: CLIENT, ...input });

  it('creates an account that signs in with its password, audited, its contact only claimed', async () => {
    const account = await register({ username: 'ada', email: 'Ada@Example.com', profile: { nickname: 'Ada' } });
    expect(account).toMatchObject({ username: 'ada', email: 'ada@example.com', emailProof: ContactProof.Claimed, nickname: 'Ada', role: AccountRole.User });
    expect(account.passwordHash).not.toContain(PASSWORD);
    expect(f.audit.events).toContainEqual(expect.objectContaining({ accountId: account.id, type: AuditEventType.AccountRegistered, ip: CLIENT.ip }));
    const signIn = await f.get(SignInWithPassword).execute({ identifier: 'ada', kind: 'username', password: PASSWORD, audience: Audience.Users, client: CLIENT });
    expect(signIn.account.id).toBe(account.id);
    expect(f.unitOfWork.runs).toBeGreaterThan(0);
  });

  it('refuses a taken username, email or phone, in that order, and a look-alike username', async () => {
    await register({ username: 'grace', email: 'grace@example.com', phone: '+8613800000001' });
    await expect(register({ username: 'grace', email: 'grace@example.com' })).rejects.toMatchObject({ code: AccountsErrorCode.UsernameTaken });
    await expect(register({ username: 'GRACE' })).rejects.toMatchObject({ code: AccountsErrorCode.UsernameTaken });
    await expect(register({ username: 'other', email: 'grace@example.com', phone: '+8613800000001' })).rejects.toMatchObject({ code: AccountsErrorCode.EmailTaken });
    await expect(register({ username: 'other', phone: '13800000001' })).rejects.toMatchObject({ code: AccountsErrorCode.PhoneTaken });
    expect(f.accounts.rows.size).toBe(1);
  });

  it('needs an identifier and a password allowed by the policy', async () => {
    await expect(register({})).rejects.toMatchObject({ code: AccountsErrorCode.ValidationFailed, details: { fields: { username: ['notBlank'] } } });
    await expect(register({ username: 'nopass', password: null })).rejects.toMatchObject({ details: { fields: { password: ['notBlank'] } } });
    await expect(register({ username: 'short', password: 'short' })).rejects.toMatchObject({ code: AccountsErrorCode.WeakPassword });
    await expect(register({ username: 'bad name' })).rejects.toMatchObject({ details: { fields: { username: ['pattern'] } } });
    expect(f.accounts.rows.size).toBe(0);
  });

  it('with a code: the contact is proven, the code used up, and no password needed', async () => {
    const target = '+8613800000002';
    const code = await sentCode(f, { channel: CodeChannel.Sms, target, purpose: CodePurpose.Register, audience: Audience.V2 });
    const account = await register({ phone: target, password: null, audience: Audience.V2, code: { channel: CodeChannel.Sms, code, purpose: CodePurpose.Register } });
    expect(account).toMatchObject({ phone: target, phoneProof: ContactProof.Proven, passwordHash: null });
    expect(f.codes.rows.at(-1)!.consumedAt).not.toBeNull();
  });

  it('v2 asks a code for a phone; a wrong code registers nothing', async () => {
    await expect(register({ phone: '+8613800000003', audience: Audience.V2 })).rejects.toMatchObject({ details: { fields: { code: ['notBlank'] } } });
    const code = await sentCode(f, { channel: CodeChannel.Sms, target: '+8613800000003', purpose: CodePurpose.Register, audience: Audience.V2 });
    await expect(
      register({ phone: '+8613800000003', audience: Audience.V2, code: { channel: CodeChannel.Sms, code: wrongCode(code), purpose: CodePurpose.Register } }),
    ).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
    expect(f.accounts.rows.size).toBe(0);
  });

  it('a code takes a contact another account only claimed: that account gives it up and keeps the rest', async () => {
    const claimer = await registered(f, { username: 'claimer', email: 'real@example.com' });
    const code = await sentCode(f, { channel: CodeChannel.Email, target: 'real@example.com', purpose: CodePurpose.Register, audience: Audience.V2 });
    const owner = await register({ username: 'owner', email: 'real@example.com', audience: Audience.V2, code: { channel: CodeChannel.Email, code, purpose: CodePurpose.Register } });
    expect(owner.emailProof).toBe(ContactProof.Proven);
    expect(await f.accounts.findById(claimer.id)).toMatchObject({ username: 'claimer', email: null, passwordHash: claimer.passwordHash });
    expect(f.audit.events).toContainEqual(expect.objectContaining({ accountId: claimer.id, type: AuditEventType.ContactReleased }));
  });

  it('creates the account in the mirror first, and takes it back there when the store refuses it', async () => {
    f.mirror.enabled = true;
    await register({ username: 'mirrored', email: 'm@example.com' });
    expect(f.mirror.calls).toEqual([expect.objectContaining({ method: 'created', account: expect.objectContaining({ username: 'mirrored' }), password: PASSWORD })]);
    f.accounts.insert = () => Promise.reject(new Error('store gone'));
    await expect(register({ username: 'lost', email: 'lost@example.com' })).rejects.toThrow('store gone');
    expect(f.mirror.calls.map((call) => `${call.method}:${call.account.username}`)).toEqual(['created:mirrored', 'created:lost', 'deleted:lost']);
  });

  it('registers nothing when the mirror is down', async () => {
    f.mirror.enabled = true;
    f.mirror.failNext = true;
    await expect(register({ username: 'nomirror', email: 'n@example.com' })).rejects.toMatchObject({ code: AccountsErrorCode.MirrorUnavailable });
    expect(f.accounts.rows.size).toBe(0);
  });
});
