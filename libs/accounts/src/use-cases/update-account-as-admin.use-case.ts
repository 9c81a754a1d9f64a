import { Injectable } from '@nestjs/common';
import { Account, AccountRole, AccountStatus, ProfilePatch } from '../domain/account';
import { assertAdmin } from '../domain/account-rules';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { cleanProfilePatch } from '../domain/profile-rules';
import { AccountRepository } from '../ports/account.repository';
import { AuditLog } from '../ports/audit-log';
import { AccountFinder } from '../services/account-finder';

export interface UpdateAccountAsAdminInput {
  actor: Account;
  /** The target, by numeric id or by UUID. */
  id?: number;
  uuid?: string;
  patch: { profile?: ProfilePatch; role?: AccountRole; status?: AccountStatus };
}

const ASSIGNABLE_STATUSES = [AccountStatus.Normal, AccountStatus.Paused, AccountStatus.Locked, AccountStatus.Stopped];

/**
 * Administrators change profiles, roles and statuses. A status other than
 * normal ends the account's sessions; an admin cannot demote or disable themself.
 */
@Injectable()
export class UpdateAccountAsAdmin {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly finder: AccountFinder,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, id, uuid, patch }: UpdateAccountAsAdminInput): Promise<Account> {
    assertAdmin(actor);
    const target = uuid ? await this.finder.byUuid(uuid) : await this.finder.byId(id!);
    if (patch.status !== undefined && !ASSIGNABLE_STATUSES.includes(patch.status)) {
      throw AccountsError.invalidField('status', 'enum', `status must be one of ${ASSIGNABLE_STATUSES.join(', ')}`);
    }
    if (patch.role !== undefined && !Object.values(AccountRole).includes(patch.role)) {
      throw AccountsError.invalidField('role', 'enum', 'role must be user or admin');
    }
    const selfLockout =
      target.id === actor.id &&
      ((patch.role !== undefined && patch.role !== AccountRole.Admin) ||
        (patch.status !== undefined && patch.status !== AccountStatus.Normal));
    if (selfLockout) throw new AccountsError(AccountsErrorCode.Forbidden, 'an administrator cannot demote or disable themself');

    const profile = cleanProfilePatch(patch.profile ?? {});
    if (Object.keys(profile).length > 0) await this.accounts.updateProfile(target.id, profile);
    if (patch.role !== undefined || patch.status !== undefined) {
      await this.accounts.updateAdminFields(target.id, { role: patch.role, status: patch.status });
      if (patch.status !== undefined && patch.status !== AccountStatus.Normal) await this.accounts.endAllSessions(target.id);
    }
    await this.audit.record({
      accountId: target.id,
      type: AuditEventType.AccountUpdatedByAdmin,
      ip: null,
      userAgent: null,
      detail: { by: actor.id, fields: [...Object.keys(profile), ...Object.keys(patch).filter((key) => key !== 'profile')] },
    });
    return this.finder.byId(target.id);
  }
}
