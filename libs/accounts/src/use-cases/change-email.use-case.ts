import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { ContactProof } from '../domain/contact-proof';
import { CodeChannel } from '../domain/verification-code';
import { ChangeContact } from '../services/change-contact';

@Injectable()
export class ChangeEmail extends ChangeContact {
  protected readonly channel = CodeChannel.Email;
  protected readonly auditType = AuditEventType.EmailChanged;

  protected fieldName(): string {
    return 'email';
  }

  protected currentValue(account: Account): string | null {
    return account.email;
  }

  protected taken(): AccountsError {
    return new AccountsError(AccountsErrorCode.EmailTaken);
  }

  protected async mirrorChange(account: Account, value: string): Promise<void> {
    if (this.mirror.mirrors(account)) await this.mirror.emailChanged(account, value);
  }

  protected store(account: Account, value: string, proof: ContactProof): Promise<void> {
    return this.accounts.updateIdentity(account.id, { email: value, emailProof: proof });
  }
}
