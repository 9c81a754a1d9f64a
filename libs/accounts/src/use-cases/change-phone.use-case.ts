import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { ContactProof } from '../domain/contact-proof';
import { CodeChannel } from '../domain/verification-code';
import { ChangeContact } from '../services/change-contact';

@Injectable()
export class ChangePhone extends ChangeContact {
  protected readonly channel = CodeChannel.Sms;
  protected readonly auditType = AuditEventType.PhoneChanged;

  protected fieldName(): string {
    return 'phone';
  }

  protected currentValue(account: Account): string | null {
    return account.phone;
  }

  protected taken(): AccountsError {
    return new AccountsError(AccountsErrorCode.PhoneTaken);
  }

  protected mirrorChange(): Promise<void> {
    return Promise.resolve();
  }

  protected store(account: Account, value: string, proof: ContactProof): Promise<void> {
    return this.accounts.updateIdentity(account.id, { phone: value, phoneProof: proof });
  }
}
