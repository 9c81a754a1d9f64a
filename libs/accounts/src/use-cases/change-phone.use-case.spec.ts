import { AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { ContactProof } from '../domain/contact-proof';
import { Audience } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, registered, sentCode, signedIn } from '../testing/use-case-steps';
import { ChangePhone } from './change-phone.use-case';

const NEW = '+8613800000040';

describe('ChangePhone', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const changeCode = () => sentCode(f, { channel: CodeChannel.Sms, target: NEW, purpose: CodePurpose.ChangePhone, audience: Audience.V2 });

  it('with a code sent to the new phone: the phone is changed and proven, audited; the mirror is not told', async () => {
    f.mirror.enabled = true;
    const here = await signedIn(f, await registered(f, { username: 'phoner', email: 'p@example.com', phone: '+8613800000041' }));
    await f.get(ChangePhone).execute({ auth: here.auth, value: '138 0000 0040', code: await changeCode(), purpose: CodePurpose.ChangePhone, client: CLIENT });
    expect(await f.accounts.findById(here.account.id)).toMatchObject({ phone: NEW, phoneProof: ContactProof.Proven });
    expect(f.audit.events).toContainEqual(expect.objectContaining({ accountId: here.account.id, type: AuditEventType.PhoneChanged }));
    expect(f.mirror.calls.map((call) => call.method)).toEqual(['created']);
  });

  it("refuses a phone another account proved, naming the request's field in a malformed one", async () => {
    const other = await registered(f, { phone: NEW });
    await f.accounts.updateIdentity(other.id, { phoneProof: ContactProof.Proven });
    const here = await signedIn(f, await registered(f));
    const change = f.get(ChangePhone);
    await expect(change.execute({ auth: here.auth, value: NEW, code: '123456', purpose: CodePurpose.ChangePhone, client: CLIENT })).rejects.toMatchObject({
      code: AccountsErrorCode.PhoneTaken,
    });
    await expect(
      change.execute({ auth: here.auth, value: '12', code: '123456', purpose: CodePurpose.ChangePhone, client: CLIENT }),
    ).rejects.toMatchObject({ details: { fields: { phone: ['pattern'] } } });
  });
});
