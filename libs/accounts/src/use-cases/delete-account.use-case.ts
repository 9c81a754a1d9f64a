import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../ports/unit-of-work';
import { AuditEventType } from '../domain/audit-event';
import { ClientInfo } from '../domain/session';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository } from '../ports/account.repository';
import { AuditLog } from '../ports/audit-log';
import { Clock } from '../ports/clock';
import { WeChatIdentityRepository } from '../ports/wechat-identity.repository';
import { AccountFiles } from '../services/account-files';
import { PasswordCheck } from '../services/password-check';
import { AuthContext } from '../services/token-authenticator';

/**
 * Deletes the caller's account after a password check: every session ends,
 * username, email and phone become free, the personal data and every uploaded
 * file are erased; the row (id, uuid, account number) and an audit event remain.
 * The mirror (Gitea) goes first; then the rows commit together, and the files'
 * bytes go last (a crash before leaves bytes nothing names, never a row without them).
 */
@Injectable()
export class DeleteAccount {
  constructor(
    private readonly passwords: PasswordCheck,
    private readonly accounts: AccountRepository,
    private readonly files: AccountFiles,
    private readonly identities: WeChatIdentityRepository,
    private readonly mirror: AccountMirror,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(input: { auth: AuthContext; password: string; client: ClientInfo }): Promise<void> {
    const { account, session } = input.auth;
    await this.passwords.verify(account, input.password, input.client);
    // Under the files lease, so an upload in flight cannot add a file after the erasure.
    await this.files.exclusively(account.id, async () => {
      if (this.mirror.mirrors(account)) await this.mirror.deleted(account);
      const files = await this.unitOfWork.run(async () => {
        const forgotten = await this.files.forgetAll(account.id);
        await this.accounts.erase(account.id, this.clock.now());
        await this.identities.removeForAccount(account.id);
        await this.audit.record({
          accountId: account.id,
          type: AuditEventType.AccountDeleted,
          ip: input.client.ip ?? null,
          userAgent: input.client.userAgent ?? null,
          detail: { audience: session.audience },
        });
        return forgotten;
      });
      await this.files.removeBytes(files);
    });
  }
}
